import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError } from './make-document.ts';
import { readContent, type ReadContext } from './read-content.ts';

/** Reads the input `-`: the stream up to the size cap, its format sniffed from the content. */
export async function readStdin(stream: NodeJS.ReadableStream, origin: InputOrigin, ctx: ReadContext): Promise<ReaderOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > ctx.options.maxBytes) {
        return { documents: [], errors: [inputError(origin.input, 'too-large', `standard input is over the ${ctx.options.maxBytes}-byte limit`)] };
      }
      chunks.push(buf);
    }
  } catch (err) {
    return { documents: [], errors: [inputError(origin.input, 'not-found', `standard input could not be read: ${err instanceof Error ? err.message : String(err)}`)] };
  }
  return readContent({ bytes: Buffer.concat(chunks), promised: null }, origin, ctx);
}
