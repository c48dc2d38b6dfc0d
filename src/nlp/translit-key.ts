// Transliteration-aware keys for names: two spellings of one name written in another script
// ("Abdel-Rahman" / "Abdelrahman", "Chechnya" / "Chechnia", "Ansar ul-Islam" /
// "Ansar al-Islam") get the same key. Keys are for matching only, never shown.

import { KEY_PARTICLES, KEY_GLUED_PARTICLE_SUFFIXES, LOOSE_FOLDS, LOOSE_GIVEN_NAME_FOLDS, LOOSE_SURNAME_FOLDS } from './translit-patterns.ts';

const COMBINING = /[\u0300-\u036f]/g;
/** Letters that Unicode does not decompose into a base letter and a mark ("ł", "ø", "ı"), as written without them. */
const BARE_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', ø: 'o', đ: 'dj', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ħ: 'h', ŧ: 't' };
const BARE_LETTER_RE = /[łıøđðþæœßħŧ]/g;
const APOSTROPHES = /['’‘`ʻʼ]/g;
const SPLIT = /[\s\-‐‑–—.]+/;

/** Lowercased, diacritics folded, apostrophes removed, split into name parts (particles dropped). */
export function nameParts(name: string): string[] {
  const folded = name.normalize('NFKD').replace(COMBINING, '').replace(APOSTROPHES, '').toLowerCase().replace(BARE_LETTER_RE, (c) => BARE_LETTERS[c]);
  const parts: string[] = [];
  const raw = folded.split(SPLIT);
  for (let i = 0; i < raw.length; i++) {
    let p = raw[i];
    if (p === '' || KEY_PARTICLES.has(p)) continue;
    // A particle glued to the end of a given name ("Anwarul Haq"), when another part follows.
    if (i + 1 < raw.length && p.length >= 6) {
      for (const suf of KEY_GLUED_PARTICLE_SUFFIXES) {
        if (p.endsWith(suf)) {
          p = p.slice(0, -suf.length);
          break;
        }
      }
    }
    parts.push(p);
  }
  return parts;
}

/** Folds one name part: vowel variation (o/u, e/i, y/i), doubled letters, w/v, ph/f, ck/k. */
export function foldPart(part: string): string {
  let s = part.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/w/g, 'v').replace(/o/g, 'u').replace(/e/g, 'i').replace(/y(?=[^aiu]|$)/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

// Names repeat across mentions and documents, and folding is a dozen regex passes: both results
// are memoized per name (bounded, so endless input cannot grow them without limit).
const MEMO_LIMIT = 50_000;
const keyMemo = [new Map<string, string>(), new Map<string, string>()];
const partsMemo = new Map<string, readonly string[]>();

/** The key of a whole name: folded parts joined without spaces (so spacing and hyphens do not matter). */
export function translitKey(name: string, dropPlural = false): string {
  const memo = keyMemo[dropPlural ? 1 : 0];
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeKey(name, dropPlural);
    memo.set(name, key);
  }
  return key;
}

function computeKey(name: string, dropPlural: boolean): string {
  const parts = nameParts(name).map(foldPart);
  if (dropPlural && parts.length > 0) {
    const last = parts[parts.length - 1];
    if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss')) parts[parts.length - 1] = last.slice(0, -1);
  }
  return parts.join('');
}

/** The folded parts of a name, for comparing given names and surnames separately (shared: do not modify). */
export function keyParts(name: string): readonly string[] {
  let parts = partsMemo.get(name);
  if (parts === undefined) {
    if (partsMemo.size >= MEMO_LIMIT) partsMemo.clear();
    parts = Object.freeze(nameParts(name).map(foldPart).filter((p) => p !== ''));
    partsMemo.set(name, parts);
  }
  return parts;
}

/** Loose keys by their parts (a dozen regex passes per part; names repeat across documents). */
const looseMemo = new Map<string, string>();

/**
 * A looser key for a person's full name ("Vasyl Horobets", "Vasily Gorobets", "Wasyl Horobec"),
 * from its folded parts: see LOOSE_FOLDS. Meant for full names only, where given name and surname
 * must both agree; a lone surname is too short for it.
 */
export function looseNameKey(parts: readonly string[]): string {
  const id = parts.join(' ');
  let memo = looseMemo.get(id);
  if (memo === undefined) {
    if (looseMemo.size >= MEMO_LIMIT) looseMemo.clear();
    memo = computeLooseKey(parts);
    looseMemo.set(id, memo);
  }
  return memo;
}

function computeLooseKey(parts: readonly string[]): string {
  let key = '';
  for (const part of parts) {
    let p = part;
    if (key !== '') for (const [re, to] of LOOSE_SURNAME_FOLDS) p = p.replace(re, to);
    for (const [re, to] of LOOSE_FOLDS) p = p.replace(re, to);
    if (key === '') for (const [re, to] of LOOSE_GIVEN_NAME_FOLDS) p = p.replace(re, to);
    key += key === '' ? p : ` ${p}`;
  }
  return key;
}
