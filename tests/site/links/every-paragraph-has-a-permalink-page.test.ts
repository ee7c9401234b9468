import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../lib/site.ts';
import { all, attr, builtModel, dom } from '../../lib/reading-pages.ts';

const report = await builtModel();

describe('/p/N/ permalinks', () => {
  it('should exist for every paragraph, pointing at it in context three ways: canonical, refresh and a link', async () => {
    const problems: string[] = [];
    for (const p of report.paragraphs) {
      const file = `p/${p.number}/index.html`;
      if (!existsSync(join(SITE_DIR, file))) {
        problems.push(`${file}: missing`);
        continue;
      }
      const doc = await dom(file);
      const target = `/read/${p.section}/#${p.id}`;
      const canonical = all(doc, (e) => e.name === 'link' && attr(e, 'rel') === 'canonical').map((e) =>
        attr(e, 'href')!,
      );
      const refresh = all(doc, (e) => e.name === 'meta' && attr(e, 'http-equiv') === 'refresh').map((e) =>
        attr(e, 'content')!,
      );
      const links = all(doc, (e) => e.name === 'a' && (attr(e, 'href') ?? '').endsWith(target));
      if (
        canonical.length !== 1 ||
        !new URL(canonical[0]!).pathname.concat(new URL(canonical[0]!).hash).endsWith(target)
      ) {
        problems.push(`${file}: canonical ${canonical.join()}`);
      }
      if (refresh.length !== 1 || !/^0; url=\S+$/.test(refresh[0]!) || !refresh[0]!.endsWith(target))
        problems.push(`${file}: refresh ${refresh.join()}`);
      if (links.length === 0) problems.push(`${file}: no plain link to ${target}`);
    }
    expect(problems).toEqual([]);
  });
});
