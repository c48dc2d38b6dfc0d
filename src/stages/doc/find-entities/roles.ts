// Roles written next to a person's name: a title before it ("caretaker Prime Minister X",
// "Foreign Office (FO) spokesperson X"), or an appositive ("X, the director of Y," /
// "Y's special envoy, X,").

import type { Candidate, TokenView } from './candidate.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './patterns.ts';

const FILLER = new Set(['(', ')', "'s", '’s', 'of', 'for', 'to', 'the', 'and', 'at', 'on', '-']);
const LEADING_JUNK = new Set(['of', 'for', 'to', 'the', 'and', 'at', 'on', ')', '-', "'s", '’s']);
const APPOSITIVE_DET = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'former']);
const MAX_APPOSITIVE = 14;
/** Words that start a relative clause, which ends the appositive noun phrase before them. */
const APPOSITIVE_END = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', '(', '—', '–']);

/** Marks which tokens belong to a non-person candidate (names may appear inside roles). */
function nameTokens(cands: readonly Candidate[], n: number): Uint8Array {
  const inName = new Uint8Array(n);
  for (const c of cands) if (c.type !== 'PERSON') for (let i = c.ts; i < c.te; i++) inName[i] = 1;
  return inName;
}

/** Scans left from token `end - 1` over role words and names; returns the role start or -1. */
function roleLeftOf(end: number, v: TokenView, inName: Uint8Array, stopAt: number): number {
  let i = end - 1;
  let head = -1;
  while (i >= stopAt) {
    const w = v.lower[i];
    if (ROLE_HEADS.has(w)) head = i;
    else if (!(ROLE_MODIFIERS.has(w) || inName[i] || FILLER.has(w) || v.isCapitalized(i))) break;
    i--;
  }
  if (head < 0) return -1;
  let s = i + 1;
  while (s < end && LEADING_JUNK.has(v.lower[s])) s++;
  // Do not start a role on a closing bracket or inside one that opens before it.
  return s < end ? s : -1;
}

export function findRoles(cands: Candidate[], v: TokenView, sentenceOf: Int32Array, sentStarts: readonly number[]): void {
  const inName = nameTokens(cands, v.n);
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    const s0 = sentStarts[sentenceOf[c.ts]];
    if (!c.role) {
      const r = roleLeftOf(c.ts, v, inName, s0);
      if (r >= 0) c.role = v.slice(r, c.ts);
    }
    // "Y's envoy, X": a role phrase ending in a comma right before the name.
    if (!c.role && c.ts - 1 > s0 && v.lower[c.ts - 1] === ',') {
      const r = roleLeftOf(c.ts - 1, v, inName, s0);
      if (r >= 0 && ROLE_HEADS.has(v.lower[c.ts - 2]) ) c.role = v.slice(r, c.ts - 1);
    }
    // An honorific alone ("Dr.") says less than an appositive after the name.
    if (!c.role || HONORIFICS.has(c.role.toLowerCase())) c.role = appositiveAfter(c, v, sentenceOf) ?? c.role;
  }
}

/** "X, the director of Y," -> "director of Y" (the phrase up to the next comma or sentence end). */
function appositiveAfter(c: Candidate, v: TokenView, sentenceOf: Int32Array): string | null {
  let i = c.te;
  if (i >= v.n || v.lower[i] !== ',') return null;
  i++;
  const k = sentenceOf[c.ts];
  while (i < v.n && APPOSITIVE_DET.has(v.lower[i])) i++;
  const start = i;
  let head = -1;
  let e = i;
  while (e < v.n && sentenceOf[e] === k && e - start < MAX_APPOSITIVE) {
    const w = v.lower[e];
    if (w === ',' || w === '.' || w === ';' || w === '"' || w === '“' || w === '”' || APPOSITIVE_END.has(w)) break;
    if (ROLE_HEADS.has(w) && head < 0 && e - start < 5) head = e;
    e++;
  }
  if (head < 0 || e === start) return null;
  // An appositive is a noun phrase: a verb-like word right after the comma means it is a clause.
  if (/(?:ed|ing)$/.test(v.lower[start]) && !ROLE_HEADS.has(v.lower[start]) && !ROLE_MODIFIERS.has(v.lower[start])) return null;
  return v.slice(start, e);
}
