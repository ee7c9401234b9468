/**
 * The site's Content-Security-Policy, in one place: the layout's <meta> tag and the `_headers`
 * file for static hosts both read it, so the two can never disagree.
 *
 * Written by hand rather than with Astro's `security.csp`. Astro's policy lists a hash per
 * bundled script and style, but this site has no inline script or style to hash (Astro's script
 * inlining is off in astro.config.mjs), Pagefind's files are written after Astro has finished so
 * Astro cannot hash them, and the hashes change on every edit, which a hand-kept `_headers` file
 * could not follow. 'self' covers every file the site serves; nothing else is allowed.
 */
export const SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search engine in the page; 'wasm-unsafe-eval' allows
  // exactly that and no JavaScript eval. No 'unsafe-inline': every script is a file.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // No 'unsafe-inline' either: Astro links its CSS files (build.inlineStylesheets 'never')
  // and a built-site test forbids style attributes and <style> elements.
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  // Said outright though default-src covers them: the service worker of the saved copy
  // (sw.js) and the web app manifest come from the site itself and from nowhere else.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a browser ignores in a <meta> policy (CSP 3 §3.3); they go in the HTTP header only. */
const HEADER_ONLY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

const serialise = (policy: Record<string, string[]>): string =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

/** For `<meta http-equiv="Content-Security-Policy">`: the same on every page, whatever the base path. */
export const metaContentSecurityPolicy = serialise(SECURITY_POLICY);

/** For the `Content-Security-Policy` response header a static host sends. */
export const headerContentSecurityPolicy = serialise({ ...SECURITY_POLICY, ...HEADER_ONLY });

/**
 * For `astro dev` only: Vite's dev server puts each stylesheet in a <style> element (and swaps
 * them on edits), which 'self' alone would block, leaving the page unstyled. The built site never
 * gets this policy.
 */
export const devMetaContentSecurityPolicy = serialise({
  ...SECURITY_POLICY,
  'style-src': ["'self'", "'unsafe-inline'"],
});
