// "told The X Courier": a capital "The" in the middle of a sentence, before an organization, is
// part of its name (newspapers and some institutions write it so). The name gets it; the mention
// keeps the span without it, as newswire annotation marks it.

import type { Candidate, TokenView } from './candidate.ts';

/** Marks organizations written after a mid-sentence capital "The" as named with it. */
export function articleNames(cands: Candidate[], v: TokenView, sentStart: (i: number) => boolean): void {
  for (const c of cands) {
    if (c.type !== 'ORG' || c.ts < 2 || c.cutStart !== undefined || c.nameTs !== undefined) continue;
    // Mid-sentence: a lowercase word before "The" on the same line; and not a Title Case line: no
    // capitalized word after the name.
    const the = c.ts - 1;
    if (v.word(the) !== 'The' || sentStart(the) || !v.isLowercaseWord(the - 1) || v.t.text.slice(v.t.ends[the - 1], v.t.starts[the]).includes('\n')) continue;
    if (c.te < v.n && v.isCapitalized(c.te) && /\p{L}/u.test(v.word(c.te))) continue;
    c.nameTs = c.ts - 1;
  }
}
