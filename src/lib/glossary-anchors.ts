/** Where each glossary entry is, so reading pages can link a marked word to its entry. */
import { url } from './urls.ts';

/** The glossary entry's id for an acronym the report defines: "abbr-lscb". */
export const acronymAnchor = (acronym: string): string => `abbr-${acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The glossary entry's id for a term of art the site explains: "term-looked-after". */
export const termAnchor = (id: string): string => `term-${id}`;

/** The address of a glossary entry. */
export const glossaryEntryUrl = (anchor: string): string => `${url('glossary/')}#${anchor}`;
