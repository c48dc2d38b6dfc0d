// More span rules: conjoined names split, particle-led parts joined, group cues, person names
// pulled out of longer spans, "X, or the Y" aliases, common words at sentence start dropped.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import {
  CLUB_HEADS, COMPANY_HEADS, INDEFINITE_PRONOUNS, NAME_CONNECTORS, ORG_CUES_AFTER, ORG_CUES_BEFORE, ORG_HEADS, ORG_TAILS, PARTICLE_PREFIX_RE, PLACE_HEADS, ROLE_HEADS,
  ROLE_MODIFIERS, STRUCTURE_HEADS, TRAILING_PLACE_NOUNS,
} from './patterns.ts';
import { gazName } from './name-shape.ts';

function cand(ts: number, te: number, like: Candidate): Candidate {
  return { ts, te, type: like.type, role: null, acronym: null, linkTo: null };
}

/**
 * "X Liberation Army and X Liberation Front" -> two names (the second repeats the first word); so
 * are two clubs joined by "and" where one side ends in a club word ("Dynamo X and Y United"), and
 * a whole organization name before "and" ("X Coast Guard and Y Lines": two words or more ending in
 * an organization head; "Fire and Rescue Service", "Ministry of Trade and Industry" stay one).
 */
export function splitConjoined(cands: Candidate[], v: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const club = (a: number, b: number): boolean => b - a >= 2 && CLUB_HEADS.has(v.lower[b - 1]) && v.isCapitalized(b - 1);
  const org = (a: number, b: number): boolean => b - a >= 2 && ORG_HEADS.has(v.lower[b - 1]) && v.isCapitalized(b - 1);
  for (const c of cands) {
    let split = false;
    for (let i = c.ts + 1; i < c.te - 1; i++) {
      if (v.lower[i] !== 'and' || !v.isCapitalized(i + 1)) continue;
      if (v.lower[i + 1] === v.lower[c.ts] || club(c.ts, i) || club(i + 1, c.te) || org(c.ts, i)) {
        out.push(cand(c.ts, i, c), cand(i + 1, c.te, c));
        split = true;
        break;
      }
    }
    if (!split) out.push(c);
  }
  return out;
}

/** Trailing connectors ("Ministry of") and a leading article ("The Council") are not part of names. */
export function trimConnectors(cands: Candidate[], v: TokenView): Candidate[] {
  for (const c of cands) {
    while (c.te - c.ts > 1 && NAME_CONNECTORS.has(v.lower[c.te - 1])) c.te--;
    if (c.te - c.ts > 1 && v.lower[c.ts] === 'the') c.ts++;
  }
  return cands;
}

/** Joins a span that starts with an attached particle ("al-X") to the name right before it, and
 * "First Middle Last" that the model split into two persons around one capitalized word. */
export function joinParts(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // Never across sentences: a headline ending in a name and a text starting with it stay two.
    const prev = sentStart(c.ts) ? undefined : out[out.length - 1];
    if (prev && c.ts === prev.te && PARTICLE_PREFIX_RE.test(v.word(c.ts))) {
      prev.te = c.te;
      if (c.type === 'ORG') prev.type = 'ORG';
      continue;
    }
    if (prev && prev.type === 'PERSON' && c.type === 'PERSON' && c.ts === prev.te + 1 && v.isCapitalized(prev.te) && /\p{L}/u.test(v.word(prev.te))) {
      prev.te = c.te;
      continue;
    }
    if (prev && prev.type === 'PERSON' && c.type === 'PERSON' && c.ts === prev.te) {
      prev.te = c.te;
      continue;
    }
    out.push(c);
  }
  // "X" followed by an untagged "al-Y": the particle part belongs to the name.
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    const limit = k + 1 < out.length ? out[k + 1].ts : v.n;
    while (c.te < limit && !sentStart(c.te) && PARTICLE_PREFIX_RE.test(v.word(c.te))) c.te++;
  }
  return out;
}

/**
 * "A and B province": one place. And "A" right before "B Bridge" (no word between) is one
 * structure the model split in two ("X" + "Channel Bridge").
 */
