/** The 404 page's pointer for an address that looks like a paragraph's or a recommendation's. */
import { describe, expect, it } from 'vitest';
import { notFoundHint, type KnownAddresses } from '../../../src/lib/not-found-hint.ts';

const known: KnownAddresses = {
  paragraphs: [3, 4, 5, 6, 7, 8, 9, 10],
  recommendations: [
    { id: 'sg-3m-4', name: 'Appoint a named GP to support the work of the LSCB…' },
    { id: 'lac-im-1', name: 'Ensure that every looked after child has a health assessment' },
  ],
};

describe('notFoundHint', () => {
  it.for(['p/007/', 'p/7', 'P/7/', 'p7', 'p/7/extra', 'p/7.'])(
    'should point %s to paragraph 7, which exists',
    (path) => {
      expect(notFoundHint(path, known)?.link).toEqual({ path: 'p/7/', label: 'paragraph 7' });
    },
  );

  it('should say which numbers the paragraphs run between for one the report does not have, and offer the contents', () => {
    expect(notFoundHint('p/999/', known)).toEqual({
      text: 'The report has no paragraph 999: its paragraphs are numbered 3 to 10.',
      link: { path: 'read/', label: 'Browse the contents' },
    });
  });

  it.for([
    'recommendations/SG-3M-4/',
    'recommendations/sg-3m-4',
    'recommendations/sg3m4/',
    'recommendations/%20sg-3m-4%20/',
    'Recommendations/sg-3m-4)',
  ])('should point %s to recommendation sg-3m-4, named by its words', (path) => {
    expect(notFoundHint(path, known)).toEqual({
      text: 'This address looks like a link to recommendation sg-3m-4:',
      link: { path: 'recommendations/sg-3m-4/', label: 'Appoint a named GP to support the work of the LSCB…' },
    });
  });

  it('should say there is no such recommendation and offer the list of them all', () => {
    expect(notFoundHint('recommendations/sg-9m-9/', known)).toEqual({
      text: 'The report has no recommendation with the code “sg-9m-9”.',
      link: { path: 'recommendations/', label: 'All 2 recommendations' },
    });
  });

  it('should survive a stray "%" in the address', () => {
    expect(notFoundHint('recommendations/%E0%A4%A/', known)?.link.path).toBe('recommendations/');
  });

  it.for(['', 'pack/', 'paragraphs/7/', 'read/nowhere/', 'p/', 'recommendation/sg-3m-4/'])(
    'should have nothing to say of %j',
    (path) => {
      expect(notFoundHint(path, known)).toBeUndefined();
    },
  );
});
