/**
 * The search engine's reading of a query, over a small fake Pagefind that behaves as the real
 * one does where it matters: every word must match (as the start of an indexed word), an exact
 * search matches whole words, and a word with no match is silently searched shorter.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, mostOf, type Backend } from '../../../../src/scripts/search/engine.ts';
import type { PagefindResponse } from '../../../../src/scripts/search/pagefind.ts';
import { vocabulary } from '../../../../src/search/vocabulary.ts';
import { gate } from '../../../lib/gate.ts';

const DOCS = [
  'Good arrangements for children missing from home or care are in place',
  'Safeguarding is a priority and safeguarding training is good',
  'Young people leaving care get help with a home of their own',
  'Anti-bullying work in schools is strong',
  'The named GP supports the board',
];

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ''));

/** A fake of Pagefind's search over DOCS: ids are "d0".."d4", positions are word indexes. */
function fakePagefind(log: string[] = []): Backend {
  const indexWords = new Set(DOCS.flatMap(wordsOf));
  const respond = (hits: { id: number; words: number[] }[]): PagefindResponse => ({
    results: hits.map(({ id, words }) => ({
      id: `d${id}`,
      score: words.length,
      words,
      data: async () => ({
        url: `/d${id}`,
        content: DOCS[id]!,
        meta: { title: `d${id}` },
        filters: {},
        locations: words,
      }),
    })),
    unfilteredResultCount: hits.length,
    filters: { kind: { Paragraph: hits.length } },
    totalFilters: {},
  });
  const match = (term: string, exact: boolean) => {
    // As Pagefind does, an unknown word is searched shorter, down to a word it knows.
    let t = term;
    if (!exact) while (t.length > 1 && ![...indexWords].some((w) => w.startsWith(t))) t = t.slice(0, -1);
    return DOCS.map((doc, id) => ({
      id,
      words: wordsOf(doc).flatMap((w, i) => ((exact ? w === t : w.startsWith(t)) ? [i] : [])),
    }));
  };
  return {
    preload: async (q) => void log.push(`preload ${q}`),
    search: async (q) => {
      log.push(`search ${q}`);
      if (q === null) return respond(DOCS.map((_, id) => ({ id, words: [] })));
      const exact = /^".+"$/.test(q);
      const terms = wordsOf(q.replace(/"/g, '')).filter(Boolean);
      const perTerm = terms.map((t) => match(t, exact));
      const hits = DOCS.map((_, id) => ({ id, words: perTerm.flatMap((m) => m[id]!.words) })).filter(({ id }) =>
        perTerm.every((m) => m[id]!.words.length > 0),
      );
      return respond(hits);
    },
  };
}

function engineWith(log: string[] = []) {
  let fetched = 0;
  const engine = createEngine(fakePagefind(log), async () => {
    fetched++;
    return vocabulary(DOCS);
  });
  return { engine, log, fetched: () => fetched };
}

const titles = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('createEngine: questions', () => {
  it('should drop the words that ask, so a whole question finds the paragraph that answers it', async () => {
    const { engine } = engineWith();
    const answer = await engine.ask('how many children go missing from home or care?', { correct: true });
    expect(titles(answer.hits)).toEqual(['d0']);
    expect(answer).toMatchObject({ complete: true, corrections: [], unknown: [] });
  });

  it('should give the records holding most of the words, best first, when none holds all', async () => {
    const { engine } = engineWith();
    const answer = await engine.ask('young people leaving home for care training', { correct: true });
    expect(answer.complete).toBe(false);
    expect(answer.counts).toBeUndefined();
    // d2 has young, people, leaving, home, care; d0 home and care; d1 training.
    expect(titles(answer.hits).slice(0, 2)).toEqual(['d2', 'd0']);
    expect(answer.hits[0]!.locations.length).toBeGreaterThan(3);
  });

  it('should keep a query made only of stop words as it is', async () => {
    const { log, engine } = engineWith();
    await engine.ask('is a', { correct: true });
    expect(log).toContain('search is a');
  });

  it('should search a quoted phrase as it is, without reading its words', async () => {
    const { log, engine, fetched } = engineWith();
    await engine.ask('"named GP"', { correct: true });
    expect(log).toEqual(['search "named GP"']);
    expect(fetched()).toBe(0);
  });
});

describe('createEngine: words the index lacks', () => {
  it('should correct a misspelt word and say so, fetching the report\u2019s words only then', async () => {
    const { engine, fetched } = engineWith();
    await engine.ask('children missing', { correct: true });
    expect(fetched()).toBe(0);
    const answer = await engine.ask('safegaurding', { correct: true });
    expect(answer.corrections).toEqual([{ typed: 'safegaurding', word: 'safeguarding' }]);
    expect(titles(answer.hits)).toEqual(['d1']);
    expect(fetched()).toBe(1);
  });

  it('should never correct a word the index holds, and not when asked for the words as typed', async () => {
    const { engine } = engineWith();
    expect((await engine.ask('schools', { correct: true })).corrections).toEqual([]);
    const asTyped = await engine.ask('safegaurding', { correct: false });
    expect(asTyped.corrections).toEqual([]);
    expect(asTyped.unknown).toEqual(['safegaurding']);
    expect(asTyped.hits).toEqual([]);
  });

  it('should name a word no record uses, rather than search a shorter word in its place', async () => {
    const { engine } = engineWith();
    const alone = await engine.ask('homeless', { correct: true });
    expect(alone.unknown).toEqual(['homeless']);
    expect(alone.hits).toEqual([]);
    const withOthers = await engine.ask('homeless young people', { correct: true });
    expect(withOthers.unknown).toEqual(['homeless']);
    expect(titles(withOthers.hits)).toEqual(['d2']);
  });

  it('should search the start of a word being typed as it is, checking a longer one against the report', async () => {
    const { engine, fetched } = engineWith();
    expect(titles((await engine.ask('safeg', { correct: true, typing: true })).hits)).toEqual(['d1']);
    expect(fetched()).toBe(1);
    const short = engineWith();
    await short.engine.ask('young sa', { correct: true, typing: true });
    expect(short.fetched()).toBe(0);
  });

  it('should search a word as it is when the report\u2019s words cannot be fetched', async () => {
    const engine = createEngine(fakePagefind(), () => Promise.reject(new Error('offline')));
    const answer = await engine.ask('safegaurding', { correct: true });
    expect(answer).toMatchObject({ corrections: [], unknown: [] });
  });
});

describe('createEngine: the first result early', () => {
  /** The fake, with exact searches held until released and every fragment fetch logged. */
  function slowExact() {
    const log: string[] = [];
    const inner = fakePagefind();
    const exact = gate();
    const backend: Backend = {
      preload: inner.preload,
      search: async (q, options) => {
        if (q !== null && /^".+"$/.test(q)) await exact.passed;
        const response = await inner.search(q, options);
        return (
          response && {
            ...response,
            results: response.results.map((r) => ({ ...r, data: () => (log.push(`fragment ${r.id}`), r.data()) })),
          }
        );
      },
    };
    return { log, release: exact.open, engine: createEngine(backend, async () => vocabulary(DOCS)) };
  }

  it('should fetch the first result while the words are still being checked, and fetch it once', async () => {
    const { log, release, engine } = slowExact();
    const asked = engine.ask('missing children', { correct: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['fragment d0']);
    release();
    const answer = await asked;
    expect(titles(answer.hits)).toEqual(['d0']);
    await answer.hits[0]!.data();
    expect(log).toEqual(['fragment d0']);
  });

  it('should not give the words as typed when one of them was corrected', async () => {
    const { release, engine } = slowExact();
    release();
    const answer = await engine.ask('young peeple', { correct: true });
    expect(answer.corrections).toEqual([{ typed: 'peeple', word: 'people' }]);
    expect(titles(answer.hits)).toEqual(['d2']);
  });
});

describe('createEngine: preload', () => {
  it('should preload the meaningful words of two letters or more', async () => {
    const { log, engine } = engineWith();
    engine.preload('what about the G');
    engine.preload('what about the GP');
    expect(log).toEqual(['preload GP']);
  });
});

describe('mostOf', () => {
  it('should rank by how many words a record holds, then by score, and gather every position', () => {
    const result = (id: string, score: number, words: number[]) => ({
      id,
      score,
      words,
      data: async () => ({}) as never,
    });
    const response = (...results: ReturnType<typeof result>[]) => ({
      results,
      unfilteredResultCount: 0,
      filters: {},
      totalFilters: {},
    });
    const hits = mostOf([response(result('a', 1, [1]), result('b', 9, [2])), response(result('a', 1, [5]))]);
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(hits[0]!.locations).toEqual([1, 5]);
  });
});
