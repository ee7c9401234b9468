import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../lib/links.ts';

describe('links in the built site', () => {
  it('should all reach a page, and every #fragment should name an element on it', async () => {
    // Served by the same server as `npm start`, so a link that works here works there.
    expect(await brokenLinks('root')).toEqual([]);
  });
});
