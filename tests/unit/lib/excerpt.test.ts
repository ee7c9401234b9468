/** The opening words of a text for descriptions and share previews. */
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/excerpt.ts';

describe('excerpt', () => {
  it('should give a short text whole, its spacing made single', () => {
    expect(excerpt('Partnership working\nwithin Tower Hamlets is good.', 100)).toBe(
      'Partnership working within Tower Hamlets is good.',
    );
  });

  it('should stop at a whole word within the limit, drop a trailing comma and add an ellipsis', () => {
    expect(excerpt('Partnership working, within Tower Hamlets, is good.', 30)).toBe('Partnership working, within…');
    expect(excerpt('Partnership working, within Tower Hamlets, is good.', 42)).toBe(
      'Partnership working, within Tower Hamlets…',
    );
  });

  it('should never be longer than the limit and its ellipsis', () => {
    const text = 'word '.repeat(100);
    expect(excerpt(text, 50).length).toBeLessThanOrEqual(51);
  });
});
