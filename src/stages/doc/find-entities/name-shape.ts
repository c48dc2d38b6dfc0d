// Rules on the shape of a name and the words around it: a lowercase noun the model ran into ("X
// bases") is not part of the name, "X's City Hall" is two names, "X-based" and "anti-X" are about
// X, a faith word is a description, a sea is a place and an institute a group whatever the model
// said, "the Y" after "X Y" is X Y, and a common word capitalized only because it starts a
// sentence ("Fire service puts ...") is not a name.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { isNumberWord } from '../../../nlp/numbers.ts';
import type { Candidate, TokenView } from './candidate.ts';
import {
  ADJECTIVE_PREFIX_RE, ADJECTIVE_SUFFIX_RE, COMPASS_WORDS, FAITH_GIVEN_NAMES, FAITH_WORDS, NAMING_VERBS, NAMING_WORDS, OPEN_QUOTES, STRUCTURE_NOUNS_AFTER, FEATURE_HEADS, FEATURE_HEADS_OF, INSTITUTION_HEADS, COMPANY_HEADS,
  ORG_HEADS, ORG_NOUNS_AFTER, ORG_OF_WORDS, PLACE_OF_HEADS, POSSESSIVE, POSSESSIVE_HEADS, ROMANCE_OF_WORDS, SAINT_WORDS, STRUCTURE_HEADS, TAG_LABEL_WORDS,
} from './patterns.ts';

type Gaz = ReturnType<typeof loadGazetteer>;

/** Known as a name of some kind in the generic lists. */
export function gazName(w: string, gaz: Gaz = loadGazetteer()): boolean {
  return gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'region') || gaz.has(w, 'first') || gaz.has(w, 'last') || gaz.has(w, 'demonym') || gaz.has(w, 'org');
}

function placeName(gaz: Gaz, w: string): boolean {
  return gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'region');
}

/** Lowercase words at the end of a span ("X bases", "X group") are not part of a name. */
export function trimLowercaseTail(cands: Candidate[], v: TokenView): Candidate[] {
  for (const c of cands) while (c.te - c.ts > 1 && v.isLowercaseWord(c.te - 1)) c.te--;
  return cands;
}

/**
 * "X's City Hall" read as one span: the owner and the thing owned are two names (unless the thing
 * is an institution commonly named that way, "X's Hospital"). The owned part runs on over the
 * capitalized words the model left out ("Hall").
 */
export function splitPossessives(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const gaz = loadGazetteer();
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    let p = -1;
    for (let i = c.ts + 1; i < c.te - 1; i++) if (POSSESSIVE.has(v.lower[i])) p = i;
    // "Children's Fund", "Mothers' Front": an owner that is an ordinary word names no one; one name.
    const commonOwner = p === c.ts + 1 && gaz.has(v.word(c.ts), 'common') && !gazName(v.word(c.ts), gaz);
    // "St X's Square": a saint's name owns nothing; the place is named after him.
    const saint = SAINT_WORDS.has(v.lower[c.ts]);
    if (p < 0 || POSSESSIVE_HEADS.has(v.lower[c.te - 1]) || !v.isCapitalized(p + 1) || commonOwner || saint) {
      out.push(c);
      continue;
    }
    const limit = k + 1 < cands.length ? cands[k + 1].ts : v.n;
    let e = c.te;
    while (e < limit && !sentStart(e) && v.isCapitalized(e) && !v.isAllCaps(e)) e++;
    out.push({ ...c, te: p, acronym: null }, { ...c, ts: p + 1, te: e, linkTo: null, role: null });
  }
  return out;
}

/**
 * "X-based", "X-backed", "anti-X": the name is X, cut out of the word. "X-based" is a place; the
 * others keep what the lists say X is (a nationality, a place) or the model's type.
 */
export function cutAffixes(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    if (c.te - c.ts !== 1) continue;
    const w = v.word(c.ts);
    c.mentionType = c.type;
    if (w.indexOf('-') < 0 && w.indexOf('‐') < 0) continue;
    let stem: string | null = null;
    const suf = ADJECTIVE_SUFFIX_RE.exec(w);
    if (suf) {
      stem = suf[1];
      c.cutEnd = w.length - stem.length;
      if (suf[2] === 'based') {
        c.type = 'PLACE';
        continue;
      }
    } else {
      const pre = ADJECTIVE_PREFIX_RE.exec(w);
      if (!pre) continue;
      stem = pre[1];
      c.cutStart = w.length - stem.length;
    }
    if (gaz.has(stem, 'demonym')) c.type = 'MISC';
    else if (placeName(gaz, stem)) c.type = 'PLACE';
  }
}

