/**
 * What the "Save for offline reading" control says, by state: pure, so unit tests check the
 * wording without a browser.
 */
import type { FailReason } from '../../offline/saved-copy.ts';

export type OfflineState =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number; updating: boolean }
  | { kind: 'saved'; bytes: number; updated: boolean }
  | { kind: 'failed'; reason: FailReason }
  | { kind: 'removed' };

/** A size as a reader reads it: "0.6 MB", "2.5 MB"; "less than 0.1 MB" for a few bytes. */
export function formatSize(bytes: number): string {
  const megabytes = Math.round(bytes / 1e5) / 10;
  return megabytes < 0.1 ? 'less than 0.1 MB' : `${megabytes.toFixed(1)} MB`;
}

/** A whole percentage that reaches 100 only when everything is done. */
export function percent(done: number, total: number): number {
  if (total <= 0 || done >= total) return 100;
  return Math.min(99, Math.floor((done / total) * 100));
}

const FAILURES: Record<FailReason, string> = {
  network: 'the connection was lost',
  changed: 'the site was updated while saving',
  storage: 'this device has no room for it',
};

/** The status line for a state ("" when there is nothing to say). */
export function statusText(state: OfflineState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return `${state.updating ? 'Updating the saved copy' : 'Saving'}… ${percent(state.done, state.total)}%`;
    case 'saved':
      return state.updated
        ? `Saved copy updated to the latest version, ${formatSize(state.bytes)} on this device.`
        : `Saved for offline reading, ${formatSize(state.bytes)} on this device.`;
    case 'failed':
      return `Not saved: ${FAILURES[state.reason]}. Nothing was kept; try again.`;
    case 'removed':
      return 'Removed: nothing of this site is kept on this device.';
  }
}
