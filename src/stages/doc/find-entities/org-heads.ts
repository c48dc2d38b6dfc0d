// Organizations named "Head of/for/on Y" ("Directorate for Y", "Office of Y") and one name typed two
// ways in one document. The model often tags only Y (typing it a person when a verb of speech
// follows), or tags the whole name as a person at the start of a line; a company name is a
// group after "the" but a person before "said"; and "told the Herald" reads as a person. An
// institution the model left untagged ("at the X General Hospital") is found by its head.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import { CLUB_HEADS, COMPANY_HEADS, DETERMINERS, INSTITUTION_HEADS, ORG_HEADS, ORG_OF_WORDS, PUBLICATION_WORDS } from './patterns.ts';

type Gaz = ReturnType<typeof loadGazetteer>;

function isOrgHead(i: number, v: TokenView, gaz: Gaz): boolean {
  return v.isCapitalized(i) && !v.isAllCaps(i) && (ORG_HEADS.has(v.lower[i]) || gaz.has(v.word(i), 'orgword'));
}

/**
 * "Head" + "for" + "Y" where only Y is a name: the name starts at the head, an organization. Only
 * when nothing else covers the head and Y is capitalized (a name, not "office for one year").
 */
export function orgHeadsBefore(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  let prevEnd = 0;
  for (const c of cands) {
    const h = c.ts - 2;
    if (h >= prevEnd && ORG_OF_WORDS.has(v.lower[c.ts - 1]) && isOrgHead(h, v, gaz) && c.nameTs === undefined && !c.cutStart) {
      c.ts = h;
      c.type = 'ORG';
    }
    prevEnd = c.te;
  }
}

/**
 * Types that must agree: a person's name never starts "Head of/for/on" ("Directorate for Y"), and
 * a name of two or more words typed a person in one place and something else after a determiner
 * in another ("the X Chemicals plant" / "X Chemicals said") is that other thing: persons are not
 * written after "the".
 */
export function agreeTypes(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  const typed = new Map<string, Candidate['type']>();
  for (const c of cands) {
    if (c.te - c.ts < 2) continue;
    if (c.type === 'PERSON' && ORG_OF_WORDS.has(v.lower[c.ts + 1]) && isOrgHead(c.ts, v, gaz)) c.type = 'ORG';
    if (c.type !== 'PERSON' && c.ts > 0 && DETERMINERS.has(v.lower[c.ts - 1])) {
      const key = v.slice(c.ts, c.te).toLowerCase();
      if (!typed.has(key)) typed.set(key, c.type);
    }
  }
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.te - c.ts < 2) continue;
    const t = typed.get(v.slice(c.ts, c.te).toLowerCase());
    if (t) c.type = t;
  }
  personsAgree(cands, v, gaz);
}

/**
 * The other way: a name of two or three words typed a person in one place ("By X Y") and a group
 * in another, neither after a determiner, nor ending in a group's head or an ordinary word ("X Y
 * Group", "X Works", "X Athletic"), is a person in both ("Reporting by X Y in Z" read as a group).
 */
function personsAgree(cands: Candidate[], v: TokenView, gaz: Gaz): void {
  const groupEnd = (i: number): boolean => isOrgHead(i, v, gaz) || CLUB_HEADS.has(v.lower[i]) || COMPANY_HEADS.has(v.lower[i]) || gaz.has(v.word(i), 'common');
  const bare = (c: Candidate): boolean => c.te - c.ts >= 2 && c.te - c.ts <= 3 && !(c.ts > 0 && DETERMINERS.has(v.lower[c.ts - 1])) && !groupEnd(c.te - 1);
  const persons = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && bare(c)) persons.add(v.slice(c.ts, c.te));
  if (persons.size === 0) return;
  for (const c of cands) if (c.type !== 'PERSON' && bare(c) && persons.has(v.slice(c.ts, c.te))) c.type = 'PERSON';
}

/** "the X Herald", "The Herald" (a newspaper word last, after "the"): a newspaper, whatever the model typed. */
export function publicationNames(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    if (c.type === 'ORG' || !PUBLICATION_WORDS.has(v.lower[c.te - 1])) continue;
    const start = c.nameTs ?? c.ts;
    if (v.lower[start] === 'the' || (start > 0 && v.lower[start - 1] === 'the')) c.type = 'ORG';
  }
}

/** Longest institution name looked for: "X Y Z General Hospital". */
const MAX_INSTITUTION_WORDS = 5;

/**
 * "the X General Hospital" that the model left untagged or cut in pieces ("X" a place, "Hospital"
 * a place): after "the", a run of two or more capitalized words ending in an institution head
 * ("Hospital", "University", "Institute") is one organization, when no name runs past the run.
 * Not after a sentence's first "The", where a title-case heading could be read so. Without "the"
 * when the run opens with a place the model found ("taken to X County Hospital", "at X County
 * Court"): the institution named after its town.
 */
