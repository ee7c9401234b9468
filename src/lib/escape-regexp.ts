/**
 * Text made safe to put inside a regular expression, matching itself literally.
 *
 * Written by hand because it is one line and runs in page scripts too (find in page,
 * highlight on arrival), where a dependency would cost bytes; `RegExp.escape` would do the same
 * but is not in Node 22. The characters are the ones that mean something in a pattern, with or
 * without the `u` flag, so the result is valid either way.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
