// Organizations named "Head of/for/on Y" ("Directorate for Y", "Office of Y") and one name typed two
// ways in one document. The model often tags only Y (typing it a person when a verb of speech
// follows), or tags the whole name as a person at the start of a line; a company name is a
// group after "the" but a person before "said"; and "told the Herald" reads as a person.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { DETERMINERS, ORG_HEADS, ORG_OF_WORDS, PUBLICATION_WORDS } from './patterns.ts';

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
  if (typed.size === 0) return;
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.te - c.ts < 2) continue;
    const t = typed.get(v.slice(c.ts, c.te).toLowerCase());
    if (t) c.type = t;
  }
}

/** "the X Herald", "The Herald" (a newspaper word last, after "the"): a newspaper, whatever the model typed. */
export function publicationNames(cands: Candidate[], v: TokenView): void {
  for (const c of cands) {
    if (c.type === 'ORG' || !PUBLICATION_WORDS.has(v.lower[c.te - 1])) continue;
    const start = c.nameTs ?? c.ts;
    if (v.lower[start] === 'the' || (start > 0 && v.lower[start - 1] === 'the')) c.type = 'ORG';
  }
}
