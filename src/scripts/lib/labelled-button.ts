/**
 * A button whose visible label is followed by words only screen readers hear ("Share" +
 * " paragraph 12"), so a page of many such buttons names each one apart.
 */
export function labelledButton(label: string, hidden: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.append(label);
  const extra = document.createElement('span');
  extra.className = 'visually-hidden';
  extra.textContent = ` ${hidden}`;
  b.append(extra);
  return b;
}
