/** Numbered paragraphs, their own lists and the lines a page break cut off, as a reader of the model sees them. */
import { describe, expect, it } from 'vitest';
import { FILE, outlineOf, read } from './read-lines.ts';

const intro = (body: string) => `Introduction\n\n${body}`;
const CONTENTS = ['Introduction'];

describe('readNumbered', () => {
  it('should place each numbered paragraph in the section above it, with its text', () => {
    const state = read(intro('1. Children are seen.\n\n2. Plans are reviewed.'), CONTENTS);
    expect(outlineOf(state)).toEqual([{ slug: 'introduction', kind: 'introduction', paragraphs: [1, 2] }]);
    expect(state.paragraphs.map((p) => [p.id, p.section, p.source.startLine])).toEqual([
      ['p1', 'introduction', 3],
      ['p2', 'introduction', 5],
    ]);
  });

  it('should stop at a gap in the numbering with one line naming the missing paragraph', () => {
    expect(() => read(intro('1. Children are seen.\n\n3. Plans are reviewed.'), CONTENTS)).toThrow(
      `${FILE}:5: paragraph numbering jumps from 1 to 3: paragraph 2 is missing`,
    );
  });

  it('should stop at a repeated number, naming the line it was first at', () => {
    expect(() => read(intro('1. Children are seen.\n\n1. Plans are reviewed.'), CONTENTS)).toThrow(
      `${FILE}:5: paragraph 1 repeats (it was at line 3); expected paragraph 2`,
    );
  });

  it('should stop at a paragraph before any heading', () => {
    expect(() => read('1. Children are seen.')).toThrow(`${FILE}:1: paragraph 1 comes before any heading`);
  });
});

describe('readListItem', () => {
  it('should give a paragraph ending in ":" the bullets after it as its own list', () => {
    const state = read(intro('1. The board has:\n\n- a plan\n- a budget'), CONTENTS);
    expect(state.paragraphs[0]!.blocks).toEqual([
      { type: 'text', runs: [{ text: 'The board has:' }] },
      { type: 'list', items: [[{ text: 'a plan' }], [{ text: 'a budget' }]] },
    ]);
    expect(state.paragraphs[0]!.source.endLine).toBe(6);
  });

  it('should stop at a bullet after a paragraph that introduces no list', () => {
    expect(() => read(intro('1. The board met.\n\n- a plan'), CONTENTS)).toThrow(
      /^body\.txt:5: a bullet outside any timescale/,
    );
  });
});

describe('readContinuation', () => {
  it('should join a line a page break cut off to the paragraph it continues, noting its line', () => {
    const state = read(intro('1. Children and\n\nyoung people are seen.'), CONTENTS);
    expect(state.paragraphs[0]!.blocks).toEqual([
      { type: 'text', runs: [{ text: 'Children and young people are seen.' }] },
    ]);
    expect(state.paragraphs[0]!.continuationLines).toEqual([5]);
    expect(outlineOf(state)).toHaveLength(1);
  });

  it("should join a continuation to the last item of a paragraph's list", () => {
    const state = read(intro('1. The board has:\n\n- a plan for\n\nthe year'), CONTENTS);
    expect(state.paragraphs[0]!.blocks.at(-1)).toEqual({ type: 'list', items: [[{ text: 'a plan for the year' }]] });
  });

  it('should stop at a line that is no heading and continues nothing, quoting it', () => {
    expect(() => read(intro('1. Children are seen.\n\nA new thought.'), CONTENTS)).toThrow(
      `${FILE}:5: "A new thought." is not a heading in the contents list, a grade, a timescale or the continuation of a paragraph`,
    );
  });
});
