/** Each body line is read as one kind, by its form and by where the reader stands. */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../../src/parser/body/classify-line.ts';
import { context, sourceLines } from './read-lines.ts';

/** The kind of the only line of `text`, read with the context given. */
function kindOf(text: string, overrides: Parameters<typeof context>[0] = {}) {
  const [line] = sourceLines(text);
  return classifyLine(line!, context(overrides));
}

describe('classifyLine', () => {
  it('should read a numbered line as the paragraph with that number, and a dash as a bullet', () => {
    expect(kindOf('12. The council acts.')).toMatchObject({
      kind: 'numbered',
      number: 12,
      runs: [{ text: 'The council acts.' }],
    });
    expect(kindOf('- ensure plans are timely')).toMatchObject({
      kind: 'bullet',
      runs: [{ text: 'ensure plans are timely' }],
    });
  });

  it('should read the record of main findings and a part title by their framework titles', () => {
    expect(kindOf('Record of main findings')).toMatchObject({ kind: 'record' });
    expect(kindOf('Safeguarding services')).toMatchObject({ kind: 'part', part: { id: 'safeguarding' } });
  });

  it('should read a grade line with its number and label as written', () => {
    expect(kindOf('Grade 2 (Good)')).toMatchObject({
      kind: 'grade',
      grade: { number: '2', label: 'Good', asPublished: 'Grade 2 (Good)' },
    });
  });

  it('should read a scale line only before any part', () => {
    const line = 'Good (Grade 2)\tA service that exceeds minimum requirements';
    expect(kindOf(line)).toMatchObject({
      kind: 'scale',
      grade: { number: '2', label: 'Good' },
      description: 'A service that exceeds minimum requirements',
    });
    expect(kindOf(line, { inPart: true }).kind).not.toBe('scale');
  });

  it('should read a timescale only inside a part', () => {
    expect(kindOf('Within three months:', { inPart: true })).toMatchObject({
      kind: 'timescale',
      timescale: { code: '3m', months: 3 },
    });
    expect(kindOf('Within three months:').kind).not.toBe('timescale');
  });

  it('should read a contents title or the areas for improvement as a heading', () => {
    expect(kindOf('Staying safe', { contentsTitles: new Set(['staying safe']) })).toMatchObject({
      kind: 'heading',
      title: 'Staying safe',
    });
    expect(kindOf('Areas for improvement')).toMatchObject({ kind: 'heading', title: 'Areas for improvement' });
    expect(kindOf('Staying safe').kind).toBe('unrecognised');
  });

  it('should read a line ending in a grade as a graded heading when the grade is bold', () => {
    expect(kindOf('Some words at the end of a cut line **Grade 2 (Good)**')).toMatchObject({
      kind: 'heading',
      title: 'Some words at the end of a cut line',
      grade: { number: '2', label: 'Good', asPublished: 'Grade 2 (Good)' },
    });
  });

  it('should read a line ending in a plain grade as a graded heading only when the rest is a known title', () => {
    expect(kindOf('Staying safe Grade 3 (Adequate)')).toMatchObject({
      kind: 'heading',
      title: 'Staying safe',
      grade: { number: '3' },
    });
    const prose = 'their view was recorded as Grade 3 (Adequate)';
    expect(kindOf(prose, { open: 'The panel said that' })).toMatchObject({ kind: 'continuation' });
    expect(kindOf(prose).kind).toBe('unrecognised');
  });

  it('should read a lower-case line, or any line after text left unclosed, as a continuation', () => {
    expect(kindOf('and their carers.', { open: 'Children were seen.' }).kind).toBe('continuation');
    expect(kindOf('Their carers were seen.', { open: 'Children and' }).kind).toBe('continuation');
  });

  it('should not read a capitalised line after closed text, or any line with nothing open, as a continuation', () => {
    expect(kindOf('Their carers were seen.', { open: 'Children were seen.' }).kind).toBe('unrecognised');
    expect(kindOf('and their carers.').kind).toBe('unrecognised');
  });
});
