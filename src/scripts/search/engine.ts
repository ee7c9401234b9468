/**
 * What the search page asks Pagefind, and how it reads the answers, so that a reader's query
 * forgives:
 * - only the words that carry meaning are searched (src/scripts/search/query.ts);
 * - each is first looked up on its own as an exact word, which tells whether the index holds
 *   it at all (Pagefind would otherwise search a shorter word in its place, silently:
 *   "safegaurding" finds "safe");
 * - a word the index lacks is checked against the report's words (fetched only then): the start
 *   of a longer word is searched as it is, a misspelling is corrected, and any other word is
 *   named as one no paragraph or recommendation uses;
 * - when no record holds every word, the records holding most of them come back, best first.
 */
import type { ThesaurusMap } from '../../search/thesaurus-key.ts';
import { wordKey } from '../../search/vocabulary.ts';
import { everydayIn, type EverydayMatch } from './everyday.ts';
import type { FilterCounts, Pagefind, PagefindFragment, PagefindResponse } from './pagefind.ts';
import { readQuery, type ReadQuery } from './query.ts';
import { checkSpelling } from './spelling.ts';

/** One result: its Pagefind id, the positions of the words it matched, and its fragment. */
export interface Hit {
  id: string;
  locations: number[];
  data: () => Promise<PagefindFragment>;
}

export interface Answer {
  hits: Hit[];
  /** Per-filter counts for these hits; absent when they hold only most of the words. */
  counts?: FilterCounts;
  /** False when no record held every word and these hold most of them. */
  complete: boolean;
  /** Corrected words, as typed and as searched. */
  corrections: { typed: string; word: string }[];
  /** Words no paragraph or recommendation uses (not corrected). */
  unknown: string[];
  /**
   * The report's words searched as well, from the site's thesaurus, for everyday words the
   * report does not use or rarely does; empty when none was needed.
   */
  alsoSearched?: string[];
}

export interface AskOptions {
  filters?: Record<string, { any: string[] }>;
  /** Correct misspellings; false once the reader chose "Search instead for" their own words. */
  correct: boolean;
  /** The query comes from the box as typed, so its last word may be unfinished. */
  typing?: boolean;
}

/** The part of Pagefind the engine uses. */
export type Backend = Pick<Pagefind, 'search' | 'preload'>;

/**
 * A word still being typed that is shorter than this is left to Pagefind, which extends it,
 * rather than checked against the report's words (it may well be the start of one).
 */
const MIN_TYPED = 4;

/**
 * An everyday word or phrase found in fewer records than this is searched with the report's
 * words for it too: "money" alone finds only "value for money", "jobs" only "job enrichment".
 */
export const RARE = 3;

export interface Engine {
  ask: (q: string, options: AskOptions) => Promise<Answer>;
  /** Fetches the index chunks the query's words need, while the reader is still typing. */
  preload: (q: string) => void;
}

/**
 * How many records hold a word or phrase itself (any form of it, by Pagefind's stemming),
 * asked of the index once per word.
 */
function recordCounter(pagefind: Backend): (words: string) => Promise<number> {
  const known = new Map<string, Promise<number>>();
  return (words) => {
    const key = words.split(/\s+/).map(wordKey).join(' ');
    let answer = known.get(key);
    if (!answer) {
      answer = pagefind.search(`"${words}"`).then((response) => response?.results.length ?? 0);
      known.set(key, answer);
    }
    return answer;
  };
}

/**
 * The engine over a loaded Pagefind. `vocabulary` gives the report's words, most used first;
 * it is called only when a query word is not in the index.
 */
