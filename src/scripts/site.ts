/**
 * The enhancements every page may use, as one bundled file loaded by the page shell
 * (src/layouts/Base.astro). Only what must be there on arrival runs here; what a control does is
 * fetched when a reader first reaches for it, so a reader who only reads pays for none of it:
 * - "/" to search, and the highlighter when arriving from a search result (search-shortcut);
 * - the Share buttons and their menus (share-buttons; Copy link, Cite and Quote in
 *   permalink-tools, on first use), and "Copy quote" for selected words (select-to-quote);
 * - the header's pack count and "✓ In your pack" beside items in the pack (pack-count), on
 *   arrival because they are in sight at once; the "Add to pack" buttons (add-to-pack) are
 *   fetched with the Share menu's first use, or at once where items have no Share menu;
 * - "Save for offline reading" for `[data-offline-save]` (offline-save; its work on first use);
 * - the page's own address (print-address) and each link's full address (print-link-targets) on
 *   paper: on arrival, because a module fetched at `beforeprint` arrives after the sheet is laid out;
 * - a toggletip for each marked first use of a term or acronym (toggletip-buttons; toggletips
 *   on first use).
 * Each does nothing on a page without its markup.
 *
 * One file rather than a script per component, so a page waits on one request with no chain of
 * imported chunks behind it, and the page's DOM changes happen in one task (one style and layout
 * pass) instead of one per script.
 */
import './search-shortcut.ts';
import './share-buttons.ts';
import './select-to-quote.ts';
import './pack-count.ts';
import './print-address.ts';
import './print-link-targets.ts';
import './offline-save.ts';
import './toggletip-buttons.ts';

// A browser that acts on text fragments highlights a quote link's words itself; elsewhere the
// site marks them, from a file fetched only then.
if (/[?&]quote=/.test(location.search) && !('fragmentDirective' in document)) void import('./quote-on-arrival.ts');
