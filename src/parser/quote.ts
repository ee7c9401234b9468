/** The most characters of the input an error message quotes. */
export const QUOTE_MAX = 80;

/**
 * Input quoted in an error message: in double quotes, cut to about 80 characters with "…".
 *
 * A bad line can be megabytes long; quoting it whole buries the message and can outrun what a
 * terminal or a pipe takes before the process exits. The cut falls on a whole character, never
 * inside a surrogate pair.
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  return chars.length <= QUOTE_MAX
    ? `"${text}"`
    : `"${chars
        .slice(0, QUOTE_MAX - 1)
        .join('')
        .trimEnd()}…"`;
}
