import { open, stat } from 'node:fs/promises';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { binaryExtensionKind, formatFromExtension } from './detect-format.ts';
import { inputError } from './make-document.ts';
import { readContent, type ReadContext } from './read-content.ts';

function fail(origin: InputOrigin, code: Parameters<typeof inputError>[1], message: string): ReaderOutcome {
  return { documents: [], errors: [inputError(origin.input, code, message)] };
}

/** Reads one file: size checked before reading, then the shared content path. */
export async function readFile(path: string, origin: InputOrigin, ctx: ReadContext): Promise<ReaderOutcome> {
  const known = binaryExtensionKind(path);
  if (known) return fail(origin, 'unsupported', `${known} files are not supported (convert to text, HTML, Markdown or JSON)`);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) return fail(origin, 'unsupported', 'not a regular file');
    size = st.size;
  } catch (err) {
    return fail(origin, 'not-found', describeFsError(err));
  }
  if (size === 0) return fail(origin, 'empty', 'empty file (0 bytes)');
  if (size > ctx.options.maxBytes) {
    return fail(origin, 'too-large', `file is ${size} bytes, over the ${ctx.options.maxBytes}-byte limit`);
  }
  let bytes: Uint8Array;
  try {
    // Read at most the cap (plus one byte to notice growth since stat) so a file that grows cannot exceed it.
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.allocUnsafe(Math.min(size, ctx.options.maxBytes) + 1);
      let read = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, read, buf.length - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
        if (read >= buf.length) break;
      }
      if (read > ctx.options.maxBytes) return fail(origin, 'too-large', `file is over the ${ctx.options.maxBytes}-byte limit`);
      bytes = buf.subarray(0, read);
    } finally {
      await fh.close();
    }
  } catch (err) {
    return fail(origin, 'not-found', describeFsError(err));
  }
  if (bytes.length === 0) return fail(origin, 'empty', 'empty file (0 bytes)');
  return readContent({ bytes, promised: formatFromExtension(path) }, origin, ctx);
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e?.message ?? String(err);
  }
}
