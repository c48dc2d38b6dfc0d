// Offices named by their title ("the Citizens' Advocate said her staff had found more", "the
// Ombudsman", "the Inspector General"): one body, an organization. The model, which never saw
// them, reads the words apart (the owner and "Advocate") or as a person.

import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import { GENERAL_OFFICES, LONE_OFFICE_TITLES, OFFICE_TITLE_HEADS, POSSESSIVE } from './patterns.ts';

/** A possessive token after a name word: "'s", or the bare apostrophe of a plural ("Citizens'"). */
const isPossessive = (v: TokenView, i: number): boolean => POSSESSIVE.has(v.lower[i]) || v.lower[i] === "'" || v.lower[i] === '’';

/**
 * Finds "the" + capitalized words (possessives allowed: "Citizens'") + an office head, not followed
 * by a capitalized word (then it is a title before a name: "the Public Defender Ana X"), and its
 * field after "of" ("of Mines") unless that is a place. The span
 * becomes an organization; candidates inside it go, and one crossing its edge leaves it alone.
 */
export function titledOffices(cands: Candidate[], v: TokenView): Candidate[] {
  const found: Candidate[] = [];
  let cover: Cover | null = null;
  for (let i = 1; i < v.n; i++) {
    const w = v.lower[i];
    const general = w === 'general' && GENERAL_OFFICES.has(v.lower[i - 1]) && v.isCapitalized(i - 1);
    if (!(OFFICE_TITLE_HEADS.has(w) || general) || !v.isCapitalized(i) || v.isAllCaps(i)) continue;
    if (i + 1 < v.n && v.isCapitalized(i + 1)) continue;
    let s = general ? i - 1 : i;
    while (s - 1 >= 0 && ((v.isCapitalized(s - 1) && !v.isAllCaps(s - 1)) || (s - 2 >= 0 && isPossessive(v, s - 1) && v.isCapitalized(s - 2)))) {
      s -= isPossessive(v, s - 1) ? 2 : 1;
    }
    // "The" opening a sentence is capitalized and was walked over.
    if (v.lower[s] === 'the' && s < i) s++;
    else if (s === 0 || v.lower[s - 1] !== 'the') continue;
    if (s === i && !LONE_OFFICE_TITLES.has(w)) continue;
    // "the Inspector General of Mines": its field is part of the name, unless a place or a
    // person's full name follows "of", or a name the model read runs past the field.
    let e = i + 1;
    if (e + 1 < v.n && v.lower[e] === 'of' && v.isCapitalized(e + 1) && !v.isAllCaps(e + 1)) {
      cover ??= coverOf(cands, v.n);
      let k = e + 1;
      while (k < v.n && v.isCapitalized(k) && !v.isAllCaps(k)) k++;
      let ok = true;
      for (let t = e + 1; t < k && ok; t++) ok = !cover.blocks[t] && (cover.start[t] < 0 || (cover.start[t] > e && cover.end[t] <= k));
      if (ok) e = k;
    }
    found.push({ ts: s, te: e, type: 'ORG', role: null, acronym: null, linkTo: null });
  }
  if (found.length === 0) return cands;
  // Token -> the office over it (offices never overlap: each ends at its own head).
  const office = new Int32Array(v.n).fill(-1);
  found.forEach((f, k) => office.fill(k, f.ts, f.te));
  const crossed = new Uint8Array(found.length);
  for (const c of cands) {
    for (let i = c.ts; i < c.te; i++) {
      const k = office[i];
      if (k >= 0 && (c.ts < found[k].ts || c.te > found[k].te)) crossed[k] = 1;
    }
  }
  const kept = cands.filter((c) => office[c.ts] < 0 || crossed[office[c.ts]] === 1);
  return withCandidates(kept, found.filter((_, k) => crossed[k] === 0), cands);
}

/** Per token: the candidate over it (start, end; -1 for none), and whether it is a place or a person's full name. */
interface Cover {
  start: Int32Array;
  end: Int32Array;
  blocks: Uint8Array;
}

function coverOf(cands: readonly Candidate[], n: number): Cover {
  const out: Cover = { start: new Int32Array(n).fill(-1), end: new Int32Array(n).fill(-1), blocks: new Uint8Array(n) };
  for (const c of cands) {
    out.start.fill(c.ts, c.ts, c.te);
    out.end.fill(c.te, c.ts, c.te);
    if (c.type === 'PLACE' || (c.type === 'PERSON' && c.te - c.ts > 1)) out.blocks.fill(1, c.ts, c.te);
  }
  return out;
}
