/**
 * The enhancements every page may use, as one bundled file loaded by the page shell
 * (src/layouts/Base.astro): "/" to search and highlight on arrival (search-shortcut), Copy link /
 * Cite for `a.permalink[data-cite]` (permalink-tools), "Add to pack" for `[data-para]` and
 * `[data-recommendation]` (add-to-pack), "Save for offline reading" for `[data-offline-save]`
 * (offline-save), and for printing the page's own address (print-address) and the full address
 * of each link (print-link-targets), and a toggletip for each marked first use of a term or
 * acronym (`a.term`, toggletips). Each does nothing on a page without its markup.
 *
 * Note: one file rather than a script per component, so a page waits on one request with no
 * chain of imported chunks behind it, and the page's DOM changes happen in one task (one
 * style and layout pass) instead of one per script.
 */
import './search-shortcut.ts';
import './permalink-tools.ts';
import './add-to-pack.ts';
import './print-address.ts';
import './print-link-targets.ts';
import './offline-save.ts';
import './toggletips.ts';
