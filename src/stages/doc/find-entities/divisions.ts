// Places named by their kind or position: "X Province" is a place whatever the model said, "X
// Province of Y" names two places (the division and the country it lies in), "Upper X" is a
// place ("Lower Saxony"), not a group, and "the X valley" names the valley.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import {
  CLUB_DIVISION_HEADS, COMMON_SUFFIX_RE, COMPASS_WORDS, COORDINATORS, DIVISION_HEADS, FEATURE_NOUNS_AFTER, STRUCTURE_NOUNS_AFTER, ORG_HEADS, PLACE_NOUNS, POSITION_BODY_WORDS,
  POSITION_PREFIXES,
} from './patterns.ts';

type Gaz = ReturnType<typeof loadGazetteer>;

/**
 * Whether tokens [a, b) are a proper name, not a description: capitalized, and no common word,
 * compass word or adjective-shaped word ("Autonomous Province of Y" is one name; "X Province of Y"
 * is two).
 */
function properWords(v: TokenView, a: number, b: number, gaz: Gaz): boolean {
  if (a >= b) return false;
  for (let i = a; i < b; i++) {
    const w = v.word(i);
    if (!v.isCapitalized(i) || gaz.has(w, 'common') || COMPASS_WORDS.has(v.lower[i]) || COMMON_SUFFIX_RE.test(w)) return false;
  }
  return true;
}

/**
 * Each candidate `split` cuts in two replaced by its two parts, the others kept; the same array
 * when none is cut.
 */
function splitEach(cands: Candidate[], split: (c: Candidate) => [Candidate, Candidate] | null): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const parts = split(c);
    if (!parts) {
      out?.push(c);
      continue;
    }
    out ??= cands.slice(0, k);
    out.push(...parts);
  }
  return out ?? cands;
}

/** "X Province of Y" as one span: the division "X Province" and the place Y, both places. */
export function splitDivisionOf(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  return splitEach(cands, (c) => {
    let head = -1;
    for (let i = c.ts + 1; i + 2 < c.te; i++) {
      if (DIVISION_HEADS.has(v.lower[i]) && v.lower[i + 1] === 'of' && v.isCapitalized(i) && v.isCapitalized(i + 2)) {
        head = i;
        break;
      }
    }
    if (head < 0 || !properWords(v, c.ts, head, gaz)) return null;
    return [
      { ...c, te: head + 1, type: 'PLACE', acronym: null, linkTo: null },
      { ts: head + 2, te: c.te, type: 'PLACE', role: null, acronym: c.acronym, linkTo: null },
    ];
  });
}

/** Endings of nationality adjectives ("Brenish", "Orlanian", "Tessanese"). */
const DEMONYM_SHAPE = /(?:ian|an|ese|ish|i)$/;

/**
 * "the X city Y" / "the X town Y" (a translation's apposition) read as one span: Y is the place
 * and X says whose (an adjective, or a place when not adjective-shaped).
 */
export function splitKindAppositions(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  return splitEach(cands, (c) => {
    let at = -1;
    for (let i = c.ts + 1; i + 1 < c.te; i++) {
      if (PLACE_NOUNS.has(v.lower[i]) && v.isLowercaseWord(i)) {
        at = i;
        break;
      }
    }
    if (at < 0 || !properWords(v, c.ts, at, gaz) || !properWords(v, at + 1, c.te, gaz)) return null;
    const adjective = at - c.ts === 1 && (gaz.has(v.word(c.ts), 'demonym') || DEMONYM_SHAPE.test(v.lower[c.ts]));
    return [
      { ...c, te: at, type: adjective ? 'MISC' : 'PLACE', acronym: null, linkTo: null },
      { ts: at + 1, te: c.te, type: 'PLACE', role: null, acronym: c.acronym, linkTo: null },
    ];
  });
}

/**
 * "X and Upper Y" run together by the model: two places (the second placed by its prefix, the first
 * named beside it).
 */
export function splitPlacePairs(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  return splitEach(cands, (c) => {
    let at = -1;
    for (let i = c.ts + 1; i + 2 < c.te; i++) {
      if (COORDINATORS.has(v.lower[i]) && POSITION_PREFIXES.has(v.lower[i + 1])) {
        at = i;
        break;
      }
    }
    if (at < 0 || !properWords(v, c.ts, at, gaz) || !properWords(v, at + 2, c.te, gaz) || POSITION_BODY_WORDS.has(v.lower[at + 2])) return null;
    return [
      { ...c, te: at, type: 'PLACE', acronym: null, linkTo: null },
      { ts: at + 1, te: c.te, type: 'PLACE', role: null, acronym: null, linkTo: null },
    ];
  });
}

/**
 * Types by the shape of a place's name: "X Province" (a division head after a name) and "Upper X"
 * (a position prefix before names) are places. Call after the other typing rules.
 */
export function typePlaceShapes(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    const n = c.te - c.ts;
    if (n < 2 || c.type === 'PLACE' || c.type === 'MISC') continue;
    const last = v.lower[c.te - 1];
    if (c.type === 'ORG' && DIVISION_HEADS.has(last) && !CLUB_DIVISION_HEADS.has(last) && v.isCapitalized(c.te - 1)) {
      c.type = 'PLACE';
      continue;
    }
    if (POSITION_PREFIXES.has(v.lower[c.ts]) && !ORG_HEADS.has(last) && !POSITION_BODY_WORDS.has(v.lower[c.ts + 1]) && properWords(v, c.ts + 1, c.te, gaz)) {
      c.type = 'PLACE';
    }
  }
}

/**
 * "the X valley", "the X river", "the X bridge": the place named is the feature, "X valley"; the
 * mention stays X (newswire marks X alone). Not when the document also writes X alone (then X is
 * a town and the noun a description), and never for a person's full name.
 */
export function featureNames(cands: Candidate[], v: TokenView): void {
  // Where the feature noun would end each candidate's name (-1: none).
  const ends = cands.map((c, k) => {
    if (c.nameTe !== undefined || c.cutEnd !== undefined || (c.type === 'PERSON' && c.te - c.ts > 1)) return -1;
    const limit = k + 1 < cands.length ? cands[k + 1].ts : v.n;
    // The model may leave a capitalized middle word out ("X" + "Channel" + "bridge"): it is part of the name.
    let e = c.te;
    while (e < limit && e - c.te < MAX_LEFT_OUT && v.isCapitalized(e) && LETTERS.test(v.word(e))) e++;
    if (e >= limit || !isFeatureNoun(v.lower[e]) || !v.isLowercaseWord(e)) return -1;
    // A structure is named only after "the" ("the X bridge"); "X bridge collapse" is a bridge in X.
    return FEATURE_NOUNS_AFTER.has(v.lower[e]) || (c.ts > 0 && v.lower[c.ts - 1] === 'the') ? e : -1;
  });
  if (!ends.some((e) => e >= 0)) return;
  // A name the document also uses on its own (a town X) only describes the feature after it.
  const alone = new Set<string>();
  cands.forEach((c, k) => {
    if (ends[k] < 0) alone.add(v.slice(c.ts, c.te).toLowerCase());
  });
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const e = ends[k];
    if (e < 0 || alone.has(v.slice(c.ts, c.te).toLowerCase())) continue;
    c.te = e;
    c.type = 'PLACE';
    c.nameTe = e + 1;
  }
}

const MAX_LEFT_OUT = 2;
const LETTERS = /^\p{Lu}\p{Ll}+$/u;

function isFeatureNoun(w: string): boolean {
  return FEATURE_NOUNS_AFTER.has(w) || STRUCTURE_NOUNS_AFTER.has(w);
}
