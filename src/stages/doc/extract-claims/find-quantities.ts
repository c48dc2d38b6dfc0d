import type { ClaimKind, ClaimPart } from '../../../core/index.ts';
import { readNumberAt, parseNumber } from '../../../nlp/numbers.ts';
import {
  AGE_NAME_RE, AUX_RE, BOUNDS, BOUND_RE, CURRENCY_SIGNS, DEFINITE_SINGULAR_RE, DISTANCE_UNITS,
  INCLUDING_RE, KIND_AFTER, KIND_BEFORE, LATER_DIED_RE, MONEY_WORDS, OUTCOME_ADVERB_RE, PERSON_NOUNS, QUANTITY_START_RE, PARTNER_RE, SHOT_RE, SINGULAR_PERSON_RE, WITH_OTHERS_RE,
  OUTCOME_BEFORE_AND_RE, OUTCOME_WORDS, ORDINAL_DEATH_RE, ORDINAL_HIT_RE, ORDINALS, PLURAL_AGES_RE, NUMBER_BEFORE_RE, KIN_PLURALS,
  SITE_NOUNS, VAGUE, CONJUNCT_AND_RE, AFTERSHOCK_BEFORE_RE, MAGNITUDE_AFTER_NOUN_RE, MAGNITUDE_BEFORE_NOUN_RE, MAGNITUDE_CUE_RE, DISPLACED_AFTER_RE, INJURED_AFTER_RE,
  MISSING_AFTER_RE, MISSING_BEING_RE, PRESENT_AFTER_RE, PRESENT_BEFORE_RE, ARREST_CUE_RE, CONDITION_PART_RE, OF_KIND_RE, FATE_BEFORE_RE, UNKNOWN_AFTER_RE, THINGS_AFTER_RE, ON_BOARD_AFTER_RE, ON_VEHICLE_AFTER_RE, SENT_BEFORE_RE, TO_HOSPITAL_AFTER_RE, NUMBER_OF_BEFORE_RE, NUMBER_OF_KINDS,
  TOLL_AT_BEFORE_RE, GROWN_UP_TO_RE, RESCUED_ALIVE_BEFORE_RE, FIGURE_BEFORE_RE, FIGURE_END_AFTER_RE, REPORT_CLAUSE_RE, CONJUNCT_COMMA_RE, CONJUNCT_PERSON_RE, CONJUNCT_NAME_RE, NOT_NAME_WORDS, NAME_LIST_RE, HEADLINE_PERSON_RE, UNREALIZED_BEFORE_RE, VICTIM_LIST_RE, LIST_SEP_RE, SURVIVED_AFTER_RE, SHOT_THEN_KILLED_RE, MULTIPLES, MULTIPLE_RE, JOINED_AGES_RE, NAMED_VICTIM_RE,
} from './patterns.ts';
import { STATION_BEFORE_RE, TAKEN_TO_CARE_RE } from './patterns.ts';
import { findArrestLists } from './arrest-list.ts';
import { arrestCounts } from './arrest-counts.ts';
import { ABOARD_PHRASE_RE, ALIVE_OBJECT_AFTER_RE, CARE_GIVEN_BEFORE_RE, UNDER_RUBBLE_BEFORE_RE, SURVIVORS_GOT_BEFORE_RE, LIFTED_BEFORE_RE, LIFTED_FROM_AFTER_RE, GROUP_NUMBERS_BEFORE_RE, INTO_CUSTODY_AFTER_RE, LOST_BEFORE_RE, NOT_FOUND_AFTER_RE, TOOK_BEFORE_RE, AGED_PHRASE_RE, CULPRIT_NOUNS, CULPRIT_WORDS_RE, SEARCHED_FOR_BEFORE_RE, INVERTED_KIND_BEFORE_RE, INVERTED_KINDS, TOLL_FAR_BEFORE_RE, ON_RECORD_PHRASE_RE, CARE_PLACE_RE, CARE_VERB_BEFORE_RE, GOT_OUT_BEFORE_RE, CUSTODY_TOTAL_BEFORE_RE, SUPPLY_WORDS, FATE_PENDING_AFTER_RE, LOCATED_BEFORE_RE, LOCATED_WORDS, INTENSIVE_CARE_RE, OUT_ALIVE_RE, SUPPLY_CUT_BEFORE_RE, WITHOUT_SUPPLY_AFTER_RE, LED_OUT_RE, OF_HURT_AFTER_RE, ORDINAL_DEATH_NOUN_RE, PASSIVE_AUX_RE, PLACE_PHRASE_RE, PLACED_CONDITION_RE, stillInCare, TOLL_KINDS, WORDS_WITHOUT_FIGURE } from './kind-phrases.ts';
import { distanceSubject } from './distance-subject.ts';
import { CAPTIVE_CUE_RE, CONFINED_CUE_RE, SIEGE_CUE_RE, isCaptiveCount, pickedStage, stageReading } from './captivity.ts';
import { nextPartOfList, partAfterClause, partOfGroup } from './part-of.ts';
import { COMPARED_END_AFTER_RE, DETERMINER_START_RE, pluralNounAfter, readCountOf, THAN_THE_BEFORE_RE } from './counts.ts';

/** A numeric claim found in one sentence, offsets relative to the sentence text. */
export interface RawClaim {
  kind: ClaimKind;
  value: number;
  low: number | null;
  high: number | null;
  vague: boolean;
  unit: string | null;
  counted: string | null;
  parts: ClaimPart[];
  /** The quantity as written, bound words included. */
  start: number;
  end: number;
  /** Where the counted phrase ends: kind cues and "including ..." are read after it. */
  phraseEnd: number;
  /** See `ClaimMention.measures` and `ClaimMention.partOf`. */
  measures?: string;
  partOf?: string;
}

interface Quantity {
  value: number;
  vague: boolean;
  start: number;
  numberStart: number;
  end: number;
  low: number | null;
  high: number | null;
  currency: string | null;
  /** A person noun already read as part of the quantity ("a man"). */
  head: string | null;
  /** An age between commas standing for one person ("Jane Doe, 24,"). */
  age?: boolean;
}

