/** Writes text to the clipboard, falling back to a selected textarea where the API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Clipboard API needs a secure context; plain-http hosts fall back to execCommand.
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'visually-hidden';
    // Selecting the textarea takes the focus, and removing it drops the focus on the page
    // itself; it goes back to where it was (the button pressed), so a keyboard reader keeps
    // their place.
    const focused = document.activeElement;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    return ok;
  }
}
