/**
 * The report's words (src/pages/search/words.json.ts, most used first), fetched once, the first
 * time a query word is not in the index; a failed fetch is forgotten, so a later query may try again.
 */
import { url } from '../../lib/urls.ts';

let words: Promise<string[]> | undefined;

export function loadReportWords(): Promise<string[]> {
  words ??= fetch(url('search/words.json')).then((answer) => {
    if (!answer.ok) throw new Error(`search/words.json answered ${answer.status}`);
    return answer.json() as Promise<string[]>;
  });
  words.catch(() => (words = undefined));
  return words;
}
