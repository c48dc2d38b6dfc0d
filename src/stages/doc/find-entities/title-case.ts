// Headlines in Title Case ("X Mourns as Y Toll Climbs, Contractor Held"): every word is capitalized,
// so the model's strongest cue is gone and it reads runs of ordinary words as names. Inside such a
// line a name is kept only where its words are written capitalized in the document's ordinary
// sentences too (not first in them); the rest of the span is dropped.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { gazName } from './name-shape.ts';
import { COMMON_SUFFIX_RE, HEADLINE_MIN_CAPITALIZED, HEADLINE_ONLY_WORDS, NAME_CONNECTORS, TITLE_CASE_SMALL_WORDS } from './patterns.ts';

const MIN_CAPITALIZED = 3;
const MIN_VERBS = 2;

/**
 * Whether the sentence [a, b) is a Title Case headline: no lowercase words but the small ones, and
 * capitalized verbs among the capitalized words ("Mourns", "Climbs", "Held"), which a line of names
 * ("X United 3 Y City 1", "First Last (Country)") does not have.
 */
export function isTitleCase(v: TokenView, a: number, b: number): boolean {
  return titleShape(v, a, b) === HEADLINE;
}

const NOT_TITLE = 0;
/** Every word capitalized, but no verbs: a section heading ("Reactions and Responses") or a line of names. */
const HEADING = 1;
/** Every word capitalized, with verbs: a headline. */
const HEADLINE = 2;

function titleShape(v: TokenView, a: number, b: number): number {
  const gaz = loadGazetteer();
  let capitalized = 0;
  let verbs = 0;
  let digits = false;
  let headlineWord = false;
  for (let i = a; i < b; i++) {
    const w = v.word(i);
    if (!/\p{L}/u.test(w)) {
      if (/\p{N}/u.test(w)) digits = true;
      continue;
    }
    if (v.isCapitalized(i) && !v.isAllCaps(i)) {
      capitalized++;
      if (gaz.has(w, 'verb')) verbs++;
    } else if (!TITLE_CASE_SMALL_WORDS.has(v.lower[i]) || v.isAllCaps(i)) return NOT_TITLE;
    else if (HEADLINE_ONLY_WORDS.has(v.lower[i])) headlineWord = true;
  }
  if (capitalized < MIN_CAPITALIZED) return NOT_TITLE;
  if (verbs >= MIN_VERBS || (headlineWord && capitalized >= HEADLINE_MIN_CAPITALIZED)) return HEADLINE;
  // A line with a number is a result or a table row ("X Rangers 2 Y 1"), not a heading.
  return digits ? NOT_TITLE : HEADING;
}

/**
 * `title`: the document's headline as its metadata gives it. A title-shaped line that is the
 * headline is read as one even without a listed verb ("X Crush: City and Y Disagree on Z").
 */
