// Phrases that tell a count's kind, beyond the tables of patterns.ts: people led out of a place, a
// custody total, a translated condition, the part of the treated still in hospital, and which vague
// words give a figure at all.
import type { ClaimKind } from '../../../core/index.ts';

/**
 * People moved out of danger, told by how they were moved, in the passive: "were later led out across the
 * car park", "have been escorted out of the hall", "were guided to safety". Not out alive: that is a rescue.
 * The auxiliary before must be passive (PASSIVE_AUX_RE): "he had led out the team" is no evacuation.
 */
export const LED_OUT_RE = /^(?:led|escorted|guided|ushered|shepherded) (?:out|away|to safety)\b(?![^.;,]{0,30}\balive\b)/i;
export const PASSIVE_AUX_RE = /\b(?:were|was|been|being|are|is|got|get)\b/i;

/**
 * A place phrase between counted people and their verb: "6,000 people in the west wing were led
 * out", "2,000 fans from the east terrace have been moved", or what they belong to ("three employees of the mine
 * were arrested"; not "of them", read by OF_PRONOUN_RE). Up to four words, no number, no comma, no "and".
 */
export const PLACE_PHRASE_RE =
  /^\s*(?:in|from|at|on|inside|near|of(?! (?:them|whom|whose|those|these|us)\b)) (?:the |a |an |its |their )?(?:(?!(?:and|or|but)\b)[A-Za-z'’-]+ ){0,3}?(?=(?:were|was|are|is|have|has|had)\b)/i;

/**
 * A record's participle between counted people and their verb: "eight guests named on the hotel register were still missing",
 * "11 workers listed on the shift roster are unaccounted for", "six passengers booked on the flight remain missing".
 * Those on a record are the whole group it names, not a part: read past for every kind.
 */
export const ON_RECORD_PHRASE_RE =
  /^\s*(?:named|listed|registered|booked|recorded|entered|included|ticketed) (?:on|in|for|onto|aboard) (?:the |a |an |its |their )?(?:[\p{L}'’-]+ ){0,3}?(?=(?:were|was|are|is|have|has|had|remain|remains|remained|still)\b)/iu;

/** "86 on board feared dead", "the 40 people aboard were killed": those carried, read past to their verb (for every kind). */
export const ABOARD_PHRASE_RE = /^\s*(?:on board|aboard)(?: (?:the|a|an|that) [\p{L}-]+)?\s+(?=(?:were|was|are|is|have|has|had|feared|died|perished|drowned|survived|remain|remained|all)\b)/iu;

/** "the number of people in custody to seven", "the total under arrest is 7": a custody total. */
export const CUSTODY_TOTAL_BEFORE_RE =
  /\b(?:number|count|total|tally) (?:of )?(?:the )?(?:people |persons |those |suspects |detainees )?(?:in (?:police )?custody|under arrest|behind bars|in detention)\b[^.;:\d]{0,40}?\s(?:to|at|is|was|reached|reaches|rose to|rises to|stands at|stood at|now)\s+$/i;

/** A translated condition, its verb after the auxiliary: "18 are located in heavy condition", "were listed in critical condition". */
export const PLACED_CONDITION_RE =
  /^(?:located|staying|lying|being kept) in (?:a |the )?(?:critical|serious|grave|heavy|severe|life-threatening|stable|satisfactory|fair) condition\b/i;

/** "and 9 are still there": the words after the figure. */
const STILL_THERE_RE = /^\s*(?:(?:are|is|were|was|remain|remains|remained)\s+)?still\s+there\b/i;
/** The care the "there" points back to, earlier in the sentence. */
const CARE_BEFORE_RE = /\b(?:hospitals?|clinics?|intensive care|treated|admitted|hospitali[sz]ed)\b/i;

/** "170 were treated in hospital, and 9 are still there": the figure ending at `pos` counts those left in care. */
export function stillInCare(s: string, pos: number): boolean {
  const next = s.slice(pos, pos + 40);
  return next.includes('there') && STILL_THERE_RE.test(next) && CARE_BEFORE_RE.test(s.slice(0, pos));
}

/**
 * Vague words that give no figure for a count other than a toll: ACLED reads "several killed" as 10,
 * but "many families are sleeping in tents" says nothing of how many are homeless.
 */
export const WORDS_WITHOUT_FIGURE: ReadonlySet<string> = new Set(['several', 'many', 'numerous', 'multiple', 'a number of', 'a few', 'a handful of']);
/** The kinds of a toll: a vague word is read for them only (ACLED's convention for casualty reports). */
export const TOLL_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['killed', 'injured', 'casualties']);

/**
 * "The coast guard has confirmed a fourth death": the toll told by the ordinal of its latest death. A verb
 * of counting before it, and not a tally of a period or a place ("a fifth death this year in the county").
 */
export const ORDINAL_DEATH_NOUN_RE =
  /\b(?:confirm(?:ed|s)?|report(?:ed|s)?|announc(?:ed|es)|record(?:ed|s)?|register(?:ed|s)?)\s+a\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th)\s+(?:death|fatality)\b(?!\s+(?:this|of the|since|in (?:the|a)\s+(?:city|county|state|region|country|year)))/gi;

/** "it had admitted 53 of the injured": a care verb before a figure picked out of the hurt. */
export const CARE_VERB_BEFORE_RE = /\b(?:admitted|admits|admitting|treated|treats|treating|took in|takes in|taking in|received|receives|receiving|cared for|caring for)\s+$/i;
/** A place of care named in the sentence: "Hospitals admitted 73 people". */
export const CARE_PLACE_RE = /\b(?:hospitals?|clinics?|medical (?:centers?|centres?)|infirmar(?:y|ies)|trauma (?:centers?|centres?|units?)|emergency rooms?)\b/i;
export const OF_HURT_AFTER_RE = /^\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt|hospitali[sz]ed)\b/i;

/**
 * Saved, told by how they were got out and "alive" (the auxiliary read past): "290 were pulled from the water alive",
 * "were dug out of the rubble alive", "were lifted alive from the roofs", "were brought up alive", "were found alive",
 * "were winched to safety". "taken alive" alone is a capture: taken needs where from ("taken alive from the mine").
 */
export const OUT_ALIVE_RE =
  /^(?:(?:pulled|rescued|brought|dragged|lifted|winched|plucked|dug|carried|freed|hoisted|raised|hauled|fished|got|gotten|found|recovered|extracted)(?: out| up)?(?: (?:of|from|to) [^.;,]{1,40}?)? alive|taken(?: out| up)? (?:(?:of|from) [^.;,]{1,40}? alive|alive (?:from|out of))|(?:winched|airlifted|plucked|lifted|hoisted|hauled|pulled|dragged|carried|brought) to safety)\b/i;
/** An active verb of getting people out or finding them, right before the number: "took 45 villagers alive from", "brought 12 miners out alive", "found 14 people alive". */
export const GOT_OUT_BEFORE_RE =
  /\b(?:took|take|takes|taking|brought|bring|brings|bringing|dug|dig|digs|digging|lifted|lifts|lifting|hauled|hauls|hauling|carried|carries|carrying|fished|fishes|fishing|got|gets|getting|plucked|plucks|plucking|winched|winches|winching|hoisted|hoists|hoisting|found|finds|finding|located|reached)\s+$/i;
/** "recovered 7 survivors", "picked up 40 survivors": survivors got by a verb of finding or taking up are saved. */
export const SURVIVORS_GOT_BEFORE_RE =
  /\b(?:recover(?:ed|s|ing)?|found|finds|finding|locat(?:ed|es|ing)|pick(?:ed|s|ing)? up|reach(?:ed|es|ing)|evacuat(?:ed|es|ing)|airlift(?:ed|s|ing)?|brought out|pulled out)\s+$/i;
/** Verbs of lifting people clear, right before the number: "winched 14 people off the roof", "dragged 11 survivors from the wreckage". */
export const LIFTED_BEFORE_RE = /\b(?:winched|winching|plucked|plucking|hoisted|hoisting|airlifted|airlifting|dragged|dragging|hauled|hauling)\s+$/i;
/** After the counted people: where they were lifted from ("off the roof", "from the wreckage"), or "to safety". */
export const LIFTED_FROM_AFTER_RE = /^\s*(?:off|from|out of|to safety)\b/i;
/** After the counted people: "alive", "out alive", "out of the shaft alive" (the verb's object was saved). */
export const ALIVE_OBJECT_AFTER_RE = /^\s*(?:(?:out|up)\s+)?alive\b|^\s*(?:out|up)\s+(?:of|from)\s+[^.;,]{1,40}?\s+alive\b/i;
/** "14 remain in intensive care": those still hurt, in care. */
export const INTENSIVE_CARE_RE = /^(?:in|at) (?:an? |the )?(?:intensive care|intensive-care unit|ICU|critical care)\b/i;

/**
 * "Power was cut to about 30,000 households", "left 12,000 homes without power": those a failed supply
 * reached, kind `affected`.
 */
/** The words SUPPLY_CUT_BEFORE_RE needs (lower case, most figures lack them): it runs only after one. */
export const SUPPLY_WORDS: readonly string[] = ['ower', 'lectric', 'ater', 'gas', 'eating', 'upplies'];
export const SUPPLY_CUT_BEFORE_RE = /\b(?:power|electricity|water|gas|heating|supplies)\s+(?:(?:was|were|has been|had been|have been|remains?|remained)\s+)?(?:cut|lost|knocked out|off|out|down)\s+(?:to|for|in)\s+$/i;
export const WITHOUT_SUPPLY_AFTER_RE = /^(?:left\s+|still\s+|remain(?:ed)?\s+)?without\s+(?:power|electricity|running water|water|gas|heating)\b/i;

/** "The fate of two passengers is still being established": not yet found, in a translation's words. */
export const FATE_PENDING_AFTER_RE = /^[^.;]{0,60}?\b(?:being|to be|yet to be)\s+(?:established|clarified|determined|ascertained|specified|found out)\b/i;
/** "In the train were located 318 passengers", "In the hospitals are located 27 persons": a translation's inverted count of those present. */
export const LOCATED_BEFORE_RE = /\b(?:in|on|aboard|inside) (?:the|a|an) (?:[\p{L}-]+ )?\p{L}+ (?:were|was|are|is|remain|remained) (?:located|present|situated|staying|kept)\s+$/iu;
/** The last words of LOCATED_BEFORE_RE: it runs only after one of them. */
export const LOCATED_WORDS: ReadonlySet<string> = new Set(['located', 'present', 'situated', 'staying', 'kept']);

/** ", aged 20 to 37,", " aged between 20 and 37": ages between a count and its verb. */
export const AGED_PHRASE_RE = /^\s*,?\s*(?:aged|ages) (?:between |from )?\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?\s*,?(?=\s)/i;
/** "Authorities took 12 people into custody": the object of "took", in custody after it. */
export const TOOK_BEFORE_RE = /\b(?:took|take|takes|taking)\s+$/i;
export const INTO_CUSTODY_AFTER_RE = /^\s*into (?:police )?(?:custody|detention)\b/i;
/**
 * Not found yet, told by a negation (before the auxiliaries are read past): "19 people had not been accounted for",
 * "four crew members have not been found", "are yet to be located".
 */
export const NOT_FOUND_AFTER_RE =
  /^\s*(?:(?:have|has|had|are|is|were|was|remain|remained)\s+)?(?:still\s+)?(?:not|yet to|still to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:accounted for|found|located|traced|heard from)\b/i;
/** "No trace has been found of 3 hikers", "contact was lost with 6 miners": people not found, before their number. */
export const LOST_BEFORE_RE =
  /\b(?:no trace (?:has been|had been|was) found of|(?:contact|communication|radio contact) (?:was|has been|had been) lost with|lost (?:contact|communication) with)\s+(?:the\s+)?$/i;
/** "The dead number 29", "Victims number at least 40", "the injured now total 112": a group's count by a verb of number. */
export const GROUP_NUMBERS_BEFORE_RE =
  /\b(?:the )?(dead|victims|injured|wounded|missing|fatalities|arrested|evacuees|displaced)\s+(?:now\s+|still\s+)?(?:number|numbered|total|totals|totalled|totaled)\s+$/i;

/**
 * A death toll named far before its figure, what it is from between: "The death toll from Saturday's blast at the
 * depot climbed to 41", "the death toll in the collapse rose to 41", "the death count stood at 88". The noun must be
 * a death's ("toll" alone is read by TOLL_AT_BEFORE_RE, near); nothing between may be a number or end a clause.
 */
export const TOLL_FAR_BEFORE_RE =
  /\b(?:death|casualty|fatality|victims?['’]?) (?:toll|count)\b[^.;:!?\d]{0,100}?\s(?:at|to|is|was|reached|hit|stands at|stood at)\s+$/i;
/**
 * "Killed were 12 persons", "Injured are 30 people", "Missing remain 4 climbers", "Suffered 28 persons": a translation's
 * verb first, opening a clause (a bare verb only a sentence: ", suffered multiple wounds" is English). Group 1 or 2: the verb.
 */
export const INVERTED_KIND_BEFORE_RE =
  /(?:(?:^|[.;:,]\s*|\b(?:and|while)\s+)(killed|dead|perished|injured|wounded|hurt|missing|rescued|saved|arrested|detained)\s+(?:were|are|was|is|remain|remained|have been)|(?:^|[.;:]\s*)(suffered|were lost|were found alive|were found dead))\s+$/i;
export const INVERTED_KINDS: Readonly<Record<string, ClaimKind>> = {
  killed: 'killed', dead: 'killed', perished: 'killed', injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing',
  rescued: 'rescued', saved: 'rescued', arrested: 'arrested', detained: 'arrested',
  // A translation's verbs first: "Suffered 28 persons" (were hurt), "were lost 14 persons" (died).
  suffered: 'injured', 'were lost': 'killed', 'were found alive': 'rescued', 'were found dead': 'killed',
};

/** "Rescuers are still searching for 17 people", "divers were looking for the 9 crew": those sought are missing. */
export const SEARCHED_FOR_BEFORE_RE = /\b(?:search(?:ing|es|ed)?|look(?:ing|s|ed)|comb(?:ing|ed)? [\w ]{1,30}?) for (?:the |another |a further )?$/i;
/** Words of a crime's culprits: in their sentence, people sought are suspects, not missing ("searching for two men who fled"). */
export const CULPRIT_WORDS_RE =
  /\b(?:suspects?|gunm[ae]n|shooters?|wanted|fled|fleeing|ran|running|seen|robbers?|robbed|robbery|stole|stolen|shot|shooting|stabbed|armed|attackers?|killers?|assailants?|escaped|escapees?|fugitives?|warrants?|sheriff|detectives?|deputies|persons? of interest)\b/i;
/** Person nouns a search for culprits names ("two men", "three males"): never read as missing. */
export const CULPRIT_NOUNS: ReadonlySet<string> = new Set(['men', 'man', 'males', 'male', 'suspects', 'suspect', 'gunmen', 'gunman', 'teens', 'teen', 'teenagers', 'attackers', 'juveniles', 'subjects']);

/** "Under the rubble remain 7 persons": not found yet, where they lie (a translation's order). */
export const UNDER_RUBBLE_BEFORE_RE = /\b(?:under|beneath|in) (?:the )?(?:rubble|debris|ruins|wreckage|snow|mud) (?:are|is|were|was|remain|remained|stay) (?:still |now )?$/i;
/** "Medical help was given to 35 persons": those treated. */
export const CARE_GIVEN_BEFORE_RE =
  /\b(?:medical (?:help|aid|assistance|care)|first aid|treatment) (?:was|were|has been|had been|is being) (?:given|provided|rendered|administered|offered) to\s+$/i;
