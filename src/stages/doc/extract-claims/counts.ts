// Counts of people and things that are neither hurt nor moved: what was sold, received or on duty,
// what a place holds, and a figure compared with another ("four more than the 17 counted by X").
// Each is read only where no casualty reading took the number: these are the fallbacks of
// `findNumericClaims`.
import { readNumberAt } from '../../../nlp/numbers.ts';
import { ON_VEHICLE_AFTER_RE, PERSON_NOUNS, VEHICLE_NOUNS, PRESENT_AFTER_RE, SHOT_RE } from './patterns.ts';

/** A plural noun right after the number: "18,200 tickets", "140 marshals". */
const PLURAL_AFTER_RE = /^\s+([a-z][a-z-]{2,}s)\b/;
/** Plural-looking words that are no counted noun ("400 was", "12 across"). */
const NOT_COUNTED_NOUNS: ReadonlySet<string> = new Set(
  'was has does this its his hers thus plus less across towards besides unless yes sometimes always perhaps whereas'.split(' '),
);
/** The plural noun right after a number ending at `end` ("18,200 tickets"), and where it ends. */
export function pluralNounAfter(s: string, end: number): { noun: string; end: number } | null {
  const m = PLURAL_AFTER_RE.exec(s.slice(end, end + 40));
  return m && !NOT_COUNTED_NOUNS.has(m[1]!) && !/(?:ss|us)$/.test(m[1]!) ? { noun: m[1]!, end: end + m[0].length } : null;
}

/** "and 40 engines", ", about 30 trucks and": the joint before another counted conjunct. */
const COORDINATE_JOINT_RE = /(?:\s*,)?\s+(?:and\s+)?/y;
/**
 * The conjunct's noun after its number: "40 engines", "six crew members", "two armoured vehicles" (up to three words,
 * none a participle of what befell or where: "one female found inside").
 */
const CONJUNCT_NOUN_RE = /^\s+(?:(?!(?:found|seen|shot|hit|left|held|taken|killed|injured|wounded|trapped|rescued|arrested|located)\b)[\p{L}-]+\s+){0,2}?(?!(?:found|seen|shot|hit|left|held|taken|killed|injured|wounded|trapped|rescued|arrested|located)\b)[\p{L}-]+(?=\s+(?:were|was|are|is|have|has|had|took|take|taking|remain|remained|stayed|all|on|in|aboard|inside|\p{Ll}+ed)\b|\s*,|\s+and\b)/u;

/**
 * Where a chain of counted conjuncts after the first ends: "Some 300 firefighters and 40 engines were battling the blaze",
 * "200 soldiers, 40 trucks and six helicopters were deployed". Each conjunct is a number (a bound word
 * allowed before it) and its noun; the verb after the last is the first conjunct's too. `end` when there is none.
 */
function coordinatedEnd(s: string, end: number): number {
  let at = end;
  for (let i = 0; i < 4; i++) {
    COORDINATE_JOINT_RE.lastIndex = at;
    const joint = COORDINATE_JOINT_RE.exec(s);
    if (!joint || joint[0].trim() === '') break;
    let p = at + joint[0].length;
    const lead = CONJUNCT_BOUND_RE.exec(s.slice(p, p + 24));
    if (lead) p += lead[0].length;
    const dozen = DOZEN_RE.exec(s.slice(p, p + 12));
    const numberEnd = dozen ? p + dozen[0].length : readNumberAt(s, p)?.end;
    if (numberEnd === undefined) break;
    const noun = CONJUNCT_NOUN_RE.exec(s.slice(numberEnd, numberEnd + 50));
    if (!noun) break;
    at = numberEnd + noun[0].length;
  }
  return at;
}
/** "a dozen dogs": a conjunct counted in dozens. */
const DOZEN_RE = /^(?:a|half a)\s+dozen\b/i;
/** A bound word before a conjunct's number: "and about 40 engines", "and more than 30 trucks". */
const CONJUNCT_BOUND_RE = /^(?:about|around|some|roughly|nearly|almost|approximately|over|more than|at least|up to|another|a further)\s+/i;

