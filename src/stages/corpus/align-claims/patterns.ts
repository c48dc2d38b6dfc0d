// Tunable data for claim alignment.
import type { EventType } from '../../../core/index.ts';
import { AT_LARGE, CHARGED, RECAPTURED, RELEASED, STILL_HELD } from '../../doc/extract-claims/captivity.ts';

/** Counted nouns that all mean "people" in a toll: they share one slot. */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'individual', 'individuals', 'civilian', 'civilians', 'national', 'nationals',
  'resident', 'residents', 'victim', 'victims', 'casualties', 'casualty', 'human', 'humans', 'lives', 'life',
  'others', 'dead', 'bodies', 'body', 'fatalities', 'deaths', 'death',
]);

/** Head nouns that count the same kind of thing under different words ("sites", "locations", "hideouts"). */
export const COUNTED_SYNONYMS: Readonly<Record<string, string>> = {
  location: 'site', target: 'site', hideout: 'site', camp: 'site', base: 'site', position: 'site', facility: 'site', place: 'site',
  officer: 'police', policeman: 'police', policemen: 'police', police: 'police', guard: 'police', trooper: 'police',
  soldier: 'soldier', troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier',
  home: 'house', building: 'house', house: 'house', dwelling: 'house',
  car: 'vehicle', vehicle: 'vehicle', lorry: 'vehicle', truck: 'vehicle', van: 'vehicle',
  men: 'man', male: 'man', women: 'woman', female: 'woman', children: 'child', kid: 'child', teenager: 'teen',
};

/** Units written differently for the same measure. */
export const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', km: 'km', kms: 'km',
  mile: 'mi', miles: 'mi', mi: 'mi', meter: 'm', meters: 'm', metre: 'm', metres: 'm', m: 'm',
  dollar: 'usd', dollars: 'usd', usd: 'usd', $: 'usd',
};

/** Counted nouns that usually name a part of a larger toll ("including four children"). */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  'women', 'woman', 'children', 'child', 'girls', 'girl', 'boys', 'boy', 'men', 'man', 'infants', 'minors',
  'teenagers', 'teens', 'students', 'kids', 'babies', 'elderly',
]);

/**
 * Head nouns (as `countedClass` leaves them) that name people by sex, age or kin: "two men",
 * "a boy", "his son", "he". In a toll they count the same deaths as "people" when the figure is the
 * same, so one toll is one slot however each outlet words it. Police and soldiers keep their own
 * slots: their tolls are reported apart from the civilians'. Perpetrators (suspect, gunman) too.
 * Words COUNTED_SYNONYMS maps away ("men", "kid", "teenager") never reach it, so are not listed.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'man', 'woman', 'boy', 'girl', 'child', 'toddler',
  'baby', 'infant', 'minor', 'teen', 'youth', 'juvenile', 'adult', 'student', 'son', 'daughter',
  'father', 'mother', 'brother', 'sister', 'husband', 'wife', 'grandmother', 'grandfather', 'relative',
  'he', 'she', 'elderly',
]);

/**
 * Head nouns naming people by what they were doing there: an industrial toll of "workers", a
 * crash's "passengers", a crush's "fans" are the deaths other outlets count as "people". Unlike
 * sex and age words ("three men" beside "five people" is a part), they name everyone the toll
 * counts, so they join a toll of "people" even at a figure the slot does not hold yet.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'worker', 'employee', 'labourer', 'laborer', 'miner', 'passenger', 'tourist', 'visitor', 'pilgrim',
  'spectator', 'fan', 'worshipper', 'villager', 'inhabitant', 'citizen', 'patient', 'commuter', 'shopper',
  'guest', 'crewman', 'crewmember', 'local', 'pedestrian', 'motorist', 'driver', 'occupant', 'evacuee',
  'inmate', 'prisoner', 'convict', 'detainee', 'condemned', 'survivor',
]);

/**
 * Head nouns that, in a count of arrests, name the same people other outlets call "people": those
 * held are "suspects" in one report and "people" in another. Elsewhere they keep their own slots.
 */
export const ARRESTED_NOUNS: ReadonlySet<string> = new Set([
  'suspect', 'detainee', 'protester', 'protestor', 'demonstrator', 'activist', 'official', 'executive', 'manager', 'supervisor',
]);

