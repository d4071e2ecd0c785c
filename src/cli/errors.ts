/**
 * Errors the command line reports as a clear line instead of a stack trace.
 * Each carries a Chinese and an English text; `message` holds both.
 */
export type UnreadableReason =
  | 'missing' // no such file
  | 'directory' // a directory, not a file
  | 'empty-file' // 0 bytes
  | 'ole2' // .xls or an encrypted workbook
  | 'not-xlsx' // not a zip / a corrupt workbook
  | 'no-sheets' // a workbook without worksheets
  | 'too-large'; // over the size limits

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} (${en})`);
    this.name = 'UnreadableFileError';
  }
}

/** Bad command-line usage, a bad configuration, or an output that cannot be written: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