/**
 * Verbs of handling just before the number: "sold 18,200 tickets", "had received about 450 calls",
 * "issued 2,000 permits". The bound word ("about") is part of the quantity, so it is not between.
 */
const HANDLED_BEFORE_RE =
  /\b(?:s[oe]ld|sells|selling|receiv(?:ed|es|ing|e)|issu(?:ed|es|ing|e)|record(?:ed|s|ing)?|register(?:ed|s|ing)?|logg(?:ed|ing)|logs|handl(?:ed|es|ing|e)|answer(?:ed|s|ing)?|field(?:ed|s|ing)|distribut(?:ed|es|ing|e)|print(?:ed|s|ing)?|(?:figure|estimate) of)\s+$/i;
/**
 * The same verbs as participles after the counted noun, passive ("18,200 tickets had been sold") or
 * reduced ("141 cases recorded last year"): not active with an object ("one of the men received a
 * wound").
 */
const HANDLED_AFTER_RE = /^(?:sold|received|issued|recorded|registered|logged|handled|answered|fielded|distributed|printed|counted)\b/i;
/**
 * People on a record, in the passive: "96 passengers were listed on the booking records", "300 were booked on the train".
 * Not "listed in critical condition", nor "booked into jail" (an arrest).
 */
const ON_RECORD_AFTER_RE =
  /^(?:listed|booked|named|entered|registered|ticketed) (?:on|in|for|onto|aboard) (?:the |its |their |a |an )?(?:[\w'’-]+ ){0,2}?(?:manifests?|lists?|rosters?|registers?|records|logs?|books|flights?|trains?|services?|ferry|ferries|bus|coach|trips?|voyages?|crossings?|tours?|sailings?|cruises?|shifts?)\b/i;
/**
 * A record that lists people or things, then its verb, before the number: "the airline's passenger list showed 140 names",
 * "the passenger list showed 140 names", "the roster for the night shift had 85 workers", "payroll records
 * give 300 staff". What a record holds is a count of what it names.
 */
const RECORD_BEFORE_RE =
  /\b(?:manifests?|passenger lists?|lists? of (?:passengers|names|workers|staff|guests|pupils|students|residents|patients|inmates)|rosters?|rota|registers?|registry|records|logs?|logbooks?|ledgers?|payroll|booking (?:system|records|data)|ticket (?:sales|records|data)|census|headcount|guest list)\b[^.;:\d]{0,30}?\s(?:listed|lists|showed|shows|named|names|contained|contains|included|includes|had|has|recorded|records|gave|gives|counted|counts|held|holds|totall?ed|totals)\s+$/i;
/** The last words of RECORD_BEFORE_RE: it runs only after one of them. */
const RECORD_VERBS: ReadonlySet<string> = new Set(
  'listed lists showed shows named names contained contains included includes had has recorded records gave gives counted counts held holds totalled totaled totals'.split(' '),
);
/** The last word of a text, lower-cased ('' when it ends in no word). */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}
/** The words RECORD_BEFORE_RE needs: it runs only after one. */
const RECORD_WORDS: readonly string[] = ['anifest', 'list', 'oster', 'rota', 'egist', 'ecords', 'log', 'edger', 'ayroll', 'ooking', 'icket', 'ensus', 'eadcount'];
const PASSIVE_AUX_RE = /\b(?:were|was|been|being|are|is)\b/i;
const NO_OBJECT_AFTER_RE = /^[a-z]+\s*(?:$|[.,;:)]|(?:by|for|at|in|on|to|from|since|so far|last|this|under|over|during|before|after|until)\b)/i;
/**
 * Things told in the passive by any participle: "120 flights were cancelled", "45 schools have been closed".
 * Only for things: what befalls people in the passive is a casualty, a move or an arrest, read before. Not
 * a state ("the two shootings are related") nor a verb before "to" ("were supposed to").
 */