export function createEngine(
  pagefind: Backend,
  vocabulary: () => Promise<readonly string[]>,
  thesaurus: () => Promise<ThesaurusMap> = async () => [],
): Engine {
  const uses = recordCounter(pagefind);
  /** Whether the index holds the word itself. */
  const inIndex = (word: string): Promise<boolean> => uses(word).then((count) => count > 0);

  /** The everyday words of the query that the report lacks or rarely uses, with its words for them. */
  const everydayNeeded = async (q: string): Promise<(EverydayMatch & { count: number })[]> => {
    const matches = everydayIn(q, await thesaurus().catch(() => []));
    const counts = await Promise.all(matches.map((match) => uses(match.typed)));
    return matches.map((match, i) => ({ ...match, count: counts[i]! })).filter((match) => match.count < RARE);
  };

  const ask = async (q: string, { filters = {}, correct, typing = false }: AskOptions): Promise<Answer> => {
    const none = { corrections: [], unknown: [] };
    if (!q.trim()) return { ...complete(await pagefind.search(null, { filters })), ...none };
    const query = readQuery(q);
    if (query.phrase) return { ...complete(await pagefind.search(query.words[0]!, { filters })), ...none };

    // The words are searched as typed while they are checked, and the first result's
    // fragment is fetched meanwhile: in the usual case, every word in the index, that answer
    // stands and its first result shows a round trip sooner. Otherwise it is dropped, at the
    // cost of one small fragment.
    const asTyped = pagefind
      .search(query.words.join(' '), { filters })
      .then((response) => fetchingFirst(complete(response)));
    asTyped.catch(() => undefined);
    const phrase = phraseOf(q);
    const inPhrase = phrase
      ? pagefind.search(phrase, { filters }).then((response) => new Set(response?.results.map((r) => r.id)))
      : Promise.resolve(new Set<string>());
    inPhrase.catch(() => undefined);
    const everyday = await everydayNeeded(q);
    const covered = new Set(everyday.flatMap((match) => match.words));
    const { searched, corrections, unknown } = await sortWords(query, {
      found: await Promise.all(query.words.map(inIndex)),
      covered,
      typing,
      correct,
      vocabulary,
    });
    if (everyday.length > 0) {
      for (const match of everyday) if (match.count === 0 && !match.key.includes(' ')) unknown.push(match.typed);
      const concepts = [
        ...searched.map((word) => [word]),
        ...everyday.map((match) => [...(match.count > 0 ? [match.typed] : []), ...match.report]),
      ];
      const alsoSearched = [...new Set(everyday.flatMap((match) => match.report))];
      return { ...(await eachOf(pagefind, concepts, filters)), corrections, unknown, alsoSearched };
    }
    if (searched.length === 0) return { hits: [], complete: true, corrections, unknown };

    // With nothing corrected or left out, the words searched are the words as typed.
    const typedAsIs = corrections.length + unknown.length === 0;
    const all = typedAsIs ? await asTyped : complete(await pagefind.search(searched.join(' '), { filters }));
    if (all.hits.length > 0 || searched.length === 1)
      return {
        ...all,
        hits: typedAsIs ? phraseFirst(all.hits, await inPhrase.catch(() => new Set<string>())) : all.hits,
        corrections,
        unknown,
      };
    const each = await Promise.all(searched.map((word) => pagefind.search(word, { filters })));
    return { hits: mostOf(each), complete: false, corrections, unknown };
  };

  const preload = (q: string) => {
    const query = readQuery(q);
    const words = query.phrase ? query.words : query.words.filter((word) => wordKey(word).length >= 2);
    if (words.length > 0) pagefind.preload(words.join(' ')).catch(() => undefined);
  };

  return { ask, preload };
}

/**
 * Records that hold every concept (any one of its words), or if none does, those holding most
 * of them; within that, those holding more of the words, then by Pagefind's score.
 */
async function eachOf(
  pagefind: Backend,
  concepts: string[][],
  filters: AskOptions['filters'],
): Promise<Pick<Answer, 'hits' | 'complete'>> {
  const alternatives = [...new Set(concepts.flat())];
  const responses = await Promise.all(
    alternatives.map((words) => pagefind.search(/\s/.test(words) ? `"${words}"` : words, { filters })),
  );
  const byId = new Map<string, { hit: Hit; concepts: Set<number>; words: number; score: number }>();
  responses.forEach((response, i) => {
    const alternative = alternatives[i]!;
    for (const result of response?.results ?? []) {
      const entry = byId.get(result.id) ?? {
        hit: { id: result.id, locations: [], data: result.data },
        concepts: new Set<number>(),
        words: 0,
        score: 0,
      };
      concepts.forEach((concept, c) => concept.includes(alternative) && entry.concepts.add(c));
      entry.words += 1;
      entry.score += result.score;
      entry.hit.locations.push(...result.words);
      byId.set(result.id, entry);
    }
  });
  const ranked = [...byId.values()].sort(
    (a, b) => b.concepts.size - a.concepts.size || b.words - a.words || b.score - a.score,
  );
  const all = ranked.filter((entry) => entry.concepts.size === concepts.length);
  const hits = (all.length > 0 ? all : ranked).map((entry) => entry.hit);
  return { hits: fetchingFirst({ hits }).hits, complete: all.length > 0 || ranked.length === 0 };
}