/**
 * Types from the words of the name and the noun after it: faith words (with nationalities) are a
 * description (MISC); a group-typed name ending in a sea or gulf word, or "Gulf of Y", is a place;
 * a place-typed name ending in an institution or company word is a group; a one-word place unknown to the
 * lists followed by "(modifier) agency" is a group; "Muslim X" and "South X-ian" are descriptions;
 * "X Bridge" and the X of "the X bridge" are places; "X-Y" made of two places is a description
 * of both ("the X-Y border"), as "Arab-Israeli" is.
 */
export function typeByShape(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  const places = new Set<string>();
  for (const c of cands) if (c.type === 'PLACE' && c.te - c.ts === 1) places.add(v.word(c.ts));
  for (const c of cands) {
    const n = c.te - c.ts;
    const last = v.lower[c.te - 1];
    let faith = false;
    let described = true;
    for (let i = c.ts; i < c.te && described; i++) {
      if (FAITH_WORDS.has(v.lower[i])) faith = true;
      else if (!gaz.has(v.word(i), 'demonym')) described = false;
    }
    if (faith && described) {
      c.type = 'MISC';
      continue;
    }
    // "Muslim X" is no one's name (unless the first word is a given name, "Christian X").
    const w0 = v.lower[c.ts];
    if (c.type === 'PERSON' && n >= 2 && (FAITH_WORDS.has(w0) || gaz.has(w0, 'demonym')) && !gaz.has(w0, 'first') && !FAITH_GIVEN_NAMES.has(w0)) {
      c.type = 'MISC';
      continue;
    }
    // "South X-ian": a regional adjective.
    if (n >= 2 && c.type !== 'MISC' && gaz.has(v.word(c.te - 1), 'demonym') && COMPASS_WORDS.has(v.lower[c.ts])) {
      c.type = 'MISC';
      continue;
    }
    if (n >= 2 && c.type !== 'PLACE' && c.type !== 'PERSON' && STRUCTURE_NOUNS_AFTER.has(last) && v.isCapitalized(c.te - 1)) {
      c.type = 'PLACE';
      continue;
    }
    if (n === 1 && c.type !== 'PLACE' && c.te < v.n && STRUCTURE_NOUNS_AFTER.has(v.word(c.te)) && !gaz.has(v.word(c.ts), 'demonym')) {
      c.type = 'PLACE';
      continue;
    }
    if (n === 1 && placePair(v.word(c.ts), gaz, places)) {
      c.type = 'MISC';
      continue;
    }
    if (n >= 2 && c.type === 'ORG' && !ORG_HEADS.has(last)) {
      const feature = FEATURE_HEADS.has(last) || (FEATURE_HEADS_OF.has(v.lower[c.ts]) && v.lower[c.ts + 1] === 'of');
      if (feature) c.type = 'PLACE';
      continue;
    }
    // "X Valley Lines", "X Chemicals": a company's last word; no place ends in one.
    if (n >= 2 && c.type === 'PLACE' && (INSTITUTION_HEADS.has(last) || (COMPANY_HEADS.has(last) && v.isCapitalized(c.te - 1)))) {
      c.type = 'ORG';
      continue;
    }
    if (n === 1 && c.type === 'PLACE' && !v.isAllCaps(c.ts) && !placeName(gaz, v.word(c.ts))) {
      let j = c.te;
      if (j < v.n && v.isLowercaseWord(j) && !ORG_NOUNS_AFTER.has(v.lower[j])) j++;
      if (j < v.n && j - c.te <= 1 && ORG_NOUNS_AFTER.has(v.lower[j])) c.type = 'ORG';
    }
  }
}

/**
 * "the Y" where the document names one organization "X Y" ("the Courier" after "The X
 * Courier"): a short form of that organization. Call after indices are final.
 */
