// The stopword package ships no type declarations; this covers the two exports we use.
declare module 'stopword' {
  /** Drops the tokens found (case-insensitively) in `stopwords`, English by default. */
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
  /** The English stop-word list. */
  export const eng: string[];
}
