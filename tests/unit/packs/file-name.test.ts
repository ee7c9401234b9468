import { describe, expect, it } from 'vitest';
import { fileName } from '../../../src/packs/file-name.ts';

describe('fileName', () => {
  it('should make a safe Markdown file name from the title', () => {
    expect(fileName('Board meeting: 3 items & a note')).toBe('board-meeting-3-items-a-note.md');
    expect(fileName('Café réunion')).toBe('cafe-reunion.md');
    expect(fileName('../../etc/passwd')).toBe('etc-passwd.md');
  });
  it('should fall back to "briefing-pack" when the title gives nothing usable', () => {
    expect(fileName('')).toBe('briefing-pack.md');
    expect(fileName('  ***  ')).toBe('briefing-pack.md');
    expect(fileName('会議')).toBe('briefing-pack.md');
  });
  it('should keep long names short, without a trailing dash', () => {
    const name = fileName(`${'a'.repeat(59)} b`);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).not.toMatch(/-\.md$/);
  });
});