export function orgShortForms(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  // Last word -> the one multi-word organization ending in it (-1 when two differ).
  const byLast = new Map<string, number>();
  const text = new Map<number, string>();
  cands.forEach((c, ci) => {
    if (c.type !== 'ORG' || c.te - c.ts < 2 || c.linkTo !== null) return;
    const w = v.word(c.te - 1);
    const t = v.slice(c.ts, c.te);
    const seen = byLast.get(w);
    if (seen === undefined) byLast.set(w, ci);
    else if (seen >= 0 && text.get(seen) !== t) byLast.set(w, -1);
    text.set(ci, t);
  });
  if (byLast.size === 0) return;
  for (const c of cands) {
    if (c.te - c.ts !== 1 || c.linkTo !== null || c.ts === 0 || v.lower[c.ts - 1] !== 'the' || v.isAllCaps(c.ts)) continue;
    // "the X side" after "Club X": a place or nationality in a club's name is still itself.
    if (c.type === 'PLACE' || gazName(v.word(c.ts), gaz)) continue;
    const target = byLast.get(v.word(c.ts));
    if (target === undefined || target < 0) continue;
    c.linkTo = target;
    c.type = 'ORG';
  }
}

/**
 * A one-word name that opens a sentence (after any bullet or quote mark), is followed by a
 * lowercase organization or structure word (or any lowercase word, when the document writes it
 * only inside longer names), is on no list of names, and is never written capitalized elsewhere
 * in the document on its own: an ordinary word capitalized by position ("Fire service puts ...").
 */
export function sentenceStartWords(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const gaz = loadGazetteer();
  const opens = (i: number): boolean => {
    let j = i;
    while (j > 0 && !sentStart(j) && !/[\p{L}\p{N}]/u.test(v.word(j - 1))) j--;
    return sentStart(j) || j === 0;
  };
  const suspects = new Set<string>();
  const flagged = new Set<Candidate>();
  // Words the document writes in the middle of longer names other than persons' ("Rescue" in "X
  // Mining Rescue Corps"); a name's first or last word may be a name of its own ("X" of "X Cubs").
  const partOfName = new Set<string>();
  for (const c of cands) if (c.type !== 'PERSON') for (let i = c.ts + 1; i < c.te - 1; i++) partOfName.add(v.lower[i]);
  for (const c of cands) {
    if (c.te - c.ts !== 1 || c.type === 'PERSON' || c.te >= v.n || !v.isLowercaseWord(c.te) || v.isAllCaps(c.ts)) continue;
    // Only before the head of a noun phrase that would be a name if capitalized ("X service",
    // "X bridge"), or for a word the document otherwise writes only inside longer names ("Rescue
    // teams" beside "the X Rescue Corps"): "Reuters reported", "Spanish first division" are names
    // at a sentence start.
    if (!ORG_HEADS.has(v.lower[c.te]) && !STRUCTURE_HEADS.has(v.lower[c.te]) && !partOfName.has(v.lower[c.ts])) continue;
    if (!opens(c.ts) || gazName(v.word(c.ts), gaz)) continue;
    suspects.add(v.lower[c.ts]);
    flagged.add(c);
  }
  if (suspects.size === 0) return cands;
  // Inside a longer name ("X Fire Service") the word says nothing about itself.
  const inLonger = new Uint8Array(v.n);
  for (const c of cands) if (c.te - c.ts > 1) inLonger.fill(1, c.ts, c.te);
  const named = new Set<string>();
  for (let i = 0; i < v.n; i++) {
    if (inLonger[i] || !suspects.has(v.lower[i]) || !v.isCapitalized(i)) continue;
    if (!opens(i)) named.add(v.lower[i]);
  }
  return cands.filter((c) => !flagged.has(c) || named.has(v.lower[c.ts]));
}

/**
 * A lone number word before a lowercase word ("Eight people have died", "Hundreds of fans"): a
 * count capitalized by its position, not a name. In a longer name ("Radio One") it stays.
 */
export function numeralWords(cands: Candidate[], v: TokenView): Candidate[] {
  return cands.filter((c) => !(c.te - c.ts === 1 && (c.te >= v.n || !v.isCapitalized(c.te)) && isNumberWord(numberStem(v.lower[c.ts]))));
}

