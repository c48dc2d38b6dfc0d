/**
 * Repair of UTF-8 text that was once decoded as windows-1252 (or latin-1) and saved again: `â€™`
 * for `’`, `Ã©` for `é`. The repair re-encodes each suspicious run to the bytes it came from and
 * keeps it only when those bytes are one valid UTF-8 character, and it runs only when the text
 * carries a sequence that practically never occurs in real writing (`â€`, `Ã`/`Â` + a Latin-1 sign).
 * Other runs are repaired only when their first letter never stands alone in the text (so the
 * French «CAFÉ» survives beside a real `Ã©`). Windows-1252 punctuation left as C1 controls
 * (U+0092 for ’) is mapped back too.
 */

import { CP1252_HIGH } from './windows-1252.ts';

/** Character → the single byte windows-1252 (or latin-1) encodes it as, for bytes 0x80..0xFF. */
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) {
  BYTE_OF.set(CP1252_HIGH[i], 0x80 + i);
  BYTE_OF.set(String.fromCharCode(0x80 + i), 0x80 + i); // latin-1 reading of the same byte
}
for (let b = 0xa0; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);

function escapeClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}

// Characters that stand for a UTF-8 continuation byte (0x80..0xBF) once mis-decoded.
const CONT = `[${escapeClass(CP1252_HIGH)}\\u0080-\\u009F\\u00A0-\\u00BF]`;
const CANDIDATE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
/** The signatures that make a repair worth trying at all. */
const STRONG = new RegExp(`â€${CONT}|[ÂÃ][\\u00A0-\\u00BF\\u0080-\\u009F${escapeClass(CP1252_HIGH)}]`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The one character `run` stands for, or null when it is not a clean mis-decoding. */
function repairRun(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = BYTE_OF.get(run[i]);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  let out: string;
  try {
    out = utf8.decode(bytes);
  } catch {
    return null;
  }
  // A C1 control or a lone combining result is no improvement.
  if (/[\u0000-\u001F\u007F-\u009F]/.test(out)) return null;
  return out;
}

export interface MojibakeRepair {
  text: string;
  /** How many runs were replaced. */
  count: number;
  /** One example, for the flag message. */
  example: { from: string; to: string } | null;
}

/** Runs that are mojibake wherever they occur: `Â`/`Ã` + a Latin-1 sign, `â€` + punctuation. */
const ALWAYS = /^(?:[ÂÃ]|â€)/;
/** A lead character not followed by a continuation character: a real letter of this text. */
const STANDALONE_LEAD = new RegExp(`[\\u00C4-\\u00F4](?!${CONT})`, 'g');

function standaloneLeads(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(STANDALONE_LEAD)) out.add(m[0]);
  return out;
}

export function hasMojibake(text: string): boolean {
  return STRONG.test(text);
}


export function repairMojibake(text: string): MojibakeRepair {
  let count = 0;
  let example: MojibakeRepair['example'] = null;
  let current = text;
  // Twice: text that went through the mistake twice needs two repairs (Ã¢â‚¬â„¢ → â€™ → ’).
  for (let pass = 0; pass < 2 && hasMojibake(current); pass++) {
    let changed = 0;
    const letters = standaloneLeads(current);
    current = current.replace(CANDIDATE, (run) => {
      // "É»" in «CAFÉ» is French, not mojibake, when É also stands on its own elsewhere in the text.
      if (!ALWAYS.test(run) && letters.has(run[0])) return run;
      const fixed = repairRun(run);
      if (fixed === null) return run;
      changed++;
      if (!example) example = { from: run, to: fixed };
      return fixed;
    });
    count += changed;
    if (changed === 0) break;
  }
  // windows-1252 punctuation that went through a latin-1 decoder survives as C1 controls (U+0092
  // for ’). C1 controls have no place in prose, so the ones windows-1252 defines are mapped back.
  if (C1_DEFINED.test(current)) {
    current = current.replace(C1_DEFINED_ALL, (c) => {
      count++;
      const to = CP1252_HIGH[c.charCodeAt(0) - 0x80];
      if (!example) example = { from: `U+00${c.charCodeAt(0).toString(16).toUpperCase()}`, to };
      return to;
    });
  }
  return { text: current, count, example };
}

const C1_DEFINED_CLASS = '[\\u0080\\u0082-\\u008C\\u008E\\u0091-\\u009C\\u009E\\u009F]';
const C1_DEFINED = new RegExp(C1_DEFINED_CLASS);
const C1_DEFINED_ALL = new RegExp(C1_DEFINED_CLASS, 'g');