export function joinPlacePairs(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = sentStart(c.ts) ? undefined : out[out.length - 1];
    if (prev && c.ts === prev.te + 1 && v.lower[prev.te] === 'and' && c.te < v.n && TRAILING_PLACE_NOUNS.has(v.lower[c.te])) {
      prev.te = c.te;
      prev.type = 'PLACE';
      continue;
    }
    if (prev && c.ts === prev.te && v.isCapitalized(c.te - 1) && STRUCTURE_HEADS.has(v.lower[c.te - 1])) {
      prev.te = c.te;
      prev.type = 'PLACE';
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Multi-word names with a group cue around them, or an organization head word, are organizations.
 * A company word last ("X Power", "X Mining") counts only when the name does not start with a
 * given name: some are surnames too ("Ana Power").
 */
export function groupCues(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    if (c.type === 'ORG' || c.type === 'PLACE' || c.te - c.ts < 2) continue;
    let b = c.ts - 1;
    if (b >= 0 && v.lower[b] === ',') b--;
    const before = b >= 0 && ORG_CUES_BEFORE.has(v.lower[b]);
    const after = c.te < v.n && ORG_CUES_AFTER.has(v.lower[c.te]);
    const company = COMPANY_HEADS.has(v.lower[c.te - 1]) && !gaz.has(v.word(c.ts), 'first');
    const head = ORG_HEADS.has(v.lower[c.te - 1]) || company;
    if (PLACE_HEADS.has(v.lower[c.ts]) || PLACE_HEADS.has(v.lower[c.te - 1])) c.type = 'PLACE';
    else if (before || after || head) c.type = 'ORG';
  }
}

/**
 * A name followed by a capitalized organization head the model left out ("the Democratic" +
 * "Front", "the X" + "Council") is that organization. Not before a place's or a person's name
 * (whose head would name something else), nor across sentences.
 */
export function orgHeadsAfter(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const h = c.te;
    if (c.type === 'PERSON' || c.type === 'PLACE' || h >= v.n || sentStart(h) || !v.isCapitalized(h) || v.isAllCaps(h) || !ORG_HEADS.has(v.lower[h])) continue;
    if (k + 1 < cands.length && cands[k + 1].ts <= h) continue;
    c.te = h + 1;
    c.type = 'ORG';
  }
}

/** "X news agency": the lowercase tail belongs to the organization's name. */
export function orgTails(cands: Candidate[], v: TokenView): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const limit = k + 1 < cands.length ? cands[k + 1].ts : v.n;
    for (const tail of ORG_TAILS) {
      if (c.te + tail.length > limit) continue;
      if (tail.every((w, j) => v.word(c.te + j) === w)) {
        c.te += tail.length;
        c.type = 'ORG';
        break;
      }
    }
  }
}

/**
 * A non-person span ending in a role word right before a person ("X Information Minister Y") is a
 * role; so is a lone portfolio word the model split off before the role word ("Interior" +
 * "Minister" + "Y"), unless it is an institution word or a place the lists know, and a portfolio
 * after "Minister of" right before the person ("Minister of Transport Y").
 */
export function rolesNotNames(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  return cands.filter((c, i) => {
    const next = cands[i + 1];
    if (c.type === 'PERSON' || !next || next.type !== 'PERSON') return true;
    if (next.ts === c.te && ROLE_HEADS.has(v.lower[c.te - 1])) return false;
    if (next.ts === c.te && c.ts >= 2 && v.lower[c.ts - 1] === 'of' && ROLE_HEADS.has(v.lower[c.ts - 2]) && portfolioWords(c, v)) return false;
    const w = v.lower[c.ts];
    const portfolio = c.te - c.ts === 1 && ROLE_MODIFIERS.has(w) && !ORG_HEADS.has(w) && !v.isAllCaps(c.ts) && !gazName(v.word(c.ts), gaz);
    return !(portfolio && next.ts === c.te + 1 && ROLE_HEADS.has(v.lower[c.te]) && v.isCapitalized(c.te));
  });
}

/** Whether every word of the span is a portfolio or role modifier word ("Transport", "Foreign Affairs"). */
function portfolioWords(c: Candidate, v: TokenView): boolean {
  for (let k = c.ts; k < c.te; k++) if (!ROLE_MODIFIERS.has(v.lower[k]) && v.lower[k] !== 'and') return false;
  return true;
}

/** Extends a person leftwards over a capitalized given name the model left out ("Jan X"). */
export function givenNames(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  const gaz = loadGazetteer();
  let prevEnd = 0;
  let prevStart = 0;
  for (const c of cands) {
    const i = c.ts - 1;
    // After a role head ("Minister X Y"), or after the portfolio of one ("Minister of Internal
    // Affairs X Y", the portfolio a name of its own that ends right before the given name).
    const roleOf = prevEnd === i && prevStart >= 2 && v.lower[prevStart - 1] === 'of' && ROLE_HEADS.has(v.lower[prevStart - 2]);
    const afterRole = c.te - c.ts === 1 && i > 0 && (ROLE_HEADS.has(v.lower[i - 1]) || roleOf);
    const w = i >= 0 ? v.word(i) : '';
    const given = gaz.has(w, 'first') || (afterRole && !gaz.has(w, 'common'));
    if ((c.type === 'PERSON' || afterRole) && i >= 0 && i >= prevEnd && v.isCapitalized(i) && !v.isAllCaps(i) && given && !(sentStart(i) && gaz.has(w, 'common'))) {
      c.ts = i;
      c.type = 'PERSON';
    }
    prevEnd = c.te;
    prevStart = c.ts;
  }
}

/** Longest person's name looked for after a name cut short: "Given Middle Family". */
const MAX_PERSON_WORDS = 3;

/**
 * Pulls a person's full name (known from elsewhere in the document) out of a longer non-person
 * span; and runs a name cut short ("Given" of "Given Family", the model reading the family name as
 * no name in a credit line) on over the rest of that full name when nothing else is tagged there.
 */