export function untaggedInstitutions(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): Candidate[] {
  const gaz = loadGazetteer();
  const heads: number[] = [];
  for (let i = 1; i < v.n; i++) {
    if (!(INSTITUTION_HEADS.has(v.lower[i]) || COMPANY_HEADS.has(v.lower[i])) || v.lower[i - 1] === 'the' || !v.isCapitalized(i) || v.isAllCaps(i)) continue;
    // The head ends the name: "X Air Lines", not "X Power Station".
    if (i + 1 < v.n && v.isCapitalized(i + 1) && !sentStart(i + 1)) continue;
    heads.push(i);
  }
  if (heads.length === 0) return cands;
  const owner = new Int32Array(v.n).fill(-1);
  cands.forEach((c, k) => owner.fill(k, c.ts, c.te));
  const found: Candidate[] = [];
  const replaced = new Set<number>();
  for (const i of heads) {
    let a = i;
    while (a > 0 && i - a + 1 < MAX_INSTITUTION_WORDS && !sentStart(a) && v.isCapitalized(a - 1) && !v.isAllCaps(a - 1) && v.lower[a - 1] !== 'the') a--;
    if (a === i) continue;
    // "at X County Hospital": a run opening with a place the model found is named after it, no
    // "the" needed; so is a company's ("X Valley Lines", "X Air Lines": the model read the head as
    // a person's or a place's name), unless its first word is a given name ("Ana Power").
    const opener = owner[a] >= 0 && cands[owner[a]].ts === a ? cands[owner[a]].type : null;
    const institution = INSTITUTION_HEADS.has(v.lower[i]);
    const named = institution ? opener === 'PLACE' : (opener === 'PLACE' || opener === 'ORG') && !gaz.has(v.word(a), 'first');
    if (!named && (!institution || a === 0 || v.lower[a - 1] !== 'the' || sentStart(a - 1))) continue;
    // The names over the run must lie inside it, and it must not be one name already.
    const inside = new Set<number>();
    for (let j = a; j <= i; j++) if (owner[j] >= 0) inside.add(owner[j]);
    const whole = [...inside].every((k) => cands[k].ts >= a && cands[k].te <= i + 1);
    if (!whole || (inside.size === 1 && cands[[...inside][0]].ts === a && cands[[...inside][0]].te === i + 1)) continue;
    for (const k of inside) replaced.add(k);
    found.push({ ts: a, te: i + 1, type: 'ORG', role: null, acronym: null, linkTo: null });
  }
  if (found.length === 0) return cands;
  return withCandidates(cands.filter((_, k) => !replaced.has(k)), found, cands);
}

/** An ordinal written in digits ("4th", "21st"). */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;

/** "the 4th" + "Mechanised Brigade": the unit's number is part of its name. */
export function ordinalUnits(cands: Candidate[], v: TokenView): void {
  let prevEnd = 0;
  for (const c of cands) {
    const i = c.ts - 1;
    // Typed a place or a thing too ("the 12th Mountain Brigade" read as a mountain): the head makes it a unit.
    if (c.type !== 'PERSON' && i >= prevEnd && ORDINAL.test(v.word(i)) && isOrgHead(c.te - 1, v, loadGazetteer())) {
      c.ts = i;
      c.type = 'ORG';
    }
    prevEnd = c.te;
  }
}

/**
 * An organization's head read as a person's name, with the capitalized word before it left out
 * ("the General" + "Staff", "the Supreme" + "Command"): one organization. Only when that word is
 * in no other name and does not open the sentence.
 */
export function headOnlyNames(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  let prevEnd = 0;
  for (const c of cands) {
    const i = c.ts - 1;
    if (c.type === 'PERSON' && c.te - c.ts === 1 && ORG_HEADS.has(v.lower[c.ts]) && i >= prevEnd && i > 0 && !sentStart(i) && v.isCapitalized(i) && !v.isAllCaps(i)) {
      c.ts = i;
      c.type = 'ORG';
    }
    prevEnd = c.te;
  }
}

/**
 * An organization tagged from its head on ("Board of Y") with the capitalized words before the
 * head left out ("the Accident Investigation" + "Board of Y"): they are part of its name. Not
 * across a sentence start, a name, an all-capitals word or a day or month ("on Tuesday Council of Y").
 */
export function modifiersBeforeHead(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  const gaz = loadGazetteer();
  let prevEnd = 0;
  for (const c of cands) {
    if (c.type === 'ORG' && c.te - c.ts >= 2 && isOrgHead(c.ts, v, gaz)) {
      let a = c.ts;
      while (a - 1 >= prevEnd && !sentStart(a) && v.isCapitalized(a - 1) && !v.isAllCaps(a - 1) && /^\p{L}+$/u.test(v.word(a - 1)) && !gaz.has(v.word(a - 1), 'time')) a--;
      if (v.lower[a] === 'the') a++;
      if (a < c.ts) c.ts = a;
    }
    prevEnd = c.te;
  }
}