/**
 * Words just before a toll's figure that make it a part of a larger one the document gives: "the
 * two residents who died", "it also counts two residents", "including three children", "the list
 * includes three people who died in shelters", "of them, 18 are in serious condition", "will add two deaths". Not "the" after a comparison or a preposition: "more than the 26 announced by the
 * port authority", "against the 58 the agency gave" and "not the 2,050 given by the agency" are another source's whole toll.
 */
export const PART_BEFORE =
  /(?:(?<!\b(?:than|against|from|to|at|of|with|over|on|by|up|as|not)\s+)\bthe|\balso(?:\s+\p{L}+)?|\binclud(?:e|es|ed|ing)|\bplus|\bamong them|\b(?:of|from)\s+(?:them|those|these),?|\bof whom|\bof which|\badd(?:s|ed|ing)?(?:\s+the)?)\s+$/iu;

/**
 * Words just after a toll's figure that make it a part: "two of her residents", "three of them",
 * "the three deaths will be added", and a condition only some of the hurt are in ("four in intensive
 * care", "two in a critical condition", "six seriously", "three were in serious condition").
 */
export const PART_AFTER = /^(?:\s+of\s+(?:them|those|these|the|her|his|their|its|our|whom)\b|(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:would|will|could|should|may|might|are|were|to)\s+)?be\s+added\b|(?:\s+(?:people|patients|are|were|is|was|remain|remained|remains|still))*\s+(?:in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+condition|in\s+intensive\s+care|critically|seriously|gravely)\b)/iu;

/**
 * The quantity of a one-person claim that names a person rather than counts ("a man", "the
 * victim", "he"): it says at least one died, not that one died in all. Ages are taken out first
 * ("a 28-year-old man"), and a quantity with a number word left is a count.
 */
export const ONE_PERSON = /^(?:(?:a|an|the|another|this|that|his|her|their)\b.*|he|she)$/i;
/** An age standing for the person: "a 28-year-old", or the appositive "Name, 23," read as the quantity. */
export const AGE = /\b\d{1,3}-(?:year|month|week|day)s?-old\b/gi;
export const APPOSITIVE_AGE = /^\d{1,3},$/;
/** Words only, no number: "victim", "teenage boy". */
export const BARE_NOUN = /^[\p{L}'’ -]+$/u;

/**
 * A figure written as an ordinal ("the first person detained", "became the fourth suspect held",
 * "a third body", "the 12th victim"): the count so far, as of its sentence, not one person named.
 */
export const ORDINAL_COUNT =
  /^(?:(?:the|a|an)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/i;
export const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|both|all|several|many|multiple)\b/i;

/** Event types that describe one violent happening from different angles. */
export const EVENT_FAMILIES: Readonly<Record<EventType, string>> = {
  attack: 'violence', kill: 'violence', military: 'violence', threaten: 'violence',
  disaster: 'disaster', accident: 'disaster', rescue: 'disaster', aid: 'disaster',
  protest: 'protest', arrest: 'arrest',
  diplomatic: 'politics', statement: 'politics', accuse: 'politics', demand: 'politics', cooperate: 'politics', meet: 'politics',
  other: 'other',
};

/** Tolls that shrink as a story goes on (the missing are found, the displaced go home): falling counts are evolving too. */
export const FALLING_KINDS: ReadonlySet<string> = new Set(['missing', 'displaced', 'evacuated']);

/** Kinds whose values are counts of a toll, where different stated totals from different sources conflict. */
export const TOLL_KINDS: ReadonlySet<string> = new Set([
  'killed', 'injured', 'missing', 'rescued', 'arrested', 'displaced', 'evacuated', 'affected', 'count', 'hostages', 'escaped',
]);

/**
 * The stages of a staged kind (`partOf`, read by extract-claims/captivity.ts) and the label of each slot:
 * hostages taken, still held and released are three figures of one siege, each in a slot of its own ('' is
 * the whole). Whoever the captives are ("tellers", "hostages", "eight"), they are one count: every counted
 * noun of these kinds is "people".
 */
export const STAGE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hostages: { '': 'taken hostage', [STILL_HELD]: 'still held hostage', [RELEASED]: 'released by their captors' },
  escaped: { '': 'escaped', [RECAPTURED]: 'recaptured after escaping', [AT_LARGE]: 'still at large after escaping' },
  arrested: { [CHARGED]: 'charged' },
};
/** Stages whose count falls as well as rises: captives let go, escapees caught. */
export const FALLING_STAGES: ReadonlySet<string> = new Set([STILL_HELD, AT_LARGE]);
/**
 * Stages told in batches ("let three go on Friday and five more on Saturday"): each day's figure is a
 * batch of its own, not an update of the day before.
 */
