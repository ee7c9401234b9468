/**
 * Text to terms: the vocabulary the evidence method compares.
 *
 * A term is a Porter stem of a word that is neither an English stop word nor report
 * boilerplate, or an acronym the report defines. Both an acronym and its expansion become the
 * same term (the acronym), so "LSCB" and "Local Safeguarding Children Board" match each other.
 */
import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword';
import { acronymPattern } from '../lib/acronym-pattern.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';
import type { Acronym } from '../model/schema.ts';

/**
 * Words that nearly every recommendation and many findings use, and that say nothing about
 * which finding supports which action. Named here so the method stays reviewable.
 */
export const REPORT_BOILERPLATE = [
  'ensure',
  'improve',
  'improvement',
  'review',
  'action',
  'take',
  'should',
  'order',
  'children',
  'child',
  'young',
  'people',
  'person',
  'service',
  'services',
  'local',
  'authority',
  'partner',
  'partners',
  'effective',
  'effectively',
  'quality',
  'provision',
  'appropriate',
  'continue',
  'within',
  'work',
  'including',
  'arrangements',
  'place',
  'make',
  'making',
];

/**
 * Words that say at what level or how fully work is done rather than what it is about
 * ("at strategic and operational levels", "support", "develop", "undertake a full role").
 * They count towards a paragraph's score like any word, but a paragraph that shares only
 * these (and common words) with a recommendation is not its evidence: see `isDistinctive`
 * in evidence.ts. Named here so the method stays reviewable.
 */
export const GENERIC_WORDS = [
  'strategic',
  'operational',
  'level',
  'levels',
  'support',
  'develop',
  'development',
  'full',
  'undertake',
];

const STOP = new Set(englishStopWords.map((w) => w.toLowerCase()));
const BOILERPLATE_STEMS = new Set(REPORT_BOILERPLATE.map((w) => stemmer(w)));
const GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => stemmer(w)));

/** Whether a term (a stem, as tokenize gives it) is one of the GENERIC_WORDS. */
export function isGenericTerm(term: string): boolean {
  return GENERIC_STEMS.has(term);
}

/** A term occurrence: `term` is what is compared, `word` is how the text wrote it. */
export interface Token {
  term: string;
  word: string;
}

/** Compiled acronym matchers for one report, made once and reused for every text. */
export interface Vocabulary {
  acronyms: { acronym: string; term: string; expansion: RegExp; short: RegExp }[];
}

const NOT_WORD = '[^\\p{L}\\p{N}]';

/** Builds the acronym matchers from the acronyms the report defines. */
export function vocabulary(acronyms: readonly Acronym[]): Vocabulary {
  // Longest expansions first, so "Local Safeguarding Children Board" is taken whole
  // before any shorter expansion could claim part of it.
  const sorted = [...acronyms].sort(
    (a, b) => b.expansion.length - a.expansion.length || a.acronym.localeCompare(b.acronym),
  );
  return {
    acronyms: sorted.map((a) => {
      const words = a.expansion
        .split(new RegExp(`${NOT_WORD}+`, 'u'))
        .filter(Boolean)
        .map(escapeRegExp);
      return {
        acronym: a.acronym,
        term: a.acronym.toLowerCase(),
        // The expansion in any case, any punctuation between its words, optionally plural.
        expansion: new RegExp(`(?<![\\p{L}\\p{N}])${words.join(`${NOT_WORD}+`)}s?(?![\\p{L}\\p{N}])`, 'giu'),
        // The acronym as a whole word (src/lib/acronym-pattern.ts: case matters, plural allowed).
        short: acronymPattern(a.acronym, 'g'),
      };
    }),
  };
}

const PLACEHOLDER = /^\u27e6(\d+)\u27e7$/u;
const TOKEN = /\u27e6\d+\u27e7|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The terms of a text, in order, with the word each came from. */
export function tokenize(text: string, vocab: Vocabulary): Token[] {
  let marked = text;
  vocab.acronyms.forEach((a, i) => {
    marked = marked.replace(a.expansion, ` \u27e6${i}\u27e7 `).replace(a.short, ` \u27e6${i}\u27e7 `);
  });
  const tokens: Token[] = [];
  for (const [raw] of marked.matchAll(TOKEN)) {
    const placeholder = PLACEHOLDER.exec(raw);
    if (placeholder) {
      const a = vocab.acronyms[Number(placeholder[1])]!;
      tokens.push({ term: a.term, word: a.acronym });
      continue;
    }
    const word = raw.toLowerCase().replace(/['\u2019]s$/u, '');
    if (word.length < 3 || /^\p{N}+$/u.test(word) || STOP.has(word)) continue;
    const term = stemmer(word);
    if (BOILERPLATE_STEMS.has(term)) continue;
    tokens.push({ term, word });
  }
  return tokens;
}
