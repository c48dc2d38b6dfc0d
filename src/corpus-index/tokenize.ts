import { CAPITALISED_NON_NAMES, STOPWORDS } from './patterns.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Folds plural and possessive endings so "strikes" and "strike's" meet "strike". */
export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Every word, normalised, stopwords kept: what shingles are built from (order matters there). */
export function allWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(normalizeWord(m[0]));
  return out;
}

/** Content words for TF-IDF: normalised, without stopwords and one-letter tokens. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = normalizeWord(m[0]);
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

const NAME_RUN = /\b([A-Z][\p{L}'’.-]+(?:\s+(?:of|al|bin|de|la|von|van|der)?\s*[A-Z][\p{L}'’.-]+)*)/gu;

/**
 * Capitalised word runs that are not sentence openers: a cheap stand-in for named entities when no
 * entity layer is available (benchmark text, or before the entities stage lands).
 */
export function capitalisedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[1].split(/\s+/).filter((w) => !CAPITALISED_NON_NAMES.has(w.replace(/[.'’]+$/, '')));
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/['’]s$/, '').toLowerCase();
    if (name.length > 2) out.push(name);
  }
  return out;
}