const WORD_AT_RE = /[\p{L}][\p{L}'’-]*/uy;
const MONTH_BEFORE_RE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const MONTH_AFTER_RE = /^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NOT_COUNT_AFTER_RE = /^(?:[-\s]?(?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)s?[-\s][Oo]ld\b|[:.]\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|(?:st|nd|rd|th)\b|\s+block\b|\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Court|Highway|Hwy|Route)\b|\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|rounds|shots|bullets|caliber|mm)\b)/;
/** "from 5 to 8 km": a change between two values, not a range. */
const FROM_BEFORE_RE = /\bfrom\s+$/i;
/** Between the two ends of a range, read where the first number ends (sticky: no `^`, which would only match at 0). */
const RANGE_RE = /\s*(?:to|-|–|and|or)\s*/y;
const VAGUE_TIME_AFTER_RE = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times)\b/i;
const DOZEN_AFTER_RE = /^\s+dozen\b(?!s)/i;
const NAUTICAL_MILES_RE = /^\s+miles?\b/i;
const PREPOSITION_AFTER_RE = /^\s+(?:of|in|at|on|to|for|from|with|by|and|or|per|into|over)\b/;
const SPEED_AFTER_RE = /^(?:\s*\/\s*h\b|\s+(?:per|an|a)\s+hour\b)/i;
/** "2,100 of them": a part of a group the sentence told before. */
const OF_PRONOUN_RE = /^\s+of\s+(?:them|whom)\b/i;
/** "were brought out alive": the words of a move, then "alive" in the same clause. */
const ALIVE_AFTER_RE = /^[^.;,]{0,50}?\balive\b/i;
/** "Jane Doe, 24,", "John Roe Jr., 22,": an age after a name. */
const AGE_BEFORE_RE = /(?:[A-Za-z)]\s*,|\b(?:Jr|Sr)\.\s*,|,\s*age(?:d)?)\s*$/;
/** "Image 1 of 8", "Photo 3/12": gallery captions, not counts. */
const CAPTION_BEFORE_RE = /\b(?:Image|Photo|Slide|Picture|Page|Video)\s+(?:\d+\s*(?:of|\/)\s*)?$/i;
const AGE_AFTER_RE = /^\s*,/;
/** "ages 20 and 22": ages, not counts. */
const AGES_BEFORE_RE = /\b(?:ages|aged|age of|under age|over age)\s+(?:between\s+|from\s+)?(?:\d{1,3}\s*(?:,|and|&|to)\s*)*$/i;
/** Nouns for people in general, which a following apposition breaks down. */
const GENERAL_PEOPLE: ReadonlySet<string> = new Set(['people', 'persons', 'others', 'victims', 'individuals']);
/** A parenthetical between a count and its verb: ", two men and a woman," "(ages 20 and 22)". */
const APPOSITION_RE = /^\s*(?:,|\(|—|–)[^.;:()]{2,80}?(?:,|\)|—|–)\s*(?=(?:who\s+)?(?:were|are|was|is|have|has|had|remain|remained|all)\b)/;
const ACTIVE_VERB_RE = /^\s*\w+ly\s+(?:shot|shoots|killed|kills|stabbed|stabs|wounded|wounds)\s+(?:him|her|them)\b|^\s*(?:fatally\s+)?(?:(?:shot|stabbed|shoots|stabs) and )?(?:killed|kills|shot|shoots|stabbed|stabs|wounded|wounds|injured|injures|murdered|murders)\s+(?:a|an|the|his|her|their|its|him|them|twins?|suspect|police|officers?|deputies|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b|^\s*(?:shot|fired|shooting|firing) at (?:police|officers?|deputies|troopers|agents|him|her|them|us|(?:at least |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a (?:group|crowd|car|vehicle|house)))\b|^\s*(?:shot|fired|shooting|firing) into (?:an? |the |his |her |their )?(?:[\w'’-]+ ){0,3}?(?:crowd|group|car|vehicle|truck|van|house|home|apartment|building|window|room|bar|party)\b/i;
/** A relative pronoun opening the clause after a person. */
const WHO_AGENT_RE = /^\s*(?:who|that)\s+(?:allegedly\s+|reportedly\s+|then\s+)?/;
const NAME_BEFORE_AGE_RE = /^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s*(?=\d)/;
/** "one of five people shot": the first number picks out of the second, which is the count. */
const ONE_OF_RE = /^\s+of\s+(?:the\s+|those\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|dozens|several)\b/i;

function wordAt(s: string, pos: number): { word: string; end: number } | null {
  WORD_AT_RE.lastIndex = pos;
  const m = WORD_AT_RE.exec(s);
  return m ? { word: m[0], end: pos + m[0].length } : null;
}

function skipSpaces(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === ' ' || s[pos] === '\u00a0' || s[pos] === '"' || s[pos] === '“' || s[pos] === '”' || s[pos] === '‘' || s[pos] === '\'')) pos++;
  return pos;
}

/** Reads the quantity starting at `pos`, with its bound word before it. */
function readQuantity(s: string, pos: number, matched: string): Quantity | null {
  const lower = matched.toLowerCase();
  let value: number;
  let vague = false;
  let end: number;
  let currency: string | null = null;
  let numberStart = pos;
  const vagueEntry = VAGUE[lower];
  if (vagueEntry) {
    value = vagueEntry.value;
    vague = vagueEntry.vague;
    end = pos + matched.length;
    // "several hours later", "a few days ago": a span of time, not a count.
    if (VAGUE_TIME_AFTER_RE.test(s.slice(end, end + 12))) return null;
  } else if (lower === 'no one' || lower === 'nobody' || lower === 'none' || lower === 'no') {
    value = 0;
    end = pos + matched.length;
  } else {
    let p = pos;
    const sign = CURRENCY_SIGNS[s[p]!];
    if (sign) {
      currency = sign;
      p = skipSpaces(s, p + 1);
      numberStart = p;
    }
    const n = readNumberAt(s, p);
    if (!n) return null;
    const before = s.slice(Math.max(0, pos - 12), pos);
    const after = s.slice(n.end, n.end + 40);
    // "Jane Doe, 24, was shot", "Boy, 14, fatally shot": an age between commas is one person.
    if (!currency && n.digits && n.value <= 110 && AGE_BEFORE_RE.test(before) && AGE_AFTER_RE.test(after)) {
      return { value: 1, vague: false, start: pos, numberStart: pos, end: n.end + AGE_AFTER_RE.exec(after)![0].length, low: null, high: null, currency: null, head: 'person', age: true };
    }
    if (!currency && (AGES_BEFORE_RE.test(s.slice(Math.max(0, pos - 30), pos)) || MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after) || NOT_COUNT_AFTER_RE.test(after) || CAPTION_BEFORE_RE.test(s.slice(Math.max(0, pos - 20), pos)))) return null;
    if (!currency && n.digits && /^(?:1[89]|20)\d\d$/.test(s.slice(n.start, n.end)) && !/^\s+(?:people|persons)\b/.test(after)) return null;
    if (/^[A-Za-z]/.test(s.slice(n.end, n.end + 1)) && !/^(?:km|m|mi|ft|bn|mn|k)\b/i.test(s.slice(n.end, n.end + 3))) return null;
    value = n.value;
    end = n.end;
    // "two dozen cars": a count of dozens.
    const dozen = after.includes('dozen') ? DOZEN_AFTER_RE.exec(after) : null;
    if (dozen && !currency) {
      value *= 12;
      end += dozen[0].length;
    }
  }
  let low: number | null = null;
  let high: number | null = null;
  let start = pos;
  const b = BOUND_RE.exec(s.slice(Math.max(0, pos - 30), pos));
  if (b) {
    const bound = BOUNDS[b[1]!.toLowerCase()]!;
    start = pos - b[0].length;
    if (bound.low) low = value;
    if (bound.high) high = value;
  }
  // "between 10 and 20", "10 to 20", "10-20"
  RANGE_RE.lastIndex = end;
  const r = RANGE_RE.exec(s);
  // "widened the zone from 5 to 8 km": a change, its two values read on their own.
  if (r && !vague && !FROM_BEFORE_RE.test(s.slice(Math.max(0, start - 6), start))) {
    const n2 = readNumberAt(s, end + r[0].length);
    if (n2 && n2.value > value && (r[0].trim() !== 'and' || /\bbetween\s+$/i.test(s.slice(Math.max(0, start - 10), start)))) {
      // "shot three to four times", "5'6\" and 5'7\"": the range's end tells what it counts.
      if (!currency && NOT_COUNT_AFTER_RE.test(s.slice(n2.end, n2.end + 40))) return null;
      low = value;
      high = n2.value;
      value = Math.round((value + n2.value) / 2);
      end = n2.end;
    }
  }
  return { value, vague, start, numberStart, end, low, high, currency, head: null };
}

interface Phrase {
  counted: string | null;
  head: string | null;
  end: number;
  unit: string | null;
  kind: ClaimKind | null;
}

