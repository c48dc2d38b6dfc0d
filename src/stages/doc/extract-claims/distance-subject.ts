// What a distance measures, from the words around it: the place it is reckoned from ("300 metres from
// the bridge"), the thing whose extent it is ("the length of the bridge is 300 metres", "the queue
// stretches 2 km", "a 5 km exclusion zone", "the tunnel, 900 metres long"). The align stage keeps
// distances with different subjects apart.

/** "from X", "east of X", "to the east from X", "away from X" after the distance: X, up to a clause break. */
const FROM_AFTER_RE =
  /^\s*(?:(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:of|from|away from|off)\s+((?:the\s+)?[^,.;:()]{2,60}?)(?=\s*(?:[,.;:()]|$)|\s+(?:and|but|where|which|who|that|on|at|in|after|before|when|while|as|to|by|with|for|is|was|has|had|were|are|said|says|must|will|would|can|could|should|may|might)\b)/i;
/** "the length of the bridge is", "at a depth of", "within a radius of": the measure named before the figure. */
const MEASURE_OF_BEFORE_RE =
  /\b(length|width|height|depth|span|radius|diameter|extent|range)(?:\s+of\s+((?:the\s+)?[^,.;:()\d]{2,50}?)\s+(?:is|was|of|at|to|reached|reaches|stands at|stood at|measures|measured|made|makes|composes|composed|constitutes|amounts to|totals))?(?:\s+of)?\s+$/i;
/** "the queue stretches 2 km", "the cordon runs 800 metres": a verb of extent before the figure. */
const EXTENT_VERB_BEFORE_RE = /\s(?:stretch(?:es|ed)?|extend(?:s|ed)?|runs?|ran|spans?|spanned|measures?|measured)\s+$/i;
/** "the bridge is 300 metres long", "the tunnel, 900 metres long,": an adjective of extent after the figure. */
const EXTENT_ADJECTIVE_AFTER_RE = /^\s*(?:long|wide|high|deep|tall|in length|in diameter)\b/i;
const COPULA_BEFORE_RE = /\s(?:is|was|are|were|,)\s*$/i;
/** "a borehole 300 metres deep": a determiner and a noun right before the figure. */
const NOUN_BEFORE_RE = /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+$/iu;
/** "450 metres below ground", "2 km above sea level": a height or depth against a level. */
const LEVEL_AFTER_RE = /^\s*((?:below|above|under|beneath)\s+(?:ground|the surface|sea level|the sea|the seabed|street level))\b/i;
/**
 * "a 5 km exclusion zone", "the 300-metre bridge": lower-case words after the unit, up to a function word
 * or a past participle ("the 300-metre bridge collapsed": "bridge").
 */
const ATTRIBUTIVE_AFTER_RE = /^\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*(?<!ed)){0,2}?)(?=\s*(?:[,.;:()]|$)|\s+(?:of|in|on|at|around|near|along|across|was|is|were|are|had|has|that|which|and|from|to|for|with|by|over|under|[a-z]+ed)\b)/;
const DETERMINER_BEFORE_RE = /\b(?:a|an|the|its|their|this|that)\s+$/i;
/** Words an attributive reading must not take as a subject ("5 km away", "2 km further"). */
const NOT_SUBJECT_RE = /^(?:away|further|farther|long|wide|high|deep|tall|apart|off|inland|offshore|behind|ahead|north|south|east|west)\b/i;

const DETERMINER_RE = /\b(?:the|a|an|its|their|this)\s/gi;
const PREPOSITION_END_RE = /\b(?:of|in|at|on|from|to|with|by|for|near|along)\s*$/i;

/**
 * The noun phrase just before a verb or copula ending at `end`: from the last clause break, starting at the
 * last determiner that opens a phrase rather than a prepositional object ("Our correspondent at the port says
 * the line of lorries" → "the line of lorries").
 */
function phraseBefore(s: string, end: number): string | null {
  const text = s.slice(Math.max(0, end - 80), end);
  const breakAt = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('—'));
  const clause = text.slice(breakAt + 1).trim();
  let from = 0;
  for (const m of clause.matchAll(DETERMINER_RE)) if (!PREPOSITION_END_RE.test(clause.slice(0, m.index))) from = m.index;
  const phrase = clause.slice(from).split(/\s+/).slice(0, 6).join(' ');
  return phrase && !/\d/.test(phrase) ? phrase : null;
}

/**
 * What the distance written at [start, end) of sentence `s` measures (see `ClaimMention.measures`), or
 * null when the sentence does not say. `start` is where the quantity starts, its bound word included.
 */
export function distanceSubject(s: string, start: number, end: number): string | null {
  const after = s.slice(end, end + 120);
  const before = s.slice(Math.max(0, start - 90), start);
  const from = FROM_AFTER_RE.exec(after);
  if (from) return `from ${from[1]!.trim()}`;
  const level = LEVEL_AFTER_RE.exec(after);
  if (level) return level[1]!.toLowerCase().replace(/\s+/g, ' ');
  const measure = MEASURE_OF_BEFORE_RE.exec(before);
  if (measure) return measure[2] ? `${measure[1]!.toLowerCase()} of ${measure[2].trim()}` : measure[1]!.toLowerCase();
  const verb = EXTENT_VERB_BEFORE_RE.exec(before);
  if (verb) return phraseBefore(s, start - verb[0].length);
  if (EXTENT_ADJECTIVE_AFTER_RE.test(after)) {
    // "The tunnel is 900 metres long", "a borehole 300 metres deep".
    const copula = COPULA_BEFORE_RE.exec(before);
    if (copula) return phraseBefore(s, start - copula[0].length);
    if (NOUN_BEFORE_RE.test(before)) return phraseBefore(s, start);
  }
  if (DETERMINER_BEFORE_RE.test(before)) {
    const noun = ATTRIBUTIVE_AFTER_RE.exec(after.replace(/^-/, ' '));
    if (noun && !NOT_SUBJECT_RE.test(noun[1]!)) return noun[1]!;
  }
  return null;
}
