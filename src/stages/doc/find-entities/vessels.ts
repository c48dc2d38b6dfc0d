// Vessels named in the text ("the ferry X", "the MV X", "aboard the X", "the wreck of the X"),
// named trains ("the X Express" derailed) and flights named by their number ("Flight 302"). A
// named vessel, like a train or a flight, is a thing the reader follows from report to report,
// typed MISC, the newswire convention for named objects: not
// a group (it does not speak, own or decide: its operator does), not a place (things happen on it,
// but it moves and sinks).

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import { DETERMINERS, INSTITUTION_HEADS, OPEN_QUOTES, ORG_HEADS, VESSEL_NOUNS, VESSEL_PREFIXES, VESSEL_PREFIXES_AFTER_THE, WRECK_NOUNS } from './patterns.ts';

/** Longest vessel name looked for after its noun: "the tanker Star of the North" is cut at "of". */
const MAX_VESSEL_WORDS = 4;

/** Weekdays and months, which follow a noun in wire style ("the ferry Thursday") without naming it. */
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;

/** Lowercase nouns after a name that make it something else's name: "aboard the X flight" is X's airline. */
const TRANSPORT_NOUNS_AFTER: ReadonlySet<string> = new Set([...VESSEL_NOUNS, 'flight', 'plane', 'jet', 'aircraft', 'helicopter', 'train', 'bus', 'coach']);

/** "the ferry", "a car ferry", "the fishing boat" ending at token i (the noun lowercase). */
function vesselNounAt(v: TokenView, i: number): boolean {
  if (i < 1 || !VESSEL_NOUNS.has(v.lower[i]) || !v.isLowercaseWord(i)) return false;
  return DETERMINERS.has(v.lower[i - 1]) || (i >= 2 && v.isLowercaseWord(i - 1) && DETERMINERS.has(v.lower[i - 2]));
}

/** Every vessel prefix in lower case: a set lookup per token before the case is checked. */
const PREFIXES_LOWER: ReadonlySet<string> = new Set([...VESSEL_PREFIXES, ...VESSEL_PREFIXES_AFTER_THE].map((p) => p.toLowerCase()));

/** Last words of bodies named with an abbreviation ("the MS Society", "the SS Trust"). */
const BODY_HEADS: ReadonlySet<string> = new Set([...ORG_HEADS, ...INSTITUTION_HEADS, 'society', 'trust', 'fund', 'charity']);

/**
 * "MV", "HMS" at token i, in capitals; "MS" and "SS" only after "the" (else a disease, a unit) and
 * not before a body's name ("the MS Society").
 */
function vesselPrefixAt(v: TokenView, i: number): boolean {
  const w = v.word(i);
  if (VESSEL_PREFIXES.has(w)) return true;
  if (!VESSEL_PREFIXES_AFTER_THE.has(w) || i === 0 || v.lower[i - 1] !== 'the') return false;
  let k = i + 1;
  while (k + 1 < v.n && v.isCapitalized(k + 1) && !v.isAllCaps(k + 1)) k++;
  return !BODY_HEADS.has(v.lower[k]);
}

/**
 * Whether the words before token `ts` name a vessel there: a vessel noun or prefix (an opening quote
 * allowed between), "the vessel, the X", "aboard the X", "on board the X", "the wreck of the X".
 */
function vesselCue(v: TokenView, ts: number): boolean {
  let i = ts - 1;
  if (i >= 0 && OPEN_QUOTES.has(v.word(i))) i--;
  // On one line: a headline ending "... the ferry" says nothing of the dateline under it.
  if (i < 0 || v.t.text.slice(v.t.ends[i], v.t.starts[ts]).includes('\n')) return false;
  if (vesselPrefixAt(v, i) || vesselNounAt(v, i)) return true;
  if (i >= 3 && DETERMINERS.has(v.lower[i]) && v.lower[i - 1] === ',') return vesselNounAt(v, i - 2);
  if (i < 1 || v.lower[i] !== 'the') return false;
  const w = v.lower[i - 1];
  return w === 'aboard' || (w === 'board' && i >= 2 && v.lower[i - 2] === 'on') || (w === 'of' && i >= 2 && WRECK_NOUNS.has(v.lower[i - 2]));
}

/**
 * A vessel's name the model left untagged or cut ("the ferry X Y" with nothing tagged, `the ferry
 * "X Y"` with only Y): the capitalized words after a vessel noun or prefix are one name. Names
 * running past them are left alone.
 */
export function untaggedVessels(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 1; i + 1 < v.n; i++) {
    if (!VESSEL_NOUNS.has(v.lower[i]) && !PREFIXES_LOWER.has(v.lower[i])) continue;
    if (!vesselNounAt(v, i) && !vesselPrefixAt(v, i)) continue;
    let j = i + 1;
    if (OPEN_QUOTES.has(v.word(j))) j++;
    if (j >= v.n || sentStart(j) || !v.isCapitalized(j) || v.isAllCaps(j) || CALENDAR_WORD.test(v.lower[j])) continue;
    let k = j + 1;
    while (k < v.n && k - j < MAX_VESSEL_WORDS && !sentStart(k) && v.isCapitalized(k) && !v.isAllCaps(k)) k++;
    const list: Candidate[] = out ?? cands;
    const over = list.filter((c) => c.te > i && c.ts < k);
    // A name over the prefix too ("MV X" tagged whole) is the vessel's name without it.
    if (over.some((c) => c.ts < i || c.te > k || (c.ts === i && !vesselPrefixAt(v, i)))) continue;
    if (over.length === 1 && over[0].ts === j && over[0].te === k) continue;
    const vessel: Candidate = { ts: j, te: k, type: 'MISC', role: null, acronym: null, linkTo: null };
    out = withCandidates(list.filter((c) => !over.includes(c)), [vessel], list);
  }
  return out ?? cands;
}

