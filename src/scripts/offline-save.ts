/**
 * "Save for offline reading" (src/components/OfflineSave.astro, on the home page and in the
 * footer): shows the control where a service worker can run (a secure context, scripts on;
 * elsewhere it stays hidden, as it could not work), and loads the control's work
 * (src/scripts/offline/control.ts) only when it is needed: when a reader presses Save, or on a
 * site this browser has already saved. Nothing is registered or stored until a reader asks.
 *
 * Split so that every page's site script carries only these few lines; the rest (about
 * 1.5 KB compressed) is fetched by readers who save, and from their saved copy after that.
 */
import { url } from '../lib/urls.ts';

const controls = [...document.querySelectorAll<HTMLElement>('[data-offline-save]')];
if (controls.length > 0 && 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext) {
  const scope = new URL(url(), location.href).href;
  const start = (saveNow: boolean) =>
    import('./offline/control.ts').then((control) => control.startOfflineControl(controls, scope, saveNow));
  const pressed = () => {
    for (const button of buttons) button.removeEventListener('click', pressed);
    void start(true);
  };
  const buttons = controls.map((control) => control.querySelector<HTMLButtonElement>('[data-offline-action="save"]')!);
  for (const button of buttons) button.addEventListener('click', pressed);
  for (const control of controls) control.hidden = false;
  void navigator.serviceWorker.getRegistration(scope).then((registration) => {
    if (!registration) return;
    for (const button of buttons) button.removeEventListener('click', pressed);
    void start(false);
  });
}
