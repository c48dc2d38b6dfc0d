// "X's Hospital", "X's College": the model, trained on text where a possessive ends a name, reads
// the saint's or founder's name and the institution separately. Joined here into one organization.
// And "St. X", "Mount X": a prefix the model left out of the name is put back.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { NAME_PREFIXES, ORG_HEADS, POSSESSIVE, POSSESSIVE_HEADS, SAINT_WORDS } from './patterns.ts';

/** The apostrophe of a plural possessive ("Miners' Club"), as the tokenizer leaves it. */
const PLURAL_POSSESSIVE: ReadonlySet<string> = new Set(["'", '’']);

/**
 * "X's Hospital" and, with a plural possessive, "the X Miners' Club", "the Dock Workers' Union":
 * the owner and the institution after it are one organization.
 */
export function possessiveNames(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const p = c.te;
    const plural = PLURAL_POSSESSIVE.has(v.lower[p]) && v.lower[p - 1].endsWith('s') && v.t.starts[p] === v.t.ends[p - 1];
    if (p + 1 < v.n && (POSSESSIVE.has(v.lower[p]) || plural) && v.isCapitalized(p + 1)) {
      const heads = (w: string): boolean => POSSESSIVE_HEADS.has(w) || (plural && (ORG_HEADS.has(w) || gaz.has(w, 'orgword')));
      const next = cands[k + 1];
      // The institution: the next candidate when it starts right after "'s", else one bare head word.
      const end = next && next.ts === p + 1 ? next.te : heads(v.lower[p + 1]) ? p + 2 : -1;
      if (end > 0 && heads(v.lower[end - 1])) {
        out.push({ ...c, te: end, type: 'ORG' });
        if (next && next.ts === p + 1) k++;
        continue;
      }
      // "St X's Square", "St X's Bay": a place named after the saint is one name, of the place's type.
      if (next && next.ts === p + 1 && next.type === 'PLACE' && SAINT_WORDS.has(v.lower[c.ts]) && POSSESSIVE.has(v.lower[p])) {
        out.push({ ...c, te: next.te, type: 'PLACE' });
        k++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Extends names leftwards over a capitalized prefix word right before them ("St. X"). */
export function prefixedNames(cands: Candidate[], v: TokenView): void {
  let prevEnd = 0;
  for (const c of cands) {
    const i = c.ts - 1;
    if (i >= prevEnd && NAME_PREFIXES.has(v.lower[i]) && v.isCapitalized(i)) c.ts = i;
    prevEnd = c.te;
  }
}
