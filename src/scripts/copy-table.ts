/**
 * "Copy as table" for each `[data-copy-table]` block: the button is made here, so a page without
 * scripts shows none, and copies the table kept in the block's <template>. One polite
 * announcement says what was copied.
 */
import { copyTable } from './lib/copy-table.ts';
import { politeRegion } from './lib/live-region.ts';

for (const block of document.querySelectorAll<HTMLElement>('[data-copy-table]')) {
  const template = document.getElementById(block.dataset.copyTable ?? '');
  const table = template instanceof HTMLTemplateElement ? template.content.querySelector('table') : null;
  if (!table) continue;
  const count = Number(block.dataset.count ?? table.tBodies[0]?.rows.length ?? 0);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy as table';
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.textContent = ' Pastes into Word or a spreadsheet as rows.';
  block.append(button, hint);
  const region = politeRegion('copy-table-status');
  button.addEventListener('click', async () => {
    const copied = await copyTable(table);
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = copied
        ? `Copied table of ${count} ${count === 1 ? 'recommendation' : 'recommendations'}.`
        : 'Could not copy the table.';
    }, 50);
  });
}
