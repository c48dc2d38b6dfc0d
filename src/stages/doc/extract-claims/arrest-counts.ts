// Arrests told by words, not by a number before the verb: a running count ("the third person to be detained"), a
// role or two arrested ("the bus driver was arrested"), and one person in a translation's inverted order. Read
// after the numeric claims of a sentence that tells of an arrest.
import { ORDINALS } from '../../../nlp/numbers.ts';
import type { RawClaim } from './find-quantities.ts';

/** Ordinals of a running count of arrests, "first" included (a first arrest is a count of one); their values are `ORDINALS`'. */
const ORDINAL = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
const HELD = '(?:arrested|detained|apprehended|held|taken into custody|(charged|indicted|accused))';
/**
 * Arrests told as a running count: "the first arrest over the blaze", "made a second arrest in the case", "the
 * third person to be detained", "the third person charged", "A third suspect was arrested". Group 1 or 3 or 5:
 * the ordinal; 2, 4 or 6: a charge word (the count is of those charged). Not one's record ("his first arrest"): the
 * arrest noun needs "the" or "a" and what it is in or since.
 */
const ORDINAL_ARREST_RE = new RegExp(
  `\\b(?:the|a) ${ORDINAL} (?:arrest|detention)(s)?(?=\\s+(?:since|in|over|after|related|linked|connected|made|so far|to date|of (?:a|the)\\b)|\\s*[.,;])` +
    `|\\b(?:the|a) ${ORDINAL} (?:[\\w-]+ )?(?:person|people|suspect|man|woman|official|employee|worker|member|officer|driver|teen|teenager|youth|executive|manager|engineer)(?: to (?:be|have been))? ${HELD}` +
    // "A third suspect was arrested"; "The second man was detained" points back to a man already told of.
    `|\\ba ${ORDINAL} (?:[\\w-]+ )?(?:person|suspect|man|woman|official|employee|worker|member|officer|driver|teen|teenager|youth|executive|manager|engineer) (?:has been|was|had been|is being|is|were) ${HELD}`,
  'gi',
);
/**
 * A translation's inverted arrest of one person: "On Sunday was detained the skipper of the trawler", "In the case was
 * arrested the director of the plant". The noun must be a person's role ("was detained the following day" is none).
 * Group 1: the person.
 */
const INVERTED_ARREST_RE =
  /\b(?:was|has been|had been) (?:detained|arrested|apprehended|taken into custody) ((?:the|a|an) (?:[\w-]+ ){0,2}?(?:captain|skipper|driver|pilot|owner|co-owner|director|manager|head(?= of)|chief|official|operator|engineer|suspect|man|woman|mayor|guard|commander|conductor|employee|worker|foreman|boss|organi[sz]er))\b/gi;

/**
 * One person held responsible, arrested, or two joined by "and": "The bus driver was arrested at the scene", "The owner
 * of the nightclub has been detained", "the plant's director and his deputy were taken into custody". A role, an
 * of-phrase allowed; groups 1 and 2: the roles.
 */
const ROLE = "(?:the|its|their|his|her) (?:[\\w'’-]+ )?(?:owner|co-owner|director|manager|captain|skipper|pilot|operator|engineer|foreman|supervisor|organi[sz]er|chief|head(?= of)|boss|landlord|driver|conductor|contractor|deputy|assistant)(?: of (?:the|a|an) [\\w'’-]+(?: [\\w'’-]+)?)?";
const ROLE_ARRESTED_RE = new RegExp(
  `\\b(${ROLE})(?: and (${ROLE}))? (?:was|were|has been|have been|had been|is being|are being) (?:also |later |both )?(?:arrested|detained|taken into custody|apprehended|placed under arrest)\\b`,
  'gi',
);
/** "Police detained the bus driver and the owner of the company": two roles after an arrest verb. Groups 1, 2: the roles. */
const ROLES_AFTER_ARREST_RE = new RegExp(
  `\\b(?:arrested|detained|apprehended|took into custody) (${ROLE}) and (${ROLE})\\b`,
  'gi',
);
/**
 * Adds to `out` (the sentence's claims so far) the arrests told by words. `ordinal`: the sentence holds an ordinal
 * beyond "first". A running count replaces the one-person count of the same words ("A third suspect was arrested" is
 * three, not one); the others are left out where a claim already covers their words.
 */
export function arrestCounts(s: string, out: RawClaim[], ordinal: boolean): void {
  let m: RegExpExecArray | null;
  // "the third person to be detained", "the first arrest over the blaze": a running count of arrests; it
  // replaces the one-person count of the same words ("A third suspect was arrested" is three, not one).
  if (ordinal || s.includes('first')) {
    ORDINAL_ARREST_RE.lastIndex = 0;
    while ((m = ORDINAL_ARREST_RE.exec(s))) {
      const word = (m[1] ?? m[3] ?? m[5])!;
      const start = m.index + m[0].toLowerCase().indexOf(word.toLowerCase());
      const stop = m.index + m[0].length;
      const one = out.findIndex((c) => c.kind === 'arrested' && c.value === 1 && c.start < stop && start <= c.end);
      if (one >= 0) out.splice(one, 1);
      else if (out.some((c) => c.start < stop && start < c.end)) continue;
      const end = start + word.length;
      const charged = m[2] ?? m[4] ?? m[6];
      out.push({ kind: 'arrested', value: ORDINALS[word.toLowerCase()]!, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end, phraseEnd: end, ...(charged ? { partOf: 'charged' } : {}) });
    }
  }
  // "The bus driver was arrested at the scene": one person held responsible.
  for (const re of [ROLE_ARRESTED_RE, ROLES_AFTER_ARREST_RE]) {
    re.lastIndex = 0;
    while ((m = re.exec(s))) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = m[2] ? m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]!) + m[1]!.length) + m[2].length : start + m[1]!.length;
      if (out.some((c) => c.start < end && start < c.end)) continue;
      out.push({ kind: 'arrested', value: m[2] ? 2 : 1, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end, phraseEnd: end });
    }
  }
  // "On Sunday was detained the driver of the bus": one person, in a translation's order.
  INVERTED_ARREST_RE.lastIndex = 0;
  while ((m = INVERTED_ARREST_RE.exec(s))) {
    const stop = m.index + m[0].length;
    const start = stop - m[1]!.length;
    if (out.some((c) => c.start < stop && start < c.end)) continue;
    out.push({ kind: 'arrested', value: 1, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end: stop, phraseEnd: stop });
  }
}
