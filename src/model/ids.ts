/**
 * The syntax of the report's public identifiers, in one place: paragraphs `pN` and
 * recommendations like `sg-3m-4` (part code, timescale code, position in its list).
 *
 * Plain regular expressions with no zod, because the packs' browser scripts import them too
 * and zod would multiply those scripts' size; the model's schema (schema.ts) builds on them.
 */
export const PARAGRAPH_ID = /^p[1-9][0-9]*$/;
export const RECOMMENDATION_ID = /^[a-z]+-[a-z0-9]+-[1-9][0-9]*$/;