/**
 * Which of the query's words are searched as typed, which corrected, and which the report does
 * not use: a word in the index (or still being typed) is searched; one covered by an everyday
 * match is left to its thesaurus entry; any other is checked against the report's words.
 */
async function sortWords(
  query: ReadQuery,
  {
    found,
    covered,
    typing,
    correct,
    vocabulary,
  }: {
    found: boolean[];
    covered: Set<string>;
    typing: boolean;
    correct?: boolean;
    vocabulary: () => Promise<readonly string[]>;
  },
): Promise<Pick<Answer, 'corrections' | 'unknown'> & { searched: string[] }> {
  const searched: string[] = [];
  const corrections: Answer['corrections'] = [];
  const unknown: string[] = [];
  for (const [i, word] of query.words.entries()) {
    // An everyday word is searched through its thesaurus entry, never corrected to a word that
    // merely looks like it.
    if (covered.has(wordKey(word))) continue;
    const unfinished = typing && query.open && i === query.words.length - 1;
    if (found[i] || (unfinished && wordKey(word).length < MIN_TYPED)) {
      searched.push(word);
      continue;
    }
    // Without the report's words (they failed to load) the word is left to Pagefind.
    const words = await vocabulary().catch(() => undefined);
    const spelling = words ? checkSpelling(wordKey(word), words) : { kind: 'prefix' as const };
    if (spelling.kind === 'prefix') searched.push(word);
    else if (spelling.kind === 'correction' && correct) {
      searched.push(spelling.word);
      corrections.push({ typed: word, word: spelling.word });
    } else unknown.push(word);
  }
  return { searched, corrections, unknown };
}

/**
 * The query as one exact phrase, when it has more than one word and no quotes of its own:
 * records holding the words in the order typed ("Children and Young People's Plan") come first.
 */
function phraseOf(q: string): string | undefined {
  const words = q
    .trim()
    .replace(/["“”]/g, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

/** The hits in the phrase first, each group in its own order. */
function phraseFirst(hits: Hit[], inPhrase: Set<string>): Hit[] {
  if (inPhrase.size === 0) return hits;
  return [...hits.filter((hit) => inPhrase.has(hit.id)), ...hits.filter((hit) => !inPhrase.has(hit.id))];
}

/**
 * The same answer, with each hit's fragment fetched once however often it is asked for, and the
 * first hit's fetch started now.
 */
function fetchingFirst<T extends Pick<Answer, 'hits'>>(answer: T): T {
  const hits = answer.hits.map((hit) => {
    let fragment: Promise<PagefindFragment> | undefined;
    return { ...hit, data: () => (fragment ??= hit.data()) };
  });
  hits[0]?.data().catch(() => undefined);
  return { ...answer, hits };
}

/** A response whose results hold every word, in Pagefind's order. */
function complete(response: PagefindResponse | null): Pick<Answer, 'hits' | 'counts' | 'complete'> {
  const hits = (response?.results ?? []).map((result) => ({
    id: result.id,
    locations: result.words,
    data: result.data,
  }));
  return { hits, counts: response?.filters, complete: true };
}

/**
 * The records that hold most of the words, from one response per word: by how many words they
 * hold, then by the sum of their scores, with every matched word's position for the excerpt.
 */
export function mostOf(responses: (PagefindResponse | null)[]): Hit[] {
  const byId = new Map<string, { hit: Hit; words: number; score: number }>();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const entry = byId.get(result.id) ?? {
        hit: { id: result.id, locations: [], data: result.data },
        words: 0,
        score: 0,
      };
      entry.words += 1;
      entry.score += result.score;
      entry.hit.locations.push(...result.words);
      byId.set(result.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.hit);
}
