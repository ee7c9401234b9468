/**
 * A text's sentences, as a reader counts them, with the platform's sentence segmenter
 * (Intl.Segmenter, in Node and every current browser) rather than a hand-written rule.
 */
const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/** The sentences of a text, trimmed, each exactly as the text writes it. */
export function sentencesOf(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter((s) => s !== '');
}
