import type { Flag } from '../core/index.ts';
import { GARBAGE_REPLACEMENT_RATIO } from './patterns.ts';
import { repairMojibake } from './mojibake.ts';
import { decodeWindows1252 } from './windows-1252.ts';
import { decodeMacRoman, readsAsMacRoman } from './mac-roman.ts';

/**
 * Bytes to text: BOM first, then a declared charset (HTTP header, `<meta charset>`, XML
 * declaration), then strict UTF-8, then windows-1252 or Mac OS Roman when the bytes read as a
 * Western legacy text (whichever reads more like prose).
 * Newlines are normalized to `\n` and common mojibake repaired; every conversion leaves a flag.
 */

export interface Decoded {
  text: string;
  /** The WHATWG encoding name the text was read with (`utf-8`, `windows-1252` ...). */
  encoding: string;
  flags: Flag[];
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; message: string };

export interface DecodeHints {
  /** A charset the container declared (HTTP Content-Type). */
  declared?: string | null;
  /** Look for `<meta charset>` / `<?xml encoding?>` in the first bytes. */
  markup?: boolean;
  /**
   * Repair mojibake over the whole text (default true). Containers of many records (JSON, feeds)
   * turn this off and repair per record, so the flag lands only on the records that had it.
   */
  repair?: boolean;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const META_CHARSET = /<meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^<>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** Normalizes a charset label through the WHATWG table; null for labels TextDecoder does not know. */
export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return null;
}

/** UTF-16 without a BOM: the NUL bytes sit on one side of every code unit of ASCII-heavy text. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The charset a markup document declares in its first kilobyte, if any. */
export function declaredMarkupCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const m = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  return m ? m[1] : null;
}

interface Utf8Survey {
  valid: boolean;
  /** Well-formed multi-byte sequences. */
  multi: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
  /** All bytes >= 0x80. */
  high: number;
}

/** One linear pass that says whether bytes are UTF-8 and, if not, how far from it they are. */
function surveyUtf8(bytes: Uint8Array): Utf8Survey {
  let multi = 0;
  let invalid = 0;
  let high = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    high++;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok && len === 3) {
      const b1 = bytes[i + 1];
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) ok = false; // overlong, surrogate
    }
    if (ok && len === 4) {
      const b1 = bytes[i + 1];
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) ok = false;
    }
    if (ok) {
      multi++;
      high += len - 1;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid: invalid === 0, multi, invalid, high };
}

/** windows-1252 leaves these bytes undefined: a Western legacy text does not contain them. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Could these bytes be a Western legacy text? High bytes are a minority (accented letters and
 * typographic quotes among ASCII) and none of them is one windows-1252 leaves undefined.
 */
function plausibleWindows1252(bytes: Uint8Array, survey: Utf8Survey): boolean {
  if (survey.high > bytes.length * 0.3) return false;
  for (let i = 0; i < bytes.length; i++) if (CP1252_UNDEFINED.has(bytes[i])) return false;
  return true;
}

/** Valid UTF-8 sequences as UTF-8, stray bytes as windows-1252: the repair for concatenated files. */
function decodeMixed(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  let runStart = 0;
  let i = 0;
  const flushUtf8 = (end: number) => {
    if (end > runStart) out += strict.decode(bytes.subarray(runStart, end));
  };
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      try {
        strict.decode(bytes.subarray(i, i + len));
      } catch {
        ok = false;
      }
    }
    if (ok) {
      i += len;
      continue;
    }
    flushUtf8(i);
    out += decodeWindows1252(bytes.subarray(i, i + 1));
    i++;
    runStart = i;
  }
  flushUtf8(bytes.length);
  return out;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Repairs mojibake in one text and says so in a flag; the text is unchanged when it has none. */
export function repairWithFlag(text: string): { text: string; flag: Flag | null } {
  const repair = repairMojibake(text);
  if (repair.count === 0) return { text, flag: null };
  const ex = repair.example ? ` (e.g. "${repair.example.from}" → "${repair.example.to}")` : '';
  return { text: repair.text, flag: { code: 'mojibake-repaired', message: `Repaired ${repair.count} mis-decoded character sequence(s)${ex}.` } };
}

