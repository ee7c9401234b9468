import { describe, expect, it } from 'vitest';
import { dueDateText, formatDate, monthsInWords } from '../../../src/lib/due-date.ts';

describe('dueDateText', () => {
  it('should say the due date and that it is counted from publication', () => {
    expect(dueDateText({ months: 3, dueDate: '2012-10-27' }, '2012-07-27')).toBe(
      'due by 27 October 2012 — three months from publication on 27 July 2012',
    );
  });

  it('should say "immediately" for a recommendation with no months', () => {
    expect(dueDateText({ months: 0, dueDate: '2012-07-27' }, '2012-07-27')).toBe(
      'due immediately — from publication on 27 July 2012',
    );
  });

  it('should word one month in the singular and long spans in digits', () => {
    expect(monthsInWords(1)).toBe('one month');
    expect(monthsInWords(18)).toBe('18 months');
  });

  it('should print calendar dates without shifting them by time zone', () => {
    expect(formatDate('2013-01-01')).toBe('1 January 2013');
  });
});
