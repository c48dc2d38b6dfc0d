// Sports clubs in news prose: a result line ("Full time: FC X 2, Y Athletic 1.") puts a score after
// each club, which the model reads into the name; a club prefix ("FC", "SC") is split off the town
// it names the club after; "X Athletic" / "X Rovers" read as a person's name.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { CLUB_HEADS, CLUB_PREFIXES } from './patterns.ts';

/** A score: a bare number of one or two digits. */
const SCORE = /^\d{1,2}$/;
/** What may stand between two clubs' scores in a result ("A 2, B 1", "A 2 - B 1"). */
const SCORE_SEPARATORS: ReadonlySet<string> = new Set([',', '-', '–', '—', ';']);

/**
 * Results: two names in one sentence, each followed by a score (inside the span or right after
 * it), with only a separator between ("A 2, B 1"). The scores are not part of the names. A lone
 * name with a number ("Channel 4", "Gate 7") is not a result and keeps it.
 */
export function scoreLines(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  // Token index of a candidate's score, or -1.
  const scoreOf = (c: Candidate): number => {
    if (c.te - c.ts >= 2 && SCORE.test(v.word(c.te - 1))) return c.te - 1;
    return c.te < v.n && SCORE.test(v.word(c.te)) ? c.te : -1;
  };
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k];
    const b = cands[k + 1];
    const sa = scoreOf(a);
    const sb = scoreOf(b);
    if (sa < 0 || sb < 0 || sentStart(b.ts)) continue;
    const gap = b.ts - (sa + 1);
    if (gap > 1 || (gap === 1 && !SCORE_SEPARATORS.has(v.word(sa + 1)))) continue;
    if (sa === a.te - 1) a.te--;
    if (sb === b.te - 1) b.te--;
  }
}

/**
 * A club prefix ("FC", "SC") on its own before a capitalized word is the start of the club's name:
 * "FC" + "X" (the model typing X a town, or leaving it out) is the club "FC X".
 */
export function clubPrefixes(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    out.push(c);
    if (c.te - c.ts !== 1 || !CLUB_PREFIXES.has(v.word(c.ts)) || c.te >= v.n || sentStart(c.te)) continue;
    if (!v.isCapitalized(c.te) || v.isAllCaps(c.te) || !/\p{L}/u.test(v.word(c.te))) continue;
    const next = cands[k + 1];
    c.type = 'ORG';
    if (next && next.ts === c.te) {
      c.te = next.te;
      k++;
    } else c.te++;
  }
  return out;
}

/** "X Athletic", "X Rovers": a club, where the model read a person (not after a given name). */
export function clubTypes(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.te - c.ts < 2 || !CLUB_HEADS.has(v.lower[c.te - 1]) || !v.isCapitalized(c.te - 1)) continue;
    if (!gaz.has(v.word(c.ts), 'first')) c.type = 'ORG';
  }
}
