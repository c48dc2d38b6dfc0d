/**
 * Expected data problems are collected as records rather than thrown, so one bad document or one
 * failing stage never stops a batch (the spaCy / Zod idea: errors with stable codes).
 */
export interface IssueRecord {
  /** Stable kebab-case code, e.g. `stage-failed`, `empty-text`. */
  code: string;
  /** The stage (or `ingest`) that raised it. */
  stage: string;
  /** The document id it concerns, or null for corpus-wide issues. */
  document: string | null;
  message: string;
}

/** An input that could not be read at all: it produced no document. */
export interface InputError {
  /** The input as the user gave it (path, URL, `-`), plus `:line` for a JSONL line. */
  input: string;
  code: InputErrorCode;
  /** One human line, no stack trace. */
  message: string;
}

export type InputErrorCode =
  | 'not-found'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'bad-json'
  | 'bad-shape'
  | 'bad-feed'
  | 'bad-html'
  | 'fetch-failed'
  | 'refused'
  | 'unsupported'
  | 'no-text';

/**
 * A user-facing failure with a stable code. The CLI prints `message` as one line and never a stack
 * trace for these; anything that is not a TriangulateError is a bug and is reported as such.
 */
export class TriangulateError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TriangulateError';
    this.code = code;
  }
}