export const BATCH_STAGES: ReadonlySet<string> = new Set([RELEASED]);

/** A quantity written as an approximation: "roughly 900", "about 80", "nearly 40". */
export const APPROXIMATE = /\b(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|more than|over|upwards of|~)\b/i;

/**
 * Words that make a figure a floor, open above: "more than two dozen", "over 300", "upwards of 40",
 * "in excess of 2,000", "no fewer than 12". Read for agreement, such a figure agrees with any higher
 * one ("around 30" with "more than two dozen").
 */
export const FLOOR_WORDS = /\b(?:more than|over|upwards of|in excess of|no (?:fewer|less) than|not less than)\b/i;

/** Relative tolerance for approximate measurements. */
export const APPROX_TOLERANCE = 0.1;

/** Attributions that make a figure official. */
export const OFFICIAL_SOURCE = /\b(?:official|officials|ministry|minister|government|authorities|authority|police|army|military|spokes(?:man|woman|person)|state media|state-run|agency|department|governor|mayor|coroner|sheriff|health|hospital|fire|rescue|emergency|council|president|prime minister)\b/i;

/** Days apart beyond which two dated claims cannot be about one happening. */
export const DATE_WINDOW_DAYS = 1;

/** Same-day tolls further apart than this factor are different happenings, not a disagreement. */
export const TOLL_RATIO = 3;

/**
 * Magnitudes are logarithmic, so no ratio tells them apart: agencies' readings of one quake differ by
 * a few tenths, an aftershock is a whole step or more below. Readings further apart than this are
 * two quakes; closer ones from one report are two agencies' readings of one.
 */
export const MAGNITUDE_GAP = 0.7;

/** Kinds that measure one thing (a distance, a sum) rather than count a toll. */
export const MEASURE_KINDS: ReadonlySet<string> = new Set(['distance', 'money']);

/** Measurements (distances, sums) further apart than this factor measure different things. */
export const MEASURE_RATIO = 2;

/** Slot families with at most this many slots are compared in full rather than through buckets. */
export const SCAN_ALL_BELOW = 64;

/**
 * Words too common to tell what a statement is about: two statements sharing only these are not
 * about the same thing, so they cannot contradict each other.
 */
export const GENERIC_STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'said', 'says', 'have', 'been', 'were', 'with', 'from', 'that', 'this', 'they', 'their',
  'there', 'would', 'could', 'should', 'after', 'before', 'about', 'into', 'also', 'more', 'than', 'when', 'which', 'what',
  'other', 'others', 'over', 'under', 'still', 'only', 'some', 'many', 'most', 'will', 'being', 'them', 'then', 'confirmed',
  'update', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words of an attribution that do not say which authority gave a figure ("according to officials of the"). */
export const AUTHORITY_FILLER: ReadonlySet<string> = new Set([
  'the', 'and', 'for', 'its', 'their', 'his', 'her', 'said', 'says', 'according', 'official', 'officials', 'spokesman',
  'spokeswoman', 'spokesperson', 'data', 'figures', 'figure', 'count', 'counts', 'words', 'sources', 'source', 'new', 'latest',
]);

/** A date basis that only repeats the article's date: too weak to keep two claims apart. */
export const WEAK_DATE_BASIS = /\bno date\b|\bno explicit date\b/i;

/**
 * Verbs that report what someone said without quoting it ("X says that ...", "X remarked that",
 * "X urged restraint"). Matched as whole words, case-insensitively.
 */