/**
 * A name right after a vessel cue (see `vesselCue`) is the vessel's name, a thing (MISC), not a
 * place or a person; a name that took in the vessel's prefix ("MV X") is cut to X. The vessel's
 * other mentions in the text follow, unless they are a person's name with a known given name.
 */
export function vesselNames(cands: Candidate[], v: TokenView): void {
  const vessels = new Set<string>();
  for (const c of cands) {
    if (c.te - c.ts >= 2 && vesselPrefixAt(v, c.ts)) c.ts++;
    if (!vesselCue(v, c.ts)) continue;
    // "aboard the X flight": X names the airline; "aboard the X Air flight": the name runs on.
    if (c.te < v.n && ((TRANSPORT_NOUNS_AFTER.has(v.lower[c.te]) && v.isLowercaseWord(c.te)) || v.isCapitalized(c.te))) continue;
    c.type = 'MISC';
    vessels.add(v.slice(c.ts, c.te));
  }
  if (vessels.size === 0) return;
  const gaz = loadGazetteer();
  // A ship named after a person ("the ship Anna X") does not make the person a ship.
  const person = (c: Candidate): boolean => c.type === 'PERSON' && c.te - c.ts > 1 && gaz.has(v.word(c.ts), 'first');
  for (const c of cands) if (c.type !== 'MISC' && !person(c) && vessels.has(v.slice(c.ts, c.te))) c.type = 'MISC';
}

/** A flight's number as written after "Flight": "302", "KA302", "KA 302" is not read (two tokens). */
const FLIGHT_NUMBER = /^(?:[A-Z0-9]{2}\d{1,4}|\d{1,4})[A-Z]?$/;

/**
 * "Flight 302", "X Air Flight 302": the capitalized word and the number are the flight's name, a
 * thing (MISC); a name the model ran on into "Flight" is the airline's, cut before it.
 */
export function flightNumbers(cands: Candidate[], v: TokenView): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < v.n; i++) {
    if (v.lower[i] !== 'flight' || v.word(i) !== 'Flight' || !FLIGHT_NUMBER.test(v.word(i + 1)) || v.t.starts[i + 1] - v.t.ends[i] !== 1) continue;
    found.push({ ts: i, te: i + 2, type: 'MISC', role: null, acronym: null, linkTo: null });
  }
  if (found.length === 0) return cands;
  const kept: Candidate[] = [];
  for (const c of cands) {
    const f = found.find((x) => c.ts < x.te && x.ts < c.te);
    if (!f) kept.push(c);
    // "X Air Flight": the airline before the flight.
    else if (c.ts < f.ts) kept.push({ ...c, te: f.ts, type: 'ORG' });
  }
  return withCandidates(kept, found, cands);
}

/** Last words of named trains' names ("the X Express"): a train's only where the sentence is about rail. */
const TRAIN_HEADS: ReadonlySet<string> = new Set(['express', 'flyer', 'limited', 'sprinter']);
/** Words that make a sentence about rail ("derailed", "the train", "the tracks"). */
const RAIL_WORD = /^(?:derail\w*|trains?|rail\w*|tracks?|carriages?|locomotives?|wagons?|platforms?)$/;
/** How far from the name a rail word is looked for, in tokens, within its sentence. */
const RAIL_WINDOW = 12;

/**
 * "the X Express derailed", "the X Limited left the tracks": a name ending in a train word, after
 * "the", in a sentence about rail, is the train's (MISC), as are its other mentions in the text. A
 * paper called "the X Express" is never written in such a sentence.
 */
export function namedTrains(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  const trains = new Set<string>();
  for (const c of cands) {
    if (c.te - c.ts < 2 || c.type === 'MISC' || !TRAIN_HEADS.has(v.lower[c.te - 1]) || !v.isCapitalized(c.te - 1)) continue;
    if (c.ts === 0 || v.lower[c.ts - 1] !== 'the') continue;
    let a = c.ts;
    while (a > 0 && c.ts - a < RAIL_WINDOW && !sentStart(a)) a--;
    let b = c.te;
    while (b < v.n && b - c.te < RAIL_WINDOW && !sentStart(b)) b++;
    let rail = false;
    for (let k = a; k < b && !rail; k++) if ((k < c.ts || k >= c.te) && RAIL_WORD.test(v.lower[k])) rail = true;
    if (rail) trains.add(v.slice(c.ts, c.te));
  }
  if (trains.size === 0) return;
  for (const c of cands) if (trains.has(v.slice(c.ts, c.te))) c.type = 'MISC';
}