function finish(text: string, encoding: string, flags: Flag[], repair: boolean): DecodeResult {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (out.includes('\u0000')) {
    // Stray NULs (binaryKind let them through as too few to mean binary) carry nothing readable.
    out = out.replace(/\u0000/g, '');
    flags.push({ code: 'control-chars-removed', message: 'Removed NUL characters.' });
  }
  if (repair) {
    const repaired = repairWithFlag(out);
    out = repaired.text;
    if (repaired.flag) flags.push(repaired.flag);
  }
  return { ok: true, value: { text: out, encoding, flags } };
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  const repair = hints.repair !== false;
  const flags: Flag[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') return decodeUtf8(body, flags, repair);
    flags.push({ code: 'encoding-converted', message: `Converted from ${bom.encoding.toUpperCase()} (byte order mark).` });
    return finish(new TextDecoder(bom.encoding).decode(body), bom.encoding, flags, repair);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    flags.push({ code: 'encoding-converted', message: `Converted from ${utf16.toUpperCase()} (detected without a byte order mark).` });
    return finish(new TextDecoder(utf16).decode(bytes), utf16, flags, repair);
  }
  const markupLabel = !hints.declared && hints.markup ? declaredMarkupCharset(bytes) : null;
  const declaredLabel = hints.declared || markupLabel;
  let declared = canonicalEncoding(declaredLabel);
  // A document readable enough to declare its charset in ASCII is not UTF-16 (the HTML standard's rule).
  if (markupLabel && declared?.startsWith('utf-16')) declared = 'utf-8';
  if (declared && declared !== 'utf-8') {
    const survey = surveyUtf8(bytes);
    // A page that says latin-1 but is valid UTF-8 with non-ASCII in it is UTF-8: legacy text is
    // practically never valid UTF-8 by accident, while wrong declarations are common.
    if (survey.valid && survey.multi > 0) {
      flags.push({ code: 'charset-mismatch', message: `Declared ${declaredLabel} but the bytes are valid UTF-8; read as UTF-8.` });
      return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8', flags, repair);
    }
    if (survey.high > 0) {
      flags.push({ code: 'encoding-converted', message: `Converted from ${declared} (declared ${declaredLabel}).` });
    }
    return finish(decodeAs(declared, bytes), declared, flags, repair);
  }
  return decodeUtf8(bytes, flags, repair);
}

function decodeUtf8(bytes: Uint8Array, flags: Flag[], repair: boolean): DecodeResult {
  const survey = surveyUtf8(bytes);
  if (survey.valid) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8', flags, repair);
  // Legacy bytes (UTF-8 sequences, if any, are the chance pairs a legacy text makes, as Mac Roman's
  // ’ before é does): Mac OS Roman when it reads better. Its letters use bytes windows-1252 leaves
  // undefined (è, ç), so this comes before the windows-1252 check.
  if (survey.invalid > survey.multi * 2 && survey.high <= bytes.length * 0.3 && readsAsMacRoman(bytes)) {
    flags.push({ code: 'encoding-converted', message: 'Converted from Mac OS Roman (the bytes are not UTF-8 and read as Mac text).' });
    return finish(decodeMacRoman(bytes), 'macintosh', flags, repair);
  }
  if (plausibleWindows1252(bytes, survey)) {
    if (survey.multi === 0) {
      flags.push({ code: 'encoding-converted', message: 'Converted from windows-1252 (the bytes are not UTF-8).' });
      return finish(decodeWindows1252(bytes), 'windows-1252', flags, repair);
    }
    flags.push({
      code: 'encoding-converted',
      message: `Mixed encodings: ${survey.invalid} byte(s) that are not UTF-8 read as windows-1252.`,
    });
    return finish(decodeMixed(bytes), 'utf-8', flags, repair);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = countReplacement(text);
  if (bad > Math.max(1, text.length * GARBAGE_REPLACEMENT_RATIO)) {
    return { ok: false, message: `not valid UTF-8 nor a recognizable legacy encoding (${bad} undecodable of ${text.length} characters); save it as UTF-8` };
  }
  flags.push({ code: 'invalid-utf8', message: `${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD.` });
  return finish(text, 'utf-8', flags, repair);
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}
