// Places the model left untagged in some of their uses: a one-word name the document elsewhere
// shows to be a place ("reached X" after "the village of X"), one joined by "and"/"or" to a place
// ("with X and Upper Y"), and one right after "the village" ("the village X"). Words the lists
// know as common, or that the document writes in lowercase, are never added.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import { ARTICLES, COORDINATORS, PLACE_NOUNS } from './patterns.ts';

const LETTERS = /^\p{Lu}\p{Ll}+$/u;

/** Adds PLACE candidates for untagged one-word uses of places (see the file comment). Returns cands in order. */
export function untaggedPlaces(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const covered = new Uint8Array(v.n);
  const placeAt = new Int8Array(v.n + 1); // 1: a place ends just before i; 2: a place starts at i
  const known = new Set<string>();
  for (const c of cands) {
    covered.fill(1, c.ts, c.te);
    if (c.type !== 'PLACE') continue;
    placeAt[c.te] |= 1;
    placeAt[c.ts] |= 2;
    if (c.te - c.ts === 1) known.add(v.lower[c.ts]);
  }
  const picked: number[] = [];
  for (let i = 1; i < v.n; i++) {
    if (covered[i] || sentStart(i) || !v.isCapitalized(i)) continue;
    // One word on its own: not part of an untagged longer name.
    if (v.isCapitalized(i - 1) && !covered[i - 1]) continue;
    if (i + 1 < v.n && v.isCapitalized(i + 1) && !covered[i + 1]) continue;
    const low = v.lower[i];
    const joined = (COORDINATORS.has(v.lower[i - 1]) && i >= 2 && (placeAt[i - 1] & 1) !== 0) || (i + 2 < v.n && COORDINATORS.has(v.lower[i + 1]) && (placeAt[i + 2] & 2) !== 0);
    const afterNoun = i >= 2 && PLACE_NOUNS.has(v.lower[i - 1]) && ARTICLES.has(v.lower[i - 2]);
    if ((known.has(low) || joined || afterNoun) && LETTERS.test(v.word(i))) picked.push(i);
  }
  if (picked.length === 0) return cands;
  const gaz = loadGazetteer();
  const wanted = new Set(picked.map((i) => v.lower[i]));
  const lowercase = new Set<string>();
  for (let i = 0; i < v.n; i++) if (wanted.has(v.lower[i]) && v.isLowercaseWord(i)) lowercase.add(v.lower[i]);
  const added: Candidate[] = [];
  for (const i of picked) {
    const w = v.word(i);
    if (lowercase.has(v.lower[i]) || gaz.has(w, 'common') || gaz.has(w, 'first') || gaz.has(w, 'title') || gaz.has(w, 'time')) continue;
    added.push({ ts: i, te: i + 1, type: 'PLACE', role: null, acronym: null, linkTo: null });
  }
  if (added.length === 0) return cands;
  return withCandidates(cands, added);
}
