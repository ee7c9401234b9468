/**
 * The content loader: the report's text in, the validated model out, as the one entry of the
 * `report` collection. Astro's Content Loader API (an object with `load`), declared in
 * src/content.config.ts.
 *
 * text ─parseReportFile (src/parser, the same call the parse CLI makes)─▶ model ─parseData─▶ store
 *
 * The text is read and parsed once per build. In `astro dev` the loader watches the file and
 * parses it again when it changes; Astro then reloads the pages that read the collection.
 */
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadReviewedFindings, REVIEWED_FINDINGS_FILE } from '../derive/reviewed-findings.ts';
import { describeError, parseReportFile, ReportError } from '../parser/index.ts';

/** The id of the collection's one entry, and of the entry that holds a parse error in dev. */
export const REPORT_ENTRY = 'report';
export const PARSE_ERROR_ENTRY = 'parse-error';
/** The id of the entry that holds the reviewed findings, checked against the report. */
export const REVIEWED_FINDINGS_ENTRY = 'reviewed-findings';

/**
 * Loads `file` (relative to the project root) into the collection.
 *
 * Bad input stops `astro build` with the parser's one line (`content/x.txt:102: ...`). In
 * `astro dev` an edit that breaks the text does not stop the server: the loader stores the
 * message instead of the model, and every page shows it as Astro's error page until the text is
 * mended (src/lib/report.ts throws it).
 */
export function reportLoader(options: { file: string }): Loader {
  return {
    name: 'report-explorer:report',
    async load({ store, parseData, generateDigest, watcher, logger, config }) {
      const path = fileURLToPath(new URL(options.file, config.root));
      // Messages name the file as the reader typed it, relative to where they are.
      const named = relative(process.cwd(), path);

      const sync = async () => {
        const started = performance.now();
        const model = await parseReportFile(named);
        const data = await parseData({ id: REPORT_ENTRY, data: model });
        // The reviewed findings quote the text: checked here, so a stale quote stops the build.
        const reviewed = await loadReviewedFindings(model);
        if (!reviewed.applies) logger.warn(`${reviewed.why}: its reviewed findings are not shown`);
        store.clear();
        store.set({ id: REPORT_ENTRY, data, digest: generateDigest(JSON.stringify(model)) });
        // Stored as checked, without parseData: the collection's schema is the report's.
        store.set({ id: REVIEWED_FINDINGS_ENTRY, data: { ...reviewed } });
        logger.info(
          `parsed ${named}: ${model.paragraphs.length} paragraphs, ${model.recommendations.length} recommendations (${Math.round(performance.now() - started)} ms)`,
        );
      };

      if (!watcher) {
        try {
          await sync();
        } catch (error) {
          throw new ReportLoadError(describeError(error, named));
        }
        return;
      }

      const syncInDev = async () => {
        try {
          await sync();
        } catch (error) {
          const problem: ParseProblem = {
            message: describeError(error, named),
            file: path,
            line: error instanceof ReportError ? error.line : 1,
          };
          logger.error(problem.message);
          store.clear();
          // Stored without parseData, on purpose: it is not a report, and it must reach
          // the pages so the dev server shows the parser's line instead of stale content.
          store.set({ id: PARSE_ERROR_ENTRY, data: { ...problem } });
        }
      };
      await syncInDev();

      // One parse at a time, of the file once it has stopped changing. A save is often two
      // writes (truncate, then the text) and the watcher may report only the first, so parsing
      // on the event itself could leave "the file is empty" on screen until the next save.
      let running: Promise<void> | undefined;
      let changedAgain = false;
      const resync = () => {
        changedAgain = true;
        running ??= (async () => {
          while (changedAgain) {
            changedAgain = false;
            await settled(path);
            await syncInDev();
          }
        })().finally(() => (running = undefined));
      };
      const findings = fileURLToPath(new URL(REVIEWED_FINDINGS_FILE, config.root));
      watcher.add([path, findings]);
      watcher.on('change', (changed) => {
        if (changed === path || changed === findings) resync();
      });
    },
  };
}

/** How long a file's size and time must hold still before it counts as written. */
const SETTLE_MS = 60;

/** Resolves once `path`'s size and modification time stay the same for SETTLE_MS (2 s at most). */
async function settled(path: string): Promise<void> {
  const seen = async () => {
    const info = await stat(path).catch(() => undefined);
    return info ? `${info.size}:${info.mtimeMs}` : 'missing';
  };
  let before = await seen();
  for (let waited = 0; waited < 2_000; waited += SETTLE_MS) {
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const now = await seen();
    if (now === before) return;
    before = now;
  }
}

/** What the dev server keeps of a parse error: the parser's line, and where it points. */
export interface ParseProblem {
  message: string;
  /** The report's absolute path. */
  file: string;
  line: number;
}

/**
 * A parse error as Astro reports it: the parser's one line and no stack, since a stack would
 * point into the parser rather than at the line of the text that needs mending. Astro prints a
 * stack only when there is one; with `loc` and no stack, its dev error page shows the text
 * around the line instead.
 */
export class ReportLoadError extends Error {
  readonly loc?: { file: string; line: number; column: number };

  constructor(message: string, at?: { file: string; line: number }) {
    super(message);
    this.name = 'ReportLoadError';
    this.stack = '';
    if (at) this.loc = { file: at.file, line: at.line, column: 1 };
  }
}
