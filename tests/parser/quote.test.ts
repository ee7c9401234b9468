import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, quote } from '../../src/parser/quote.ts';

describe('quote', () => {
  it('should quote a short text whole', () => {
    expect(quote('Being healthy')).toBe('"Being healthy"');
  });

  it('should cut a long text to about 80 characters, ending with "…"', () => {
    const q = quote('word '.repeat(1_000_000));
    expect(q.endsWith('…"')).toBe(true);
    expect(Array.from(q).length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(Array.from(q).length).toBeGreaterThan(QUOTE_MAX - 10);
  });

  it('should never cut inside a character made of two UTF-16 units', () => {
    const q = quote('😀'.repeat(200));
    expect(q).toMatch(/^"(😀)+…"$/u);
  });
});
