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
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { describeError, parseReportFile, ReportError } from '../parser/index.ts';

/** The id of the collection's one entry, and of the entry that holds a parse error in dev. */
export const REPORT_ENTRY = 'report';
export const PARSE_ERROR_ENTRY = 'parse-error';

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
      // Note: messages name the file as the reader typed it, relative to where they are.
      const named = relative(process.cwd(), path);

      const sync = async () => {
        const started = performance.now();
        const model = await parseReportFile(named);
        const data = await parseData({ id: REPORT_ENTRY, data: model });
        store.clear();
        store.set({ id: REPORT_ENTRY, data, digest: generateDigest(JSON.stringify(model)) });
        logger.info(`parsed ${named}: ${model.paragraphs.length} paragraphs, ${model.recommendations.length} recommendations (${Math.round(performance.now() - started)} ms)`);
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
          // Note: stored without parseData, on purpose: it is not a report, and it must reach
          // the pages so the dev server shows the parser's line instead of stale content.
          store.set({ id: PARSE_ERROR_ENTRY, data: { ...problem } });
        }
      };
      await syncInDev();
      watcher.add(path);
      watcher.on('change', (changed) => {
        if (changed === path) void syncInDev();
      });
    },
  };
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
