// Headlines in Title Case ("X Mourns as Y Toll Climbs, Contractor Held"): every word is capitalized,
// so the model's strongest cue is gone and it reads runs of ordinary words as names. Inside such a
// line a name is kept only where its words are written capitalized in the document's ordinary
// sentences too (not first in them); the rest of the span is dropped.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { NAME_CONNECTORS, TITLE_CASE_SMALL_WORDS } from './patterns.ts';

const MIN_CAPITALIZED = 3;
const MIN_VERBS = 2;

/**
 * Whether the sentence [a, b) is a Title Case headline: no lowercase words but the small ones, and
 * capitalized verbs among the capitalized words ("Mourns", "Climbs", "Held"), which a line of names
 * ("X United 3 Y City 1", "First Last (Country)") does not have.
 */
export function isTitleCase(v: TokenView, a: number, b: number): boolean {
  const gaz = loadGazetteer();
  let capitalized = 0;
  let verbs = 0;
  for (let i = a; i < b; i++) {
    const w = v.word(i);
    if (!/\p{L}/u.test(w)) continue;
    if (v.isCapitalized(i) && !v.isAllCaps(i)) {
      capitalized++;
      if (gaz.has(w, 'verb')) verbs++;
    } else if (!TITLE_CASE_SMALL_WORDS.has(v.lower[i]) || v.isAllCaps(i)) return false;
  }
  return capitalized >= MIN_CAPITALIZED && verbs >= MIN_VERBS;
}

export function titleCaseLines(cands: Candidate[], v: TokenView, sentStarts: readonly number[]): Candidate[] {
  const inTitle = new Uint8Array(v.n);
  let any = false;
  for (let k = 0; k < sentStarts.length; k++) {
    const a = sentStarts[k];
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1] : v.n;
    if (!isTitleCase(v, a, b)) continue;
    inTitle.fill(1, a, b);
    any = true;
  }
  if (!any) return cands;
  // Words written capitalized inside ordinary sentences, not as their first word.
  const nameLike = new Set<string>();
  const first = new Uint8Array(v.n);
  for (const s of sentStarts) first[s] = 1;
  for (let i = 0; i < v.n; i++) if (!inTitle[i] && !first[i] && v.isCapitalized(i)) nameLike.add(v.lower[i]);
  const out: Candidate[] = [];
  for (const c of cands) {
    if (!inTitle[c.ts]) {
      out.push(c);
      continue;
    }
    // Runs of name-like words (connectors allowed between two of them) become the names.
    let s = -1;
    for (let i = c.ts; i <= c.te; i++) {
      const ok = i < c.te && (nameLike.has(v.lower[i]) || (s >= 0 && NAME_CONNECTORS.has(v.lower[i]) && i + 1 < c.te && nameLike.has(v.lower[i + 1])));
      if (ok && s < 0) s = i;
      if (!ok && s >= 0) {
        out.push({ ...c, ts: s, te: i, linkTo: null, acronym: i === c.te ? c.acronym : null });
        s = -1;
      }
    }
  }
  return out;
}
