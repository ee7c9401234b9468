/** Recommendations named by their words: one rule for titles, headings, share meta, lists, search and packs. */
import { describe, expect, it } from 'vitest';
import {
  capitalised,
  recommendationPlace,
  recommendationCodeLabel,
  recommendationName,
  recommendationSentence,
  splitAtName,
} from '../../../src/lib/recommendation-name.ts';

const GP =
  'appoint a named GP to support the work of the LSCB and continue to develop the role and contribution of GPs in keeping children safe at strategic and operational levels';

describe('recommendationName', () => {
  it('should give a short recommendation whole, capitalised, without its full stop', () => {
    expect(recommendationName('increase the take up of apprenticeships for young people leaving care.')).toBe(
      'Increase the take up of apprenticeships for young people leaving care',
    );
  });

  it('should cut a long one before a conjunction, ending on a whole thought, with an ellipsis', () => {
    expect(recommendationName(GP)).toBe('Appoint a named GP to support the work of the LSCB…');
  });

  it('should prefer a conjunction to a preposition, and take the last break within the limit', () => {
    expect(
      recommendationName(
        'review the format of reports to initial child protection conferences in order that there is consistency across the authority',
      ),
    ).toBe('Review the format of reports to initial child protection conferences…');
    expect(
      recommendationName(
        'ensure that NHS commissioners and local providers strengthen their capacity to deliver lower level support to young people with needs',
      ),
    ).toBe('Ensure that NHS commissioners and local providers strengthen their capacity…');
  });

  it('should cut after a comma, dropping the comma', () => {
    expect(
      recommendationName(
        'make sure every plan for every child in care is reviewed on time, written down clearly and shared with the child and family',
      ),
    ).toBe('Make sure every plan for every child in care is reviewed on time…');
  });

  it('should fall back to twelve words where no clause break falls between six and fourteen words', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(recommendationName(words)).toBe('One two three four five six seven eight nine ten eleven twelve…');
  });

  it('should name by the first sentence only', () => {
    expect(recommendationName('improve care plans. Ensure that timescales are clear')).toBe('Improve care plans');
  });

  it('should keep capitals and punctuation inside the words as published', () => {
    expect(
      recommendationName(
        'review the tasks and function of independent reviewing officers (IROs) to ensure they have the capacity to undertake a full role',
      ),
    ).toBe('Review the tasks and function of independent reviewing officers (IROs)…');
  });
});

describe('splitAtName', () => {
  it('should split the text as published where the name ends, losing nothing', () => {
    const { head, rest, cut } = splitAtName(GP);
    expect(head).toBe('appoint a named GP to support the work of the LSCB');
    expect(head + rest).toBe(GP);
    expect(cut).toBe(true);
  });

  it('should leave the closing full stop to what follows, and say when nothing was cut', () => {
    expect(splitAtName('increase apprenticeships.')).toEqual({
      head: 'increase apprenticeships',
      rest: '.',
      cut: false,
    });
  });
});

describe('recommendationSentence', () => {
  it('should read as a sentence: a capital and a full stop', () => {
    expect(recommendationSentence(GP)).toBe(`A${GP.slice(1)}.`);
    expect(recommendationSentence('increase apprenticeships.')).toBe('Increase apprenticeships.');
  });
});

describe('labels', () => {
  it('should keep the code as a secondary label', () => {
    expect(recommendationCodeLabel('sg-3m-4')).toBe('Recommendation sg-3m-4');
    expect(capitalised('made under x')).toBe('Made under x');
  });

  it('should say where a recommendation stands by part, block and introducing paragraph, with no grade', () => {
    expect(recommendationPlace('Safeguarding services', 'Areas for improvement', 28)).toBe(
      'Safeguarding services: areas for improvement (paragraph 28)',
    );
    expect(recommendationPlace('Services for looked after children', 'Areas for improvement', 94)).not.toMatch(
      /grade|judged|outstanding|good|adequate/i,
    );
  });
});
