/**
 * Small numbers as reports write them in timescales ("within three months", "within eighteen
 * months"): read by the parser (src/parser/framework.ts) and written in the site's due dates
 * (src/lib/due-date.ts).
 */
const VALUES = new Map<string, number>([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['eighteen', 18],
  ['twenty-four', 24],
]);
const WORDS = new Map([...VALUES].map(([word, value]) => [value, word]));

/** "three" → 3, "twenty-four" → 24; undefined for a word this list lacks. Lower case only. */
export function numberFromWord(word: string): number | undefined {
  return VALUES.get(word);
}

/** 3 → "three"; undefined for a number this list lacks. */
export function wordForNumber(n: number): string | undefined {
  return WORDS.get(n);
}
