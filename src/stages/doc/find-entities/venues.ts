// Places people gather in and the numbered parts of sites: "X Stadium" is a venue and "Camp X" a
// post (places, even where the model read a club or a person), "Gate 4" / "Terminal 2" a part of a site (the model,
// trained on text without such names, reads the capitalized head as a person), and "the X
// Regional Hospital" one institution even where the model split off its town.

import { withCandidates, type Candidate, type TokenView } from './candidate.ts';
import { FACILITY_HEADS, FACILITY_MODIFIERS, HOSPITAL_HEADS, HOSPITAL_MODIFIERS, NUMBERED_FEATURE_HEADS, POST_PREFIXES, VENUE_HEADS } from './patterns.ts';

/** A feature's number, lowercased: "7", "12", "4b" (not a year, not a figure with separators). */
const FEATURE_NUMBER = /^\d{1,3}[a-z]?$/;
/**
 * A feature's letter as written: "Block D", "Wing B" (one capital; not the pronoun "I", nor X, Y,
 * Z, more often a product's or a service's name than a site's letter). At a sentence end the tokenizer
 * keeps the full stop with it, as with an initial ("Gate B."): cut off.
 */
const FEATURE_LETTER = /^[A-HJ-W](\.?)$/;
/** The heads' plurals ("gates"), looked up without cutting every plural word. */
const PLURAL_HEADS: ReadonlySet<string> = new Set([...NUMBERED_FEATURE_HEADS].map((h) => `${h}s`));

/**
 * "X Stadium", "X Arena", "X Mall", "X Shopping Centre", the facilities "X Prison", "X Mine" (head
 * capitalized, part of the name) and the posts "Camp X", "Fort X" are places whatever the model typed them.
 */
export function venueNames(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    if (c.te - c.ts < 2 || c.type === 'PLACE') continue;
    const head = v.lower[c.te - 1];
    // "X Shopping Centre": a building people gather in, where a "Centre" alone is as often a body's.
    const mall = (head === 'centre' || head === 'center') && v.lower[c.te - 2] === 'shopping';
    const venue = (VENUE_HEADS.has(head) || FACILITY_HEADS.has(head) || mall) && v.isCapitalized(c.te - 1);
    const post = POST_PREFIXES.has(v.lower[c.ts]) && v.isCapitalized(c.ts);
    if (venue || post) c.type = 'PLACE';
  }
}

/**
 * A capitalized site part and its number ("through Gate 4", "at Terminal 2") is a place named by
 * both tokens. It replaces a candidate over the head alone (or head and number); a name running
 * past the pair is left alone. The head must be capitalized: "gate 4" in running text is a count.
 */
export function numberedFeatures(cands: Candidate[], v: TokenView): Candidate[] {
  const found: Candidate[] = [];
  // "Gates 3 and 4": the plural head names no one place; it is not a name of its own either.
  const plural = new Set<number>();
  for (let i = 0; i + 1 < v.n; i++) {
    const w = v.lower[i];
    const single = NUMBERED_FEATURE_HEADS.has(w);
    if (!single && !PLURAL_HEADS.has(w)) continue;
    let letter = FEATURE_LETTER.exec(v.word(i + 1));
    // "Stand A Chance", "Block A Road" in a Title Case headline: the article, not a letter.
    if (letter && v.lower[i + 1] === 'a' && i + 2 < v.n && v.isCapitalized(i + 2)) letter = null;
    if (!v.isCapitalized(i) || v.isAllCaps(i) || !(letter || FEATURE_NUMBER.test(v.lower[i + 1]))) continue;
    // Adjacent in the text: "Gate 4", not "Gate\n4" across a line.
    if (v.t.starts[i + 1] - v.t.ends[i] !== 1) continue;
    const place: Candidate = { ts: i, te: i + 2, type: 'PLACE', role: null, acronym: null, linkTo: null };
    if (letter?.[1]) place.cutEnd = 1;
    if (single) found.push(place);
    else plural.add(i);
  }
  const kept = plural.size > 0 ? cands.filter((c) => !(c.te - c.ts === 1 && plural.has(c.ts))) : cands;
  if (found.length === 0) return kept === cands ? cands : withCandidates(kept, [], cands);
  const covered = new Uint8Array(v.n);
  for (const f of found) covered.fill(1, f.ts, f.te);
  const blocked = new Set<number>();
  const out: Candidate[] = [];
  for (const c of kept) {
    let inside = true;
    let touches = false;
    for (let i = c.ts; i < c.te; i++) {
      if (covered[i]) touches = true;
      else inside = false;
    }
    if (!touches) out.push(c);
    // A name the model ran on from "Gate B." into the next sentence ("Gate B. Police") ends at the stop.
    else if (!inside && !(covered[c.ts] && v.word(c.ts + 1).endsWith('.') && c.te > c.ts + 2)) {
      // A longer name over the pair keeps it ("Harbour Gate 2 Road" stays as the model read it).
      out.push(c);
      for (let i = c.ts; i < c.te; i++) if (covered[i]) blocked.add(i);
    }
  }
  return withCandidates(out, found.filter((f) => !blocked.has(f.ts)), cands);
}

/**
 * A place right before an organization "Regional Hospital" / "District Clinic" (a descriptive word
 * and a hospital head, no word between) is one institution named after the place: the model
 * split "X Regional Hospital" into the town and the hospital. Likewise "X" + "Air Base", a site.
 */
export function placeInstitutions(cands: Candidate[], v: TokenView): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const joined = prev && prev.type === 'PLACE' && c.ts === prev.te && c.te - c.ts >= 2 && v.t.starts[c.ts] - v.t.ends[prev.te - 1] === 1;
    if (joined && c.type === 'ORG' && HOSPITAL_MODIFIERS.has(v.lower[c.ts]) && HOSPITAL_HEADS.has(v.lower[c.te - 1])) {
      prev.te = c.te;
      prev.type = 'ORG';
      prev.acronym = c.acronym ?? prev.acronym;
      continue;
    }
    // "X" + "Air Base": a facility named after the place, whatever the model typed its head.
    if (joined && FACILITY_HEADS.has(v.lower[c.te - 1]) && v.isCapitalized(c.te - 1) && facilityModifiers(c, v)) {
      prev.te = c.te;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Whether the words before a facility's head are all kind words ("Air", "Naval", "Coal"). */
function facilityModifiers(c: Candidate, v: TokenView): boolean {
  for (let k = c.ts; k < c.te - 1; k++) if (!FACILITY_MODIFIERS.has(v.lower[k]) || !v.isCapitalized(k)) return false;
  return true;
}
