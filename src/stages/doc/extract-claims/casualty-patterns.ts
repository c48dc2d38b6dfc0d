// Patterns read only by `casualty-figures.ts` (killed and injured per report), kept apart from the
// claim patterns of `patterns.ts`.

/** A sentence that asks ("were four guards shot?"): its figures are not asserted. */
export const QUESTION_END_RE = /\?\s*["”’')]*\s*$/;

/** "one of the three riders lived": the number before "of the" that picks a part of the count after it. */
export const PART_OF_BEFORE_RE = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|those)\s+$/i;
/**
 * After the counted group, a verb of its own clause ("victims survived", "people were taken"): it tells of
 * the part picked out, not of the group, which a participle or relative clause describes ("the five
 * guards killed", "the three people who were shot").
 */
export const PART_VERB_AFTER_RE = /^\s*,?\s*(?:survived|died|remain(?:s|ed)?|(?:was|were|is|are|has|have|had)\b(?!\s+(?:shot|killed|wounded|injured|hurt)\b))/i;

/** "The victim" names the one victim already told of: after a one-person death, that dead person. */
export const THE_VICTIM_RE = /^the victim$/i;

/** "shootings in the 300 block of Varn Avenue": several shots at one address, one incident. */
export const ONE_PLACE_SHOOTINGS_RE = /\bshootings(?=\s+(?:early\s+|late\s+)?(?:\w+day\s+)?(?:in|on|at)\s+the\s+\d+\s+block\b)/gi;

/**
 * The one who fired told hit by a wound he has: "a suspect, with a gunshot wound in the shoulder, was found
 * nearby", "the gunman, who suffered a gunshot wound", or told in a state only the hurt are in: "officers
 * took the gunman into custody, and he was in critical condition". (Other phrasings: SUSPECT_HURT_RE.)
 */
export const SUSPECT_WOUND_RE = /\b(?:suspect|gunman|shooter|assailant)\b(?:,?\s+(?:who\s+)?(?:was\s+)?(?:with|suffered|suffering(?:\s+from)?|sustained|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?gunshot\s+wounds?\b|[^.;]{0,60}?\b(?:he|she) was (?:[\w-]+ ){0,4}?in (?:critical|serious|stable|fair|good) condition\b)/i;
