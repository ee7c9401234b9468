/**
 * Walking the results with the keyboard: Down from the search box goes to the first result,
 * Up and Down move between results, Up from the first goes back to the box. Tab works too,
 * since every result is a link.
 */
export function walkResults(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[at + 1] : all[at - 1];
    (next ?? (event.key === 'ArrowUp' ? input : all[at]))?.focus();
  });
}
