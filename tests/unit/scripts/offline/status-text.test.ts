import { describe, expect, it } from 'vitest';
import { formatSize, percent, statusText } from '../../../../src/scripts/offline/status-text.ts';

describe('formatSize', () => {
  it('should give megabytes to one decimal place', () => {
    expect(formatSize(612_000)).toBe('0.6 MB');
    expect(formatSize(2_850_000)).toBe('2.9 MB');
    expect(formatSize(1_000_000)).toBe('1.0 MB');
  });

  it('should not call a small copy "0.0 MB"', () => {
    expect(formatSize(20_000)).toBe('less than 0.1 MB');
  });
});

describe('percent', () => {
  it('should reach 100 only when everything is done', () => {
    expect(percent(0, 10)).toBe(0);
    expect(percent(4, 10)).toBe(40);
    expect(percent(999, 1000)).toBe(99);
    expect(percent(1000, 1000)).toBe(100);
  });
});

describe('statusText', () => {
  it('should say how far a save has got, and an update apart from a first save', () => {
    expect(statusText({ kind: 'saving', done: 4, total: 10, updating: false })).toBe('Saving… 40%');
    expect(statusText({ kind: 'saving', done: 4, total: 10, updating: true })).toBe('Updating the saved copy… 40%');
  });

  it('should say what a saved copy takes on the device, and that it was updated', () => {
    expect(statusText({ kind: 'saved', bytes: 612_000, updated: false })).toBe(
      'Saved for offline reading, 0.6 MB on this device.',
    );
    expect(statusText({ kind: 'saved', bytes: 612_000, updated: true })).toBe(
      'Saved copy updated to the latest version, 0.6 MB on this device.',
    );
  });

  it('should say in plain words why a save failed, and that nothing was kept', () => {
    expect(statusText({ kind: 'failed', reason: 'network' })).toBe(
      'Not saved: the connection was lost. Nothing was kept; try again.',
    );
    expect(statusText({ kind: 'failed', reason: 'storage' })).toMatch(/no room/);
    expect(statusText({ kind: 'failed', reason: 'changed' })).toMatch(/updated while saving/);
  });

  it('should say nothing before a reader asks', () => {
    expect(statusText({ kind: 'idle' })).toBe('');
  });
});