/** The counted phrase after a quantity: up to three modifiers and a noun ("non-resident nationals", "militant sites"). */
function readPhrase(s: string, q: Quantity): Phrase {
  let p = skipSpaces(s, q.end);
  const first = wordAt(s, p);
  if (s[q.end] === '%') return { counted: null, head: null, end: q.end + 1, unit: '%', kind: 'percentage' };
  if (first) {
    const w = first.word.toLowerCase();
    // "15 per cent"; not "€12,000 per family", "2 per day" (a rate of something else).
    const cent = w === 'per' ? wordAt(s, skipSpaces(s, first.end)) : null;
    if (w === 'percent' || (cent && cent.word.toLowerCase() === 'cent')) {
      return { counted: null, head: null, end: cent ? cent.end : first.end, unit: '%', kind: 'percentage' };
    }
    const dist = DISTANCE_UNITS[w];
    // "40 kilometres per hour": a speed, no distance.
    if (dist && SPEED_AFTER_RE.test(s.slice(first.end, first.end + 12))) return { counted: null, head: null, end: q.end, unit: null, kind: null };
    if (dist && !(w === 'm' && q.value >= 1000)) return { counted: null, head: null, end: first.end, unit: dist, kind: 'distance' };
    // "3 nautical miles": a sea mile, its own unit.
    const nautical = w === 'nautical' ? NAUTICAL_MILES_RE.exec(s.slice(first.end, first.end + 8)) : null;
    if (nautical) return { counted: null, head: null, end: first.end + nautical[0].length, unit: 'nmi', kind: 'distance' };
    const money = MONEY_WORDS[w];
    if (money) return { counted: null, head: null, end: first.end, unit: money, kind: 'money' };
    if (w === 'magnitude') return { counted: null, head: null, end: first.end, unit: 'magnitude', kind: 'magnitude' };
  }
  if (q.currency) return { counted: null, head: null, end: q.end, unit: q.currency, kind: 'money' };
  if (q.head) return { counted: q.head, head: q.head, end: q.end, unit: null, kind: null };
  // "-kilometer border", "-magnitude quake"
  if (s[q.end] === '-') {
    const hw = wordAt(s, q.end + 1);
    if (hw) {
      const w = hw.word.toLowerCase();
      const dist = DISTANCE_UNITS[w] ?? DISTANCE_UNITS[w + 's'];
      if (dist) return { counted: null, head: null, end: hw.end, unit: dist, kind: 'distance' };
      if (w === 'magnitude') return { counted: null, head: null, end: hw.end, unit: 'magnitude', kind: 'magnitude' };
    }
  }
  // "of them", "of the victims"
  const ofm = /^\s+of\s+(?:the\s+|them\b|those\b|whom\b)?/.exec(s.slice(q.end, q.end + 20));
  if (ofm) p = q.end + ofm[0].length;
  const startPhrase = p;
  let words = 0;
  while (words < 4) {
    p = skipSpaces(s, p);
    const wd = wordAt(s, p);
    if (!wd) break;
    const w = wd.word.toLowerCase().replace(/['’]s?$/, '');
    if (PERSON_NOUNS.has(w) || SITE_NOUNS.has(w)) {
      // Take a compound head: "police officers", "security forces".
      let end = wd.end;
      let head = w;
      const nx = wordAt(s, skipSpaces(s, end));
      const nw = nx?.word.toLowerCase();
      if (nx && nw && (PERSON_NOUNS.has(nw) || SITE_NOUNS.has(nw)) && /^\s+$/.test(s.slice(end, nx.end - nx.word.length))) {
        end = nx.end;
        head = nw;
      }
      const quoteEnd = /^["”’']/.test(s.slice(end, end + 1)) ? end + 1 : end;
      return { counted: s.slice(startPhrase, end).replace(/^\s*["“‘']?/, ''), head, end: quoteEnd, unit: null, kind: null };
    }
    // An -ing word ends the phrase ("two people trying to flee"), except the nouns of an attack
    // used as a modifier: "two shooting victims", "three stabbing victims".
    if (/^(?:were|was|are|is|have|has|had|who|that|and|or|in|at|on|of|to|from|by|with|as|for|after|than|near|while|when|but|died|dead|killed|injured|wounded|(?!shooting$|stabbing$)\w{3,}ing)$/.test(w)) break;
    words++;
    p = wd.end;
  }
  return { counted: null, head: null, end: q.end, unit: null, kind: null };
}

function kindAfter(s: string, pos: number): ClaimKind | null {
  const rest = s.slice(pos, pos + 160);
  if (CONDITION_PART_RE.test(rest)) return 'injured';
  const adverb = OUTCOME_ADVERB_RE.exec(rest);
  if (adverb) return /^fatally$/i.test(adverb[1]!) ? 'killed' : 'injured';
  const aux = AUX_RE.exec(rest);
  const tail = rest.slice(aux ? aux[0].length : 0);
  for (const [re, kind] of KIND_AFTER) if (re.test(tail)) return kind;
  if (SHOT_RE.test(tail)) return 'casualties';
  if (DISPLACED_AFTER_RE.test(tail)) return 'displaced';
  if (INJURED_AFTER_RE.test(tail)) return 'injured';
  if (MISSING_AFTER_RE.test(tail) || MISSING_BEING_RE.test(rest) || NOT_FOUND_AFTER_RE.test(rest)) return 'missing';
  if (aux && PASSIVE_AUX_RE.test(aux[0]) && LED_OUT_RE.test(tail)) return 'evacuated';
  if (PLACED_CONDITION_RE.test(tail) || INTENSIVE_CARE_RE.test(tail)) return 'injured';
  if (OUT_ALIVE_RE.test(tail)) return 'rescued';
  if (WITHOUT_SUPPLY_AFTER_RE.test(tail)) return 'affected';
  // "170 were treated in hospital, and 9 are still there": those left of the treated.
  if (stillInCare(s, pos)) return 'injured';
  // "four others, a nurse and three boys, are in care": read past an apposition to the verb.
  const appos = APPOSITION_RE.exec(rest);
  if (appos && appos[0].length < rest.length) return kindAfter(s, pos + appos[0].length);
  // "Six workers aged between 19 and 44 were hurt": read past the ages.
  const aged = rest.includes('age') ? AGED_PHRASE_RE.exec(rest) : null;
  if (aged && aged[0].length < rest.length) return kindAfter(s, pos + aged[0].length);
  // "the 3,500 families the mayor says have no shelter": read past the reporting clause.
  const report = REPORT_CLAUSE_RE.exec(rest);
  if (report && report[0].length < rest.length) return kindAfter(s, pos + report[0].length);
  const record = rest.includes('ed ') ? ON_RECORD_PHRASE_RE.exec(rest) : null;
  if (record && record[0].length < rest.length) return kindAfter(s, pos + record[0].length);
  // "all 86 on board feared dead", "the 40 people aboard were killed": those carried are the whole, not a part.
  const aboard = rest.includes('board') ? ABOARD_PHRASE_RE.exec(rest) : null;
  if (aboard && aboard[0].length < rest.length) return kindAfter(s, pos + aboard[0].length);
  // "6,000 people in the west wing were led out": read past the place they were in. Not for a toll: a
  // count narrowed by a place is most often a part of it ("a woman in the car was killed").
  // "2,100 of them are staying in shelters": likewise past the group a part is picked from ("three of them
  // have been released" is let out of hospital or custody, not rescued).
  const place = PLACE_PHRASE_RE.exec(rest);
  const ofThem = place ? null : OF_PRONOUN_RE.exec(rest);
  const skip = place ?? ofThem;
  const placed = skip && skip[0].length < rest.length ? kindAfter(s, pos + skip[0].length) : null;
  // "None of the suspects' names were released": after an of-phrase, "released" is no rescue either.
  const ofPhrase = ofThem !== null || (place !== null && OF_START_RE.test(place[0]));
  return placed && !TOLL_KINDS.has(placed) && !(ofPhrase && placed === 'rescued') ? placed : null;
}

/** The words after a counted phrase, auxiliaries and adverbs read past ("had been destroyed" -> "destroyed"). */
function tailAfterAux(s: string, pos: number): string {
  const rest = s.slice(pos, pos + 80);
  const aux = AUX_RE.exec(rest);
  return rest.slice(aux ? aux[0].length : 0);
}

function kindRightAfter(s: string, pos: number): ClaimKind | null {
  const tail = s.slice(skipSpaces(s, pos), pos + 60);
  for (const [re, kind] of KIND_AFTER) if (re.test(tail)) return kind;
  return null;
}

function kindBefore(s: string, pos: number): ClaimKind | null {
  const before = s.slice(Math.max(0, pos - 70), pos);
  for (const [re, kind] of KIND_BEFORE) if (re.test(before)) return kind;
  if (/\b(?:the dead|the victims|those killed|the deceased|the fatalities|the casualties|the injured|the wounded)\s+(?:\w+\s+)?(?:included|include|were|are|was)\s+$/i.test(before)) {
    // "the victims were ...": hurt or killed, the sentence does not say which.
    return /injured|wounded/i.test(before) ? 'injured' : /victims/i.test(before) ? 'casualties' : 'killed';
  }
  if (/\b(?:fatal(?:ly)?\s+(?:shooting|stabbing|shot)|shooting death|deaths?|murder|killing|slaying|homicide)\s+of\s+$/i.test(before)) return 'killed';
  // Each pattern below needs one word: look for it before running the pattern.
  if ((before.includes('toll') || before.includes('Toll')) && TOLL_AT_BEFORE_RE.test(before)) return 'killed';
  // "The death toll from Saturday's blast at the depot climbed to 41", "the death count stood at 88": the toll's noun
  // far back, a phrase of what it is from between.
  const far = s.slice(Math.max(0, pos - 150), pos);
  if ((far.includes('toll') || far.includes(' count ')) && TOLL_FAR_BEFORE_RE.test(far)) return 'killed';
  if ((before.includes('trace') || before.includes('lost')) && LOST_BEFORE_RE.test(before)) return 'missing';
  if (RUBBLE_WORDS.some((w) => before.includes(w)) && UNDER_RUBBLE_BEFORE_RE.test(before)) return 'missing';
  if ((before.includes('help') || before.includes('aid') || before.includes('care') || before.includes('treatment')) && CARE_GIVEN_BEFORE_RE.test(before)) return 'injured';
  const group = before.includes('umber') || before.includes('otal') ? GROUP_NUMBERS_BEFORE_RE.exec(before) : null;
  if (group) return INVERTED_KINDS[group[1]!.toLowerCase()] ?? NUMBER_OF_KINDS[group[1]!.toLowerCase()] ?? null;
  // "Killed were 12 persons", "Injured are 30 people": a translation's verb before its subject.
  const inverted = INVERTED_LAST_WORDS.has(wordBefore(s, pos)) ? INVERTED_KIND_BEFORE_RE.exec(before) : null;
  if (inverted) return INVERTED_KINDS[(inverted[1] ?? inverted[2])!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  if (before.includes('alive') && RESCUED_ALIVE_BEFORE_RE.test(before)) return 'rescued';
  if ((before.includes('fate') || before.includes('whereabouts') || before.includes('destiny')) && FATE_BEFORE_RE.test(before) && (UNKNOWN_AFTER_RE.test(s.slice(pos, pos + 100)) || FATE_PENDING_AFTER_RE.test(s.slice(pos, pos + 100)))) return 'missing';
  // "the number of the dead of the flood in the valley towns has grown to": the noun can be far back.
  const numberOf = NUMBER_OF_STEMS.some((w) => far.includes(w)) ? NUMBER_OF_BEFORE_RE.exec(far) : null;
  if (numberOf) return NUMBER_OF_KINDS[numberOf[1]!.toLowerCase()] ?? null;
  if (SUPPLY_WORDS.some((w) => before.includes(w)) && SUPPLY_CUT_BEFORE_RE.test(before)) return 'affected';
  if ((before.includes('custody') || before.includes('arrest') || before.includes('detention') || before.includes('bars')) && CUSTODY_TOTAL_BEFORE_RE.test(before)) return 'arrested';
  return null;
}

/** "number of", "Number of": the words NUMBER_OF_BEFORE_RE needs, first letter left out for either case. */
const NUMBER_OF_STEMS = ['umber of', 'ount of', 'oll of', 'ally of', 'otal of', 'uantity of', 'igure of', 'ist of', 'mount of'];
/** The last word of SENT_BEFORE_RE and of FIGURE_BEFORE_RE: each runs only after one of its words. */
const SENT_BEFORE_WORDS: ReadonlySet<string> = new Set('of employs employed employing sent sends sending deployed deploys deploying dispatched dispatches dispatching mobilised mobilized mobilising mobilizing'.split(' '));
const FIGURE_BEFORE_WORDS: ReadonlySet<string> = new Set(
  'say says said saying put puts putting give gives gave giving confirm confirms confirmed count counts counted report reports reported estimate estimates estimated is was remained remains stayed stays at of to as made figure number tally total toll'.split(' '),
);

/** The word just before `pos` (spaces skipped), lower-cased; '' when there is none. */
function wordBefore(s: string, pos: number): string {
  let end = pos;
  while (end > 0 && s[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(s[start - 1]!)) start--;
  return s.slice(start, end).toLowerCase();
}

/** "built for 600 but held 2,050", "licensed for 60 but carried 95": the verb of a bare figure after a place's room. */
const ROOM_FILLED_WORDS: ReadonlySet<string> = new Set(['held', 'holding', 'carried', 'carrying', 'had', 'took', 'taking', 'transported', 'transporting']);
/** A place phrase that tells what people belong to: " of the factory ". */
const OF_START_RE = /^\s*of\b/i;
/** " on board,", " aboard.": right after a bare number. */
const BARE_ON_BOARD_RE = /^\s+(?:on board|aboard)\b(?!\s+(?:the|a|an)\b)/i;
/** "52 on board were killed": the verb after tells what befell them (read before, as a toll). */
const NOT_COUNT_AFTER_BOARD_RE = /^\s+(?:on board|aboard)\s+(?:were|was|are|had|have|died|perished)\b/i;
/** The words UNDER_RUBBLE_BEFORE_RE needs. */
const RUBBLE_WORDS: readonly string[] = ['rubble', 'debris', 'ruins', 'wreckage', 'snow', 'mud'];
/** The last words of INVERTED_KIND_BEFORE_RE ("Killed were", "Suffered", "were lost"): it runs only after one of them. */
const INVERTED_LAST_WORDS: ReadonlySet<string> = new Set(['were', 'are', 'was', 'is', 'remain', 'remained', 'been', 'suffered', 'lost', 'alive', 'dead']);
/** "all four victims": the whole group, already counted. */
const ALL_BEFORE_RE = /\ball\s+$/i;
/** The last word of PRESENT_BEFORE_RE: it runs only after one of them. */
const PRESENT_BEFORE_WORDS: ReadonlySet<string> = new Set(['were', 'was', 'been']);

/** Kinds a count of people can inherit from an authority's bare figure of the same thing. */
const PEOPLE_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['killed', 'injured', 'missing', 'displaced', 'evacuated', 'rescued', 'arrested', 'affected', 'casualties', 'hostages', 'escaped']);
/** Kinds whose parts are stages (`captivity.ts`), not groups picked out ("of them"). */
const STAGED_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['hostages', 'escaped']);
/** "four more on Tuesday", "two more.": another batch, no verb of its own. */
const ANOTHER_AFTER_RE = /^\s+more\s*(?:$|[.,;)]|(?:on|in|at|by|during|overnight|later|after|before|the next|the following|that)\b)/i;
const MORE_AFTER_RE = /^\s+more\b/i;
/** Between the batch before and "N more": the clause's words and "and", no other figure or clause end. */
const AND_ONLY_BETWEEN_RE = /^[^.;\d]{0,60}\band\s+$/i;

const PLURAL_NOUN_RE = /^\s+([a-z][a-z-]{2,}s)\b/;
const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set(['was', 'has', 'does', 'is', 'this', 'its', 'his', 'hers', 'thus', 'plus', 'less', 'across', 'towards', 'besides', 'unless', 'yes', 'sometimes', 'always', 'perhaps']);

/**
 * Magnitudes of quakes: "set its magnitude at 5.8", "a magnitude of about 7", "The magnitude-5.8
 * earthquake", "a 5.2 aftershock", "5.7 on the Richter scale". Offsets into the sentence.
 */
function findMagnitudes(s: string): RawClaim[] {
  const out: RawClaim[] = [];
  let m: RegExpExecArray | null;
  MAGNITUDE_AFTER_NOUN_RE.lastIndex = 0;
  while ((m = MAGNITUDE_AFTER_NOUN_RE.exec(s))) {
    const value = Number(m[2]);
    // "a magnitude of about 6", "magnitude of at least 5": a bound among the words between.
    const b = BOUND_RE.exec(m[1]! + ' ');
    const bound = b ? BOUNDS[b[1]!.toLowerCase()] : undefined;
    const end = m.index + m[0].length;
    const counted = AFTERSHOCK_BEFORE_RE.test(s.slice(Math.max(0, m.index - 40), m.index)) ? 'aftershock' : null;
    out.push({ kind: 'magnitude', value, low: bound?.low ? value : null, high: bound?.high ? value : null, vague: false, unit: 'magnitude', counted, parts: [], start: m.index, end, phraseEnd: end });
  }
  MAGNITUDE_BEFORE_NOUN_RE.lastIndex = 0;
  while ((m = MAGNITUDE_BEFORE_NOUN_RE.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    // The main quake's magnitude has no counted noun, so that every report of it joins one slot; an aftershock's is its own.
    const counted = /aftershock/i.test(m[0]) ? 'aftershock' : null;
    out.push({ kind: 'magnitude', value: Number(m[1] ?? m[2]), low: null, high: null, vague: false, unit: 'magnitude', counted, parts: [], start, end, phraseEnd: end });
  }
  return out;
}

/** "three women and four children": a list of counted people, read as one composed count. */
function readComposition(s: string, first: Quantity, firstPhrase: Phrase): { parts: ClaimPart[]; end: number } | null {
  if (!firstPhrase.head || !(PERSON_NOUNS.has(firstPhrase.head) || first.head)) return null;
  const parts: ClaimPart[] = [{ label: firstPhrase.counted ?? firstPhrase.head, value: first.value }];
  let end = firstPhrase.end;
  for (;;) {
    const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+)/.exec(s.slice(end, end + 8));
    if (!sep) break;
    // "four others, a nurse and three boys,": a breakdown of a general count, not a list to add up.
    if (parts.length === 1 && GENERAL_PEOPLE.has(firstPhrase.head) && !/\band\b/.test(sep[0])) break;
    let at = end + sep[0].length;
    // "Jane Roe, 33, and John Doe, 28, were killed": names with ages.
    if (first.head === 'person') {
      const name = NAME_BEFORE_AGE_RE.exec(s.slice(at, at + 60));
      if (name) at += name[0].length;
    }
    // "a woman and her 7-year-old niece", "a girl and her aunt, 33,": one more person each.
    if (/\band\s+$/.test(sep[0])) {
      const partner = PARTNER_RE.exec(s.slice(at, at + 60));
      if (partner) {
        parts.push({ label: partner[1]!.toLowerCase(), value: 1 });
        end = at + partner[0].length;
        continue;
      }
    }
    // "a man and his three daughters": the possessive belongs to the next count.
    if (/\band\s+$/.test(sep[0])) {
      const poss = /^(?:his|her|their)\s+/i.exec(s.slice(at, at + 8));
      if (poss) at += poss[0].length;
    }
    QUANTITY_START_RE.lastIndex = at;
    const m = QUANTITY_START_RE.exec(s);
    if (!m || m.index !== at) break;
    const q = readQuantity(s, at, m[0]);
    if (!q || q.vague) break;
    if (q.age && !/\band\b/.test(s.slice(end, at))) break;
    const ph = readPhrase(s, q);
    if (!ph.head || !PERSON_NOUNS.has(ph.head)) break;
    parts.push({ label: ph.counted ?? ph.head, value: q.value });
    end = ph.end;
  }
  return parts.length >= 2 ? { parts, end } : null;
}

/** A person's name, not a capitalized common word ("Monday", "Police"). */
function isName(name: string): boolean {
  const words = name.replace(/\s*,\s*\d+\s*,?$/, '').toLowerCase().split(/\s+/);
  return !PERSON_NOUNS.has(words[0]!) && words.every((w) => !NOT_NAME_WORDS.has(w) && !OUTCOME_WORDS.has(w));
}

/**
 * People listed before a count and joined to it: "Father and two children", "Child, Three Adults",
 * "Jane Doe and the four other teens". Returns how many and where the list starts. Names join only
 * by "and" (a comma before a count is as often a place or a day: "In Varn, two men ..."); person
 * nouns join by either. `floor`: text before it belongs to an earlier claim.
 */
function conjunctsBefore(s: string, start: number, floor: number): { n: number; start: number } {
  let n = 0;
  let at = start;
  for (let i = 0; i < 4; i++) {
    // Most counts have no list before them: look at the word before first.
    let j = at - 1;
    while (j >= 0 && s[j] === ' ') j--;
    if (j < 0 || (s[j] !== ',' && s[j] !== '&' && !JOIN_WORD_BEFORE_RE.test(s.slice(Math.max(0, j - 5), j + 1)))) break;
    const before = s.slice(Math.max(0, floor, at - 60), at);
    const sep = CONJUNCT_AND_RE.exec(before) ?? CONJUNCT_COMMA_RE.exec(before);
    if (!sep) break;
    const head = before.slice(0, sep.index);
    const person = CONJUNCT_PERSON_RE.exec(head);
    let unit = person ? person[0] : null;
    if (!unit && sep[0].trim() !== ',') {
      const name = CONJUNCT_NAME_RE.exec(head);
      if (name && isName(name[1]!.replace(TITLE_RE, ''))) unit = head.slice(name.index).replace(/^[^\w]/, '');
    }
    if (!unit) break;
    n++;
    at = at - sep[0].length - unit.length;
  }
  return { n, start: at };
}

/** Kill verbs whose objects are dead; plain "shot" is dead only in a murder-suicide or a death told in the sentence. */
const KILL_VERB_RE = /^(?:killed|kills|killing|murdered|murders|fatally|shot\s+and\s+killed)/i;
const DEATH_IN_SENTENCE_RE = /\b(?:murder[-/ ]suicide|dead|died|killed|fatal|deaths?|bodies)\b/i;

/**
 * A list of victims after a killing verb or a death noun ("killed his mother, his brother and himself",
 * "the deaths of a man and a child"): one claim of kind killed, its parts the units and the killer.
 * Null when a unit is a plural without a number ("his children"): the count is not said.
 */
function victimList(s: string, m: RegExpExecArray): RawClaim | null {
  const verb = m[1];
  const list = m[2] ?? m[4]!;
  if (verb && !KILL_VERB_RE.test(verb) && !DEATH_IN_SENTENCE_RE.test(s)) return null;
  const parts: ClaimPart[] = [];
  for (const raw of list.split(LIST_SEP_RE)) {
    const unit = raw.trim();
    if (!/[a-z]/i.test(unit)) continue;
    const label = unit.replace(/^(?:his|her|their|the|a|an|one)\s+/i, '');
    const n = /^\d+-(?:year|month|week|day)-old\b/i.test(label) ? null : readNumberAt(label, 0);
    if (n) parts.push({ label: label.slice(n.end).trim(), value: n.value });
    else if (/^twins?\b/i.test(label)) parts.push({ label, value: 2 });
    else if (/(?:s|ren|men|ple)$/i.test(label.replace(/\s*,.*$/, '')) && !/(?:ss|us)$/i.test(label)) return null;
    else parts.push({ label, value: 1 });
  }
  if (m[3]) parts.push({ label: 'self', value: 1 });
  if (parts.length < 2) return null;
  const start = m.index + (verb ? verb.length : m[0].length - list.length);
  const end = m.index + m[0].length;
  const value = parts.reduce((a, p) => a + p.value, 0);
  return { kind: 'killed', value, low: null, high: null, vague: false, unit: null, counted: parts.map((p) => p.label).join(', '), parts, start: start + (s.slice(start).length - s.slice(start).trimStart().length), end, phraseEnd: end };
}

/**
 * Cheap tests before the patterns that need them, in one scan of the sentence: each later pattern is
 * a full scan of its own, and most sentences have none of these words.
 */
const ORDINAL_CUE_RE = /(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:nd|rd|th))\s/;
const MULTIPLE_CUE_RE = /double|triple|quadruple|quintuple|sextuple/;
const LIST_CUE_RE = /self|deaths|murders|killings|suicide|bodies/;
const OUTCOME_CUE_RE = /\b(?:was|has been|had been)\s+(?:shot|killed|fatally|pronounced|found|wounded|injured|stabbed)|\bdie[sd]\b/;
const NAMES_CUE_RE = /\s(?:and|&)\s+[A-Z]/;
const CHARGE_CUE_RE = /charg|accus|indict|prosecut/;
const ESCAPE_CUE_RE = /escap|broke out|broken out|on the run|at large/;
const CUSTODY_CUE_RE = /custody|prison|jail|cell/;
/**
 * `captive` and `confined` are the document's, not the sentence's: "Two tellers were released on Monday" is a
 * release of hostages only in a report that tells of hostages, whichever sentence says so.
 */
export interface Cues { ordinal: boolean; multiple: boolean; list: boolean; outcome: boolean; names: boolean; magnitude: boolean; captive: boolean; confined: boolean; charge: boolean }
/**
 * Which rare patterns a sentence may hold, so that each runs only where it can match. Case-sensitive
 * tests on a lower-case copy: cheaper than case-insensitive ones on the sentence.
 */
export function cuesOf(s: string, within?: Cues): Cues {
  const lower = s.toLowerCase();
  return {
    ordinal: (within?.ordinal ?? true) && ORDINAL_CUE_RE.test(lower),
    multiple: (within?.multiple ?? true) && MULTIPLE_CUE_RE.test(lower),
    list: (within?.list ?? true) && LIST_CUE_RE.test(lower),
    outcome: (within?.outcome ?? true) && OUTCOME_CUE_RE.test(s),
    names: (within?.names ?? true) && NAMES_CUE_RE.test(s),
    magnitude: (within?.magnitude ?? true) && MAGNITUDE_CUE_RE.test(lower),
    captive: within ? within.captive : CAPTIVE_CUE_RE.test(lower) || (SIEGE_CUE_RE.test(lower) && CONFINED_CUE_RE.test(lower)),
    // A sentence telling an escape from custody is about custody whatever the rest of its report says.
    confined: (within ? within.confined : CONFINED_CUE_RE.test(lower)) || (ESCAPE_CUE_RE.test(lower) && CUSTODY_CUE_RE.test(lower)),
    // "brought to criminal responsibility": a translation's charge.
    charge: (within?.charge ?? true) && (CHARGE_CUE_RE.test(lower) || lower.includes('criminal respons') || lower.includes('criminal liab')),
  };
}

/** Titles before a name ("Officer", "Sgt.", "Deputy"). */
const TITLE_RE = /^(?:officer|deputy|sgt\.?|sergeant|trooper|detective|det\.|lt\.?|lieutenant|capt\.?|captain|cpl\.?|corporal|agent|firefighter|dr\.?|pastor|rev\.?)\s+/i;

/** The given names before a surname that leads a list ("Tom" in "shot Tom Vale and three others"). */
const GIVEN_NAMES_BEFORE_RE = /(?:\b[A-Z][\w'’.-]*\s+){1,3}$/;
/** A verb of a blow right before the people it hit, a possessive between: "hit her three brothers", "grazed a cook". */
const HIT_PERSON_BEFORE_RE = /\b(?:hit|hits|hitting|struck|strikes|striking|grazed|grazes|grazing)\s+(?:(?:his|her|their|its)\s+)?$/i;
/** "were shot during the raid and": the clause before "and" has its own passive verb, so "and" opens a new one. */
const PASSIVE_OUTCOME_BEFORE_AND_RE = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|hurt|stabbed)\b[^,;.]{0,50}\s(?:and|or)\s+$/i;
const TO_DEATH_AFTER_RE = /^\s*(?:to death|dead)\b/i;
const VICTIMS_ARE_BEFORE_RE = /\bvictims\s+(?:\w+\s+)?(?:are|were|is|was)\s+$/i;
/** Sentences up to this long are read like headlines: clause by clause. */
const HEADLINE_LENGTH = 160;
const CLAUSE_BREAK_RE = /[,;]\s+/;
const OUTCOME_BEFORE_BREAK_RE = /\b(?:dead|killed|slain|shot|wounded|injured|hurt|dies|died|critical)\s*[,;]\s*$/i;
const JOIN_WORD_BEFORE_RE = /(?:^|\W)(?:and|the|his|her|their)$/i;

/** People counted by words, not by a number ("a man", "Jane Roe and John Doe", "her daughters, ages 6 and 9"). */
function peopleQuantity(start: number, end: number, head: string, value = 1): Quantity {
  return { value, vague: false, start, numberStart: start, end, low: null, high: null, currency: null, head };
}

/**
 * A part of the whole counted just before, told after its clause ("30 people were hurt, eight of them firefighters",
 * "..., among them four nurses and two porters"): that claim's kind, the group 'them'; the next
 * item of such a list ("and five police officers") is one more part of the same group.
 */
function partAfterWhole(s: string, q: Quantity, phrase: Phrase, out: readonly RawClaim[]): { kind: ClaimKind; partOf: string } | null {
  const last = out[out.length - 1];
  if (!last || !PEOPLE_KINDS.has(last.kind) || last.end > q.start || q.vague || q.head) return null;
  const named = phrase.head !== null && PERSON_NOUNS.has(phrase.head);
  // "..., and six sailors were missing": a figure with a verb of its own is no part of the list.
  if (!PART_ENDS_RE.test(s.slice(phrase.end, phrase.end + 4))) return null;
  if (last.partOf === 'them' && named && nextPartOfList(s, last.end, q.start)) return { kind: last.kind, partOf: 'them' };
  return !last.partOf && partAfterClause(s, last.phraseEnd, q.start, q.end, named) ? { kind: last.kind, partOf: 'them' } : null;
}

/** Between a toll and the first item of its breakdown: " dead: ", " injured: ". */
const BREAKDOWN_BETWEEN_RE = /^\s*(?:dead|killed|deaths|injured|wounded|hurt)?\s*:\s*$/i;
/** A part named after its whole ends where its noun does: "eight of them firefighters," "among them four nurses." */
const PART_ENDS_RE = /^\s*(?:$|[.,;:)]|and\b)/;

/** Takes out, in place, the quantities a longer reading of the same words replaces. */
function dropQuantities(quantities: Quantity[], replaced: (q: Quantity) => boolean): void {
  for (let i = quantities.length - 1; i >= 0; i--) if (replaced(quantities[i]!)) quantities.splice(i, 1);
}

/**
 * Numeric claims in one sentence's text. `docCues`: the cues of the whole document (`cuesOf(text)`),
 * when the caller has them: a pattern whose cue the document lacks is not looked for in any of its sentences.
 */
export function findNumericClaims(s: string, docCues?: Cues, previous: ClaimKind | null = null, previousCounted: string | null = null): RawClaim[] {
  const out: RawClaim[] = [];
  const quantities: Quantity[] = [];
  const cues = cuesOf(s, docCues);
  const magnitudes = cues.magnitude ? findMagnitudes(s) : [];
  for (const c of magnitudes) out.push(c);
  QUANTITY_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY_START_RE.exec(s))) {
    const at = m.index;
    if (magnitudes.length && magnitudes.some((c) => c.start <= at && at < c.end)) continue;
    const lower = m[0].toLowerCase();
    // "how many people lost their homes": a question, not a count.
    if (VAGUE[lower] && /\bhow\s+$/i.test(s.slice(Math.max(0, at - 5), at))) continue;
    if (lower === 'no' && !/^no\s+(?:one|injuries|deaths|fatalities|casualties|other injuries|one else)\b/i.test(s.slice(m.index, m.index + 24))) continue;
    if (lower === 'no' || lower === 'no one' || lower === 'nobody' || lower === 'none') {
      const z = zeroClaim(s, m.index);
      if (z) out.push(z);
      QUANTITY_START_RE.lastIndex = m.index + m[0].length;
      continue;
    }
    const q = readQuantity(s, m.index, m[0]);
    if (q && ONE_OF_RE.test(s.slice(q.end, q.end + 30))) {
      // "seven of the nine who escaped were back in custody": a stage of an escape or a siege, picked out of the whole.
      const picked = cues.captive || cues.confined ? pickedStage(s, q.start, q.end, cues) : null;
      if (picked) out.push({ kind: picked.kind, value: q.value, low: q.low, high: q.high, vague: q.vague, unit: null, counted: null, parts: [], start: q.start, end: q.end, phraseEnd: q.end, ...(picked.partOf ? { partOf: picked.partOf } : {}) });
      continue;
    }
    // "told News 8 the clerk was hit", "Channel 9": a station's number, not a count.
    if (q && /\d/.test(s[q.start] ?? '') && STATION_BEFORE_RE.test(s.slice(Math.max(0, q.start - 16), q.start))) continue;
    if (q) {
      quantities.push(q);
      QUANTITY_START_RE.lastIndex = Math.max(q.end, m.index + 1);
    }
  }
  for (const re of [SINGULAR_PERSON_RE, AGE_NAME_RE, DEFINITE_SINGULAR_RE]) {
    re.lastIndex = 0;
    while ((m = re.exec(s))) {
      const start = m.index;
      if (quantities.some((q) => q.start <= start && start < q.end) || out.some((c) => c.start <= start && start < c.end)) continue;
      // "a man and a woman": the second is read as part of the first's list, unless "and" opens a new
      // clause after an outcome ("two men died and a boy was wounded").
      if (/^\s*(?:and|or)\b/i.test(s.slice(start - 5, start)) && re !== DEFINITE_SINGULAR_RE && !OUTCOME_BEFORE_AND_RE.test(s.slice(Math.max(0, start - 30), start)) && !PASSIVE_OUTCOME_BEFORE_AND_RE.test(s.slice(Math.max(0, start - 80), start))) continue;
      const head = (m[1] ?? m[2] ?? 'person').toLowerCase();
      const end = m.index + m[0].length;
      quantities.push(peopleQuantity(start, end, head));
    }
  }
  // "Officer Jane Roe was shot and killed": a named victim is one person.
  NAMED_VICTIM_RE.lastIndex = 0;
  const named = cues.outcome;
  while (named && (m = NAMED_VICTIM_RE.exec(s))) {
    // "Officer Jane Roe": a title before the name.
    const name = m[1]!.replace(TITLE_RE, '');
    if (!name.includes(' ') && name === m[1]) continue;
    if (!isName(name)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (quantities.some((q) => q.start < end && start < q.end)) continue;
    quantities.push(peopleQuantity(start, end, 'person'));
  }
  // "Varn girl fatally shot": a headline's bare singular victim.
  // In a short, headline-like sentence each clause after a comma or semicolon may open with one too
  // ("3 dead, child injured in Varn shooting").
  for (let from = 0; from >= 0 && from < s.length; ) {
    const hp = HEADLINE_PERSON_RE.exec(from === 0 ? s : s.slice(from));
    if (hp) {
      const end = from + hp[0].length;
      const start = end - hp[1]!.length;
      if (!quantities.some((q) => q.start < end && start < q.end)) quantities.push(peopleQuantity(start, end, hp[1]!.toLowerCase()));
    }
    if (s.length > HEADLINE_LENGTH) break;
    const next = CLAUSE_BREAK_RE.exec(s.slice(from));
    from = next ? from + next.index + next[0].length : -1;
    // Only a clause after an outcome is a new one ("3 dead, child injured"); "2 officers, woman
    // injured" is a list.
    while (from > 0 && !OUTCOME_BEFORE_BREAK_RE.test(s.slice(Math.max(0, from - 30), from))) {
      const more = CLAUSE_BREAK_RE.exec(s.slice(from));
      from = more ? from + more.index + more[0].length : -1;
    }
  }
  // "Jane Roe, 31, and John Doe, 54, were killed": named victims before a plural outcome.
  if (cues.names) {
    NAME_LIST_RE.lastIndex = 0;
    while ((m = NAME_LIST_RE.exec(s))) {
      const list = m[1]!;
      const names = list.split(/\s*,?\s+(?:and|&)\s+|\s*,\s*(?=[A-Z])/).filter((x) => /^[A-Z]/.test(x));
      if (names.length < 2 || !names.every(isName)) continue;
      const start = m.index;
      const end = start + list.length;
      // Only the counts that start inside the names: the list replaces them.
      dropQuantities(quantities, (q) => q.start >= start && q.start < end);
      quantities.push(peopleQuantity(start, end, 'person', names.length));
    }
  }
  // "killed his mother, his brother and himself": a victim list is one claim; its counts are not read again.
  if (cues.list) {
    VICTIM_LIST_RE.lastIndex = 0;
    while ((m = VICTIM_LIST_RE.exec(s))) {
      const c = victimList(s, m);
      if (!c) continue;
      out.push(c);
      dropQuantities(quantities, (q) => q.start < c.end && c.start < q.end);
    }
  }
  // "arrested the owner and two of his foremen": one count for the person and the group.
  const arrestCue = ARREST_CUE_RE.test(s.toLowerCase());
  if (arrestCue) {
    for (const a of findArrestLists(s)) {
      if (out.some((c) => c.start < a.end && a.start < c.end)) continue;
      out.push({ kind: 'arrested', value: a.value, low: null, high: null, vague: false, unit: null, counted: null, parts: a.parts, start: a.start, end: a.end, phraseEnd: a.end });
      dropQuantities(quantities, (q) => q.start < a.end && a.start < q.end);
    }
  }
  // "a 13 and 18-year-old were hurt": one person per age.
  if (s.includes('-year-old')) {
    JOINED_AGES_RE.lastIndex = 0;
    while ((m = JOINED_AGES_RE.exec(s))) {
      const start = m.index;
      const end = start + m[0].length;
      dropQuantities(quantities, (q) => q.start < end && start < q.end);
      quantities.push(peopleQuantity(start, end, 'person', m[1]!.match(/\d+/g)!.length));
    }
  }
  // "her daughters, ages 6 and 9": a plural with a list of ages counts the ages.
  PLURAL_AGES_RE.lastIndex = 0;
  const ages = s.includes('ages') || s.includes('aged');
  while (ages && (m = PLURAL_AGES_RE.exec(s))) {
    const start = m.index;
    const noun = m[2]!.toLowerCase();
    if (!(PERSON_NOUNS.has(noun) || KIN_PLURALS.has(noun)) || NUMBER_BEFORE_RE.test(s.slice(Math.max(0, start - 12), start))) continue;
    if (quantities.some((q) => q.start <= start && start < q.end)) continue;
    const ages = m[3]!.match(/\d+/g)!.length;
    const end = start + m[0].length;
    quantities.push(peopleQuantity(start, end, noun, ages));
  }
  quantities.sort((a, b) => a.start - b.start);
  let consumedUntil = -1;
  const singles = new Set<ClaimKind>();
  // Cheap tests for the rarer readings of the loop below.
  const boardCue = s.includes('board');
  let prevEnd = -10;
  for (const q of quantities) {
    if (q.start < consumedUntil) continue;
    // "A boy, 9, was shot": the age belongs to the person just counted.
    const afterPrev = q.age && /^\s*,\s*$/.test(s.slice(prevEnd, q.start));
    prevEnd = q.end;
    if (afterPrev) continue;
    const phrase = readPhrase(s, q);
    // "A boy, 9, was shot": read on past the age.
    if (q.head && !q.age) {
      const age = quantities.find((x) => x.age && x.start >= phrase.end && /^\s*,\s*$/.test(s.slice(phrase.end, x.start)));
      if (age) phrase.end = age.end;
    }
    // "30 people were hurt, eight of them firefighters", "among them four nurses and two porters": parts
    // of the whole just counted, each its own figure (not a composed count).
    const partOfWhole = partAfterWhole(s, q, phrase, out);
    let comp = partOfWhole ? null : readComposition(s, q, phrase);
    let value = q.value;
    let parts: ClaimPart[] = [];
    let phraseEnd = phrase.end;
    let counted = phrase.counted;
    if (comp) {
      value = comp.parts.reduce((n, p) => n + p.value, 0);
      parts = comp.parts;
      phraseEnd = comp.end;
      counted = comp.parts.map((p) => p.label).join(', ');
    }
    let start = q.start;
    let extra = 0;
    // "he and two others were wounded", "a porter, 3 others hurt": the named one is counted too.
    if (!comp && phrase.head === 'others') {
      const lead = WITH_OTHERS_RE.exec(s.slice(Math.max(0, q.start - 40), q.start));
      const who = lead ? (lead[1] ?? lead[2] ?? '').toLowerCase() : '';
      if (lead && !OUTCOME_WORDS.has(who) && (lead[1] || PERSON_NOUNS.has(who) || (/^[A-Z]/.test(lead[2]!) && /\band\s+$/.test(lead[0])))) {
        extra = 1;
        value += 1;
        start = q.start - lead[0].length + (lead[0].length - lead[0].trimStart().length);
      }
    }
    // "Uncle and three nephews found dead": the people listed before the count are counted too.
    if (!extra && (q.head || (phrase.head && PERSON_NOUNS.has(phrase.head)))) {
      // An age stands for the person just named: the list goes on before that name.
      let own = start;
      let named = false;
      if (q.age) {
        const before = s.slice(Math.max(0, start - 60), q.end);
        const person = CONJUNCT_PERSON_RE.exec(before);
        const self = person ?? CONJUNCT_NAME_RE.exec(before);
        named = !person && self !== null;
        own = self ? start - (before.length - (q.end - start)) + self.index + (self[0].length - self[0].trimStart().length) : start;
      }
      // "The girls' mother, Ann Roe, 46,": a noun before a name and a comma is the same person; the
      // list, if any, goes on before that noun.
      if (named) {
        const head = s.slice(Math.max(0, consumedUntil, own - 60), own);
        const sep = CONJUNCT_COMMA_RE.exec(head);
        const noun = sep ? CONJUNCT_PERSON_RE.exec(head.slice(0, sep.index)) : null;
        if (sep && noun) own -= sep[0].length + noun[0].length;
      }
      const lead = conjunctsBefore(s, own, consumedUntil);
      if (lead.n > 0) {
        extra = lead.n;
        value += lead.n;
        start = lead.start;
      }
    }
    let inclusionEnd = phraseEnd;
    if (!comp) {
      const inc = INCLUDING_RE.exec(s.slice(phraseEnd, phraseEnd + 40));
      if (inc) {
        const at = phraseEnd + inc[0].length;
        QUANTITY_START_RE.lastIndex = at;
        const m2 = QUANTITY_START_RE.exec(s);
        if (m2 && m2.index === at) {
          const q2 = readQuantity(s, at, m2[0]);
          if (q2) {
            const p2 = readPhrase(s, q2);
            const c2 = readComposition(s, q2, p2);
            parts = c2 ? c2.parts : p2.head ? [{ label: p2.counted ?? p2.head, value: q2.value }] : [];
            if (parts.length) inclusionEnd = c2 ? c2.end : p2.end;
            // The verb comes after the parenthetical: "nine people, including ..., were killed".
            if (parts.length && s[inclusionEnd] === ',') inclusionEnd++;
          }
        }
      }
    }
    // "four of the injured were in serious condition": the verb comes after the kind it picks from.
    if (!comp && !phrase.head && inclusionEnd === q.end) {
      const of = OF_KIND_RE.exec(s.slice(q.end, q.end + 40));
      if (of) inclusionEnd = q.end + of[0].length;
    }
    let kind: ClaimKind | null = phrase.kind ?? partOfWhole?.kind ?? null;
    // The stage of a siege or an escape ("still holding eight", "five had been recaptured"), or a charge.
    let stage: string | null = partOfWhole?.partOf ?? null;
    if (!kind && !comp && (cues.captive || cues.confined || cues.charge)) {
      const person = q.head !== null || (phrase.head !== null && PERSON_NOUNS.has(phrase.head));
      // "two tellers were released", "two more drivers were indicted": a plural the person nouns lack is read past to its verb.
      const more = MORE_AFTER_RE.exec(s.slice(q.end, q.end + 8));
      const plural = phrase.head || q.head ? null : pluralNounAfter(s, q.end + (more ? more[0].length : 0));
      // People counted by words ("a man", "the child") may be charged, but no siege or escape is read of them:
      // "hold a vigil for an officer" is none.
      const stageCues = q.head ? { captive: false, confined: false } : cues;
      // "the two owners of the factory were charged": read past what they belong to.
      const after = plural?.end ?? inclusionEnd;
      const place = PLACE_PHRASE_RE.exec(s.slice(after, after + 60));
      const belong = place && OF_START_RE.test(place[0]) ? place : null;
      const reading = stageReading(s, q.start, q.end, after + (belong ? belong[0].length : 0), phrase.head ? phrase.counted : null, person || !phrase.head, stageCues);
      if (reading) {
        kind = reading.kind;
        stage = reading.partOf;
      }
    }
    // "Two tellers were released on Monday and four more on Tuesday": the figure after "and" with no verb of
    // its own is another of what was just counted.
    if (!kind && !comp && !q.vague) {
      const last = out[out.length - 1];
      if (last && PEOPLE_KINDS.has(last.kind) && ANOTHER_AFTER_RE.test(s.slice(q.end, q.end + 30)) && AND_ONLY_BETWEEN_RE.test(s.slice(last.phraseEnd, q.start))) {
        kind = last.kind;
        stage = last.partOf ?? null;
      }
    }
    // "1 killed 2 wounded": a kind word right after the number is its own.
    if (!kind && !comp) kind = kindRightAfter(s, inclusionEnd);
    if (!kind) {
      // "shot Jane Roe and three others": the verb is before the people listed ahead of the count. A toll is
      // not read so ("killed Jane Roe and two others" cost reconciled tolls three incidents in the GVA check).
      kind = kindBefore(s, q.start);
      if (!kind && start < q.start) {
        const listed = kindBefore(s, start) ?? kindBefore(s, start - (GIVEN_NAMES_BEFORE_RE.exec(s.slice(Math.max(0, start - 40), start))?.[0].length ?? 0));
        if (listed !== 'killed') kind = listed;
      }
      // "shooting three people to death": the phrase after the count says the outcome.
      if (kind === 'casualties' && TO_DEATH_AFTER_RE.test(s.slice(inclusionEnd, inclusionEnd + 20))) kind = 'killed';
      // "the victims are 8 people" after a count of the dead: the victims are the dead.
      if (kind === 'casualties' && VICTIMS_ARE_BEFORE_RE.test(s.slice(Math.max(0, q.start - 30), q.start)) && (previous === 'killed' || out.some((c) => c.kind === 'killed'))) kind = 'killed';
    }
    if (!kind) kind = kindAfter(s, inclusionEnd);
    // "12 spectators were killed", "3,000 fans were led out": a plural the person nouns lack, read past to its
    // verb. Not "shot" alone: the plural may be a thing ("three rounds shot", "two photos shot").
    // "both legs": a number pointing back is not read through an unknown plural.
    if (!kind && !phrase.head && !comp && inclusionEnd === q.end && !/^both$/i.test(s.slice(q.numberStart, q.end))) {
      const noun = pluralNounAfter(s, q.end);
      // Most plurals after a number go on to a preposition ("3 cars for sale"): no verb to read, unless it
      // opens the place phrase kindAfter reads past ("3,000 fans in the east stand were led out").
      const next = noun ? s.slice(noun.end, noun.end + 60) : '';
      const k = noun && (!PREPOSITION_AFTER_RE.test(next) || PLACE_PHRASE_RE.test(next)) ? kindAfter(s, noun.end) : null;
      if (k && k !== 'count' && k !== 'casualties') {
        kind = k;
        counted = noun!.noun;
        phraseEnd = inclusionEnd = noun!.end;
      }
    }
    // "Authorities took 12 people into custody".
    if (!kind && !q.vague && arrestCue && TOOK_BEFORE_RE.test(s.slice(Math.max(0, q.start - 10), q.start)) && INTO_CUSTODY_AFTER_RE.test(s.slice(phraseEnd, phraseEnd + 24))) kind = 'arrested';
    // "Rescuers are still searching for 17 people": those sought after a disaster are missing (not culprits sought).
    if (!kind && !q.vague && !q.head && phrase.head && PERSON_NOUNS.has(phrase.head) && !CULPRIT_NOUNS.has(phrase.head) && s.slice(Math.max(0, q.start - 50), q.start).includes(' for ') && SEARCHED_FOR_BEFORE_RE.test(s.slice(Math.max(0, q.start - 50), q.start)) && !CULPRIT_WORDS_RE.test(s)) kind = 'missing';
    // "took 45 villagers alive from the flooded houses", "brought 12 miners out alive": the object of a verb of getting out, saved.
    if (!kind && !q.vague && s.slice(phraseEnd, phraseEnd + 60).includes('alive') && GOT_OUT_BEFORE_RE.test(s.slice(Math.max(0, q.start - 12), q.start)) && ALIVE_OBJECT_AFTER_RE.test(s.slice(phraseEnd, phraseEnd + 60))) kind = 'rescued';
    // "recovered 7 survivors", "a trawler picked up 40 survivors": survivors got out are saved.
    if (!kind && !q.vague && phrase.head === 'survivors' && SURVIVORS_GOT_BEFORE_RE.test(s.slice(Math.max(0, q.start - 16), q.start))) kind = 'rescued';
    // "winched 14 people off the roof", "dragged 11 survivors from the wreckage" (not to a hospital).
    if (!kind && !q.vague && phrase.head && PERSON_NOUNS.has(phrase.head) && LIFTED_BEFORE_RE.test(s.slice(Math.max(0, q.start - 12), q.start)) && LIFTED_FROM_AFTER_RE.test(s.slice(phraseEnd, phraseEnd + 16)) && !CARE_PLACE_RE.test(s.slice(phraseEnd, phraseEnd + 60))) kind = 'rescued';
    // "Twelve miners were taken to Kessel General Hospital": several people, written as a number, taken into care
    // (a plural the person nouns lack read past too). Not one person ("she was rushed to X Hospital" is as often a
    // death told later, or the shooter), nor "all four victims", the group already counted, some of whom may die there.
    if (!kind && !q.head && !q.vague && q.value > 1 && !comp && s.slice(q.end, q.end + 90).includes(' to ') && !ALL_BEFORE_RE.test(s.slice(Math.max(0, q.start - 6), q.start))) {
      const noun = phrase.head || inclusionEnd > q.end ? null : pluralNounAfter(s, q.end);
      if (TAKEN_TO_CARE_RE.test(tailAfterAux(s, noun ? noun.end : inclusionEnd))) {
        kind = 'injured';
        if (noun) {
          counted = noun.noun;
          phraseEnd = inclusionEnd = noun.end;
        }
      }
    }
    // "a round struck a porter", "hit her three brothers", "grazed a cook": people hit, hurt or killed (things
    // struck stay a count of sites).
    const person = q.head !== null || (phrase.head !== null && PERSON_NOUNS.has(phrase.head));
    if ((kind === 'count' || !kind) && person && !(phrase.head && SITE_NOUNS.has(phrase.head)) && HIT_PERSON_BEFORE_RE.test(s.slice(Math.max(0, q.start - 30), q.start))) kind = kindAfter(s, inclusionEnd) ?? 'casualties';
    if (kind === 'count' && !(phrase.head && SITE_NOUNS.has(phrase.head))) kind = kindAfter(s, inclusionEnd);
    if (kind === 'count' && !(phrase.head && SITE_NOUNS.has(phrase.head))) kind = null;
    if (!kind && phrase.head && SITE_NOUNS.has(phrase.head) && /\b(?:hit|struck|target|destroy|attack|raid|engag)/i.test(s.slice(Math.max(0, q.start - 80), q.start))) kind = 'count';
    // "12-year-old girl critical after gunfire": one person, hurt ("9 victims, 1 critical" is a part, left unread).
    if (!kind && q.head && /^\s*critical\b/i.test(s.slice(inclusionEnd, inclusionEnd + 12))) kind = 'injured';
    // "700 houses were flattened", "20 trucks were on the ramp": things counted by what befell them.
    if (!kind && phrase.head && SITE_NOUNS.has(phrase.head) && THINGS_AFTER_RE.test(tailAfterAux(s, inclusionEnd))) kind = 'count';
    // "a team of 45 medics", "sent 300 soldiers", "nine riders on board": people counted, not hurt.
    const lastWord = kind ? '' : wordBefore(s, q.start);
    if (!kind && !q.vague && ((SENT_BEFORE_WORDS.has(lastWord) && SENT_BEFORE_RE.test(s.slice(Math.max(0, q.start - 40), q.start)) && !TO_HOSPITAL_AFTER_RE.test(s.slice(q.end, q.end + 60))) || (phrase.head && (ON_BOARD_AFTER_RE.test(s.slice(inclusionEnd, inclusionEnd + 20)) || PRESENT_AFTER_RE.test(tailAfterAux(s, inclusionEnd)) || (!q.head && q.value > 1 && ON_VEHICLE_AFTER_RE.test(s.slice(inclusionEnd, inclusionEnd + 140))))))) {
      kind = 'count';
    }
    // "Coach crash: 52 on board, 9 dead": a bare number right before "on board" counts the people carried.
    if (!kind && !q.vague && !q.head && !phrase.head && phrase.kind === null && boardCue && BARE_ON_BOARD_RE.test(s.slice(q.end, q.end + 16)) && !NOT_COUNT_AFTER_BOARD_RE.test(s.slice(q.end, q.end + 60))) {
      kind = 'count';
      counted = 'people';
    }
    // "In the van were nine passengers and the driver": an inverted count of those present counts its own
    // noun (the driver is no passenger).
    const located = !kind && !q.vague && phrase.head && LOCATED_WORDS.has(lastWord) ? LOCATED_BEFORE_RE.exec(s.slice(Math.max(0, q.start - 60), q.start)) : null;
    if (!kind && !q.vague && phrase.head && ((PRESENT_BEFORE_WORDS.has(lastWord) && PRESENT_BEFORE_RE.test(s.slice(Math.max(0, q.start - 60), q.start))) || located)) {
      // "In the hospitals are located 27 persons": those a place of care holds are hurt.
      kind = located && CARE_PLACE_RE.test(located[0]) ? 'injured' : 'count';
      if (comp) {
        value = comp.parts[0]!.value;
        counted = comp.parts[0]!.label;
        parts = [];
      }
    }
    if ((kind === 'count' || kind === 'affected') && !counted && !phrase.head) {
      const noun = PLURAL_NOUN_RE.exec(s.slice(q.end, q.end + 30));
      if (noun && !NOT_PLURAL_NOUNS.has(noun[1]!)) counted = noun[1]!;
    }
    // "the mayor says 48", "offered a figure of 75": a bare figure counts what the sentence, or the one
    // before it, has just counted.
    if (!kind && !phrase.head && !comp && !q.vague && Number.isInteger(value) && FIGURE_BEFORE_WORDS.has(lastWord) && FIGURE_BEFORE_RE.test(s.slice(Math.max(0, q.start - 40), q.start)) && FIGURE_END_AFTER_RE.test(s.slice(q.end, q.end + 20))) {
      let inherited: ClaimKind | null = null;
      for (let i = out.length - 1; i >= 0 && !inherited; i--) if (out[i]!.end <= q.start && PEOPLE_KINDS.has(out[i]!.kind)) inherited = out[i]!.kind;
      kind = inherited ?? (previous && PEOPLE_KINDS.has(previous) ? previous : null);
      // "put the number of people on board at 412; the operator said 398": another source's figure of the
      // count just given in the sentence.
      const last = out[out.length - 1];
      if (!kind && last?.kind === 'count' && last.counted && last.end <= q.start) {
        kind = 'count';
        counted = last.counted;
      }
      // "The camp held 2,050 refugees. A charity puts the figure closer to 2,400.": the count the sentence before
      // gave last (not a place's room: a rival figure of its room is rare, of its crowd common).
      if (!kind && !out.length && previous === 'count' && previousCounted && previousCounted !== 'capacity') {
        kind = 'count';
        counted = previousCounted;
      }
    }
    // "21 died, four more than the 17 counted by the agency": a bare figure compared with counts what the
    // sentence has just counted ("the 25 the police gave": the noun read after it is the source's).
    if (!kind && (!phrase.head || DETERMINER_START_RE.test(phrase.counted ?? '')) && !comp && !q.vague && lastWord === 'the' && THAN_THE_BEFORE_RE.test(s.slice(Math.max(0, q.start - 20), q.start)) && COMPARED_END_AFTER_RE.test(s.slice(q.end, q.end + 20))) {
      // "held 2,400 refugees, not the 2,050 the agency gave": a count of people, compared, keeps its noun.
      for (let i = out.length - 1; i >= 0 && !kind; i--) {
        const o = out[i]!;
        if (o.end > q.start || !(PEOPLE_KINDS.has(o.kind) || (o.kind === 'count' && o.counted !== 'capacity'))) continue;
        kind = o.kind;
        counted = o.kind === 'count' ? o.counted : null;
      }
    }
    // "the hospital had admitted 53 of the injured": a part of the hurt, taken into care; "Hospitals admitted
    // 73 people": the hurt, taken into care, when the sentence names the care.
    if (!kind && CARE_VERB_BEFORE_RE.test(s.slice(Math.max(0, q.start - 20), q.start))) {
      if (s.startsWith(' of ', q.end) && OF_HURT_AFTER_RE.test(s.slice(q.end, q.end + 30))) kind = 'injured';
      else if (!q.head && phrase.head && PERSON_NOUNS.has(phrase.head) && CARE_PLACE_RE.test(s)) kind = 'injured';
    }
    // "18,200 tickets had been sold", "140 marshals were on duty", "a capacity of 36,000": counted, not hurt.
    // Only a written number: a person named by words ("the woman received a call") is an agent, not a count.
    // A list of people counted so ("the roster listed 85 workers and two guards", "48 pupils and three teachers
    // were on the coach"): each conjunct is its own count, the next one read on its own.
    if (!kind && !q.vague && !q.head) {
      const c = readCountOf(s, q.start, q.end, phrase.head, phrase.counted);
      if (c) {
        kind = 'count';
        counted = c.counted;
        if (comp) {
          value = comp.parts[0]!.value;
          parts = [];
          phraseEnd = phrase.end;
          comp = null;
        } else phraseEnd = Math.max(phraseEnd, c.end);
      }
    }
    // "was built for 600 refugees but held 2,050": after a place's room, the bare figure it held counts the same people.
    if (!kind && !comp && !q.vague && !q.head && !phrase.head && ROOM_FILLED_WORDS.has(lastWord)) {
      const room = out[out.length - 1];
      if (room?.kind === 'count' && room.counted === 'capacity') {
        kind = 'count';
        counted = pluralNounAfter(s, room.end)?.noun ?? 'people';
      }
    }
    if (!kind && cues.captive && !q.head && isCaptiveCount(phrase.head ? phrase.counted : null)) kind = 'hostages';
    if (!kind) continue;
    // "were brought out alive": saved, not only moved.
    if (kind === 'evacuated' && ALIVE_AFTER_RE.test(s.slice(inclusionEnd, inclusionEnd + 60))) kind = 'rescued';
    // "many families are sleeping in tents": a vague word gives a figure only for a toll.
    if (q.vague && !TOLL_KINDS.has(kind) && WORDS_WITHOUT_FIGURE.has(s.slice(q.numberStart, q.end).toLowerCase())) continue;
    // "has grown up to 37 persons": a translation's "up to" after a verb of growth is no ceiling.
    if (q.high !== null && q.low === null && /^up\s+to\b/i.test(s.slice(q.start, q.numberStart)) && GROWN_UP_TO_RE.test(s.slice(Math.max(0, q.start - 20), q.start))) q.high = null;
    // "want to kill the teen": a killing wished or threatened, not done.
    if (UNREALIZED_BEFORE_RE.test(s.slice(Math.max(0, start - 40), start))) continue;
    // "was rushed to a clinic, where she died": the later outcome wins for one victim.
    if (value === 1 && (kind === 'injured' || kind === 'casualties') && (LATER_DIED_RE.test(s.slice(inclusionEnd, inclusionEnd + 160)) || (kind === 'casualties' && SHOT_THEN_KILLED_RE.test(s.slice(inclusionEnd, inclusionEnd + 60))))) kind = 'killed';
    // "was shot but survived", "were shot and are in fair condition": hit, and alive.
    else if (kind === 'casualties' && SURVIVED_AFTER_RE.test(s.slice(inclusionEnd, inclusionEnd + 120))) kind = 'injured';
    // "A gunman killed three people": the one before an active verb with an object is its agent.
    if (ACTIVE_VERB_RE.test(s.slice(phraseEnd, phraseEnd + 40)) && (q.head || !/^\s*\w+\s+\d/.test(s.slice(phraseEnd, phraseEnd + 40)))) continue;
    // "the man who killed a woman": a single person the relative clause makes the agent.
    if (q.head && q.value === 1 && !comp && WHO_AGENT_RE.test(s.slice(phraseEnd, phraseEnd + 12)) && ACTIVE_VERB_RE.test(s.slice(phraseEnd).replace(WHO_AGENT_RE, ''))) continue;
    // "The driver ... where he died": the pronoun is the person already counted.
    if (q.head && q.value === 1) {
      if ((q.head === 'he' || q.head === 'she') && singles.has(kind)) continue;
      singles.add(kind);
    }
    // A one-person count must be the victim of the verb, not its agent ("a gunman killed ...").
    if (q.head && q.value === 1 && !phrase.kind && /^(?:gunman|suspect|attacker)$/.test(q.head) && kind !== 'arrested' && kind !== 'killed') continue;
    phraseEnd = Math.max(phraseEnd, inclusionEnd);
    consumedUntil = phraseEnd;
    const unit = phrase.unit;
    const end = comp ? comp.end : Math.max(q.end, phrase.kind ? phrase.end : q.end);
    const claim: RawClaim = {
      kind, value, low: q.low === null ? null : q.low + extra, high: q.high === null ? null : q.high + extra, vague: q.vague, unit, counted: counted ?? null, parts,
      start, end, phraseEnd,
    };
    if (kind === 'distance') {
      const measures = distanceSubject(s, start, end);
      if (measures) claim.measures = measures;
    } else if (stage) {
      claim.partOf = stage;
    } else if (PEOPLE_KINDS.has(kind) && !STAGED_KINDS.has(kind)) {
      // "Thirty of the injured", "9 are still there", "the list includes two ... and two who ...": parts.
      const last = out[out.length - 1];
      // "counts 7 dead: four miners and a driver": the list after the toll and its colon breaks the toll down.
      const breakdown = last !== undefined && last.kind === kind && !last.partOf && BREAKDOWN_BETWEEN_RE.test(s.slice(last.end, start));
      const partOf = partOfGroup(s, q.start, q.end) ?? (stillInCare(s, inclusionEnd) ? 'still there' : null) ?? (last?.partOf && last.kind === kind && nextPartOfList(s, last.end, start) ? last.partOf : null) ?? (breakdown ? 'them' : null);
      if (partOf) claim.partOf = partOf;
    }
    out.push(claim);
  }
  // "a quadruple shooting": the people hit; "a triple homicide", "double fatal shooting": the dead.
  MULTIPLE_RE.lastIndex = 0;
  const multiple = cues.multiple;
  while (multiple && (m = MULTIPLE_RE.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const dead = /fatal|homicide|murder|slaying|killing/i.test(m[0]);
    out.push({ kind: dead ? 'killed' : 'casualties', value: MULTIPLES[m[1]!.toLowerCase()]!, low: null, high: null, vague: false, unit: null, counted: m[2]!.toLowerCase(), parts: [], start, end, phraseEnd: end });
  }
  // Ordinals are rare: both ordinal patterns run only when one is in the sentence.
  const ordinal = cues.ordinal;
  // "A third victim has died": a running toll told by an ordinal.
  ORDINAL_DEATH_RE.lastIndex = 0;
  while (ordinal && (m = ORDINAL_DEATH_RE.exec(s))) {
    const start = m.index;
    if (out.some((c) => c.kind === 'killed' && c.start >= start && c.start < start + m![0].length)) continue;
    const end = start + m[1]!.length;
    out.push({ kind: 'killed', value: ORDINALS[m[1]!.toLowerCase()]!, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end, phraseEnd: end });
  }
  // "The coast guard has confirmed a fourth death": likewise.
  ORDINAL_DEATH_NOUN_RE.lastIndex = 0;
  while (ordinal && (m = ORDINAL_DEATH_NOUN_RE.exec(s))) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (out.some((c) => c.kind === 'killed' && c.start <= start && start < c.end)) continue;
    const end = start + m[1]!.length;
    out.push({ kind: 'killed', value: ORDINALS[m[1]!.toLowerCase()]!, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end, phraseEnd: end });
  }
  // "A second man was injured": the people hit reach the ordinal; it replaces the one-person count.
  ORDINAL_HIT_RE.lastIndex = 0;
  while (ordinal && (m = ORDINAL_HIT_RE.exec(s))) {
    const start = m.index;
    const stop = start + m[0].length;
    if (out.some((c) => c.kind === 'killed' && c.start >= start && c.start < stop)) continue;
    const one = out.findIndex((c) => (c.kind === 'injured' || c.kind === 'casualties') && c.value === 1 && c.start <= start + m![1]!.length && c.end >= start);
    if (one >= 0) out.splice(one, 1);
    const end = start + m[1]!.length;
    out.push({ kind: 'casualties', value: ORDINALS[m[1]!.toLowerCase()]!, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start, end, phraseEnd: end });
  }
  if (arrestCue) arrestCounts(s, out, ordinal);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** "no one was hurt", "no injuries were reported", "none were killed": a count of zero. */
function zeroClaim(s: string, pos: number): RawClaim | null {
  const rest = s.slice(pos, pos + 80);
  const noun = /^no\s+(injuries|deaths|fatalities|casualties|other injuries)\b/i.exec(rest);
  if (noun) {
    const kind: ClaimKind = /injur/i.test(noun[1]!) ? 'injured' : 'killed';
    return { kind, value: 0, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start: pos, end: pos + noun[0].length, phraseEnd: pos + noun[0].length };
  }
  const who = /^(no one else|nobody else|no one|nobody|none|no other (?:people|person))\b/i.exec(rest);
  if (!who) return null;
  const end = pos + who[0].length;
  const kind = kindAfter(s, end);
  if (!kind || kind === 'count') return null;
  return { kind, value: 0, low: null, high: null, vague: false, unit: null, counted: null, parts: [], start: pos, end, phraseEnd: end };
}

export { parseNumber };
