/**
 * A gate a test opens when it chooses: work that awaits `passed` waits until `open()` is called
 * (a fragment, a script or a search held back to see what a reader sees meanwhile).
 */
export function gate(): { passed: Promise<void>; open: () => void } {
  let open!: () => void;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { passed, open };
}
