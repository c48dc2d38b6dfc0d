import { extname } from 'node:path';
import {
  BINARY_CONTROL_RATIO,
  BINARY_NUL_RATIO,
  BINARY_EXTENSIONS,
  EXTENSION_FORMATS,
  FEED_ROOTS,
  HTML_START,
  MAGIC_NUMBERS,
  MARKDOWN_SIGNS,
  SNIFF_BYTES,
  type InputFormat,
} from './patterns.ts';
import { bomEncoding, sniffUtf16 } from './decode.ts';

/** The format an extension promises, or null for an unknown extension. */
export function formatFromExtension(path: string): InputFormat | null {
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
}

/** What kind of non-text file an extension names (`PDF`, `image` ...), or null. */
export function binaryExtensionKind(path: string): string | null {
  return BINARY_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/**
 * Says what binary format bytes are in, or null when they may be text. Looks at magic numbers,
 * then at NUL bytes and the share of control characters in the first few kilobytes.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  if (bomEncoding(bytes) || sniffUtf16(bytes)) return null;
  for (const magic of MAGIC_NUMBERS) {
    if (bytes.length >= magic.bytes.length && magic.bytes.every((b, i) => bytes[i] === b)) return magic.kind;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    // Tab, LF, FF, CR and ESC occur in text files; the other C0 controls do not.
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  // A stray NUL or two happens in scraped text; more is a binary format.
  if (nul > Math.max(2, n * BINARY_NUL_RATIO)) return 'binary data (NUL bytes)';
  if (n > 0 && (control + nul) / n > BINARY_CONTROL_RATIO) return 'binary data (control characters)';
  return null;
}

const SKIP_PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;
const ROOT_NAME = /^<([A-Za-z_][\w.:-]*)/;

/** The name of the first element of an XML/HTML text (lower case), skipping the prolog, or null. */
export function rootElement(text: string): string | null {
  const head = text.slice(0, SNIFF_BYTES);
  const prolog = SKIP_PROLOG.exec(head);
  const rest = head.slice(prolog ? prolog[0].length : 0);
  const m = ROOT_NAME.exec(rest);
  return m ? m[1].toLowerCase() : null;
}

function startOf(text: string): string {
  const i = text.search(/\S/);
  return i < 0 ? '' : text.slice(i, i + SNIFF_BYTES);
}

function sniffMarkup(start: string): InputFormat | null {
  if (!start.startsWith('<')) return null;
  const root = rootElement(start);
  if (root && FEED_ROOTS.has(root)) return 'feed';
  if (HTML_START.test(start) || root === 'html' || /^<!doctype\s+html/i.test(start)) return 'html';
  return null;
}

/**
 * The reader to use for a decoded text, from the extension's promise (or null) and the content:
 * a `.txt` that is really HTML, an `.xml` that is HTML, a `.json` that is a feed, stdin of any kind.
 */
export function resolveFormat(promised: InputFormat | null, text: string): InputFormat {
  const start = startOf(text);
  switch (promised) {
    case 'html':
      return 'html';
    case 'markdown':
      return /^(?:<!doctype\s+html|<html[\s>])/i.test(start) ? 'html' : 'markdown';
    case 'text':
      return HTML_START.test(start) ? 'html' : 'text';
    case 'json':
    case 'jsonl':
      if (start.startsWith('<')) return sniffMarkup(start) ?? promised;
      return promised;
    case 'feed':
      return sniffMarkup(start) ?? 'feed';
    default:
      break;
  }
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const markup = sniffMarkup(start);
  if (markup) return markup;
  if (/^<\?xml/i.test(start)) return 'feed';
  if (MARKDOWN_SIGNS.test(text.slice(0, SNIFF_BYTES))) return 'markdown';
  return 'text';
}
