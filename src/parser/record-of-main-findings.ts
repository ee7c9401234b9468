import { quote } from './quote.ts';
import type { FindingRow, Framework, Note, Section } from '../model/schema.ts';
import type { Fail } from './errors.ts';
import { gradeByLabel, partByTitle, themeOf } from './framework.ts';
import type { SourceLine } from './source-lines.ts';

export interface RecordOfMainFindings {
  rows: FindingRow[];
  groups: { text: string; part: string; line: number }[];
  notes: Note[];
}

/**
 * Reads the closing table and reconciles it with the body.
 *
 * The table's group labels cannot be trusted (a part's title can stand above another
 * part's rows), so rows are given to parts by order and structure instead: the table lists the
 * parts in the framework's order, and a part ends where an area it has already graded comes
 * round again. Each label that disagrees with that is kept as published and explained in a note.
 */
export function readRecordOfMainFindings(
  lines: SourceLine[],
  outline: Section[],
  framework: Framework,
  fail: Fail,
  endLine: number,
): RecordOfMainFindings {
  if (lines.length === 0) fail(endLine, 'the record of main findings has no rows (is it truncated?)');
  const rows: FindingRow[] = [];
  const groups: RecordOfMainFindings['groups'] = [];
  const notes: Note[] = [];
  const pending: { text: string; line: number }[] = [];
  let partIndex = -1;
  const partStart = new Map<string, number>();

  for (const l of lines) {
    if (l.kind !== 'text') fail(l.line, 'a numbered paragraph or bullet inside the record of main findings');
    const [first = '', second = '', ...more] = l.text.split('\t').map((c) => c.trim());
    if (more.some((c) => c !== '')) fail(l.line, 'a row of the record of main findings has more than two cells');
    if (second === '') {
      pending.push({ text: first, line: l.line });
      continue;
    }
    const scale = gradeByLabel(framework, second);
    if (!scale) {
      const labels = framework.gradeScale.map((g) => g.label).join(', ');
      fail(l.line, `${quote(second)} is not a grade on the four-point scale (${labels})`);
    }
    const theme = themeOf(framework, first);
    if (!theme) fail(l.line, `${quote(first)} is not a judgement area of the framework (content/framework.json)`);
    const inPart = (i: number) => rows.filter((r) => r.part === framework.parts[i]?.id);
    if (partIndex === -1 || inPart(partIndex).some((r) => r.theme === theme.id)) {
      partIndex++;
      if (partIndex >= framework.parts.length)
        fail(l.line, `${quote(first)} is graded twice in the last part of the record of main findings`);
      partStart.set(framework.parts[partIndex]!.id, rows.length);
    }
    const part = framework.parts[partIndex]!;
    const isPartStart = partStart.get(part.id) === rows.length;
    const group = placeLabels(pending, part, isPartStart, rows.at(-1), framework, groups, notes);
    pending.length = 0;
    const body = bodySectionOf(outline, part, theme.id, first, scale, l.line, fail, notes);
    rows.push({
      part: part.id,
      group,
      area: first,
      theme: theme.id,
      grade: scale.grade,
      label: second,
      section: body?.slug ?? null,
      narrative: Boolean(body),
      line: l.line,
    });
  }
  if (pending.length > 0) {
    fail(pending[0]!.line, `${quote(pending[0]!.text)} has no grade and no rows under it (is the record truncated?)`);
  }
  checkEveryGradeRecorded(outline, rows, framework, fail, endLine);
  return { rows, groups, notes };
}

type Part = Framework['parts'][number];

/**
 * Records the labels above a row as groups of its part and returns the row's group: the last
 * label that is not the part's own title opening the part, else the group of the row above in
 * the same part. A part's title standing elsewhere is explained in a note.
 */
function placeLabels(
  pending: { text: string; line: number }[],
  part: Part,
  isPartStart: boolean,
  previous: FindingRow | undefined,
  framework: Framework,
  groups: RecordOfMainFindings['groups'],
  notes: Note[],
): string | null {
  let group: string | null = null;
  for (const label of pending) {
    const named = partByTitle(framework, label.text);
    groups.push({ text: label.text, part: part.id, line: label.line });
    if (named && (named.id !== part.id || !isPartStart)) {
      notes.push({
        kind: 'mislabelled-group',
        line: label.line,
        message:
          named.id !== part.id
            ? `The label "${label.text}" stands above rows that belong to "${part.title}": they follow that part's rows in order and match its judgements in the body, so they are shown under "${part.title}".`
            : `The label "${label.text}" repeats the part's title above a group of its rows rather than naming the group; the rows stay with "${part.title}".`,
      });
    }
    if (!named || !isPartStart) group = label.text;
  }
  if (previous && group === null) group = previous.part === part.id ? previous.group : null;
  return group;
}

/**
 * The body's section for a row's area, whose grade must agree with the row's; an area graded
 * only in the record gets a note saying the body has no section for it.
 */
function bodySectionOf(
  outline: Section[],
  part: Part,
  theme: string,
  area: string,
  scale: { grade: number; label: string },
  line: number,
  fail: Fail,
  notes: Note[],
): Section | undefined {
  const body = outline.find((s) => s.part === part.id && s.theme === theme && s.judgement);
  if (body && body.judgement!.grade !== scale.grade) {
    fail(
      line,
      `the record of main findings grades ${quote(area)} (${part.title}) ${scale.label}, but the body grades it ${body.judgement!.label} at line ${body.judgement!.line}`,
    );
  }
  if (!body) {
    notes.push({
      kind: 'no-narrative',
      line,
      message: `"${area}" (${part.title}) is graded ${scale.label} here but has no section of its own in the body of the report.`,
    });
  }
  return body;
}

/** Every area the body grades has its row in the record. */
function checkEveryGradeRecorded(
  outline: Section[],
  rows: FindingRow[],
  framework: Framework,
  fail: Fail,
  endLine: number,
) {
  for (const s of outline) {
    if (!s.judgement || !s.part) continue;
    if (!rows.some((r) => r.part === s.part && r.theme === s.theme)) {
      const part = framework.parts.find((p) => p.id === s.part)!;
      fail(
        endLine,
        `${quote(s.title)} (${part.title}) is graded in the body at line ${s.judgement.line} but missing from the record of main findings`,
      );
    }
  }
}
