// "X's Hospital", "X's College": the model, trained on text where a possessive ends a name, reads
// the saint's or founder's name and the institution separately. Joined here into one organization.
// And "St. X", "Mount X": a prefix the model left out of the name is put back.

import type { Candidate, TokenView } from './candidate.ts';
import { NAME_PREFIXES, POSSESSIVE, POSSESSIVE_HEADS } from './patterns.ts';


export function possessiveNames(cands: Candidate[], v: TokenView): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const p = c.te;
    if (p + 1 < v.n && POSSESSIVE.has(v.lower[p]) && v.isCapitalized(p + 1)) {
      const next = cands[k + 1];
      // The institution: the next candidate when it starts right after "'s", else one bare head word.
      const end = next && next.ts === p + 1 ? next.te : POSSESSIVE_HEADS.has(v.lower[p + 1]) ? p + 2 : -1;
      if (end > 0 && POSSESSIVE_HEADS.has(v.lower[end - 1])) {
        out.push({ ...c, te: end, type: 'ORG' });
        if (next && next.ts === p + 1) k++;
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
