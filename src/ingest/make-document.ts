import type { Flag, InputError, InputErrorCode, RawDocument, RawFormat, Removal, SourceHints } from '../core/index.ts';
import type { InputOrigin } from './options.ts';

export function inputError(input: string, code: InputErrorCode, message: string): InputError {
  // One line, whatever the underlying error said.
  return { input, code, message: message.replace(/\s*\n\s*/g, ' ').trim() };
}

/** The id of the n-th (1-based) record of an input, or of its only document when n is null. */
export function recordId(origin: InputOrigin, n: number | null): string {
  return n === null ? origin.name : `${origin.name}#${n}`;
}

/** Drops empty hint values so `{title: ''}` never reaches a stage as if it were a title. */
export function cleanHints(hints: SourceHints): SourceHints {
  const out: SourceHints = {};
  for (const [k, v] of Object.entries(hints) as [keyof SourceHints, string | undefined][]) {
    if (typeof v === 'string') {
      const t = v.replace(/\s+/g, ' ').trim();
      if (t) out[k] = t;
    }
  }
  return out;
}

export interface DocumentParts {
  format: RawFormat;
  raw: string;
  text: string;
  hints?: SourceHints;
  flags?: Flag[];
  removed?: Removal[];
}

export function makeDocument(origin: InputOrigin, n: number | null, parts: DocumentParts): RawDocument {
  return {
    id: recordId(origin, n),
    source: origin.source,
    format: parts.format,
    raw: parts.raw,
    text: parts.text,
    hints: cleanHints(parts.hints ?? {}),
    flags: [...(parts.flags ?? [])],
    removed: [...(parts.removed ?? [])],
  };
}