export function splitKnownPersons(cands: Candidate[], v: TokenView): Candidate[] {
  const persons = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.te - c.ts >= 2) persons.add(v.slice(c.ts, c.te));
  if (persons.size === 0) return cands;
  cands.forEach((c, k) => {
    const next = k + 1 < cands.length ? cands[k + 1].ts : v.n;
    for (let e = Math.min(c.ts + MAX_PERSON_WORDS, next); e > c.te; e--) {
      if (!persons.has(v.slice(c.ts, e))) continue;
      c.te = e;
      c.type = 'PERSON';
      break;
    }
  });
  const out: Candidate[] = [];
  for (const c of cands) {
    let done = false;
    if (c.type !== 'PERSON' && c.te - c.ts >= 3) {
      for (let s = c.ts + 1; s < c.te - 1 && !done; s++) {
        if (persons.has(v.slice(s, c.te))) {
          out.push(cand(c.ts, s, c), { ...cand(s, c.te, c), type: 'PERSON' });
          done = true;
        }
      }
    }
    if (!done) out.push(c);
  }
  return out;
}

/** "X, or the Y," / "X (or Y)": Y is another name of X. Call after indices are final. */
export function orAliases(cands: Candidate[], v: TokenView): void {
  for (let ci = 0; ci + 1 < cands.length; ci++) {
    const c = cands[ci];
    const d = cands[ci + 1];
    let i = c.te;
    if (v.lower[i] === ',' || v.lower[i] === '(') i++;
    if (v.lower[i] !== 'or') continue;
    i++;
    if (v.lower[i] === 'the') i++;
    if (d.ts !== i || d.linkTo !== null || c.linkTo !== null) continue;
    d.linkTo = ci;
    d.type = c.type;
  }
}

/**
 * Drops one-word names that are ordinary capitalized words: at a sentence start ("Despite",
 * "Maximum"), or anywhere when the document also writes the word in lowercase.
 */
export function dropCommonWords(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const gaz = loadGazetteer();
  // Common words the document itself also writes in lowercase ("the bridge", "fire"): capitalized
  // alone in a headline or a menu ("Bridge", "Fire") they are not names either.
  const lowercased = new Set<string>();
  // Only words that some one-word candidate has matter; a numeric (first letter, length) screen
  // keeps the scan from hashing every token's string.
  const wanted = new Set<string>();
  const screen = new Set<number>();
  for (const c of cands) {
    if (c.te - c.ts !== 1 || c.type === 'PERSON') continue;
    const low = v.lower[c.ts];
    wanted.add(low);
    screen.add(low.charCodeAt(0) * 64 + Math.min(low.length, 63));
  }
  if (wanted.size > 0) {
    for (let i = 0; i < v.n; i++) {
      const low = v.lower[i];
      if (low.length > 2 && screen.has(low.charCodeAt(0) * 64 + Math.min(low.length, 63)) && wanted.has(low) && v.isLowercaseWord(i)) lowercased.add(low);
    }
  }
  const known = (w: string): boolean => gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'first') || gaz.has(w, 'demonym') || gaz.has(w, 'org');
  return cands.filter((c) => {
    if (c.te - c.ts !== 1) return true;
    const w = v.word(c.ts);
    if (INDEFINITE_PRONOUNS.has(v.lower[c.ts])) return false;
    // Persons are kept: a surname may well be a word too ("Rose", "Marsh").
    if (c.type !== 'PERSON' && lowercased.has(v.lower[c.ts]) && !v.isAllCaps(c.ts)) return known(w);
    if (!sentStart(c.ts) || !gaz.has(w, 'common')) return true;
    return known(w);
  });
}

/**
 * "Minister of Transport Given Family": the model may run a portfolio and a name together; split
 * at a known given name. And "Given Family" typed as a group when another person in the document
 * has that family name is a person.
 */
export function personsInSpans(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  const out: Candidate[] = [];
  for (const c of cands) {
    const afterRoleOf = c.ts >= 2 && v.lower[c.ts - 1] === 'of' && ROLE_HEADS.has(v.lower[c.ts - 2]);
    let split = -1;
    if (c.type !== 'PERSON' && afterRoleOf) {
      for (let k = c.ts + 1; k < c.te - 1; k++) if (gaz.has(v.word(k), 'first') && !gaz.has(v.word(k), 'common')) { split = k; break; }
    }
    if (split > 0) out.push(cand(c.ts, split, c), { ...cand(split, c.te, c), type: 'PERSON' });
    else out.push(c);
  }
  const families = new Set<string>();
  for (const c of out) if (c.type === 'PERSON' && c.te - c.ts >= 2) families.add(v.lower[c.te - 1]);
  for (const c of out) {
    const first = v.word(c.ts);
    if (c.type !== 'PERSON' && c.te - c.ts >= 2 && c.te - c.ts <= 3 && families.has(v.lower[c.te - 1]) && gaz.has(first, 'first') && !gaz.has(first, 'common') && !gaz.has(first, 'country')) {
      c.type = 'PERSON';
    }
  }
  return out;
}
