// Acronym definitions: "Some Liberation Army (SLA)" gives the entity its acronym, and every later
// "SLA" in the document becomes a mention of it.

import type { Candidate, TokenView } from './candidate.ts';
import { ACRONYM_SKIP } from './patterns.ts';

const ACRONYM_RE = /^[A-Z][A-Za-z&]{1,7}$/;

/** Whether `acr` spells the initials of the words in tokens [a, b) (skipping function words). */
function spells(acr: string, v: TokenView, a: number, b: number): boolean {
  let initials = '';
  for (let i = a; i < b; i++) {
    const w = v.word(i);
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (part) initials += part[0];
  }
  const letters = acr.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (initials.toUpperCase() === letters) return true;
  // Also with function words counted ("Department of Defense" -> DoD).
  let all = '';
  for (let i = a; i < b; i++) all += v.word(i)[0];
  return all.toUpperCase() === letters;
}

export function defineAcronyms(cands: Candidate[], v: TokenView): Candidate[] {
  const defined = new Map<string, number>();
  const startsAt = new Map<number, number>();
  cands.forEach((c, i) => startsAt.set(c.ts, i));
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    const p = c.te;
    if (p + 2 >= v.n || v.word(p) !== '(' || v.word(p + 2) !== ')') continue;
    const acr = v.word(p + 1);
    if (!ACRONYM_RE.test(acr) || acr.replace(/[^A-Z]/g, '').length < 2) continue;
    let a = c.ts;
    // The model may have found only the tail of the name: extend left over capitalized words.
    while (!spells(acr, v, a, c.te) && a > 0 && c.ts - a < 4 && (v.isCapitalized(a - 1) || ACRONYM_SKIP.has(v.lower[a - 1]))) a--;
    if (!spells(acr, v, a, c.te)) continue;
    c.ts = a;
    c.acronym = acr;
    defined.set(acr, ci);
  }
  // Drop candidates swallowed by an extended span.
  const kept = removeOverlaps(cands);
  if (defined.size === 0) return kept;
  const index = new Map<Candidate, number>();
  kept.forEach((c, i) => index.set(c, i));
  const owners = new Map<string, Candidate>();
  for (const [acr, ci] of defined) owners.set(acr, cands[ci]);
  const covered = new Uint8Array(v.n);
  for (const c of kept) for (let i = c.ts; i < c.te; i++) covered[i] = 1;
  const out = [...kept];
  for (const c of out) {
    if (c.te - c.ts !== 1) continue;
    const owner = owners.get(v.word(c.ts));
    if (owner && owner !== c) {
      c.type = owner.type;
      c.linkTo = index.get(owner)!;
    }
  }
  for (let i = 0; i < v.n; i++) {
    if (covered[i]) continue;
    const owner = owners.get(v.word(i));
    if (!owner) continue;
    out.push({ ts: i, te: i + 1, type: owner.type, role: null, acronym: null, linkTo: index.get(owner)! });
  }
  out.sort((x, y) => x.ts - y.ts);
  // linkTo indices refer to `kept`; remap to the sorted array.
  const pos = new Map<Candidate, number>();
  out.forEach((c, i) => pos.set(c, i));
  for (const c of out) if (c.linkTo !== null) c.linkTo = pos.get(kept[c.linkTo])!;
  return out;
}

/** Keeps the earlier/longer of overlapping candidates (input sorted by start). */
export function removeOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.ts - b.ts || b.te - a.te);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.ts < prev.te) continue;
    out.push(c);
  }
  return out;
}
