/** Parts, headings, grades, the grade scale and the record of main findings, as a reader of the model sees them. */
import { describe, expect, it } from 'vitest';
import { FILE, outlineOf, read } from './read-lines.ts';

const CONTENTS = ['Introduction', 'Overall effectiveness', 'Staying safe', 'Safeguarding services', 'Outcomes'];

describe('readPart', () => {
  it("should open a part with the framework's id as its slug, and put the areas after it under it", () => {
    const state = read('Safeguarding services\n\nOverall effectiveness\n\nGrade 2 (Good)', CONTENTS);
    expect(outlineOf(state)).toEqual([
      { slug: 'safeguarding', kind: 'part', paragraphs: [] },
      { slug: 'safeguarding/overall-effectiveness', kind: 'section', paragraphs: [] },
    ]);
    expect(state.outline[1]!.parent).toBe('safeguarding');
  });

  it("should stop at a part out of the framework's order, naming the part that should come first", () => {
    expect(() => read('Services for looked after children')).toThrow(
      `${FILE}:1: the part "Services for looked after children" comes before "Safeguarding services"`,
    );
  });

  it('should stop at a part that appears twice', () => {
    expect(() => read('Safeguarding services\n\nSafeguarding services')).toThrow(
      `${FILE}:3: the part "Safeguarding services" appears twice`,
    );
  });
});

describe('readGrade and readHeading', () => {
  it("should give the area above a grade line its judgement, with the scale's label and the words as written", () => {
    const state = read('Safeguarding services\n\nStaying safe\n\nGrade 3 (adequate)', CONTENTS);
    expect(state.outline[1]!.judgement).toEqual({
      grade: 3,
      label: 'Adequate',
      asPublished: 'Grade 3 (adequate)',
      line: 5,
    });
  });

  it('should give an area its judgement from a bold grade on its own heading line', () => {
    const state = read('Safeguarding services\n\nStaying safe **Grade 1 (Outstanding)**', CONTENTS);
    expect(state.outline[1]!).toMatchObject({
      title: 'Staying safe',
      judgement: { grade: 1, asPublished: 'Grade 1 (Outstanding)', line: 3 },
    });
  });

  it('should put an outcome area under the group heading above it', () => {
    const state = read('Safeguarding services\n\nOutcomes\n\nStaying safe\n\nGrade 2 (Good)', CONTENTS);
    expect(outlineOf(state).map((s) => [s.slug, s.kind])).toEqual([
      ['safeguarding', 'part'],
      ['safeguarding/outcomes', 'group'],
      ['safeguarding/staying-safe', 'section'],
    ]);
    expect(state.outline[2]!.parent).toBe('safeguarding/outcomes');
  });

  it("should stop at a grade whose label is not the scale's", () => {
    expect(() => read('Safeguarding services\n\nStaying safe\n\nGrade 2 (Adequate)', CONTENTS)).toThrow(
      `${FILE}:5: grade 2 is labelled "Adequate" but the scale calls grade 2 "Good"`,
    );
  });

  it('should stop at a grade outside the four-point scale', () => {
    expect(() => read('Safeguarding services\n\nStaying safe\n\nGrade 5 (Good)', CONTENTS)).toThrow(
      `${FILE}:5: grade "5" is outside the four-point scale (1 to 4)`,
    );
  });

  it('should stop at an area heading followed by another heading before its grade, at the ungraded area', () => {
    expect(() => read('Safeguarding services\n\nStaying safe\n\nOverall effectiveness', CONTENTS)).toThrow(
      `${FILE}:3: "Staying safe" has no grade line`,
    );
  });

  it('should stop at a grade line that follows no heading', () => {
    expect(() => read('Introduction\n\n1. Text.\n\nGrade 2 (Good)', CONTENTS)).toThrow(
      `${FILE}:5: "Grade 2 (Good)" does not follow a heading`,
    );
  });
});

describe('readScale', () => {
  it('should add each scale row to the grade scale with the section it is in', () => {
    const state = read('Introduction\n\nGood (Grade 2)\tA service that exceeds minimum requirements', CONTENTS);
    expect(state.gradeScale).toEqual([
      {
        grade: 2,
        label: 'Good',
        asPublished: 'Good (Grade 2)',
        description: 'A service that exceeds minimum requirements',
        section: 'introduction',
        line: 3,
      },
    ]);
  });
});

describe('readRecord', () => {
  it('should open the record of main findings at the top level, outside any part', () => {
    const state = read('Safeguarding services\n\nRecord of main findings', CONTENTS);
    expect(state.outline[1]!).toMatchObject({
      slug: 'record-of-main-findings',
      kind: 'record',
      part: null,
      parent: null,
    });
  });

  it('should stop at the record of main findings before any part', () => {
    expect(() => read('Record of main findings')).toThrow(
      `${FILE}:1: "Record of main findings" comes before any part of the report`,
    );
  });
});
