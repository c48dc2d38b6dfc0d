import type { Flag } from '../core/index.ts';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError, makeDocument } from './make-document.ts';

/**
 * Plain text: the decoded text is the text. Only the BOM and CR line ends are gone (decode did
 * that); headers, bylines and trailers stay, because the clean stage decides what is junk.
 */
export function readText(text: string, origin: InputOrigin, flags: Flag[] = []): ReaderOutcome {
  if (!/\S/.test(text)) return { documents: [], errors: [inputError(origin.input, 'empty', 'contains only whitespace')] };
  return { documents: [makeDocument(origin, null, { format: 'text', raw: text, text, flags })], errors: [] };
}
