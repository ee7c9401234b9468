/**
 * The "Save for offline reading" control at work (loaded by src/scripts/offline-save.ts once a
 * reader presses the button, or on any page of a site already saved): registers the service
 * worker (src/offline/service-worker.ts), shows its progress from the BroadcastChannel, what the
 * saved copy takes on the device and that it was updated (once), and removes it on request.
 */
import { url } from '../../lib/urls.ts';
import {
  channelName,
  isCacheOf,
  LIST_FILE,
  WORKER_FILE,
  type OfflineMessage,
  type SavedRecord,
} from '../../offline/saved-copy.ts';
import { politeRegion } from '../lib/live-region.ts';
import { statusText, type OfflineState } from './status-text.ts';

/**
 * Takes over the controls (already shown, their Save button waiting) for the site at `scope`;
 * `saveNow` when the reader has just pressed Save.
 */
export async function startOfflineControl(controls: HTMLElement[], scope: string, saveNow: boolean): Promise<void> {
  const listUrl = new URL(LIST_FILE, scope).href;
  const announce = politeRegion('offline-save-announcement');
  let state: OfflineState = { kind: 'idle' };

  const show = (next: OfflineState, say = true) => {
    state = next;
    render(controls, next);
    if (say && announce.textContent !== statusText(next)) announce.textContent = statusText(next);
  };

  /**
   * Follows a worker while it saves. The worker's own "failed" message can be lost, as a
   * worker whose first save fails is discarded at once; its state going "redundant" cannot.
   */
  const follow = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'activated') void refresh(true);
      else if (worker.state === 'redundant' && state.kind === 'saving' && !state.updating)
        show({ kind: 'failed', reason: 'network' });
    });
  };

  /** Reads the state from the browser: the worker's registration and the saved copy. */
  const refresh = async (say: boolean) => {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    const copy = registration ? await savedCopy(scope, listUrl) : undefined;
    if (registration?.active && copy) {
      const updated = copy.record.updatedFrom !== null && !copy.record.announced;
      if (updated) await rememberAnnounced(copy, listUrl);
      show({ kind: 'saved', bytes: copy.record.bytes, updated }, say || updated);
    } else if (registration?.installing || registration?.waiting) {
      follow(registration.installing);
      show({ kind: 'saving', done: 0, total: 1, updating: Boolean(registration.active) }, say);
    } else {
      show(state.kind === 'failed' || state.kind === 'removed' ? state : { kind: 'idle' }, false);
    }
  };

  const channel = new BroadcastChannel(channelName(scope));
  channel.addEventListener('message', (event: MessageEvent<OfflineMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      // A failed worker's last reports can arrive after the page has learnt it failed.
      if (state.kind === 'failed') return;
      const updating = state.kind === 'saved' || (state.kind === 'saving' && state.updating);
      // Only the start and the end are read out; every percent would drown the page.
      show({ kind: 'saving', done: message.done, total: message.total, updating }, state.kind !== 'saving');
    } else if (message.type === 'saved') {
      void refresh(true);
    } else if ((state.kind === 'saving' && !state.updating) || state.kind === 'failed') {
      show({ kind: 'failed', reason: message.reason });
    }
  });

  const save = async () => {
    show({ kind: 'saving', done: 0, total: 1, updating: false });
    try {
      const existing = await navigator.serviceWorker.getRegistration(scope);
      // Saved meanwhile from another tab: nothing to do but say so.
      if (existing?.active && (await savedCopy(scope, listUrl))) return await refresh(true);
      // A worker whose copy is gone (site data cleared in part) is asked to save again;
      // registering it anew would change nothing, as its script is the same.
      if (existing?.active) existing.active.postMessage('save');
      else
        follow(
          (await navigator.serviceWorker.register(url(WORKER_FILE), { scope: url(), updateViaCache: 'none' }))
            .installing,
        );
      // Asks the browser not to clear the copy to make room; the reader asked to keep it.
      void navigator.storage?.persist?.();
    } catch {
      show({ kind: 'failed', reason: 'network' });
    }
  };

  wireButtons(controls, scope, save, () => show({ kind: 'removed' }));
  if (saveNow) await save();
  else await refresh(false);
}

/** The Save and Remove buttons of each control, and a look for a newer build when back online. */
function wireButtons(controls: HTMLElement[], scope: string, save: () => Promise<void>, removed: () => void): void {
  for (const control of controls) {
    control.querySelector('[data-offline-action="save"]')!.addEventListener('click', () => void save());
    control
      .querySelector('[data-offline-action="remove"]')!
      .addEventListener('click', () => void removeCopy(scope).then(removed));
  }
  // Back online with a page open: look for a newer build now rather than at the next page.
  addEventListener('online', () => void navigator.serviceWorker.getRegistration(scope).then((r) => r?.update()));
}

/** Shows `next` in every control: which button is offered and the status in words. */
function render(controls: HTMLElement[], next: OfflineState) {
  const moved = controls.some((control) => control.contains(document.activeElement));
  for (const control of controls) {
    const busy = next.kind === 'saving';
    const saved = next.kind === 'saved';
    control.querySelector<HTMLElement>('[data-offline-action="save"]')!.hidden = busy || saved;
    control.querySelector<HTMLElement>('[data-offline-action="remove"]')!.hidden = !saved;
    control.querySelector<HTMLElement>('[data-offline-status]')!.textContent = statusText(next);
  }
  // The pressed button may have just been hidden; focus goes to what replaced it, so a
  // keyboard reader is not sent back to the top of the page.
  if (
    moved &&
    !controls.some(
      (control) =>
        control.contains(document.activeElement) && (document.activeElement as HTMLElement).offsetParent !== null,
    )
  ) {
    const control = controls.find((c) => c.contains(document.activeElement)) ?? controls[0]!;
    const target =
      control.querySelector<HTMLElement>('[data-offline-action]:not([hidden])') ??
      control.querySelector<HTMLElement>('[data-offline-status]')!;
    target.focus();
  }
}

/** The newest complete saved copy of the site at `scope`, if any. */
async function savedCopy(scope: string, listUrl: string): Promise<{ name: string; record: SavedRecord } | undefined> {
  const copies: { name: string; record: SavedRecord }[] = [];
  for (const name of await caches.keys()) {
    if (!isCacheOf(name, scope)) continue;
    const response = await caches.match(listUrl, { cacheName: name });
    if (response) copies.push({ name, record: (await response.json()) as SavedRecord });
  }
  return copies.find((copy) => !copies.some((other) => other.record.updatedFrom === copy.record.version));
}

/** The reader is told of an update once; the copy remembers that they were. */
async function rememberAnnounced(copy: { name: string; record: SavedRecord }, listUrl: string) {
  const cache = await caches.open(copy.name);
  await cache.put(
    listUrl,
    new Response(JSON.stringify({ ...copy.record, announced: true }), {
      headers: { 'content-type': 'application/json' },
    }),
  );
}

/** Removes the worker and every saved copy of the site at `scope`. */
async function removeCopy(scope: string) {
  const registration = await navigator.serviceWorker.getRegistration(scope);
  await registration?.unregister();
  for (const name of await caches.keys()) if (isCacheOf(name, scope)) await caches.delete(name);
}
