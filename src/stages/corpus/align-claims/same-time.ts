// When two figures of a toll from different sources were given at about the same time: then they
// must agree, or the sources disagree; a change between them is no evolution.
import type { ClaimValue } from '../../../core/index.ts';
import { AUTHORITY_FILLER, DATE_WINDOW_DAYS, TOLL_UPDATE } from './patterns.ts';

const DAY_MS = 86_400_000;

/** Each value's authority words, read once: a slot's values are compared pair by pair. */
const WORDS = new WeakMap<ClaimValue, string[]>();

/** Words of an attribution that name who gave a figure ("the Ardle county coroner" → ardle, county, coroner). */
function authorityWords(v: ClaimValue): string[] {
  let words = WORDS.get(v);
  if (!words) WORDS.set(v, (words = (v.attribution?.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !AUTHORITY_FILLER.has(w))));
  return words;
}

/**
 * Two values credit different authorities: both name someone, with no word in common ("the fire
 * service" and "the health ministry"; "the agency" and "the Federal Relief Agency" are one).
 */
export function rivalAuthorities(a: ClaimValue, b: ClaimValue): boolean {
  const x = authorityWords(a);
  const y = authorityWords(b);
  return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));
}

/** Characters around a figure read for words that tell it as a change ("has risen to", "are still"). */
const BEFORE = 40;
const AFTER = 30;

/**
 * The figure's own words tell it as a count that moved or still stands: "the toll has risen to 40",
 * "40 are still missing". Only its clause is read: "52 were hurt; nine remain in hospital" tells the
 * nine as standing, not the 52.
 */
export function toldAsChange(v: ClaimValue): boolean {
  const at = v.text.indexOf(v.quantity.text);
  if (at < 0) return TOLL_UPDATE.test(v.text);
  const before = v.text.slice(Math.max(0, at - BEFORE), at);
  const after = v.text.slice(at + v.quantity.text.length, at + v.quantity.text.length + AFTER);
  return TOLL_UPDATE.test(before.slice(before.search(/[^,;]*$/))) || TOLL_UPDATE.test(after.split(/[,;]/)[0]);
}

/**
 * Two values were given at about the same time: on the same date, or a day apart by different
 * authorities with the later not told as a change. Two authorities' figures a day apart are two
 * counts of one moment ("9,000 inside", say the organisers; "at least 15,000", say the police the
 * next day), not a count and its update.
 */
export function aboutSameTime(a: ClaimValue, da: string, b: ClaimValue, db: string): boolean {
  if (da === db) return true;
  if (!rivalAuthorities(a, b)) return false;
  const gap = (Date.parse(db.slice(0, 10)) - Date.parse(da.slice(0, 10))) / DAY_MS;
  if (!Number.isFinite(gap) || Math.abs(gap) > DATE_WINDOW_DAYS) return false;
  return !toldAsChange(gap > 0 ? b : a);
}
