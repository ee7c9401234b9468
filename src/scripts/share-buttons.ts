/**
 * The part of the Share control that runs on arrival: beside each permalink anchor
 * (`a.permalink[data-cite]`) a "Share" disclosure button and its menu, empty and hidden, which
 * "Add to pack" (src/scripts/add-to-pack.ts, fetched by pack-count.ts at the same first use)
 * joins. What the menu does (Copy link, Cite, Quote, src/scripts/permalink-tools.ts) is fetched
 * the first time a reader reaches for a Share button, so a reader who only reads fetches none of
 * it. The permalink stays a plain link, so the item's address is there with scripts or without;
 * the button exists only where scripts run.
 *
 * The live region the menu speaks through is made now rather than with the menu, so screen
 * readers know it before its first message.
 */
import { labelledButton } from './lib/labelled-button.ts';
import { politeRegion } from './lib/live-region.ts';
import { onFirstUse } from './lib/on-first-use.ts';

const anchors = document.querySelectorAll<HTMLAnchorElement>('a.permalink[data-cite]');
if (anchors.length > 0) {
  politeRegion('copy-status');
  anchors.forEach((anchor, index) => {
    const what = anchor.dataset.label ?? 'this';
    const share = labelledButton('Share', what);
    share.className = 'share-toggle';
    const menu = document.createElement('div');
    menu.className = 'share-menu';
    menu.id = `share-menu-${index + 1}`;
    menu.hidden = true;
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', `Share ${what}`);
    share.setAttribute('aria-expanded', 'false');
    share.setAttribute('aria-controls', menu.id);
    const tools = anchor.parentElement!;
    tools.append(share);
    tools.after(menu);
  });
  // The menu opens or closes at the press itself; its actions are filled in once they arrive.
  onFirstUse(
    'button.share-toggle',
    () => import('./permalink-tools.ts'),
    (share, tools) => {
      const open = share.getAttribute('aria-expanded') !== 'true';
      document.getElementById(share.getAttribute('aria-controls')!)!.hidden = !open;
      share.setAttribute('aria-expanded', String(open));
      void tools.then((loaded) =>
        open ? loaded.fillMenu(share as HTMLButtonElement) : loaded.closePanels(share as HTMLButtonElement),
      );
    },
  );
}
