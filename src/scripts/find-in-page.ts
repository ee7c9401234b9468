/**
 * "Find on this page" (`src/components/FindInPage.astro`): the fold (a `<details>`, closed)
 * stays `hidden` unless this runs; opening it loads the finder (src/scripts/find/finder.ts) the
 * first time, and puts the cursor in the box at once.
 *
 * Split so that a reading page's own script is these few lines (the page's scripts have a
 * 5 KB budget) and the finder (about 1 KB compressed) is fetched only by readers who open it.
 */
const fold = document.querySelector<HTMLDetailsElement>('details.find-fold');
const form = fold?.querySelector<HTMLFormElement>('form.find-in-page');
const blocks = document.querySelectorAll<HTMLElement>('.reading-body .para-body, .reading-body .recommendation');

if (fold && form && blocks.length > 0) {
  const input = form.querySelector('input')!;
  let finder: Promise<void> | undefined;
  fold.addEventListener('toggle', () => {
    if (!fold.open) return;
    finder ??= import('./find/finder.ts').then(
      ({ startFinder }) => startFinder(form, blocks),
      () => {
        // Said where the count goes, so the reader is not left typing into a dead box.
        form.querySelector('.find-count')!.textContent =
          "Find could not load; your browser's own find (Ctrl+F) still works.";
      },
    );
    // The cursor goes in the box at once; what the reader types before the finder
    // arrives is found when it does.
    input.focus();
  });
  fold.hidden = false;
}