export function titleCaseLines(cands: Candidate[], v: TokenView, sentStarts: readonly number[], title: string | null = null): Candidate[] {
  // 1 on a headline, 2 on a heading (title shape without verbs).
  const inTitle = new Uint8Array(v.n);
  const headline = title ? squash(title) : '';
  let any = false;
  for (let k = 0; k < sentStarts.length; k++) {
    const a = sentStarts[k];
    const b = k + 1 < sentStarts.length ? sentStarts[k + 1] : v.n;
    let shape = titleShape(v, a, b);
    if (shape === NOT_TITLE) continue;
    if (shape === HEADING && headline !== '' && headline.startsWith(squash(v.slice(a, b)))) shape = HEADLINE;
    inTitle.fill(shape === HEADLINE ? 1 : 2, a, b);
    any = true;
  }
  if (!any) return cands;
  // Built on first need: most headline spans are one word.
  let knownSet: Set<string> | null = null;
  const known = (text: string): boolean => (knownSet ??= namesOutside(cands, v, inTitle)).has(text);
  const common = commonWordsOf(cands, v, inTitle);
  // Words written capitalized inside ordinary sentences, not as their first word.
  const nameLike = new Set<string>();
  const first = new Uint8Array(v.n);
  for (const s of sentStarts) first[s] = 1;
  for (let i = 0; i < v.n; i++) if (!inTitle[i] && !first[i] && v.isCapitalized(i)) nameLike.add(v.lower[i]);
  const out: Candidate[] = [];
  for (const c of cands) {
    // A heading line is mostly names in lists of names ("X United 3 Y City 1"): only a span
    // made mostly of common words there is read as words.
    if (!inTitle[c.ts] || (inTitle[c.ts] === 2 && !mostlyCommon(c, v, common))) {
      out.push(c);
      continue;
    }
    // Runs of name-like words (connectors allowed between two of them) become the names. A run of
    // several words the text never writes as (part of) one name ("X Stadium" from "X Stadium
    // Crush") keeps only its words that the text names on their own.
    const emit = (a: number, b: number): void => {
      if (b - a === 1 || known(v.slice(a, b).toLowerCase())) out.push({ ...c, ts: a, te: b, linkTo: null, acronym: b === c.te ? c.acronym : null });
      else for (let j = a; j < b; j++) if (known(v.lower[j])) out.push({ ...c, ts: j, te: j + 1, linkTo: null, acronym: null });
    };
    let s = -1;
    for (let i = c.ts; i <= c.te; i++) {
      const ok = i < c.te && (nameLike.has(v.lower[i]) || (s >= 0 && NAME_CONNECTORS.has(v.lower[i]) && i + 1 < c.te && nameLike.has(v.lower[i + 1])));
      if (ok && s < 0) s = i;
      if (!ok && s >= 0) {
        emit(s, i);
        s = -1;
      }
    }
  }
  return out;
}

/** Space-free lowercase text, to compare a line with the metadata's title. */
function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * Lowercase texts of the names outside title lines, and of every run of two or more words inside
 * them ("y service" in "X Y Service"): what a headline's run of words may be.
 */
function namesOutside(cands: readonly Candidate[], v: TokenView, inTitle: Uint8Array): Set<string> {
  const known = new Set<string>();
  for (const c of cands) {
    if (inTitle[c.ts]) continue;
    known.add(v.slice(c.ts, c.te).toLowerCase());
    for (let a = c.ts; a < c.te; a++) for (let b = a + 2; b <= c.te; b++) if (b - a < c.te - c.ts) known.add(v.slice(a, b).toLowerCase());
  }
  return known;
}

/** Content words a span on a heading needs before it may be read as words: two-word names stay names. */
const MIN_HEADING_WORDS = 3;

/**
 * Content words of the spans on heading lines that are common words: on the gazetteer's common
 * list, written in lowercase in the document, or with a common-noun ending and on no list of names.
 */
function commonWordsOf(cands: readonly Candidate[], v: TokenView, inTitle: Uint8Array): Set<string> {
  const gaz = loadGazetteer();
  const wanted = new Set<string>();
  for (const c of cands) {
    if (inTitle[c.ts] !== 2 || c.te - c.ts < MIN_HEADING_WORDS) continue;
    for (let i = c.ts; i < c.te; i++) wanted.add(v.lower[i]);
  }
  const common = new Set<string>();
  if (wanted.size === 0) return common;
  for (const w of wanted) {
    if (gaz.has(w, 'common')) common.add(w);
    else if (COMMON_SUFFIX_RE.test(w) && !gazName(w, gaz)) common.add(w);
  }
  for (let i = 0; i < v.n; i++) if (wanted.has(v.lower[i]) && v.isLowercaseWord(i)) common.add(v.lower[i]);
  return common;
}

/** More than half of the span's content words (not connectors) are common words, and none is a listed name. */
function mostlyCommon(c: Candidate, v: TokenView, common: ReadonlySet<string>): boolean {
  let words = 0;
  let commonWords = 0;
  for (let i = c.ts; i < c.te; i++) {
    if (NAME_CONNECTORS.has(v.lower[i]) || TITLE_CASE_SMALL_WORDS.has(v.lower[i]) || !/\p{L}/u.test(v.word(i))) continue;
    if (gazName(v.word(i))) return false;
    words++;
    if (common.has(v.lower[i])) commonWords++;
  }
  return words >= MIN_HEADING_WORDS && commonWords * 2 > words;
}
