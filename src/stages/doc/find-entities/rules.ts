// Rules applied to the model's spans: honorifics and titles out of names, particles kept inside
// names, "the province of Y" as a place, possessives trimmed, bare names used as group adjectives.

import type { EntityType } from '../../../core/index.ts';
import { CONLL_TO_TYPE, tagsToSpans } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { HONORIFICS, NAME_PARTICLES, ORG_HEADS, PLACE_NOUNS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_AFTER } from './patterns.ts';

export function candidatesFromTags(tags: Uint8Array): Candidate[] {
  return tagsToSpans(tags).map((s) => ({
    ts: s.start,
    te: s.end,
    type: CONLL_TO_TYPE[s.type] as EntityType,
    role: null,
    acronym: null,
    linkTo: null,
  }));
}

function isRoleWord(w: string): boolean {
  return ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w);
}

/**
 * Moves title words at the front of a person span into its role ("Ambassador X" -> X), with any
 * capitalized title words written just before the span ("Chief" in "Chief Fire Officer X").
 */
export function stripTitles(cands: Candidate[], v: TokenView): void {
  let prevEnd = 0;
  for (const c of cands) {
    const start = c.ts;
    let ts = c.ts;
    let head = false;
    while (ts < c.te - 1 && isRoleWord(v.lower[ts])) {
      if (ROLE_HEADS.has(v.lower[ts]) || HONORIFICS.has(v.lower[ts])) head = true;
      ts++;
    }
    // Only persons, or spans the model typed otherwise but that are "Title Name" (then a person);
    // never when what is left is an organization's head ("General Staff", "Chief Command").
    if (ts > c.ts && head && (c.type === 'PERSON' || c.te - ts <= 2) && !(c.te - ts === 1 && ORG_HEADS.has(v.lower[ts]))) {
      let rs = start;
      while (rs - 1 >= prevEnd && v.isCapitalized(rs - 1) && isRoleWord(v.lower[rs - 1])) rs--;
      c.role = v.slice(rs, ts);
      c.ts = ts;
      c.type = 'PERSON';
    }
    prevEnd = c.te;
  }
}

/** Drops a trailing possessive token and leading/trailing punctuation from spans. */
export function trimSpans(cands: Candidate[], v: TokenView): Candidate[] {
  for (const c of cands) {
    while (c.te > c.ts && !c.keepPossessive && /^(?:['’]s|['’]|[^\p{L}\p{N}])$/u.test(v.lower[c.te - 1])) c.te--;
    while (c.te > c.ts && /^[^\p{L}\p{N}]$/u.test(v.lower[c.ts])) c.ts++;
  }
  return cands.filter((c) => c.te > c.ts);
}

/** Joins "Name particle Name" of one type, and extends a name over "particle Capitalized". */
export function joinParticles(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = sentStart(c.ts) ? undefined : out[out.length - 1];
    if (prev && prev.type === c.type && c.ts > prev.te && c.ts - prev.te <= 2) {
      let allParticles = true;
      for (let i = prev.te; i < c.ts; i++) if (!NAME_PARTICLES.has(v.word(i))) allParticles = false;
      if (allParticles) {
        prev.te = c.te;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** "the province of Y", "the city of Y": Y is a place, whatever the model said. */
export function placeOf(cands: Candidate[], v: TokenView): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const c of cands) byStart.set(c.ts, c);
  const added: Candidate[] = [];
  for (let i = 0; i + 2 < v.n; i++) {
    if (!PLACE_NOUNS.has(v.lower[i]) || v.lower[i + 1] !== 'of' || !v.isCapitalized(i + 2)) continue;
    // "the Republic of X" is itself a name; leave it to the model.
    if (v.isCapitalized(i)) continue;
    const existing = byStart.get(i + 2);
    if (existing) {
      existing.type = 'PLACE';
      continue;
    }
    let e = i + 2;
    while (e < v.n && (v.isCapitalized(e) || (NAME_PARTICLES.has(v.word(e)) && e + 1 < v.n && v.isCapitalized(e + 1)))) e++;
    if (cands.some((c) => c.ts < e && i + 2 < c.te)) continue;
    added.push({ ts: i + 2, te: e, type: 'PLACE', role: null, acronym: null, linkTo: null });
  }
  if (added.length === 0) return cands;
  return [...cands, ...added].sort((a, b) => a.ts - b.ts);
}

/**
 * A one-word person name followed by a lowercase plural noun ("X militants") is a group
 * adjective, not a person: retype it MISC so it is never merged with a person of that surname.
 */
export function groupAdjectives(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.te - c.ts !== 1 || c.te >= v.n) continue;
    const next = v.word(c.te);
    if (next === next.toLowerCase() && /\p{L}{3,}s$/u.test(next) && !SPEECH_AFTER.has(next) && !next.endsWith('ss')) {
      c.type = 'MISC';
    }
  }
}