/** "hundreds" -> "hundred", "dozens" stays (not a number word). */
function numberStem(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** "A-B" where A and B are each a place the lists or the document know. */
function placePair(w: string, gaz: Gaz, places: ReadonlySet<string>): boolean {
  const dash = w.indexOf('-');
  if (dash <= 0 || dash !== w.lastIndexOf('-')) return false;
  const a = w.slice(0, dash);
  const b = w.slice(dash + 1);
  const known = (x: string): boolean => x.length > 1 && (places.has(x) || placeName(gaz, x));
  return known(a) && known(b);
}

/**
 * A name right after "named 'X'", "called 'X'", "the phrase X" is the name of a thing or a phrase,
 * not of a person ("an operation named 'X Y'").
 */
export function namedThings(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    let i = c.ts - 1;
    const quoted = i >= 0 && OPEN_QUOTES.has(v.word(i));
    if (quoted) i--;
    if (i < 0 || !NAMING_WORDS.has(v.lower[i])) continue;
    // "a man named X" is a person: a verb of naming needs the quote marks, a noun ("the phrase X") does not.
    if (quoted || !NAMING_VERBS.has(v.lower[i])) c.type = 'MISC';
  }
}

/**
 * "Ministry" + "of" + "Y Affairs", "Committee" + "on" + "Y", "Free Republic" + "of" + "Y" split
 * by the model: one organization, one place.
 */