const PASSIVE_PARTICIPLE_RE = /^(?!(?:been|related|unrelated|connected|linked|seated|supposed)\b)[a-z]+(?:ed|en)\b(?!\s+to\b)/;
/** A number that points back to things already told ("the two shootings", "these three cars", "both"). */
const POINTS_BACK_BEFORE_RE = /\b(?:the|these|those|its|their|his|her|our|all|both)\s+$/i;
/** "Police received 911 calls": an emergency line's number before "calls" is no count. */
const EMERGENCY_NUMBER_RE = /^(?:911|999|112)$/;
/**
 * "a ground that held about 24,000 people": a place holding people. Not an arrest ("police held
 * five people", "were held hostage"): the sentence must not tell of one.
 */
const HELD_BEFORE_RE = /\b(?:held|holding)\s+["“]?$/i;
/** A prison holding its inmates tells how full it is, whatever custody words the sentence has. */
const INMATE_NOUNS: ReadonlySet<string> = new Set(['inmates', 'prisoners', 'convicts']);
/** "the east block, which houses 280 patients", "home to 280 patients": those a place holds now, not its room. */
const HOUSES_BEFORE_RE = /(?:\b(?:houses|housed|housing|shelters|sheltering)|(?:\b(?:is|was|are|were)|,)\s+home to)\s+$/i;
/**
 * A translation's inverted order: "where were kept 940 persons", "At the shelter were housed during the
 * flood 940 persons". The counted word is the one after the number, whatever its form.
 */
const CONTAINED_BEFORE_RE = /\b(?:were|was|are|is) (?:contained|kept|housed|accommodated)\s+(?:[^.;,\d]{0,40}?\s)?$/i;
const WORD_AFTER_RE = /^\s+([\p{L}-]{3,})/u;
/**
 * "90 patients from the east wing were moved to other hospitals": people sent elsewhere, counted, not evacuated; the
 * counted phrase says so ("inmates moved"), so that the moved are not counted with those the place holds.
 */
const TRANSFERRED_AFTER_RE = /^(?:moved|transferred|relocated|bus(?:s)?ed|shifted) to (?:other|another|different|a different|neighbou?ring|nearby) \p{L}+/iu;
/** "150 families of the miners waited": an of-phrase between the noun and its verb. */
const OF_NOUN_AFTER_RE = /^\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+and\s+(?:of\s+)?(?:the\s+)?[\p{L}'’-]+)?(?=\s)/u;
/** "90 patients from the east wing were moved": a place phrase between the noun and its verb. */
const FROM_PLACE_AFTER_RE = /^\s+(?:from|in|at|inside) (?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?(?=\s+(?:were|was|are|is|have|has|had)\b)/iu;
const CUSTODY_WORDS_RE = /\b(?:police|arrest|detain|custody|hostage|captive|prison|jail|charged|suspects?)\w*/i;
/**
 * Room for people: "a capacity of 36,000", "a stadium that holds 36,000", "can seat 8,000", "licensed to
 * carry 350 passengers". "held" is left out: a place that held so many tells a crowd, not its size.
 */
const CAPACITY_BEFORE_RE =
  /\b(?:capacity (?:of|was|is|stood at|stands at)|(?:limit|maximum|max\.?) of|(?:can |could |that |which |it )?(?:holds|seats|accommodates)|(?:can|could|to|will|would) (?:hold|seat|accommodate|carry|take)|(?:licensed|licenced|certified|allowed|permitted|designed|built|able|authori[sz]ed|approved|rated|cleared|registered) to (?:carry|hold|take|seat|transport)|(?:built|designed|intended|meant|calculated|planned|licensed|licenced|certified|rated|approved|authori[sz]ed|cleared|registered|permitted) for|(?:licen[cs]e|permit|certificate|permission|approval|authori[sz]ation) (?:for|on|to carry)|(?:licen[cs]e|permit|certificate)[^.;\d]{0,20}? (?:allowed|allows|permitted|permits|covered|covers)|(?:seating|room|space|berths|places|seats) for|(?:limited|limits|capped|caps) (?:attendance|numbers|capacity|the crowd|passengers|occupancy) (?:to|at))\s+$/i;
/**
 * "were directed 64 rescuers", "has involved 300 volunteers", "In the clean-up are working 300 volunteers": people
 * sent or at work, a translation's order too.
 */
const SENT_LIKE_BEFORE_RE =
  /\b(?:directed|despatched|involved|engaged|attracted|brought in|called in|drafted in|(?:are|were|is|was|will be|have been|had been) (?:participating|taking part|working|employed|deployed|searching|helping))\s+$/i;
/** "a ferry carrying 412 people", "the bus, which carried 40 passengers": those on board. */
const CARRYING_BEFORE_RE = /\b(?:carrying|carried|carries|transporting|transported|ferrying|with)\s+$/i;
/** "The Airbus was carrying 150 people": a subject carrying people, whatever its name. */
const CARRYING_AUX_BEFORE_RE = /\b(?:was|were|is|are|had been) (?:carrying|transporting|ferrying)\s+$/i;
/** "The plane had 133 passengers", "the bus has 52 pupils on it": what a vehicle had is those it carried. */
const VEHICLE_HAD_BEFORE_RE = new RegExp(`\\b${VEHICLE_NOUNS} (?:had|has|was carrying|carried)\\s+$`, 'i');
/** "Passengers numbered 212": people counted by a verb of number. Group 1: their noun. */
const NUMBERED_BEFORE_RE = /\b([a-z]+s) (?:numbered|number|totalled|totaled|totalling|totaling)\s+$/i;
const ON_BOARD_WORDS_RE = /\b(?:ferry|boat|ship|vessel|bus|coach|train|plane|aircraft|flight|helicopter|minibus|van|truck|lorry|car|tram|carriage)\b/i;
/** One person: "one woman was in the arena" is no crowd. */
const SINGLE_RE = /^(?:one|1|a|an)$/i;
/** "there were 79 passengers and 7 crew on the aircraft": people carried, told by "there were". */
const THERE_WERE_BEFORE_RE = /\bthere (?:were|was|are|had been|have been)\s+$/i;
const IN_VEHICLE_AFTER_RE = new RegExp(`^\\s+(?:on board|aboard|(?:on|in|inside|aboard) (?:the|a|an|that|its|their) (?:[\\w-]+ )?${VEHICLE_NOUNS})\\b`, 'i');
/**
 * Things taken, made or seized: "has taken more than 3,000 calls", "seized 40 rifles", "filed 12
 * complaints". Only for things: "took five people to hospital" is no count.
 */
const THINGS_BEFORE_RE = /\b(?:(?:has|have|had) taken|filed|files|filing|lodged|seized|seizes|seizing|confiscated|recovered|collected|found|launched)\s+$/i;
/** After the counted noun: a distance ("two blocks away") or a hurt ("two males with gunshot wounds"), not a count. */
const NOT_COUNT_AFTER_RE = /^\s*(?:away|apart|ahead|behind|down the|up the|from the\b|[^.;]{0,40}?\b(?:wound|injur|shot\b|dead\b|killed|bod(?:y|ies)\b|hurt\b))/i;
/** "the number of people on board at 412", "put the number of spectators at 60,000": a count named before its figure. */
const NUMBER_OF_NOUN_BEFORE_RE =
  /\b(?:number|count|total|tally|estimate) of (?:the )?((?:[\p{L}-]+ )??(?:people|[\p{L}-]+s))\b(?: (?:on board|aboard|inside|present|on duty|in the \p{L}+))? (?:at|to|(?:was|is|stood|stands) at|was|is|reached|rose to)\s+$/iu;
/** The words CAPACITY_BEFORE_RE needs: it runs only after one. */
const ROOM_WORDS: readonly string[] = ['capacity', 'hold', 'seat', 'accommodate', 'carry', 'take', 'for', 'transport', 'licen', 'permi', 'certificate', 'limit', 'maxim', 'capped', 'caps'];
/** Units of room, and the words before a count of them that make it a place's room. */
const ROOM_NOUNS: ReadonlySet<string> = new Set(['seats', 'places', 'beds', 'berths']);
const ROOM_NOUN_BEFORE_RE = /\b(?:on|for|with|of|has|have|had|offers|offering)\s+$/i;
/** After a verb of room, a noun that is no room for people: "they plan to hold six public meetings". */
const NOT_ROOM_AFTER_RE = /^\s+(?!(?:people|persons|spectators|fans|supporters|visitors|guests|passengers|seats|seated|standing|spectator|worshippers|pilgrims|students|pupils|patients|beds|inmates|prisoners|convicts|detainees|men|women|children|residents|places)\b)[a-z]/;
/** "room for two more": what is left of the room, not the room. */
const MORE_AFTER_RE = /^\s+more\b/i;
/** "the 36,000-seat ground", "a 500-capacity hall", "a 60-seater bus", "a 150-passenger ferry", "a 300-bed hospital" ("a two-person squad", "a 19-person fight" are no room). */
const CAPACITY_AFTER_RE = /^-(?:seat(?:er)?|capacity|passenger|bed|berth|place)\b/i;
/**
 * "a van, a lorry and twenty cars on it", "taking a van and two dozen cars with it": things or people on,
 * or carried along by, what the sentence has named.
 */
const ON_IT_AFTER_RE = /^(?:(?:on|in|aboard|inside) (?:it|them)|with it)\b/i;
/**
 * People taking part or at work: "300 people took part", "1,400 firefighters are battling the blaze", "200
 * rescuers were searching". Read only where no kind was found ("fighting for their lives" is hurt).
 */
const TAKING_PART_AFTER_RE =
  /^(?:took part|take part|taking part|(?:arrived and )?surround(?:ed|ing)?(?! (?:me|him|her|them|us)\b)|ring(?:ed|s)? the|encircl(?:ed|ing|e)|cordon(?:ed|ing)? off|deployed|in (?:[\p{L}-]+ )?contact|taking turns|negotiating|waited outside|spent the night|kept vigil|keeping vigil|camped|attended(?=\s*(?:$|[.,;]|(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:rally|vigil|funeral|protest|march|party|ceremony|service|event|meeting|match|game|concert|festival|memorial|blaze|fire|scene|incident|crash|collapse|emergency)\b))|marched|gathered|rallied|protested|demonstrated|turned out|battling|fighting|tackling|searching|combing|working|at work|involved in (?:the )?(?:search|rescue|operation|response))\b/iu;
/**
 * People or things sent to the scene: "70 ambulances and 30 fire engines were sent to the scene", "500 soldiers were
 * mobilised". Not one person, and not into care or custody (read before as hurt or held).
 */
const SENT_AFTER_RE = /^(?:sent|dispatched|despatched|mobili[sz]ed|called in|called out|brought in|drafted in)\b(?![^.;]{0,60}\b(?:hospitals?|clinics?|medical cent(?:er|re)|custody|jail|prison)\b)/i;
/** ", backed by 22 aircraft," between the counted noun and its verb. */
const APPOSITION_AFTER_RE = /^\s*,[^,.;:]{2,60},/;
/** Auxiliaries and adverbs between the counted noun and its verb: "had been", "were later". */
const AUX_AFTER_RE = /^(?:\s+(?:were|was|are|is|have|has|had|been|being|be|still|also|later|now|all|then|reportedly|\w+ly))*\s+/i;

/**
 * The count of people or things a number gives when no other reading took it, and what is counted:
 * things handled ("sold 18,200 tickets", "18,200 tickets had been sold", "received about 450 calls",
 * "its figure of 18,200 tickets"), people or things present ("140 marshals were on duty"), a crowd a
 * place held ("held about 24,000 people"), one compared with ("far more than the 18,200 tickets"),
 * and the room a place has (`counted: 'capacity'`). `head`/`counted`: the person noun the phrase
 * reader found after the number, if any. Offsets into the sentence.
 */
export function readCountOf(s: string, start: number, end: number, head: string | null, counted: string | null): { counted: string; end: number } | null {
  const before = s.slice(Math.max(0, start - 40), start);
  if (CAPACITY_AFTER_RE.test(s.slice(end, end + 12))) return { counted: 'capacity', end };
  if (ROOM_WORDS.some((w) => before.includes(w)) && CAPACITY_BEFORE_RE.test(before) && (!NOT_ROOM_AFTER_RE.test(s.slice(end, end + 30)) || PERSON_NOUNS.has(head ?? '')) && !MORE_AFTER_RE.test(s.slice(end, end + 8))) {
    return { counted: 'capacity', end };
  }
  // "where were kept 940 persons": a translation's inverted count of those a place holds.
  const wide = s.slice(Math.max(0, start - 70), start);
  if (wide.includes('contained') || wide.includes('kept') || wide.includes('housed') || wide.includes('accommodated')) {
    const contained = CONTAINED_BEFORE_RE.exec(wide);
    const word = contained ? WORD_AFTER_RE.exec(s.slice(end, end + 30)) : null;
    if (contained) return { counted: word ? word[1]! : 'people', end: word ? end + word[0].length : end };
  }
  // "Passengers numbered 212": the people named before their verb of number.
  const numbered = before.includes('umber') || before.includes('otal') ? NUMBERED_BEFORE_RE.exec(before) : null;
  if (numbered && PERSON_NOUNS.has(numbered[1]!.toLowerCase())) return { counted: numbered[1]!.toLowerCase(), end };
  // "the number of people on board at 412": the noun named before the figure.
  const named = before.includes('of ') ? NUMBER_OF_NOUN_BEFORE_RE.exec(s.slice(Math.max(0, start - 80), start)) : null;
  if (named) return { counted: named[1]!, end };
  // "the 25 the police gave", "911 calls about the shots": a noun read past a determiner or a preposition is
  // not what the number counts.
  let noun = head && !FUNCTION_WORD_RE.test(counted ?? '') ? (counted ?? head) : null;
  let nounEnd = end;
  if (!noun) {
    const plural = pluralNounAfter(s, end);
    if (!plural || (plural.noun === 'calls' && EMERGENCY_NUMBER_RE.test(s.slice(start, end)))) return null;
    // "a hall with 500 seats", "the stadium on 36 thousand places" (a translation), "a hospital of 300 beds".
    if (ROOM_NOUNS.has(plural.noun) && ROOM_NOUN_BEFORE_RE.test(before)) return { counted: 'capacity', end: plural.end };
    noun = plural.noun;
    nounEnd = plural.end;
  } else {
    const at = s.indexOf(noun, end);
    if (at >= 0 && at < end + 40) nounEnd = at + noun.length;
    // "four shell casings": the phrase reader stopped at a noun used as a modifier.
    const compound = pluralNounAfter(s, nounEnd);
    if (compound && !PERSON_NOUNS.has(head ?? noun)) {
      noun = `${noun} ${compound.noun}`;
      nounEnd = compound.end;
    }
  }
  // "both parties": a number pointing back; "two blocks away": a distance; "two males with gunshot wounds": hurt.
  // "90 patients from the east wing were moved": a place phrase before the verb is no distance ("two blocks from the scene").
  // "Some 300 firefighters and 40 engines were battling the blaze": the verb after the last conjunct is this count's too.
  const joined = coordinatedEnd(s, nounEnd);
  const place = FROM_PLACE_AFTER_RE.exec(s.slice(joined, joined + 60));
  if (/^both$/i.test(s.slice(start, end)) || NOT_COUNT_AFTER_RE.test(s.slice(joined + (place ? place[0].length : 0), joined + 60)) || (joined > nounEnd && NOT_COUNT_AFTER_RE.test(s.slice(nounEnd, joined)))) return null;
  // "families of the miners waited": only people have an of-phrase read past ("42 bags of X inside" is not counted so).
  const ofPeople = PERSON_NOUNS.has(head ?? noun) && joined === nounEnd ? OF_NOUN_AFTER_RE.exec(s.slice(nounEnd, nounEnd + 60)) : null;
  const between = ofPeople ?? place ?? APPOSITION_AFTER_RE.exec(s.slice(joined, joined + 70));
  const verbAt = joined + (between ? between[0].length : 0);
  const aux = AUX_AFTER_RE.exec(s.slice(verbAt, verbAt + 60));
  const tail = s.slice(verbAt + (aux ? aux[0].length : 0), verbAt + 100);
  const found =
    HANDLED_BEFORE_RE.test(before) ||
    (RECORD_VERBS.has(lastWordOf(before)) && RECORD_WORDS.some((w) => wide.includes(w)) && RECORD_BEFORE_RE.test(wide)) ||
    THAN_THE_BEFORE_RE.test(before) ||
    (HANDLED_AFTER_RE.test(tail) && ((aux !== null && PASSIVE_AUX_RE.test(aux[0])) || NO_OBJECT_AFTER_RE.test(tail))) ||
    (!PERSON_NOUNS.has(head ?? noun) && aux !== null && PASSIVE_AUX_RE.test(aux[0]) && PASSIVE_PARTICIPLE_RE.test(tail) && !SHOT_RE.test(tail) &&
      !POINTS_BACK_BEFORE_RE.test(before)) ||
    PRESENT_AFTER_RE.test(tail) ||
    (aux !== null && PASSIVE_AUX_RE.test(aux[0]) && ON_RECORD_AFTER_RE.test(tail)) ||
    (!SINGLE_RE.test(s.slice(start, end)) && ON_VEHICLE_AFTER_RE.test(s.slice(verbAt, verbAt + 140))) ||
    (THERE_WERE_BEFORE_RE.test(before) && IN_VEHICLE_AFTER_RE.test(s.slice(joined, joined + 60))) ||
    TAKING_PART_AFTER_RE.test(tail) ||
    (!SINGLE_RE.test(s.slice(start, end)) && SENT_AFTER_RE.test(tail)) ||
    ON_IT_AFTER_RE.test(tail) ||
    (HELD_BEFORE_RE.test(before) && (!CUSTODY_WORDS_RE.test(s) || INMATE_NOUNS.has(noun))) ||
    (HOUSES_BEFORE_RE.test(before) && PERSON_NOUNS.has(head ?? noun)) ||
    (CARRYING_BEFORE_RE.test(before) && (ON_BOARD_WORDS_RE.test(before) || CARRYING_AUX_BEFORE_RE.test(before)) && PERSON_NOUNS.has(head ?? noun)) ||
    (VEHICLE_HAD_BEFORE_RE.test(before) && PERSON_NOUNS.has(head ?? noun)) ||
    (SENT_LIKE_BEFORE_RE.test(before) && PERSON_NOUNS.has(head ?? noun)) ||
    (THINGS_BEFORE_RE.test(before) && !PERSON_NOUNS.has(head ?? noun));
  if (!found && TRANSFERRED_AFTER_RE.test(tail) && PERSON_NOUNS.has(head ?? noun)) return { counted: `${noun} moved`, end: nounEnd };
  return found ? { counted: noun, end: nounEnd } : null;
}

/** A phrase opening with a determiner: not the noun of the number before it. */
export const DETERMINER_START_RE = /^(?:the|a|an|its|their|his|her|our|this|that)\s/i;
/** A determiner or preposition inside a counted phrase: the phrase ran past the number's own noun. */
const FUNCTION_WORD_RE = /\b(?:the|a|an|its|their|his|her|our|this|that|about|of|with|from|into|onto|over|under|for|near)\b/i;
/** "two more than the 17 counted by X", "many more than the 18,200 seats sold", "not the 2,050 X gave": a figure compared with. */
export const THAN_THE_BEFORE_RE = /\b(?:than|not)\s+the\s+$/i;
/** After a bare figure compared with: who gave it, or the clause's end ("the 17 counted by X", "the 46 the agency gave"). */
export const COMPARED_END_AFTER_RE =
  /^\s*(?:$|[.;,:)"”’]|(?:counted|given|reported|announced|recorded|confirmed|cited|registered|listed|stated|published|released|claimed|put|offered|on|in|at|by|according|the|its|it|that|which)\b)/i;
