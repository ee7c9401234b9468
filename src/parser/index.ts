/**
 * The parser: report text in, validated model out.
 *
 * text ─read─▶ syntax tree ─lines─▶ front matter, body, record ─▶ model ─zod─▶ Report
 */
import { Report, type Framework, type JudgementSummary } from '../model/schema.ts';
import { findAcronyms } from './acronyms.ts';
import { readBody } from './body/index.ts';
import { failFor, ReportError, type Fail } from './errors.ts';
import { loadFramework } from './framework.ts';
import { readFrontMatter } from './front-matter.ts';
import { decodeText, readText, type SourceText } from './read-text.ts';
import { readRecordOfMainFindings } from './record-of-main-findings.ts';
import { toSourceLines } from './source-lines.ts';
import { toSyntaxTree } from './syntax-tree.ts';

export { ReportError } from './errors.ts';

/** Builds the validated model from decoded text. Throws ReportError for bad input. */
export function parseText(source: SourceText, framework: Framework): Report {
  const fail: Fail = failFor(source.file);
  const tree = toSyntaxTree(source.text);
  const lines = toSourceLines(tree, source.text, fail);
  if (lines.length === 0) fail(1, 'the file has no text');
  const front = readFrontMatter(lines, framework, fail);
  const body = readBody(lines.slice(front.bodyStart), front.contents, framework, front.metadata.published, fail);
  const record = readRecordOfMainFindings(body.record.lines, body.outline, framework, fail, source.lines);

  const judgements: JudgementSummary[] = body.outline
    .filter((s) => s.judgement && s.part && s.theme)
    .map((s) => ({
      part: s.part!,
      area: s.title,
      theme: s.theme!,
      grade: s.judgement!.grade,
      label: s.judgement!.label,
      section: s.slug,
      line: s.judgement!.line,
    }));

  const model = {
    source: { file: source.file.split('/').at(-1)!, lines: source.lines },
    publisher: framework.publisher,
    metadata: front.metadata,
    contents: front.contents.map((c, i) => ({ ...c, slug: body.contentsSlugs[i]! })),
    outline: body.outline,
    gradeScale: body.gradeScale,
    paragraphs: body.paragraphs,
    judgements,
    recommendations: body.recommendations,
    recordOfMainFindings: record.rows,
    recordOfMainFindingsGroups: record.groups,
    notes: record.notes,
    acronyms: findAcronyms(body.paragraphs),
    themes: framework.themes,
    parts: framework.parts,
  };
  const result = Report.safeParse(model);
  if (!result.success) {
    // The parser builds the model to the schema, so this is a bug or a value the schema
    // refuses (an odd slug, say); name the field so it can be found.
    const issue = result.error.issues[0]!;
    fail(1, `the model is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** Parses bytes (as read from a file) into the validated model. */
export function parseBytes(file: string, bytes: Uint8Array, framework: Framework): Report {
  return parseText(decodeText(file, bytes), framework);
}

/** Reads, parses and validates a report file with the project's framework. */
export async function parseReportFile(file: string): Promise<Report> {
  const [source, framework] = await Promise.all([readText(file), loadFramework()]);
  return parseText(source, framework);
}

/** The one-line message for any error, for command lines: never a stack trace. */
export function describeError(error: unknown, file: string): string {
  if (error instanceof ReportError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}:1: internal error while parsing: ${message.split('\n')[0]}`;
}
