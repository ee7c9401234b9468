import type { Fail } from '../errors.ts';
import { normalise } from '../framework.ts';
import { quote } from '../quote.ts';
import type { ClassifiedLine, GradeText } from './classify-line.ts';
import { open, type ReaderState } from './state.ts';

type Of<K extends ClassifiedLine['kind']> = Extract<ClassifiedLine, { kind: K }>;

/** A grade checked against the framework's four-point scale, with the scale's own label. */
export function checkGrade(state: ReaderState, grade: GradeText, line: number): { grade: number; label: string } {
  const number = Number(grade.number);
  if (!Number.isInteger(number) || number < 1 || number > 4) {
    state.fail(line, `grade ${quote(grade.number)} is outside the four-point scale (1 to 4)`);
  }
  const expected = state.framework.gradeScale.find((g) => g.grade === number)!;
  if (normalise(expected.label) !== normalise(grade.label)) {
    state.fail(
      line,
      `grade ${number} is labelled ${quote(grade.label)} but the scale calls grade ${number} ${quote(expected.label)}`,
    );
  }
  return { grade: number, label: expected.label };
}

/** Opens a part of the report; the parts come once each, in the framework's order. */
export function readPart(state: ReaderState, l: Of<'part'>) {
  const { framework, seenParts } = state;
  const fail: Fail = state.fail;
  const order = framework.parts.findIndex((p) => p.id === l.part.id);
  if (seenParts.includes(l.part.id)) fail(l.line, `the part ${quote(l.text)} appears twice`);
  if (order !== seenParts.length) {
    fail(l.line, `the part ${quote(l.text)} comes before ${quote(framework.parts[seenParts.length]!.title)}`);
  }
  seenParts.push(l.part.id);
  state.part = undefined;
  state.group = undefined;
  const part = open(state, l.text, l.line, 'part');
  part.part = l.part.id;
  state.part = part;
}

/** Opens a section at a heading, with its judgement when the grade is on the same line. */
export function readHeading(state: ReaderState, l: Of<'heading'>) {
  const last = state.last;
  const fail: Fail = state.fail;
  if (last?.kind === 'heading' && last.section.kind === 'section' && !last.section.judgement && last.section.theme) {
    fail(last.section.source.startLine, `${quote(last.section.title)} has no grade line`);
  }
  const section = open(state, l.title, l.line, 'section');
  if (!l.grade) return;
  if (section.kind !== 'section')
    fail(
      l.line,
      `${quote(l.title)} is not a judgement area of the framework (content/framework.json), so it cannot be graded`,
    );
  section.judgement = { ...checkGrade(state, l.grade, l.line), asPublished: l.grade.asPublished, line: l.line };
  state.last = { kind: 'grade' };
}

/** Gives the heading just above a grade line its judgement. */
export function readGrade(state: ReaderState, l: Of<'grade'>) {
  const last = state.last;
  const fail: Fail = state.fail;
  if (last?.kind !== 'heading') fail(l.line, `${quote(l.text)} does not follow a heading`);
  const section = last.section;
  if (section.kind !== 'section')
    fail(
      l.line,
      `${quote(section.title)} is not a judgement area of the framework (content/framework.json), so it cannot be graded`,
    );
  section.judgement = { ...checkGrade(state, l.grade, l.line), asPublished: l.text, line: l.line };
  state.last = { kind: 'grade' };
}

/** Adds a row of the grade scale the introduction sets out, before any part. */
export function readScale(state: ReaderState, l: Of<'scale'>) {
  const g = checkGrade(state, l.grade, l.line);
  if (!state.current) state.fail(l.line, 'the grade scale comes before any heading');
  state.gradeScale.push({
    ...g,
    asPublished: l.grade.asPublished,
    description: l.description,
    section: state.current.slug,
    line: l.line,
  });
  state.last = { kind: 'scale' };
}

/** Opens the record of main findings, which ends the body: the lines after it are the record's. */
export function readRecord(state: ReaderState, l: Of<'record'>) {
  if (!state.part) state.fail(l.line, `${quote(l.text)} comes before any part of the report`);
  open(state, l.text, l.line, 'record');
}