export function joinOfNames(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && (c.type === prev.type || romanceHeadOf(prev, v)) && !sentStart(c.ts) && joinsWithOf(prev, v)) {
      const gap = c.ts - prev.te;
      if (gap === 1 || (gap === 2 && (v.lower[prev.te + 1] === 'the' || v.lower[prev.te + 1] === 'la'))) {
        prev.te = c.te;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** "Hospital General" + "de" + "X": an organization led by its head, then a Romance "of" (the place or patron, whatever its type). */
function romanceHeadOf(prev: Candidate, v: TokenView): boolean {
  return prev.type === 'ORG' && ORG_HEADS.has(v.lower[prev.ts]) && ROMANCE_OF_WORDS.has(v.lower[prev.te]);
}

function joinsWithOf(prev: Candidate, v: TokenView): boolean {
  if (romanceHeadOf(prev, v)) return true;
  const head = v.lower[prev.te - 1];
  const link = v.lower[prev.te];
  if (prev.type === 'ORG') return ORG_HEADS.has(head) && ORG_OF_WORDS.has(link);
  return prev.type === 'PLACE' && link === 'of' && PLACE_OF_HEADS.has(head) && v.isCapitalized(prev.te - 1);
}

const MIN_LIST_ITEMS = 3;
const MAX_ITEM_WORDS = 3;

/**
 * A line that is only a list of capitalized words ("Topics: X, Y, Infrastructure, Accidents"): a
 * page's tags, which mix names with ordinary words. A word there is kept only when the document
 * also writes it capitalized on its own elsewhere (not first in a sentence, not inside a longer
 * name), or when it is typed a person or a place; never when the text writes it in lowercase.
 */
export function tagLists(cands: Candidate[], v: TokenView, sentStarts: readonly number[]): Candidate[] {
  // 1 on a list's items, 2 on the items of a list labelled as a page's tags ("Related Topics:").
  const inList = new Uint8Array(v.n);
  let any = false;
  for (let k = 0; k < sentStarts.length; k++) {
    const a = sentStarts[k];
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1] : v.n;
    const s = listStart(v, a, b);
    if (s < 0) continue;
    let labelled = false;
    for (let i = a; i < s && !labelled; i++) labelled = TAG_LABEL_WORDS.has(v.lower[i]);
    inList.fill(labelled ? 2 : 1, s, b);
    any = true;
  }
  if (!any) return cands;
  const inLonger = new Uint8Array(v.n);
  for (const c of cands) if (c.te - c.ts > 1) inLonger.fill(1, c.ts, c.te);
  const first = new Uint8Array(v.n);
  for (const s of sentStarts) first[s] = 1;
  const standalone = new Set<string>();
  for (let i = 0; i < v.n; i++) if (!inList[i] && !first[i] && !inLonger[i] && v.isCapitalized(i)) standalone.add(v.lower[i]);
  // A list word the text writes as an ordinary word ("Earthquakes" beside "the earthquake") is a
  // topic, whatever the model typed it; the lists' places and the text's own names stay.
  const gaz = loadGazetteer();
  const topics = new Set<string>();
  for (const c of cands) {
    if (!inList[c.ts] || (c.te - c.ts === 1 && standalone.has(v.lower[c.ts]))) continue;
    for (let i = c.ts; i < c.te; i++) {
      if (placeName(gaz, v.word(i))) continue;
      const w = v.lower[i];
      topics.add(w);
      if (w.length > 3 && w.endsWith('s')) topics.add(w.slice(0, -1));
    }
  }
  const ordinary = new Set<string>();
  if (topics.size > 0) for (let i = 0; i < v.n; i++) if (topics.has(v.lower[i]) && v.isLowercaseWord(i)) ordinary.add(v.lower[i]);
  const isTopic = (i: number): boolean => ordinary.has(v.lower[i]) || (v.lower[i].endsWith('s') && ordinary.has(v.lower[i].slice(0, -1)));
  // A list item of several words is a topic when each word is an ordinary word ("Road Closures"
  // beside "the road", on the common list) and none a listed name.
  const commonWord = (i: number): boolean => isTopic(i) || (gaz.has(v.lower[i], 'common') && !gazName(v.word(i), gaz));
  // Under a tags label the items are topics unless shown otherwise, so one ordinary word is enough
  // ("Crowd Disasters" beside "the crowd"), unless a word is a listed name or the item starts with a
  // given name ("Mark Field").
  const namedOutside = new Set<string>();
  for (const c of cands) if (!inList[c.ts] && c.te - c.ts > 1) namedOutside.add(v.slice(c.ts, c.te).toLowerCase());
  const topicPhrase = (c: Candidate): boolean => {
    if (namedOutside.has(v.slice(c.ts, c.te).toLowerCase())) return false;
    let ordinaryWords = 0;
    for (let i = c.ts; i < c.te; i++) {
      if (commonWord(i)) ordinaryWords++;
      else if (inList[c.ts] !== 2 || gazName(v.word(i), gaz)) return false;
    }
    return ordinaryWords === c.te - c.ts || (ordinaryWords > 0 && !gaz.has(v.word(c.ts), 'first'));
  };
  // Persons and places in a list are as often line-ups and itineraries: only the rest are judged.
  return cands.filter((c) => {
    if (!inList[c.ts]) return true;
    if (c.te - c.ts > 1) return !topicPhrase(c);
    return !isTopic(c.ts) && (c.type === 'PERSON' || c.type === 'PLACE' || standalone.has(v.lower[c.ts]));
  });
}

/** Where the items of a tag list start in sentence [a, b) (after a "Label:"), or -1. */
function listStart(v: TokenView, a: number, b: number): number {
  let s = a;
  for (let i = a; i < b && i - a < 4; i++) {
    if (v.lower[i] === ':') {
      s = i + 1;
      break;
    }
  }
  // Items of one to MAX_ITEM_WORDS capitalized words ("Floods, Road Closures, Weather"), comma-separated.
  let items = 0;
  let words = 0;
  for (let i = s; i < b; i++) {
    const w = v.lower[i];
    if (w === ',' || (i === b - 1 && w === '.')) {
      if (words === 0) return -1;
      words = 0;
    } else if (!v.isCapitalized(i) || !/\p{L}/u.test(v.word(i)) || ++words > MAX_ITEM_WORDS) return -1;
    else if (words === 1) items++;
  }
  return items >= MIN_LIST_ITEMS && words > 0 ? s : -1;
}

/**
 * "taken to St X's." with nothing after the possessive, or "the hospital of St X": the
 * institution named for the saint, written short, not a place or a person.
 */
export function ellipticalInstitutions(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    // "the hospital of X": the institution, by the name it is known by.
    if (c.ts >= 3 && v.lower[c.ts - 1] === 'of' && POSSESSIVE_HEADS.has(v.lower[c.ts - 2]) && v.lower[c.ts - 3] === 'the' && SAINT_WORDS.has(v.lower[c.ts])) {
      c.type = 'ORG';
      continue;
    }
    if (c.te - c.ts < 2 || !SAINT_WORDS.has(v.lower[c.ts])) continue;
    const p = POSSESSIVE.has(v.lower[c.te - 1]) ? c.te - 1 : c.te < v.n && POSSESSIVE.has(v.lower[c.te]) ? c.te : -1;
    if (p < 0) continue;
    if (p + 1 < v.n && v.isCapitalized(p + 1)) continue;
    c.type = 'ORG';
    // The possessive is part of the short name, as written ("St X's", like "St X's Hospital").
    c.te = p + 1;
    c.keepPossessive = true;
  }
}
