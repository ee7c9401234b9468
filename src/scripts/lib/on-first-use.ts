/**
 * Loads a module the first time a reader reaches for one of the controls that need it: a
 * pointerdown (before the click lands), focus (before Enter or Space) or a click that came with
 * neither (a screen reader's virtual cursor). Each click is handed on at once with the module
 * to come, so what must show at once (a menu opening) does, and the first press works as
 * every later one does. A reader who never reaches for the control fetches nothing.
 *
 * Listens on the document rather than on each control, so controls added later are covered too.
 */
export function onFirstUse<M>(
  selector: string,
  load: () => Promise<M>,
  clicked: (control: HTMLElement, module: Promise<M>) => void,
): void {
  let module: Promise<M> | undefined;
  const start = () => (module ??= load());
  const controlOf = (event: Event) =>
    event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
  for (const type of ['pointerdown', 'focusin'] as const) {
    document.addEventListener(type, (event) => {
      if (controlOf(event)) void start();
    });
  }
  document.addEventListener('click', (event) => {
    const control = controlOf(event);
    if (control) clicked(control, start());
  });
}
