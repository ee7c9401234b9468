import { buildSite } from './lib/site-process.ts';
import { SITES } from '../tests/lib/site.ts';
for (const v of Object.values(SITES)) { const t = Date.now(); await buildSite(v); console.log(v.outDir, Date.now() - t, 'ms'); }
