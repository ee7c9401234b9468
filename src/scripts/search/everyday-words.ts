/**
 * The site's thesaurus (src/pages/search/thesaurus.json.ts), fetched once as the engine loads, so
 * it is in by the first search; a failed fetch is forgotten and search goes on without it.
 */
import { url } from '../../lib/urls.ts';
import type { ThesaurusMap } from '../../search/thesaurus-key.ts';

let entries: Promise<ThesaurusMap> | undefined;

export function loadEverydayWords(): Promise<ThesaurusMap> {
  entries ??= fetch(url('search/thesaurus.json')).then((answer) => {
    if (!answer.ok) throw new Error(`search/thesaurus.json answered ${answer.status}`);
    return answer.json() as Promise<ThesaurusMap>;
  });
  entries.catch(() => (entries = undefined));
  return entries;
}
