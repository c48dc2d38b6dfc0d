// One name, one type within a document, for places: a name the text itself shows to be a place
// (a dateline city, "in X", "across X", "the village of X", "the river X", "X island", "X Prison") is a place in its other
// mentions too, where the model, unsure about a name it never saw, may have typed it a group or,
// before "has", a person.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { ARTICLES, FACILITY_HEADS, FEATURE_NOUNS_BEFORE, ORG_HEADS, PLACE_CUES_AFTER, PLACE_CUES_BEFORE, PLACE_NOUNS, STATE_NOUNS, STATE_PORTFOLIOS } from './patterns.ts';

/**
 * `placeTokens`: tokens the rules already know to be places (datelines). Candidates of one or two
 * capitalized words next to a place cue become places (unless they end in a group word), and
 * every other mention with the same text follows, except persons with a full name.
 */
export function placeEvidence(cands: Candidate[], v: TokenView, placeTokens: ReadonlySet<number>): void {
  const gaz = loadGazetteer();
  const places = new Set<string>();
  // One word after "the river", "the lake": a place whatever the model typed it, and its other mentions
  // too ("the X floods", read as a group's adjective before a plural noun).
  const features = new Set<string>();
  for (const c of cands) {
    const feature = c.te - c.ts === 1 && featureNounBefore(v, c.ts);
    if (feature && !v.isAllCaps(c.ts)) features.add(v.lower[c.ts]);
    if (!retypable(c, v) && c.type !== 'PLACE' && !feature) continue;
    // "in X" also says "in Spanish", "in Euro 96": a name typed MISC needs a noun cue after it.
    const before = feature || (c.type !== 'MISC' && c.ts > 0 && (PLACE_CUES_BEFORE.has(v.lower[c.ts - 1]) || placeNounOf(v, c)));
    const after = c.te < v.n && (PLACE_CUES_AFTER.has(v.word(c.te)) || (c.te - c.ts === 1 && stateOwnerAt(v, c.te)));
    const cued = (before || after) && c.te - c.ts <= 2 && !ORG_HEADS.has(v.lower[c.te - 1]) && !gaz.has(v.word(c.ts), 'demonym');
    if (cued || (placeTokens.has(c.ts) && c.type === 'PLACE')) places.add(v.slice(c.ts, c.te).toLowerCase());
    // "X Prison": the site is named after X, and "X" alone in this text is the site or its town.
    if (c.type === 'PLACE' && c.te - c.ts >= 2 && FACILITY_HEADS.has(v.lower[c.te - 1])) places.add(v.slice(c.ts, c.te - 1).toLowerCase());
  }
  if (places.size === 0) return;
  // A person's family name is not a place here, whatever the cues say.
  const families = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.te - c.ts > 1) families.add(v.lower[c.te - 1]);
  for (const c of cands) {
    if (c.type === 'PLACE' || !(retypable(c, v) || (c.te - c.ts === 1 && c.type === 'MISC' && features.has(v.lower[c.ts])))) continue;
    const text = v.slice(c.ts, c.te).toLowerCase();
    if (places.has(text) && !families.has(text)) c.type = 'PLACE';
  }
}

/**
 * "the village of X", "the town of X", "the village X", "the prison X" (the noun in lowercase: "the
 * Republic of X" is a name).
 */
function placeNounOf(v: TokenView, c: Candidate): boolean {
  const i = c.ts;
  if (i >= 2 && v.lower[i - 1] === 'of' && PLACE_NOUNS.has(v.lower[i - 2]) && v.isLowercaseWord(i - 2)) return true;
  if (i < 2 || !v.isLowercaseWord(i - 1) || !ARTICLES.has(v.lower[i - 2])) return false;
  // "the prison X" names the site X; only one word ("the prison Given Family" is its director).
  return PLACE_NOUNS.has(v.lower[i - 1]) || (FACILITY_HEADS.has(v.lower[i - 1]) && c.te - c.ts === 1);
}

/**
 * "X's government", "X's foreign ministry", "X's army": a possessive at token i followed by what only
 * a state has, in lower case (a portfolio word may come before "ministry"). "X's president" or "X's
 * board" say nothing: firms have them too.
 */
function stateOwnerAt(v: TokenView, i: number): boolean {
  if (v.lower[i] !== "'s" && v.lower[i] !== '’s') return false;
  let k = i + 1;
  if (k < v.n && STATE_PORTFOLIOS.has(v.lower[k]) && v.isLowercaseWord(k)) k++;
  return k < v.n && STATE_NOUNS.has(v.lower[k]) && v.isLowercaseWord(k);
}

/** "the river X", "the lake X": a lowercase natural-feature noun after an article, right before token i. */
function featureNounBefore(v: TokenView, i: number): boolean {
  return i >= 2 && FEATURE_NOUNS_BEFORE.has(v.lower[i - 1]) && v.isLowercaseWord(i - 1) && ARTICLES.has(v.lower[i - 2]);
}

/**
 * Mentions whose type the evidence may change (and that may give evidence): not a person's full
 * name, not a multi-word group name ("Air France"), not a one-word MISC, not an acronym.
 */
function retypable(c: Candidate, v: TokenView): boolean {
  const one = c.te - c.ts === 1;
  if (!one && (c.type === 'PERSON' || c.type === 'ORG')) return false;
  // A one-word MISC is mostly an adjective ("the X region" says nothing about "X" alone).
  if (one && c.type === 'MISC') return false;
  return !one || !v.isAllCaps(c.ts);
}
