/**
 * A visually hidden polite live region with this id, made once per page: what a script says
 * there is read out by screen readers without moving focus.
 */
export function politeRegion(id: string): HTMLElement {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const region = document.createElement('p');
  region.id = id;
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}
