// Names that are a page's furniture, not the story's: "thank God" (an exclamation), a section
// label in a metadata line ("Outlet · World · 12 May"), the outlet's own name typed a person,
// and a station's number word the model left out ("Radio" + "One").

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import {
  DEITY_WORDS, EXCLAMATION_AFTER, EXCLAMATION_BEFORE, META_DATE_RE, META_SEPARATOR_CHARS_RE, META_SEPARATORS, NAME_NUMBER_WORDS, PUBLICATION_WORDS,
} from './patterns.ts';

/** Drops a one-word deity name in an exclamation or set phrase ("thank God", "God willing"). */
export function exclamations(cands: Candidate[], v: TokenView): Candidate[] {
  return cands.filter((c) => {
    if (c.te - c.ts !== 1 || !DEITY_WORDS.has(v.lower[c.ts])) return true;
    const before = c.ts > 0 && EXCLAMATION_BEFORE.has(v.lower[c.ts - 1]);
    const after = c.te < v.n && EXCLAMATION_AFTER.has(v.lower[c.te]);
    return !before && !after;
  });
}

/** Whether a newline separates token i from the token before it. */
function lineBreakBefore(v: TokenView, i: number): boolean {
  if (i === 0) return true;
  const { text, starts, ends } = v.t;
  for (let j = ends[i - 1]; j < starts[i]; j++) if (text.charCodeAt(j) === 10) return true;
  return false;
}

const MIN_SEPARATORS = 2;

/** Whether tokens [a, b) hold a date: a table row has separators too, a metadata line a date. */
function dated(v: TokenView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (META_DATE_RE.test(v.lower[i])) return true;
  return false;
}

/**
 * In a metadata line (two or more "·" / "|" separators and a date), a one-word segment is a section label
 * ("World", "Politics") unless the document has it as a name elsewhere or the lists know it as a
 * place or an organization.
 */
export function metadataLines(cands: Candidate[], v: TokenView): Candidate[] {
  // Most documents have no separator character at all: one native scan of the text decides.
  if (!META_SEPARATOR_CHARS_RE.test(v.t.text)) return cands;
  // Lines with enough separators, as token ranges; most documents have none, so this is one scan.
  const inMeta = new Uint8Array(v.n);
  let any = false;
  let start = 0;
  let seps = 0;
  for (let i = 0; i <= v.n; i++) {
    if (i === v.n || lineBreakBefore(v, i)) {
      if (seps >= MIN_SEPARATORS && dated(v, start, i)) {
        inMeta.fill(1, start, i);
        any = true;
      }
      start = i;
      seps = 0;
    }
    if (i < v.n && META_SEPARATORS.has(v.lower[i])) seps++;
  }
  if (!any) return cands;
  cands = outletSegments(cands, v, inMeta);
  const gaz = loadGazetteer();
  const elsewhere = new Set<string>();
  for (const c of cands) if (!inMeta[c.ts] && c.te - c.ts === 1) elsewhere.add(v.lower[c.ts]);
  const startsSegment = (i: number): boolean => lineBreakBefore(v, i) || META_SEPARATORS.has(v.lower[i - 1]);
  const endsSegment = (e: number): boolean => e >= v.n || lineBreakBefore(v, e) || META_SEPARATORS.has(v.lower[e]);
  return cands.filter((c) => {
    if (!inMeta[c.ts] || c.te - c.ts !== 1 || !startsSegment(c.ts) || !endsSegment(c.te)) return true;
    const w = v.word(c.ts);
    return elsewhere.has(v.lower[c.ts]) || gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'org') || v.isAllCaps(c.ts);
  });
}

/**
 * A metadata line's segment of capitalized words ending in a newspaper word ("The X Review") is one
 * organization, the outlet, however the model cut it ("X" a person, "Review" a place).
 */
function outletSegments(cands: Candidate[], v: TokenView, inMeta: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    if (!inMeta[i] || !PUBLICATION_WORDS.has(v.lower[i]) || !v.isCapitalized(i)) continue;
    if (i + 1 < v.n && inMeta[i + 1] && !META_SEPARATORS.has(v.lower[i + 1]) && !lineBreakBefore(v, i + 1)) continue;
    let a = i;
    while (!lineBreakBefore(v, a) && !META_SEPARATORS.has(v.lower[a - 1]) && v.isCapitalized(a - 1)) a--;
    // The capitalized run must be the whole segment (a line start or a separator before it).
    if (!lineBreakBefore(v, a) && !META_SEPARATORS.has(v.lower[a - 1])) continue;
    if (v.lower[a] === 'the') a++;
    if (a === i) continue;
    found.push({ ts: a, te: i + 1, type: 'ORG', role: null, acronym: null, linkTo: null });
  }
  if (found.length === 0) return cands;
  const covered = new Uint8Array(v.n);
  for (const f of found) covered.fill(1, f.ts, f.te);
  return withCandidates(cands.filter((c) => !covered[c.ts] && !covered[c.te - 1]), found, cands);
}

/**
 * A name that is the document's own outlet (from its metadata) is an organization wherever it
 * stands: a masthead line or a byline may look like a person's name. A name that is the start of
 * the outlet's name runs on over the rest when the text writes it ("TV X" + "24").
 */
export function outletNames(cands: Candidate[], v: TokenView, outlets: readonly string[]): void {
  if (outlets.length === 0) return;
  const names = new Set(outlets.map((o) => o.trim().toLowerCase()));
  // The outlets' proper word prefixes ("tv x" of "tv x 24"), to look further only after one.
  const prefixes = new Set<string>();
  for (const n of names) for (let i = n.indexOf(' '); i > 0; i = n.indexOf(' ', i + 1)) prefixes.add(n.slice(0, i));
  cands.forEach((c, k) => {
    const name = v.nameOf(c).toLowerCase();
    if (prefixes.has(name) && c.cutEnd === undefined && c.nameTe === undefined) {
      const limit = k + 1 < cands.length ? cands[k + 1].ts : v.n;
      let text = name;
      for (let e = c.te; e < limit && e - c.te < 3 && v.t.starts[e] - v.t.ends[e - 1] === 1; e++) {
        text = `${text} ${v.lower[e]}`;
        if (names.has(text)) {
          c.te = e + 1;
          break;
        }
      }
    }
    if (c.type !== 'ORG' && names.has(v.nameOf(c).toLowerCase())) c.type = 'ORG';
  });
}

/** "Radio" + "One": an organization's name ends in the capitalized number word after it. */
export function numberWordNames(cands: Candidate[], v: TokenView): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.type !== 'ORG' || c.te >= v.n || !NAME_NUMBER_WORDS.has(v.word(c.te))) continue;
    if (k + 1 < cands.length && cands[k + 1].ts <= c.te) continue;
    c.te++;
  }
}
