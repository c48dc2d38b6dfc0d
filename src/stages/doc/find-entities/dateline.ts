// Datelines at the start of a story: "CITY, Region (AGENCY) — Text", "CITY — Text", "City, Region — Text". The model,
// trained on other datelines, often types an invented city or country as a group, and reads the
// first word of the text after the dash as a name. Here the capitalized city is a place, the words
// after the comma a place, the bracketed acronym an organization (the agency), and the token after
// the dash starts a sentence.

import type { Candidate, TokenView } from './candidate.ts';
import { DATELINE_DASHES } from './patterns.ts';

const MAX_CITY = 4;
const MAX_REGION = 3;
const AGENCY_RE = /^[A-Z][A-Za-z&]{1,7}$/;

export interface Dateline {
  place: [number, number];
  region: [number, number] | null;
  agency: number | null;
  /** Token index of the first word after the dash. */
  textStart: number;
}

/** The dateline starting at token s, if the sentence opens with one. */
export function datelineAt(s: number, end: number, v: TokenView): Dateline | null {
  let i = s;
  while (i < end && i - s < MAX_CITY && v.isAllCaps(i) && /\p{L}{2}/u.test(v.word(i))) i++;
  // A city in ordinary capitals ("Kelmarsh, Ostravia — ") counts only with the region after it.
  const capitals = i > s;
  if (!capitals) while (i < end && i - s < MAX_CITY && v.isCapitalized(i) && !v.isAllCaps(i)) i++;
  if (i === s || i >= end || (!capitals && v.lower[i] !== ',')) return null;
  const place: [number, number] = [s, i];
  let region: [number, number] | null = null;
  if (v.lower[i] === ',') {
    const r = i + 1;
    let e = r;
    while (e < end && e - r < MAX_REGION && v.isCapitalized(e) && !v.isAllCaps(e)) e++;
    if (e === r) return null;
    region = [r, e];
    i = e;
  }
  let agency: number | null = null;
  if (v.lower[i] === '(' && i + 2 < end && v.lower[i + 2] === ')' && AGENCY_RE.test(v.word(i + 1))) {
    agency = i + 1;
    i += 3;
  }
  if (i >= end - 1 || !DATELINE_DASHES.has(v.word(i))) return null;
  // "SPORT - HEADLINE IN CAPITALS" is a section header, not a dateline: the story text after a
  // dateline's dash is written in sentence case.
  if (v.isAllCaps(i + 1)) return null;
  return { place, region, agency, textStart: i + 1 };
}

/**
 * Finds the datelines at sentence starts and makes the text after each dash a sentence of its own,
 * as in the model's training data (where a dateline is a line by itself). Call before tagging.
 */
export function splitDatelines(sentStarts: number[], v: TokenView): Dateline[] {
  const found: Dateline[] = [];
  const n = sentStarts.length;
  for (let k = 0; k < n; k++) {
    const end = k + 1 < n ? sentStarts[k + 1] : v.n;
    const d = datelineAt(sentStarts[k], end, v);
    if (d) found.push(d);
  }
  if (found.length === 0) return found;
  for (const d of found) sentStarts.push(d.textStart);
  sentStarts.sort((a, b) => a - b);
  return found;
}

/** Types dateline parts, adding candidates the model missed and replacing overlapping ones. */
export function typeDatelines(cands: Candidate[], found: readonly Dateline[], n: number): Candidate[] {
  if (found.length === 0) return cands;
  const forced: Candidate[] = [];
  for (const d of found) {
    forced.push(make(d.place[0], d.place[1], 'PLACE'));
    if (d.region) forced.push(make(d.region[0], d.region[1], 'PLACE'));
    if (d.agency !== null) forced.push(make(d.agency, d.agency + 1, 'ORG'));
  }
  const covered = new Uint8Array(n);
  for (const f of forced) for (let i = f.ts; i < f.te; i++) covered[i] = 1;
  const kept = cands.filter((c) => {
    for (let i = c.ts; i < c.te; i++) if (covered[i]) return false;
    return true;
  });
  return [...kept, ...forced].sort((a, b) => a.ts - b.ts);
}

/** Start tokens of the places named in datelines. */
export function datelinePlaces(found: readonly Dateline[]): Set<number> {
  const out = new Set<number>();
  for (const d of found) {
    out.add(d.place[0]);
    if (d.region) out.add(d.region[0]);
  }
  return out;
}

function make(ts: number, te: number, type: Candidate['type']): Candidate {
  return { ts, te, type, role: null, acronym: null, linkTo: null };
}
