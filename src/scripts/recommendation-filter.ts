/**
 * Filter for /recommendations/: reveals the form the page ships hidden, narrows the list to the
 * chosen part and timescale by hiding the rest, keeps the choice in the URL query
 * (?part=…&timescale=…) so a filtered view can be shared, and announces the count politely.
 * Without scripts the form stays hidden and every recommendation shows, grouped, with links.
 */

const form = document.querySelector<HTMLFormElement>('#rec-filter');
if (form) enhanceFilter(form);

function enhanceFilter(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('#rec-filter-status');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const items = [...document.querySelectorAll<HTMLElement>('.rec-item')];
  const groups = [...document.querySelectorAll<HTMLElement>('.rec-group')];
  const parts = [...document.querySelectorAll<HTMLElement>('.rec-part')];
  const total = items.length;

  // A shared link selects its values; a value the page does not offer is ignored, not an error.
  const query = new URLSearchParams(window.location.search);
  for (const select of selects) {
    const wanted = query.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  const apply = (): void => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const item of items) {
      const match =
        (!chosen.part || item.dataset.part === chosen.part) &&
        (!chosen.timescale || item.dataset.timescale === chosen.timescale);
      item.hidden = !match;
      if (match) shown += 1;
    }
    // A heading with nothing under it would be read out as an empty group, so hide it too.
    for (const group of [...groups, ...parts]) group.hidden = !group.querySelector('.rec-item:not([hidden])');

    const params = new URLSearchParams(window.location.search);
    for (const select of selects) {
      if (select.value) params.set(select.name, select.value);
      else params.delete(select.name);
    }
    const search = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );

    // The status is a polite live region, so the new count is read out after the change
    // without moving focus from the control the reader is using.
    if (status)
      status.textContent =
        shown === total ? `Showing all ${total} recommendations.` : `Showing ${shown} of ${total} recommendations.`;
  };

  form.addEventListener('change', apply);
  // The form filters in place as soon as a choice changes; its button (and Enter) do the same
  // without reloading the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}

// A module, so its names stay out of the global scope other page scripts share.
export {};