export const SPEECH_VERB =
  /\b(?:says?|said|saying|tell(?:s)?|told|remark(?:s|ed)?|assert(?:s|ed)?|urge(?:s|d)?|warn(?:s|ed)?|call(?:s|ed)? (?:on|for)|describe(?:s|d)?|believe(?:s|d)?|writes?|wrote|state(?:s|d)|stress(?:es|ed)?|insist(?:s|ed)?|argue(?:s|d)?|add(?:s|ed)|note(?:s|d)|claim(?:s|ed)|accuse(?:s|d)?|den(?:y|ies|ied)|announce(?:s|d)?|acknowledge(?:s|d)?|emphasi[sz]e(?:s|d)?|condemn(?:s|ed)?|according to)\b/gi;

/**
 * What may stand between a speaker and the speech verb after it: an appositive between commas
 * (", a former minister,") and auxiliaries or adverbs ("has also", "on Wednesday").
 */
export const SPEAKER_BEFORE_GAP = /^\s*(?:,[^,]{1,80},\s*)?(?:(?:has|have|had|also|then|later|again|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u;

/**
 * A speaker named after a comma, with the reported words before it: "The toll rose to nine, the fire
 * service said, as divers ...". Group 1 is those words (at least a few, so "Yesterday, X said" is not).
 */
export const REPORTED_BEFORE = /^\s*(\S+(?:\s+\S+){3,}?)\s*[,”"]\s*(?:the\s+)?$/i;

/** A place phrase the name stands in: "Listeners on the island tell us", "Crowds in the square said". */
export const LOCATIVE_BEFORE = /\b(?:in|on|at|near|across|inside|outside|around|throughout)\s+(?:the\s+)?$/i;

/** Verbs after which the speaker may follow ("..., said Jane Doe", "according to the ministry"). */
export const SPEAKER_AFTER_VERB = /^(?:says|said|wrote|added|according to)$/i;

/** Verbs whose object is who was told: what was said starts at "that" and nothing is taken without it. */
export const ADDRESSEE_VERB = /^(?:tells?|told)$/i;

/** Entity types that can be a speaker of reported speech. */
export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG']);

/** Reported words shorter than this are not a statement worth a slot. */
export const MIN_SAID_WORDS = 4;

/**
 * Words just before a toll's date that make it the date the count was given, not the day of the
 * happening: "said on Monday that 40 had died", "told a news conference on Friday", "by Wednesday
 * the count stood at", "as of Sunday". A toll rising over a week is one happening whatever day it is
 * counted on.
 */
export const AS_OF_BEFORE =
  /(?:\b(?:by|as of|until|till|up to)|\b(?:said|says|told|tells|announced|announces|reported|reports|confirmed|confirms|stated|added|gave|gives|put|puts|updated|revised|raised|lowered)\b(?:\s+[\p{L}'’-]+){0,3}?(?:\s+on)?)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:the\s+)?$/iu;

/**
 * The date leads its clause and the clause's verb is one of saying or counting: "On Friday the
 * agency put the number of dead at 37", "On Tuesday officials said". Only words (a subject of a
 * few words) stand between: a figure or a comma ends the search, so "On Friday gunmen killed 12,
 * police said" keeps its date.
 */
export const SAID_AFTER =
  /^\s*,?\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:said|says|told|tells|announced|announces|reported|reports|confirmed|confirms|stated|gave|gives|put|puts|counted|counts|updated|revised|raised|lowered)\b/iu;

/**
 * A running total carried on by a new happening: "bringing the number of people in custody to
 * seven", "took the toll to 40". The figure after it is the earlier figure's update.
 */
export const RUNNING_TOTAL = /\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ed|ing)?)\s+the\s+(?:number|total|toll|count|tally)\b/i;

/**
 * A sentence telling a count as it stands at a time ("the toll rose to 40", "12 are still missing",
 * "bringing the number in custody to seven"): its date is the count's.
 */
export const TOLL_UPDATE = new RegExp(
  `\\b(?:still|now|so far|to date|since|rose|risen|rises|rising|climbed|climbs|grew|grown|increased|jumped|fell|fallen|falls|dropped|drops|declined|down to|stood at|stands at|remain(?:s|ed)?|revised|updated|reached)\\b|${RUNNING_TOTAL.source}`,
  'i',
);

/**
 * Same-document figures of one toll this close (relative difference) and at least `DISPUTE_MIN` are
 * two sources' counts of it ("71, against the 58 the agency announced") or an update, not two
 * happenings. Small tolls keep the one-figure-per-document rule: "two killed ... three killed" in a
 * city roundup are usually two incidents.
 */
export const DISPUTE_CLOSENESS = 0.3;
export const DISPUTE_MIN = 5;

/**
 * The range a vague quantity commits its source to, by its first word; `point` stays ACLED's
 * reading for reconciliation, but agreement needs a figure inside the range: "dozens missing" does
 * not agree with 19. Unlisted vague words keep half to twice their reading.
 */
export const VAGUE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 199], scores: [40, 999], hundreds: [200, 1999], thousands: [2000, Number.POSITIVE_INFINITY],
  several: [3, 12], few: [2, 5], handful: [2, 6], many: [2, Number.POSITIVE_INFINITY], numerous: [2, Number.POSITIVE_INFINITY],
  multiple: [2, Number.POSITIVE_INFINITY], number: [2, Number.POSITIVE_INFINITY], tens: [20, 99],
};

/** Lead words of a vague quantity that do not name its size ("a few", "the dozens of"). */
export const VAGUE_LEAD = /^(?:a|an|the|some|about|around|at least|more than|over|several(?= dozen| hundred| thousand))\s+/i;

/**
 * Just before a count set against another as a rival figure of the same quantity: "far more than
 * the 18,200 tickets", "fewer than the 300 the police gave". "the" marks a figure already told (by
 * another source); a plain "more than 300" is an approximate figure, not a comparison.
 */
export const RIVAL_BEFORE = /\b(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger)\s+than\s+the\s+$/i;

/** Verbs of medical care that restrict a count to the people one facility took in. */
export const CARE_VERB = /\b(?:admitted|admitting|treated|treating|taken|brought|rushed|flown|airlifted|transferred|hospitali[sz]ed|receiving treatment)\b/i;

/**
 * A named care facility after a place preposition: "to St Anselm's Hospital", "at Verrin General
 * Hospital". Singular and named: "treated in hospitals" and "in hospital" are everyone hurt, and a
 * hospital that says it admitted 23 is a source, not a place phrase.
 */
const FACILITY_NAME =
  "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5}(?:[Hh]ospital|[Cc]linic|[Ii]nfirmary|[Mm]edical [Cc]ent(?:re|er)|[Tt]rauma [Cc]ent(?:re|er)|[Hh]ealth [Cc]ent(?:re|er)))(?![\\p{L}])";
export const FACILITY_PHRASE = new RegExp(`\\b(?:[Aa]t|[Tt]o|[Ii]n|[Ii]nto)\\s+(?:[Tt]he\\s+)?${FACILITY_NAME}`, 'u');

/**
 * A named care facility as the source of a count of its own patients: "St Aldric's Hospital said it
 * had admitted 35 of the injured". Group 1 is the name; a care verb must follow before the figure.
 */
export const FACILITY_SOURCE = new RegExp(`${FACILITY_NAME}\\s+(?:said|says|reported|reports|told|tells|announced)\\b`, 'u');

/**
 * Verbs that tell a measure changed ("widened the zone to 8 km", "raised the reward to $5,000", "at €5 million,
 * up from an earlier estimate"):
 * its new figure joins the old one's slot, and the slot evolves rather than conflicts.
 */
export const MEASURE_CHANGE =
  /\b(?:widen(?:s|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|enlarg(?:e|es|ed|ing)|broaden(?:s|ed|ing)?|narrow(?:s|ed|ing)?|shr(?:ink|inks|ank|unk)|reduc(?:e|es|ed|ing)|cut|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|ris(?:e|es|en)|rose|revis(?:e|es|ed|ing)|(?:up|down) from)\b/i;

/** Just before an earlier figure of a change: "widened from 5 km to 8 km". */
export const FROM_BEFORE = /\bfrom\s+$/i;

/** Just after an earlier figure of a change, the later one follows: "from 5 km to 8 km", "from 4 on Sunday to 7". */
export const TO_AFTER = /^\s+(?:[\p{L}]+\s+){0,2}?to\s+(?:about\s+|around\s+|some\s+)?\p{N}/u;
