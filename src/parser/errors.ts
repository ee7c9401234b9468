/**
 * The one kind of error the parser raises: something wrong with the input, at a line.
 *
 * Every stage throws this (never a bare Error) for bad input, so the command line and
 * the site build can print `file:line: what is wrong` and exit 1 without a stack trace.
 */
export class ReportError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ReportError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Shorthand for stages that know their file: `fail(line, reason)`. */
export type Fail = (line: number, reason: string) => never;

export function failFor(file: string): Fail {
  return (line, reason) => {
    throw new ReportError(file, line, reason);
  };
}
