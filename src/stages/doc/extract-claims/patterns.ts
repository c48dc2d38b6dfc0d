// Tunable data for numeric and statement claims: bounds, vague amounts, what is counted, the verbs
// and nouns that say what a number counts, hedges and attribution cues.
import type { ClaimKind } from '../../../core/index.ts';

/** Words before a number that bound it. `low`/`high` say which bound the number becomes. */
export const BOUNDS: Readonly<Record<string, { low: boolean; high: boolean; approx: boolean }>> = {
  'at least': { low: true, high: false, approx: false },
  'no fewer than': { low: true, high: false, approx: false },
  'no less than': { low: true, high: false, approx: false },
  'more than': { low: true, high: false, approx: false },
  'over': { low: true, high: false, approx: false },
  'upwards of': { low: true, high: false, approx: false },
  'in excess of': { low: true, high: false, approx: false },
  'as many as': { low: false, high: true, approx: false },
  'up to': { low: false, high: true, approx: false },
  'fewer than': { low: false, high: true, approx: false },
  'less than': { low: false, high: true, approx: false },
  'under': { low: false, high: true, approx: false },
  'at most': { low: false, high: true, approx: false },
  // "no more than 30": a ceiling ("more than" alone would read it as a floor).
  'no more than': { low: false, high: true, approx: false },
  'not more than': { low: false, high: true, approx: false },
  'a maximum of': { low: false, high: true, approx: false },
  'a minimum of': { low: true, high: false, approx: false },
  'nearly': { low: false, high: true, approx: true },
  'almost': { low: false, high: true, approx: true },
  'about': { low: false, high: false, approx: true },
  'around': { low: false, high: false, approx: true },
  'roughly': { low: false, high: false, approx: true },
  'approximately': { low: false, high: false, approx: true },
  'some': { low: false, high: false, approx: true },
  'an estimated': { low: false, high: false, approx: true },
  'estimated': { low: false, high: false, approx: true },
  'close to': { low: false, high: true, approx: true },
  // "puts the figure closer to 2,400": a rival's figure, about that.
  'closer to': { low: false, high: false, approx: true },
};

export const BOUND_RE = new RegExp(`\\b(${Object.keys(BOUNDS).sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'i');

/**
 * Vague amounts and the number they are read as. ACLED's coding conventions for vague fatality
 * reports: "several", "many", "plural" → 10; "dozens" → 12; "hundreds" → 100. Our additions in the
 * same spirit: "a few"/"a handful" → 3, "a couple" → 2, "scores" → 20 (a score is twenty),
 * "thousands" → 1000, "a number of"/"numerous"/"multiple" → 10 (like "several").
 * "a dozen" and "half a dozen" are exact (12 and 6), not vague; so is "both" (2), which points back to
 * people already told of (casualty figures use it only to complete a lone victim).
 */
export const VAGUE: Readonly<Record<string, { value: number; vague: boolean }>> = {
  'half a dozen': { value: 6, vague: false },
  'a dozen': { value: 12, vague: false },
  'dozen': { value: 12, vague: false },
  'dozens of': { value: 12, vague: true },
  'dozens': { value: 12, vague: true },
  'scores of': { value: 20, vague: true },
  'hundreds of': { value: 100, vague: true },
  'hundreds': { value: 100, vague: true },
  'thousands of': { value: 1000, vague: true },
  'thousands': { value: 1000, vague: true },
  'several': { value: 10, vague: true },
  'many': { value: 10, vague: true },
  'numerous': { value: 10, vague: true },
  'multiple': { value: 10, vague: true },
  'a number of': { value: 10, vague: true },
  'a few': { value: 3, vague: true },
  'a handful of': { value: 3, vague: true },
  'a couple of': { value: 2, vague: false },
  'a pair of': { value: 2, vague: false },
  'both': { value: 2, vague: false },
};

/** Digits, number words, vague amounts and "no one": where a quantity can start. */
export const QUANTITY_START_RE = new RegExp(
  '(?<![\\w.,$€£])(?:[$€£]\\s?)?\\d|\\b(?:' +
    Object.keys(VAGUE).sort((a, b) => b.length - a.length).join('|') +
    '|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
    'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|no one|nobody|none|no)\\b',
  'gi',
);

/** Nouns for people (singular and plural): the things casualty counts count. */
export const PERSON_NOUNS = new Set(
  (
    'people person persons individuals individual civilians civilian children child kids kid women woman men man girls girl ' +
    'boys boy teens teen teenagers teenager adults adult juveniles juvenile minors minor students student soldiers soldier ' +
    'troops officers officer policemen policeman policemen police personnel members member militants militant terrorists ' +
    'terrorist fighters fighter insurgents insurgent rebels rebel gunmen gunman attackers attacker nationals national ' +
    'residents resident villagers villager workers worker miners miner passengers passenger pilgrims pilgrim tourists tourist ' +
    'victims victim bystanders bystander migrants migrant refugees refugee patients patient staff employees employee ' +
    'crew sailors sailor firefighters firefighter guards guard infants infant babies baby toddlers toddler relatives ' +
    'family families protesters protester demonstrators demonstrator suspects suspect journalists journalist doctors doctor ' +
    'engineers engineer nurses nurse teachers teacher farmers farmer fishermen survivors survivor others agents agent troopers trooper deputies deputy citizens citizen ' +
    'sons daughters brothers sisters siblings cousins inhabitants inhabitant evacuees evacuee specialists specialist rescuers rescuer ' +
    'volunteers volunteer experts expert technicians technician ' +
    // People in custody or captivity, and those who talk them out.
    'inmates inmate prisoners prisoner convicts convict detainees detainee hostages hostage captives captive negotiators negotiator ' +
    'paramedics paramedic medics medic ' +
    // Police reports' words for people ("three males were wounded").
    'males male females female ' +
    // Those a disaster, a crash or a crowd report counts: rescuers, travellers, onlookers.
    // Plurals only: a singular "driver" or "pilot" is most often the one who acted ("one driver fled").
    'divers lifeguards coastguards firemen crewmen seafarers drivers pilots motorists pedestrians ' +
    'commuters travellers travelers climbers hikers pupils spectators fans supporters stewards marshals ' +
    'mourners worshippers visitors guests shoppers labourers laborers contractors servicemen marines ' +
    // Those held responsible: "two managers and a safety inspector have been arrested".
    'officials managers executives inspectors owners directors supervisors foremen operators conductors mechanics'
  ).split(' '),
);

/**
 * Singular person nouns that make "a man was shot dead" a count of one; after a shooting verb a possessive
 * names one too ("shot his brother": the one hit; "fatally shot his ..." is left to the victim lists).
 */
export const SINGULAR_PERSON_RE =
  /\b(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?|(?<=(?<!\bfatally\s+)\b(?:shot|shoots|shooting|wounded|wounds|wounding|injured|injures|injuring|hit|hitting|struck|striking|grazed|grazing)\s+)(?:his|her|their)\s+(?:[\w-]+\s+){0,1}?|\d{1,2}-year-old\s+(?:[a-z]+\s+){0,2}?)(man|woman|boy|girl|teen|teenager|person|child|toddler|infant|baby|officer|policeman|soldier|student|resident|worker|driver|passenger|bystander|victim|juvenile|adult|male|female|suspect|gunman|deputy|trooper|guard|clerk|father|mother|son|daughter|husband|wife|brother|sister|customer|patron|employee|pedestrian|motorist)\b(?!\s+(?:boy|girl|man|woman)\b)/gi;

/** A second person joined by "and" to a first: "(and) her 7-year-old niece", "another man", "her father, 56,". */
export const PARTNER_RE =
  /^(?:(?:his|her|their|its|another|a|an|the|one)\s+)?(?:(?!(?:left|leaving|leaves|wounded|wounding|injured|injuring|shot|shooting|killed|killing|and|or|was|were|is|are|had|has|with|who|that)\b)[\w-]+\s+){0,2}?(man|woman|boy|girl|teen|teenager|person|child|toddler|infant|baby|son|daughter|father|mother|husband|wife|brother|sister|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|stepfather|stepson|stepdaughter|friend|girlfriend|boyfriend|fianc[eé]e?|roommate|neighbor|officer|deputy|customer|clerk|driver|passenger|civilian|soldier|student|resident|worker|bystander|victim|guard|pilot|journalist|nurse|doctor|teacher|firefighter|trooper|juvenile|adult|male|female|relative|policeman|patient)\b(?:,\s*\d{1,3},)?/i;

/** "13-year-old Jane Doe": an age before a name is one person. */
export const AGE_NAME_RE = /\b(?:a\s+|an\s+)?\d{1,2}-year-old\s+(?=[A-Z][a-z])/g;

/**
 * Definite singular victims ("the victim died", "he was pronounced dead", "one killed and another
 * injured", "3 dead, 5-year-old hurt", "4-year-old grazed by stray bullet"): a count of one when a kind
 * verb follows. An age written with spaces or in words ("2 year old", "Nine-Year-Old") leads only a hit
 * or a hurt: as a death it was measured to move a right killed figure.
 */
export const DEFINITE_SINGULAR_RE = /(?<=\b(?:injuring|wounding|injured|wounded|hurting|shooting|shot)\s+)(?:a\s+(?:second|third|fourth|fifth|sixth)|another)\b(?!\s+(?:time|day|week|round|shot|person|man|woman|victim|officer|boy|girl|teen|child))|\b(?:the|a|an)\s+\d{1,2}-year-old(?=\s+(?:who\s+)?(?:was|were|had|has|died|is|suffered|sustained)\b)|\b(?:the|a|another)\s+(victim|man|woman|boy|girl|teen|teenager|child|driver|officer|student|toddler|gunman|shooter|suspect|attacker)\b|\b(he|she)\b(?=\s+(?:was|later|had|died|has))|\b(?:another|\d{1,2}-year-old)(?=\s+(?:(?:was|is|were)\s+)?(?:\w+ly\s+(?!shot\s+(?:an?|the|his|her|their|him|them|\d)\b))?(?:grazed|(?:struck|hit) by (?:an? )?(?:stray |errant |random )?(?:bullets?|gunfire|rounds?|gunshots?)|injured|wounded|hurt|killed|dead|died|shot|critically|seriously|fatally|in (?:critical|serious|stable|fair|good) condition|critical)\b)|\b(?:\d{1,2}[- ]year[- ]old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-year-old)(?<!\d-year-old)(?=\s+(?:(?:was|is|were)\s+)?(?:\w+ly\s+(?!shot\s+(?:an?|the|his|her|their|him|them|\d)\b))?(?:grazed|(?:struck|hit) by (?:an? )?(?:stray |errant |random )?(?:bullets?|gunfire|rounds?|gunshots?)|injured|wounded|hurt|shot|critically|seriously|in (?:critical|serious|stable|fair|good) condition|critical)\b)/gi;

/** Things counted as sites or targets ("seven locations", "three camps"): kind `count`. */
export const SITE_NOUNS = new Set(
  (
    'sites site targets target locations location hideouts hideout camps camp bases base positions position buildings building ' +
    'houses house homes home villages village towns town districts district provinces province vehicles vehicle cars car ' +
    'schools school hospitals hospital bridges bridge ships ship boats boat aircraft planes plane helicopters helicopter ' +
    'drones drone missiles missile rockets rocket shells shell bombs bomb explosions explosion blasts blast shots rounds ' +
    'checkpoints checkpoint outposts outpost facilities facility structures structure apartments apartment ' +
    'neighborhoods neighbourhoods areas communities municipalities counties incidents attacks strikes shootings'
  ).split(' '),
);

export const DISTANCE_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometers: 'km', kilometres: 'km', kilometer: 'km', kilometre: 'km', mi: 'mi', miles: 'mi',
  mile: 'mi', m: 'm', meters: 'm', metres: 'm', meter: 'm', metre: 'm', feet: 'ft', ft: 'ft', yards: 'yd',
};

export const MONEY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', rupees: 'INR', yuan: 'CNY',
  yen: 'JPY', rubles: 'RUB', roubles: 'RUB', francs: 'CHF',
};
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** Past participles and adjectives after the counted phrase ("nine people were killed", "two dead"). */
/**
 * A place of care, named or not, as an alternation: "hospital", "a nearby hospital", "the regional hospital",
 * "Kessel General Hospital", "St Anne's Hospital", "two clinics", "Mercy Medical Center". Up to three words before
 * the noun, none a clause's word.
 */
const CARE_PLACE =
  "(?:the |a |an |area |local |nearby |several |various |two |three |four |different )?(?:(?!(?:and|or|but|where|when|after|with|for|at|in|on|to|from|by|custody)\\b)[\\w'’.-]+ ){0,3}?(?:hospitals?|clinics?|infirmar(?:y|ies)|medical (?:cent(?:er|re)s?|facilit(?:y|ies))|trauma (?:cent(?:er|re)s?|units?)|burns? (?:units?|cent(?:er|re)s?))";
/** Only a hospital is where people are for their hurt: "were in the Kessel clinic that day" tells where staff worked. */
const IN_HOSPITAL =
  "(?:the |a |an |area |local |nearby |several |various |two |three |four |different )?(?:(?!(?:and|or|but|where|when|after|with|for|at|in|on|to|from|by|custody)\\b)[\\w'’.-]+ ){0,3}?(?:hospitals?|infirmar(?:y|ies)|intensive care)(?! (?:at the time|when|during)\\b)";
/** "were taken to Kessel General Hospital", "were airlifted to a trauma centre": into care, wherever it is. */
export const TAKEN_TO_CARE_RE = new RegExp(`^(?:taken|sent|rushed|brought|airlifted|flown|transported) to ${CARE_PLACE}\\b`, 'i');
export const KIND_AFTER: readonly [RegExp, ClaimKind][] = [
  [/^(?:(?:taken|transported|sent|brought) to (?:the )?(?:[\w’'.-]+ ){0,5}?(?:medical examiner|coroner|morgue)|killed|dead|died|dies|die|slain|murdered|perished|fatally (?:shot|wounded|injured|stabbed)|shot (?:and killed|dead|to death)|(?:found|pronounced|confirmed|feared|reported) dead|lost (?:their|his|her) lives|executed|beheaded|drowned|burned to death|stabbed to death|beaten to death|deaths?|fatalities|casualties|lives lost|bodies)\b/i, 'killed'],
  [new RegExp(
    '^(?:injured|wounded|hurt|hospitali[sz]ed|survive[sd]?|recovering|recovers|(?:sought|received|needed|required) (?:medical |hospital )?treatment|' +
      // "27 being treated, 5 critical", "were treated and released", "treated at the scene".
      'treated(?=\\s*(?:$|[,.;:)]|and released|at the scene|on the spot))|(?:is |was )?(?:fighting|clinging) (?:for|to) (?:his |her |their )?li(?:fe|ves)|shot and (?:wounded|injured)|treated for|' +
      '(?:taken|sent|rushed|went|brought) to (?:the |a |area )?hospitals?|transported to|' +
      `suffered (?:injuries|wounds|gunshot)|(?:obtained|received|sustained|suffered|got) (?!gunshot )(?:[\\w-]+,? (?:but )?)?(?:[\\w-]+ )?(?:injuries|wounds|burns|traumas?)|injuries|` +
      'in (?:a |the )?(?:critical|serious|stable|good|fair|grave|heavy|severe)(?: but (?:stable|critical|serious|improving))? condition|(?:non-?life[- ]threatening|(?:potentially |possibly )?life[- ]threatening|minor|serious|critical|severe|grave|light|moderate) (?:gunshot )?(?:injuries|wounds?)|' +
      // "are still in hospital", "were in Kessel General Hospital", "were being treated at St Anne's Hospital".
      `(?:still |remains? )?in ${IN_HOSPITAL}|(?:treated|cared for|admitted) (?:at|in|to) ${CARE_PLACE})\\b`,
    'i',
  ), 'injured'],
  [/^(?:missing|unaccounted for)\b/i, 'missing'],
  [/^(?:rescued|saved|pulled (?:out )?alive|freed|released)\b/i, 'rescued'],
  // "were placed under arrest", "were remanded in custody", "were booked into the county jail".
  [/^(?:arrested|detained|taken into custody|apprehended|held|in custody|captured|charged|arrests|detentions|(?:placed|put) under arrest|under arrest|remanded|booked into|locked up)\b/i, 'arrested'],
  // "forced 3,000 from their homes", "drove 500 families out of their houses".
  [/^(?:displaced|homeless|fled|forced (?:to flee|from their homes)|(?:from|out of) (?:their|his|her) (?:homes?|houses?))\b/i, 'displaced'],
  // "have left their homes", "were forced to leave the area", "were moved out", "were ordered out of their homes".
  [/^(?:evacuated|(?:forced|ordered|told|made|urged|asked) to (?:leave|evacuate)(?! (?:his|her|their|its) (?:job|post|office|seat|party)s?\b)|(?:(?:forced|ordered|told|made|urged|asked) to )?(?:leave|left|abandon(?:ed)?) (?:their |his |her |the |its )?(?:own )?(?:homes?|houses?|flats?|apartments?|area|zone|town|city|village|district|neighbou?rhoods?|region|vicinity|valley)|(?:moved|ordered|taken|brought|bus(?:s)?ed|cleared) (?:out|away)|relocated|(?:moved|taken|bus(?:s)?ed|transferred|relocated) to (?:safety|safer ground|higher ground|(?:a |the )?(?:[\w-]+ )?(?:shelters?|camps?|reception|evacuation|sports halls?))|moved to safety)\b/i, 'evacuated'],
  [/^(?:affected)\b/i, 'affected'],
];

/** Verbs and nouns just before the quantity ("killing nine", "the death of two", "death toll rose to 95"). */
export const KIND_BEFORE: readonly [RegExp, ClaimKind][] = [
  [/\b(?:kill(?:ed|ing|s)?|(?:shot|shooting) dead|fatally (?:shot|shooting|shoots|stabbed|stabbing|wounded|wounding)|claim(?:ed|ing)? the lives of|deaths? of|death toll (?:\w+ ){0,4}(?:to|at|of|is|was|stands at|reached|hit)|toll (?:rose|climbed|rises|stood|stands|reached|is|was)(?: to| at)?|murder(?:ed|ing)?|slaughter(?:ed|ing)?|massacr(?:ed|ing)|fatalities (?:rose to|stood at|reached)|lives of|bodies of)\s+$/i, 'killed'],
  // "shot four people", "stabbing two": hurt or killed, the outcome said elsewhere.
  [/\b(?:shoots|shot|shooting|stabs|stabbed|stabbing)\s+$/i, 'casualties'],
  // "Gunfire struck a clerk and two others", "stray bullets hit three people": the people hit.
  [/\b(?:gunfire|bullets?|rounds|gunshots|shotgun (?:blasts?|pellets)) (?:struck|hit|wounded)\s+$/i, 'casualties'],
  [/\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?|hospitali[sz]ed|hospitali[sz]ing|injuries to)\s+$/i, 'injured'],
  [/\b(?:rescu(?:ed|ing|es)|sav(?:ed|ing)|pulled|pulling|freed|freeing)\s+$/i, 'rescued'],
  // "evacuated 1,200 people", "the evacuation of 6,000": moved out of danger, not saved from it.
  [/\b(?:evacuat(?:ed|ing|es)|evacuations? of)\s+$/i, 'evacuated'],
  [/\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehend(?:ed|ing)|round(?:ed|ing) up)\s+$/i, 'arrested'],
  [/\b(?:displac(?:ed|ing))\s+$/i, 'displaced'],
  // "Among those evacuated were 200 children", "Evacuated: 4,000 people": the kind named before the count.
  [/\b(?:(?:those|the) (?:evacuated|evacuees)\s+(?:\w+\s+)?(?:included|include|were|are|was)|(?:evacuated|evacuees)\s*:)\s+$/i, 'evacuated'],
  [/\b(?:(?:those|the) (?:arrested|detained)\s+(?:\w+\s+)?(?:included|include|were|are|was)|(?:arrested|detained|arrests)\s*:)\s+$/i, 'arrested'],
  [/\b(?:(?:those|the) missing\s+(?:\w+\s+)?(?:included|include|were|are|was)|missing\s*:)\s+$/i, 'missing'],
  [/\b(?:dead|killed|deaths)\s*:\s+$/i, 'killed'],
  [/\b(?:injured|wounded|injuries)\s*:\s+$/i, 'injured'],
  // A translation's inverted order, the verb before its subject after a place or time: "at the scene perished a
  // further two climbers" ("he died several hours later" is no count).
  [/\b(?:in|at|on|of|overnight)\b[^,.;]{0,40}\s(?:died|perished|have died|has died|were killed|was killed|were lost)\s+(?:yet\s+|also\s+|another\s+|a further\s+)?$/i, 'killed'],
  // A translation's inverted order, the state before its verb: "under arrest are 3 persons", "missing remain 4 people".
  [/\b(?:under arrest|in (?:police )?custody|in (?:the )?detention|arrested|detained) (?:are|is|were|was|remain|remained|stay) (?:still |now )?$/i, 'arrested'],
  [/\b(?:missing|unaccounted for) (?:are|is|were|was|remain|remained|stay) (?:still |now )?$/i, 'missing'],
  [/\b(?:in (?:the )?hospitals?|hospitali[sz]ed) (?:are|is|were|was|remain|remained|stay) (?:still |now )?$/i, 'injured'],
  [/\b(?:hit|struck|targeted|targeting|hitting|striking|attacked|attacking|destroyed|destroying|engaged|damaged|raided)\s+$/i, 'count'],
];

/**
 * "a man was shot", "four people shot": hurt or killed, the outcome not said here (kind `casualties`).
 * Checked after KIND_AFTER, which takes "shot dead" and "shot and wounded".
 */
export const SHOT_RE = /^(?:(?:shoots|shot|shooting)\s+(?:(?:him|her)?self|(?:his\s+|her\s+)?own\s+(?:leg|foot|hand|arm|thigh|knee|finger|chest|head|stomach))|shot|stabbed|(?:struck|hit) by (?:an? )?(?:stray |errant |random )?(?:bullets?|gunfire|rounds?|gunshots?|shots)|grazed|(?:the |a )?victim of (?:an? )?(?:[\w-]+ ){0,2}?(?:shooting|gunshot|gunfire))\b/i;

/** After a one-victim injury: "rushed to a clinic, where she died", "in serious condition but later died". */
export const LATER_DIED_RE =
  /^[^.;]{0,100}?\b(?:where (?:he|she|the \w+) (?:later )?(?:died|was pronounced dead)|(?:but|and|before|then) (?:later |eventually |also )?(?:died|succumbed|was pronounced dead)|(?:later|has|had|have|then) died|died (?:at|on|in|from|of|after|shortly|later|hours|days|the)|(?:was|were) (?:later )?pronounced dead|(?:is|was) dead|,\s*killed\b)/i;

/**
 * After a one-victim hit, the same clause goes on to the death: "was shot twice and killed", "shot in
 * the back and killed" (no object after "killed": "and killed his brother" is the victim turned agent).
 */
export const SHOT_THEN_KILLED_RE = /^[^.;,]{0,40}?\band (?:was )?killed\b(?!\s+(?:his|her|their|him|them|a|an|the|one|two|three|four|\d))/i;

/** A broadcaster's name before its channel number ("News 5", "Channel 4", "FOX 13", "KXYZ 7"): case-sensitive. */
export const STATION_BEFORE_RE = /\b(?:News|Channel|FOX|Fox|CBS|NBC|ABC|CW|TV|[KW][A-Z]{2,3}(?:-TV)?)\s+$/;

/** Outcome words: "Cook Killed and 2 Others Hurt" names an outcome, not a person, before "and". */
export const OUTCOME_WORDS: ReadonlySet<string> = new Set(
  'killed dead died dies slain wounded injured hurt shot stabbed fatally critically seriously hospitalized'.split(' '),
);

/** An outcome just before "and": what follows opens a new clause with its own subject. */
export const OUTCOME_BEFORE_AND_RE = /\b(?:killed|dead|died|slain|wounded|injured|hurt|shot|fatally|condition)\s*,?\s+(?:and|or)\s+$/i;

/** What comes before "N others": a pronoun or a person ("she and", "a woman,", "Jane Doe and"). */
export const WITH_OTHERS_RE = /(?:\b(he|she)|\b([A-Za-z][\w'’-]*))\s*(?:,\s*|\s+and\s+)$/;

/** "14 shot, one fatally", "six shot, two of them fatally": the adverb alone says the outcome. */
export const OUTCOME_ADVERB_RE = /^\s*,?\s*(?:of\s+(?:them|whom|those|the victims)\s+)?(?:(?:was|were|have been|has been|had been)\s+)?(fatally|critically|seriously|non-fatally|nonfatally)\b/i;

/** Auxiliaries and adverbs between the counted phrase and its participle. */
export const AUX_RE =
  /^(?:\s*,?\s*(?:who|that|which)\b)?(?:\s*(?:were|was|are|is|have|has|had|been|being|be|got|get|remain|remains|remained|still|reportedly|allegedly|also|later|all|each|now|confirmed|believed|feared|said|thought|known|to|initially|apparently|both|were|eventually|then|in all|in total|all told|altogether|so far|\w+ly)\b)*\s*/i;

export const NEGATED_ZERO_RE = /\b(?:no one|nobody|none|no)\s*$/i;

/** "including two nurses and five pupils": a breakdown of the count before it. */
export const INCLUDING_RE = /^\s*[,;:(–—-]?\s*(?:including|among them|among whom|of whom|comprising|among the dead were|among those killed were)\s+/i;

export const HEDGES: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'unconfirmed', 'claimed', 'claims', 'claiming',
  'said to', 'believed to', 'thought to', 'feared', 'is feared', 'presumed', 'possibly', 'may have', 'might have',
  'could have', 'unverified', 'rumored', 'rumoured',
];
export const HEDGE_RE = new RegExp(`\\b(${HEDGES.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/** Reporting verbs for attribution ("X said", "said X", "X told reporters"). */
export const SAY_VERBS =
  'said|says|say|reported|reports|report|told|tells|claimed|claims|announced|announces|confirmed|confirms|stated|states|' +
  'added|adds|noted|notes|quoted|reporting|saying|according|cited|citing|estimated|estimates|put|puts|added';

/** Source phrases: the text after the cue up to the clause end is the source. */
export const SOURCE_AFTER_RE =
  /\b(?:according to|citing|quoted by|cited by|reported by|said by|as reported by|per)\s+((?:the\s+)?[^,.;:"“”()]{2,80}?)(?=\s*(?:[,.;:"“”()]|\s(?:as saying|that|which|who|on|in|at|after|before|,)\b|$))/gi;
export const SOURCE_SAID_AFTER_RE =
  /\b(?:said|says|told reporters|reported|announced|confirmed|stated|added|claimed)\s+(?!(?:that|on|in|at|it|he|she|they|there|the strike|this|its|their|his|her|of|to|by|a|an)\b)((?:the\s+)?[A-Z][^,.;:"“”()]{1,60}?)(?=\s*(?:[,.;:"“”()]|$))/g;
/** A reporting verb after its source ("police said"): the source is read back from it. */
export const SAY_VERB_RE = /\s(?:said|says|reported|reports|told|claimed|claims|announced|confirmed|stated|quoted|estimated|estimates)\b/g;
/** A word that can be part of a source phrase read back from a reporting verb. */
export const PLAIN_WORD_RE = /^[A-Za-z][\w'’.-]*$/;

/** Words that cannot start or be a source on their own. */
export const NOT_SOURCE = new Set(
  'it he she they we i you him them us me this that there which who what and but or the a an as if when while after before also which its their his her'.split(' '),
);

/** A sentence that tallies several incidents: its figures are totals, not the main incident's. */
export const ROUNDUP_RE =
  /\b(?:(?:killed|died|dead|shot|wounded|injured|slain|homicides|murders) (?:in|during) (?:the month of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \d)|shootings|nationwide|nationally|statewide|across the (?:country|nation|state|city)|each year|every year|per year|annually|stud(?:y|ies)|database|statistics|data (?:shows?|from)|analysis|separate (?:incidents|attacks)|since (?:\d|[A-Z][a-z]+day\b|noon|midnight|last)|(?:weekend|overnight|holiday) (?:violence|gunfire|bloodshed)|violent (?:night|weekend|day)|so far this|this year|(?:in|over|during) (?:the )?(?:past|last) (?:\w+ )?(?:days?|weeks?|months?|hours?)|(?:in|within|over) (?:a |the )?(?:span of |past |last )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:hours?|days?)(?:[- ](?:span|period|stretch))?)\b/i;

/** "No one was seriously hurt": a zero of the badly hurt only, not of the hurt. */
export const QUALIFIED_ZERO_AFTER_RE = /^\s+(?:else\s+)?(?:was|were|is|are|has been|have been|had been)\s+(?:seriously|critically|badly|gravely|severely|fatally|life-threateningly)\b/i;

/** "two of the victims", "one of them": part of a count already given. */
export const SUBSET_AFTER_RE = /^\s+of\s+(?:the|them|those|whom|these)\b/i;

/** "N others": in addition to someone already counted. */
export const OTHERS_RE = /\b(?:an)?others?\b/i;

/** A killer who then killed himself: one death more than the victims counted. */
export const SELF_KILLED_RE =
  /\b(?:then|before|and)\s+(?:\w+\s+){0,2}?(?:kill(?:ed|ing|s)?|shot|shooting|shoots|turn(?:ed|ing|s) the (?:gun|weapon) on)\s+(?:him|her)?self\b|(?:,|\band)\s*(?:then\s+)?(?:him|her)?self\b|\b(?:commit(?:s|ted)?|committing) suicide\b|\b(?:took|takes|taking) (?:his|her) own life\b/i;

/** Words that say someone died, in any sentence of a report. */
export const DEATH_CUE_RE = /\b(?:died|dies|succumbed|pronounced dead|fatally (?:shot|wounded))\b/i;


/** A count written as a number ("three", "12"), not as one person ("the toddler"). */
export const NUMERIC_QUANTITY_RE = /^(?:at least |more than |about |some )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b/i;


/** A headline that tells of a death: its lone victim died ("Teen dies after shooting", "Fatal shooting on Elm St."). */
export const HEADLINE_DEATH_RE = /\b(?:killed|kills|dead|dies|died|slain|fatal(?:ly)?|deadly|death|(?<!attempted\s)murder(?:ed)?|(?<!attempted\s)homicide|gunned down|claims? (?:the )?life)\b/i;

/** Ordinals read as the count they reach. */
export const ORDINALS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
};

/** "A third victim has died", "Second person dies after shooting": the toll reaches the ordinal. */
export const ORDINAL_DEATH_RE =
  /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th)\s+(?:[\w-]+\s+){0,2}?(?:victim|person|man|woman|boy|girl|teen|teenager|child|officer|student|resident|patient|shooting victim)\b[^.;]{0,100}?\b(?:has died|have died|had died|died|dies|succumbed|dead|pronounced dead)\b/gi;

/** "her daughters, ages 6 and 9", "two men, aged 41 and 58": a plural followed by its members' ages. */
export const PLURAL_AGES_RE =
  /\b((?:his|her|their|the|both)\s+)?([a-z]+(?:s|ren|men|ple))\s*,?\s+(?:ages|aged)\s+(\d{1,3}(?:\s*,\s*\d{1,3})*,?\s*(?:and|&)\s*\d{1,3}),?/gi;
/** A number just before a noun: the count is already written ("two cousins, ages 13 and 15"). */
export const NUMBER_BEFORE_RE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both))\s+(?:[a-z-]+\s+)?$/i;
/** Plural kin nouns, counted only with a list of ages ("her daughters, ages 6 and 9"). */
export const KIN_PLURALS: ReadonlySet<string> = new Set(
  'sons daughters brothers sisters siblings twins cousins nephews nieces grandchildren grandsons granddaughters parents grandparents friends'.split(' '),
);

/**
 * Conjoined victims before a count ("Uncle and three nephews found dead", "Boy, Two Adults
 * Hurt", "a man and his three daughters"): each unit before the count is one more person. The
 * separator nearest the count; an "and" may carry a determiner that belongs to the count.
 */
export const CONJUNCT_AND_RE = /\s+(?:and|&)\s+(?:(?:the|his|her|their)\s+)?$/i;
export const CONJUNCT_COMMA_RE = /\s*,\s*$/;
const SINGULAR_PEOPLE =
  'man|woman|boy|girl|teen|teenager|person|child|toddler|infant|baby|son|daughter|father|mother|dad|mom|husband|wife|brother|sister|uncle|aunt|' +
  'cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepfather|stepmother|stepson|stepdaughter|girlfriend|' +
  'boyfriend|fianc[eé]e?|roommate|neighbor|neighbour|officer|deputy|trooper|clerk|driver|passenger|bystander|victim|guard|student|resident|' +
  'worker|juvenile|adult|male|female|relative|suspect|gunman|shooter|teacher|nurse|firefighter|soldier|customer|employee|owner';
/** "man" → "[Mm]an": a word in lower case or capitalized (headlines), never in upper case mid-word. */
const capOptional = (words: string): string => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** One person as a unit of a list: "a Gentilly woman", "his 4-year-old son", "Teen Boy", "3-year-old", "daughter, 9". */
export const CONJUNCT_PERSON_RE = new RegExp(
  `(?:\\b(?:${capOptional('a|an|the|his|her|their|one|another')})\\s+(?:[\\w'’-]+\\s+){0,2}?|\\b(?:[A-Z][a-z]+\\s+)?)?(?:\\b\\d{1,2}-(?:year|month)-old\\s+)?\\b(?:${capOptional(SINGULAR_PEOPLE)})(?:\\s*,\\s*\\d{1,3}\\s*,?)?$|\\b(?:${capOptional('a|an|the|his|her')}\\s+)?\\d{1,2}-(?:year|month)-old(?:\\s*,\\s*\\d{1,3}\\s*,?)?$`,
);
/** One named person as a unit of a list, only before "and": "Jane Doe and two others". */
export const CONJUNCT_NAME_RE = /(?:^|[^\w'’.-])((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){0,3})(?:\s*,\s*\d{1,3}\s*,?)?$/;
/** Capitalized words that are not a person's name in a list ("Monday and two men"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an police officials authorities investigators detectives deputies witnesses neighbors family relatives friends he she they it ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november ' +
    'december today yesterday tonight update updated breaking watch video photos photo news and but then when after before while since ' +
    'street avenue road park county city north south east west downtown ' +
    // Places named like people: "five bodies were pulled from Lake Venn and 12 people ..." (not "hill", "bridge",
    // "forest", "port": surnames too).
    'lake river sea bay gulf ocean coast mount mountain island valley harbour harbor canal creek province district region airport'
  ).split(' '),
);

/**
 * Named victims listed before a plural outcome ("Jane Roe, 31, and John Doe, 54, were killed",
 * "Ann Lee and Tom Moss died"): the names are the count. Names are one to three capitalized words.
 */
const NAME = `(?:[A-Z][a-z'’-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z'’-]+|[A-Z]\\.)){0,3}(?:\\s*,\\s*\\d{1,3}\\s*,?)?`;
export const NAME_LIST_RE = new RegExp(
  `(?<![\\w'’.-])(${NAME}(?:\\s*,\\s*${NAME}){0,4}\\s*,?\\s+(?:and|&)\\s+${NAME})(?=\\s+(?:were|have been|had been|both|all|died|are both|are dead|are all|killed|dead|found dead)\\b)`,
  'g',
);

/**
 * A headline noun followed by a killing verb and its object is the one who fired ("Man Killed Wife, 4
 * Kids", "Father shot his son"), not a victim.
 */
const NOT_AGENT_AFTER =
  `(?!\\s+(?:(?:${capOptional('fatally|accidentally')})\\s+)?(?:${capOptional('killed|kills|shot|shoots')})\\s+(?:${capOptional('his|her|their|an?|the|wife|husband|girlfriend|boyfriend|son|daughter|mother|father|brother|sister|family|kids|children|neighbor|friend|two|three|four|five|six')}|\\d)\\b)`;

/** After an adverb, "shot" with an object is the person who fired ("Teen accidentally shot a friend"). */
const NOT_ACTIVE_SHOT = `(?![Ss]hot\\s+(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Hh]im|[Tt]hem|\\d)\\b)`;

/**
 * A headline's bare singular victim ("Varn girl fatally shot", "Homeless man found dead", "Teen
 * dies after shooting"): one person, read only at the start of a sentence, before an outcome. Headlines
 * are often in Title Case ("Clerk Critically Wounded"), and an adverb may come before the outcome
 * ("Toddler accidentally shot").
 */
export const HEADLINE_PERSON_RE = new RegExp(
  `^(?:[\\d:]+\\s+)?(?:[\\w'’.-]+:?\\s+){0,3}?(?<!\\b(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Aa]nother|[Oo]ther|[Nn]o)\\s+)(${capOptional('man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|officer|deputy|trooper|student|father|mother|dad|mom|driver|clerk|victim|suspect|gunman|shooter|bystander|grandmother|grandfather|husband|wife|son|daughter|brother|sister|juvenile')})${NOT_AGENT_AFTER}(?=\\s+(?:(?:${capOptional('was|is|has been')})\\s+)?(?:\\w+ly\\s+${NOT_ACTIVE_SHOT})?(?:${capOptional('fatally|critically|seriously|shot|killed|dead|dies|died|found dead|wounded|injured|hurt|stabbed|slain|hospitalized')}|${capOptional('grazed|struck|hit')}\\s+${capOptional('by')}\\s+(?:[Aa]n?\\s+)?(?:${capOptional('stray|errant|random')}\\s+)?${capOptional('bullets?|gunfire|rounds?|gunshots?')}|${capOptional('grazed')}|(?:${capOptional('who')}\\s+(?:\\w+ly\\s+)?)?(?:${capOptional('shoots|shot')})\\s+(?:(?:${capOptional('him|her')})?self|(?:${capOptional('his|her')}\\s+)?${capOptional('own')})|(?:${capOptional('taken|rushed|flown|airlifted')})\\s+${capOptional('to')}|(?:${capOptional('is')}\\s+)?(?:${capOptional('the|a')}\\s+)?${capOptional('victim')}\\s+${capOptional('of')}|${capOptional('survives?|recovering|recovers')}|(?:fighting|clinging) (?:for|to) (?:his |her |their )?li(?:fe|ves)|(?:in )?(?:critical|serious|stable) condition|critical)\\b)`,
);

/**
 * A sentence that tells of another incident than the report's own ("Earlier Thursday, ...", "About
 * 20 minutes earlier", "just last week", "Prior to that shooting", "In an unrelated shooting"): its
 * figures are used only when nothing else gives the kind.
 */
export const OTHER_INCIDENT_RE =
  /^(?:[^,]{0,40},\s*)?(?:earlier (?:in the day|that day|that night|on|this|that|[A-Z][a-z]+day)|(?:about |some |roughly |nearly )?(?:\d+|an?|one|two|three|four|five|six|\w+teen|twenty|thirty|forty|fifty) (?:minutes?|hours?|days?|weeks?) (?:earlier|before|later)|prior to (?:that|this|the)|in (?:an|a) (?:separate|unrelated|earlier|similar|other)|in (?:another|the most recent|the latest|the earlier|an earlier|a separate|an unrelated)|(?:the )?(?:previous|last|other) (?:shooting|incident|attack)|last (?:week|month|year)|(?:two|three|four|several|a few|\d+) (?:weeks|months|years) (?:ago|earlier)|(?:just )?(?:the )?(?:week|month|year|day|night) before)\b|\b(?:(?:came|comes|coming|happened|occurred)\s+(?:just\s+|only\s+|about\s+)?(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before)|follow(?:s|ed|ing)? (?:a|an|another) (?:\w+ )?(?:shooting|incident|attack)|(?:years|decades) ago|retaliat(?:ion|ing) (?:for|to|against)|in retaliation|just last (?:week|month)|in a separate (?:incident|shooting)|in an unrelated (?:incident|shooting)|(?:another|a separate|an unrelated|an earlier|a previous) (?:shooting|incident|attack) (?:on|in|at|earlier|last))\b/i;

/**
 * A figure the sentence does not assert: an open question ("could not confirm if the guard had died",
 * "unclear whether"), a report it corrects ("proved to be incorrect", "erroneous"), a wish or threat
 * ("want to kill the teen"). Such figures are no figure at all.
 */
export const NOT_ASSERTED_RE =
  /\b(?:(?:not|n['’]t|unable to) (?:able to )?(?:say|confirm|tell|know|determine|sure)(?: \w+)? (?:if|whether)|unclear (?:if|whether)|(?:proved|proven|turned out) to be (?:incorrect|false|wrong|untrue|inaccurate)|(?:reports?|claims?) [^.]{0,60}\b(?:are|were|was|is) (?:erroneous|incorrect|false|wrong|untrue|inaccurate)|erroneous(?:ly)?)\b/i;
/** An infinitive or modal before the verb of a count: "want to kill the teen", "threatened to shoot". */
export const UNREALIZED_BEFORE_RE = /\b(?:to|would|could|might|will|shall)\s+(?:\w+\s+)?(?:kill|shoot|hurt|injure|wound|murder|stab)\s+$/i;

/**
 * A list of victims after a killing verb or a death noun: "killed his mother, his brother and himself",
 * "shot her aunt, her niece, then herself", "the deaths of a man and a child". Each unit is one
 * person or the number written before it; "twin" is two; the killer's own death ("himself") is one
 * more, the composition the claim records (`parts`, label "self").
 */
const KIN_UNIT =
  `(?:(?:his|her|their|the|a|an|one)\\s+)?(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+)?(?:(?!(?:and|or|whether|who|that|then|before|after|when|while|but|with|in|at|on|of)\\b)[\\w-]+\\s+){0,2}?` +
  `(?:sons|daughters|children|kids|boys|girls|brothers|sisters|parents|grandparents|stepchildren|relatives|people|women|men|${SINGULAR_PEOPLE})\\b(?:\\s*,\\s*\\d{1,3}\\s*,?)?`;
export const VICTIM_LIST_RE = new RegExp(
  `\\b(?:(killed|kills|killing|murdered|murders|fatally\\s+shot|fatally\\s+shoots|shot\\s+and\\s+killed|shot|shoots|shooting)\\s+(${KIN_UNIT}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${KIN_UNIT})*)\\s*(?:,\\s*)?(?:and\\s+)?(?:then\\s+|before\\s+)?(?:(?:killed|shot|killing|shooting|turned\\s+the\\s+gun\\s+on|turning\\s+the\\s+gun\\s+on|kills|shoots)\\s+)?((?:him|her)self)\\b|(?:deaths|murders|killings|murder-suicide|murder\\/suicide|bodies)\\s+of\\s+(${KIN_UNIT}(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${KIN_UNIT})+))`,
  'gi',
);
/** Separators between the units of a victim list. */
export const LIST_SEP_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
/** A death noun just before a list: everyone in the list is dead ("the shooting deaths of ..."). */
export const DEATH_NOUN_BEFORE_RE = /\b(?:deaths|murders|killings|murder-suicide|murder\/suicide|bodies)\s+of\s+$/i;
/** "gunfire that also injured a porter": the count after it is in addition to the one before. */
export const ALSO_BEFORE_RE = /\balso\s+(?:injured|wounded|hurt|shot|injuring|wounding|hurting|shooting)\s+$/i;

/** "Boy hurt, 3 women also wounded": the count before "also" is in addition to the one before it. */
export const ALSO_AFTER_RE = /^(?:\s+[\w-]+){0,2}?\s+(?:(?:were|was|are|is)\s+)?also\s+(?:injured|wounded|hurt|shot|hospitali[sz]ed)\b/i;

/**
 * "A second clerk was hurt", "a third rider ... is in stable condition": the people hit reach
 * the ordinal (a lower bound on the total, read as the count: kind `casualties`).
 */
export const ORDINAL_HIT_RE =
  /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th)\s+(?:[\w-]+\s+){0,2}?(?:victim|person|man|woman|boy|girl|teen|teenager|child|officer|student|resident|patient|shooting victim)\b[^.;]{0,80}?\b(?:(?:was|were|has been|had been|is|got)\s+(?:also\s+)?(?:shot|wounded|injured|hurt|hit|struck|grazed|critically|seriously)|in (?:critical|serious|stable|fair|good) condition)\b/gi;
/**
 * A headline that may tell of more than one death: its death word is not one person's. A number is
 * a count unless it is an age ("daughter, 5", "2-year-old"), a grade ("8th") or a duration ("16 years").
 */
export const PLURAL_HEADLINE_RE =
  /(?<![\d,]\s*)\d+(?![\d,]*(?:-(?:year|month|week|day)|(?:st|nd|rd|th)\b|\s*(?:years?|months?|weeks?|days?|hours?)\b|\s*,))|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|double|triple|quadruple|multiple|several|mass|people|victims|men|women|children|kids|teens|family|families|brothers|sisters|couple|both|slayings|murders|deaths|killings|homicides|shootings|bodies|dead)\b/i;

/** "a quadruple shooting", "triple homicide": the people hit or killed, written as a multiple. */
export const MULTIPLES: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5, sextuple: 6 };
export const MULTIPLE_RE = /\b(double|triple|quadruple|quintuple|sextuple)[\s-]+(?:fatal\s+)?(shootings?|stabbings?|homicides?|murders?|slayings?|killings?)\b/gi;
/** "a 13 and 18-year-old", "the 2, 6 and 8-year-olds": ages joined before one "-year-old", one person each. */
export const JOINED_AGES_RE = /\b(?:a|an|the)\s+(\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:and|&)\s*\d{1,2})-year-olds?\b/gi;

/**
 * A named victim before an outcome ("Officer Jane Roe was shot and killed", "Tom Moss, 24, died"): one
 * person. Two to four capitalized words; checked against words that are not names.
 */
export const NAMED_VICTIM_RE =
  /(?<![\w'’.-])((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3})(?:\s*,\s*\d{1,3}\s*,)?(?=\s+(?:was|has been|had been)\s+(?:shot and killed|killed|fatally (?:shot|wounded|stabbed)|shot to death|pronounced dead|found dead|shot|wounded|injured|stabbed)\b|\s+(?:died|dies)\b)/g;

/** After a count of people hit: told alive ("but survived", "is in stable condition", "condition was stabilized"). */
export const SURVIVED_AFTER_RE =
  /^[^.;]{0,80}?\b(?:survived|(?:is|are|was|were) expected to (?:survive|recover)|(?:is|are) recovering|(?:is|are|was|were|remains?|remained) (?:listed )?in (?:stable|good|fair|critical|serious|satisfactory) condition|condition (?:was|has been|is) (?:stabilized|stable)|(?:was|were) treated and released|non-life[- ]threatening)\b/i;

/**
 * The one who fired, hit and alive: "the suspect remained hospitalized", "the gunman, who had been shot, was
 * being treated", "the suspect was shot by officers", "a shootout that left the alleged shooter hospitalized".
 * GVA counts a wounded suspect among the injured.
 */
export const SUSPECT_HURT_RE =
  /\b(?:left|leaving|leaves)\s+(?:the\s+)?(?:accused\s+|alleged\s+|armed\s+)?(?:suspect|gunman|shooter|assailant)\s+(?:hospitali[sz]ed|wounded|injured|in (?:critical|serious|stable|good|fair) condition)\b|\b(?:suspect|gunman|shooter|assailant)(?:,[^,.]{1,50},)?\s+(?:(?:who|also|later|then)\s+)?(?:was|is|remains|remained|had been|has been)\s+(?:also\s+|later\s+|then\s+|still\s+|listed\s+)?(?:hospitali[sz]ed|in (?:critical|serious|stable|good|fair) condition|(?:shot|wounded|struck|hit) (?:by|when) (?:police|officers?|deputies|a deputy|a trooper|troopers|an officer)|taken to (?:a|the|an area) hospital|being treated)\b/i;
/** The sentence goes on to the suspect's death ("... and later died", "... where he was pronounced dead"). */
export const DIED_LATER_IN_SENTENCE_RE = /\b(?:died|dead|killed|succumbed|fatal(?:ly)?)\b/i;
/** The one who fired, named in a sentence (the count there may already hold him). */
export const SHOOTER_WORD_RE = /\b(?:suspects?|gunm[ae]n|shooters?|assailants?)\b/i;

// ── Claim kinds beyond tolls: magnitudes, the homeless, counts of things, an authority's figure and
// machine-translated word order ("persons received wounds", "dug out alive 17 persons"). ──

/**
 * A magnitude after its noun: "magnitude 5.8", "a magnitude of 5.8", "set its magnitude at 5.8", "the
 * magnitude made 5.5", "magnitude-5.8", "magnitude of about 7". Group 1: the words between (bounds
 * among them), group 2: the value. A value with a unit after it is something else.
 */
export const MAGNITUDE_AFTER_NOUN_RE =
  /\bmagnitude((?:\s+(?:of|at|was|is|made|makes|reached|measured|stood|put|estimated|to|as|around|about|roughly|approximately|some|nearly|almost|least|more|than|over|up|an))*)(?:\s+|\s*-\s*)(\d(?:\.\d{1,2})?)(?!\d|[.,]\d|\s*(?:%|percent|km|kilomet|mi\b|miles|m\b|met))/gi;
/** A magnitude before its event noun: "a 5.2 aftershock", "a 5.9-magnitude quake", "5.9 on the Richter scale", "M5.9". */
export const MAGNITUDE_BEFORE_NOUN_RE =
  /(?<![\w.,])(?:M[wLls]?\s?)?(\d\.\d{1,2})(?:(?:[-\s]magnitude)?\s+(?:earthquakes?|quakes?|aftershocks?|tremors?|temblors?|shocks?|jolts?)\b|\s+on the (?:Richter|moment[- ]magnitude) scale\b)|\bM[wL]?\s?(\d\.\d{1,2})\b/g;
/** Cheap test before the magnitude patterns (a lower-case copy). */
export const MAGNITUDE_CUE_RE = /magnitude|quake|aftershock|tremor|temblor|shock|jolt|richter|\bm[wl]?\s?\d\.\d/;

/**
 * After a count of people (auxiliaries read past): they have no home any more ("lost their houses",
 * "are without shelter", "are sleeping in camps", "have no home", "remained without a roof").
 */
export const DISPLACED_AFTER_RE =
  /^(?:(?:left|made|rendered) homeless|(?:registered|counted|listed|recorded) as (?:displaced|homeless)|(?:(?:stayed|remained|left|are left|were left)\s+)?without (?:a |any |their |his |her )?(?:homes?|houses?|roofs?|shelter|housing)|(?:lost|losing) (?:their|his|her|all their) (?:homes?|houses?)|no (?:homes?|roofs?|shelter)|(?:living|sleeping|staying|sheltering|housed|camping|accommodated|put up) (?:in|at|under) (?:the open|open air|tents|shelters|camps|schools|gyms|sports halls|evacuation|emergency|temporary|makeshift|relief|plastic)|in (?:tents|shelters|(?:temporary|emergency|evacuation|relief|makeshift) (?:shelters|camps|centres|centers|housing|accommodation)))\b/i;
/**
 * After a count of people: hurt, in words a translation or a hospital uses ("received injuries", "treated in
 * hospitals"). English "suffered/sustained injuries" is KIND_AFTER's; "suffering from gunshot wounds" says shot, not hurt.
 */
export const INJURED_AFTER_RE =
  /^(?:(?:received|receiving|got) (?:[\w-]+ ){0,2}?(?:injuries|wounds|traumas?|burns|fractures)|(?:treated|admitted|hospitali[sz]ed) (?:in|at|to) (?:the |a |an |area |local |several |various |two |three )?(?:[\w-]+ )?(?:hospitals?|clinics?|medical (?:centres?|centers?|facilities)))\b/i;
/** After a count of people: not found yet ("counted as missing", "listed as missing", "searched for", "believed trapped"). */
export const MISSING_AFTER_RE =
  /^(?:(?:counted|listed|considered|registered|reported|declared|recorded) (?:as )?missing|searched for|unaccounted|(?:believed|feared|thought|presumed|said) (?:to be )?(?:still )?(?:trapped|buried)|(?:trapped|buried) (?:under|beneath|in) (?:the )?(?:rubble|debris|ruins|wreckage|mud|snow|collapsed))\b/i;
/** Before the auxiliaries are read past: "are being searched", "are still being sought". */
export const MISSING_BEING_RE = /^\s*(?:(?:are|is|were|was)\s+)?(?:still\s+)?being\s+(?:searched|sought|looked for)\b/i;
/** The counted things went: "houses were flattened", "trucks were on the ramp". */
export const THINGS_AFTER_RE =
  /^(?:destroyed|damaged|collapsed|flattened|razed|levell?ed|burn(?:ed|t)|flooded|washed away|swept away|made (?:unsafe|uninhabitable)|rendered uninhabitable|torn down|demolished|on (?:the|board)|aboard)\b/i;
/** What carries people, as an alternation: "the ferry", "a coach", "the flight". */
export const VEHICLE_NOUNS =
  '(?:bus|buses|coach(?:es)?|minibus(?:es)?|vans?|cars?|trucks?|lorr(?:y|ies)|trains?|carriages?|wagons?|trams?|metro|subway|boats?|ferry|ferries|ships?|vessels?|barges?|yachts?|trawlers?|planes?|airplanes?|aeroplanes?|aircraft|airliners?|jets?|flights?|helicopters?|cable cars?|gondolas?|lifts?|elevators?)';
/**
 * People present or sheltered, counted and not hurt (auxiliaries read past): "140 workers were on the site",
 * "60 miners had been underground", "500 evacuees spent the night", "2,000 residents were allowed back".
 */
export const PRESENT_AFTER_RE = new RegExp(
  '^(?:on (?:the )?(?:site|premises|scene|shift|duty)|at (?:work|the (?:site|scene|plant|factory|mine|works))|inside|underground|present|working (?:at|in|on)|in the (?:building|plant|factory|mine|tunnel|hall|shelter|stadium|gym)|spent (?:the|\\w+) night|(?:allowed|permitted) (?:to )?(?:back|return|go (?:back|home)|home)|returned (?:home|to their homes)|staying (?:in|at) (?:the|a) \\w+' +
    // "had boarded the flight", "had bought tickets", "had clocked in": those carried or at work, by what they did.
    '|boarded|(?:bought|purchased) tickets|checked in|clocked in' +
    ')\\b',
  'i',
);
/** Public places a crowd is counted in: "were in the arena", "were inside the mall". */
const CROWD_PLACES = '(?:arena|mall|market|church|mosque|temple|school|club|nightclub|theatre|theater|cinema|hotel|terminal|station|warehouse|tower|venue|concert hall|stands?)';
/**
 * After a count of people, its auxiliary kept: they were carried or in a crowd's place ("had been on board", "were on
 * the coach", "were travelling on the train", "were aboard a barge", "were in the arena"). Not when a verb of what
 * befell them follows ("were on the bus and were hurt"), nor without the auxiliary ("two men in a car", "people on the
 * bus died": a place phrase).
 */
export const ON_VEHICLE_AFTER_RE = new RegExp(
  `^\\s+(?:(?:had|have|has) been|were|was|are|is)\\s+(?:(?:all|still|then|reportedly)\\s+)?(?:on board|aboard|(?:on|in|inside) (?:the|a|an|that|its|their) (?:[\\w-]+ )?(?:${VEHICLE_NOUNS}|${CROWD_PLACES})|(?:travell?ing|riding|sailing|flying) (?:on|in|aboard) (?:the|a|an|that|its|their) (?:[\\w-]+ )?${VEHICLE_NOUNS})\\b(?![^.;]{0,30}\\b(?:died|dies|killed|drowned|perished|hurt|injured|wounded|shot)\\b)`,
  'i',
);
/**
 * One person and a counted group after an arrest verb: "arrested the owner of the mill and two of his
 * foremen", "detained builder Jan Roe and three engineers". Group 1: the first person; 2: the number; 3: the
 * group's noun (a plural). What lies between holds no clause end.
 */
export const ARREST_LIST_RE =
  /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s|ing)?|charged|took into custody)\s+((?:the |a |an )?[^,.;:]{2,70}?)\s+and\s+((?:at least )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:other\s+)?(?:of\s+(?:the|his|her|their|its|the [\w'’-]+)\s+)?(?:[\w'’-]+\s+){0,2}?([a-z]+(?:s|men))\b/gi;
/** Cheap test before ARREST_LIST_RE (a lower-case copy). */
export const ARREST_CUE_RE = /arrest|detain|apprehend|charged|custody/;
/** A place people were in, before an inverted count: "In the van were nine passengers", "On the site were 80 workers", "On board were 64 passengers". */
export const PRESENT_BEFORE_RE = new RegExp(
  `\\b(?:(?:in|on|aboard|inside|on board of) (?:the|a|an) (?:[\\w-]+ )?(?:${VEHICLE_NOUNS}|building|site|plant|factory|mine|tunnel|hall|premises|shelter)|on board|aboard)(?: (?:at the time|then))? (?:were|was|had been) $`,
  'i',
);
/** "three of them in critical condition", "four of whom were in serious condition": a part of the hurt, told by its condition. */
export const CONDITION_PART_RE =
  /^\s*,?\s+of\s+(?:them|whom|those)\s+(?:(?:are|is|were|was|remain|remains|remained|still|listed|now)\s+)*in (?:a |the )?(?:critical|serious|grave|heavy|severe|life-threatening) condition\b/i;
/** "four of the injured were in serious condition": a part of a kind's count, read past to its verb. */
export const OF_KIND_RE = /^\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt|dead|missing|evacuated|evacuees|arrested|detained|hospitali[sz]ed|rescued)\b/i;
/** "the fate of 4 workers still remains unknown": people not found, told by their fate. */
export const FATE_BEFORE_RE = /\b(?:fate|whereabouts|destiny) of (?:the )?$/i;
export const UNKNOWN_AFTER_RE = /^[^.;]{0,60}?\b(?:unknown|unclear|uncertain|not (?:yet )?(?:known|clear))\b/i;
/** People on board, counted: "nine riders on board". */
export const ON_BOARD_AFTER_RE = /^\s*(?:were\s+|was\s+)?(?:on board|aboard)\b/i;
/** Before a count of people or things sent: "a team of 45 medics", "sent 300 soldiers". */
export const SENT_BEFORE_RE =
  /\b(?:(?:a|an|the|its|their) (?:group|team|contingent|unit|squad|convoy|crew|brigade|detachment|party|fleet) of|in the composition of|consisting of|made up of|employs|employed|employing|sent|sends|sending|deployed|deploys|deploying|dispatched|dispatches|dispatching|mobili[sz]ed|mobili[sz]ing)\s+$/i;
/** Not a count sent out: "sent two people to the hospital". */
export const TO_HOSPITAL_AFTER_RE = /^\s*(?:[\w-]+\s+){0,2}?to (?:the |a |an |area |local )?(?:[\w-]+ )?hospitals?\b/i;

/**
 * A count named by its noun before the number: "the number of the dead ... has grown up to 37",
 * "set the number of wounded at over 120", "its tally of the missing dropped to 8", "the quantity of the
 * deceased has increased up to 22", "the number of people hurt ... climbed to five". Group 1: the noun; what lies between holds no number or clause end.
 */
export const NUMBER_OF_BEFORE_RE =
  /\b(?:number|count|toll|tally|total|quantity|figure|list|amount) of (?:the )?(?:people |persons |those )?(dead|deaths|killed|fatalities|victims|deceased|perished|drowned|bodies|dead bodies|injured|wounded|injuries|hurt|hospitali[sz]ed|in hospitals?|missing|homeless|displaced|evacuated|evacuees|rescued|survivors|arrested|detained|arrests)\b[^.;:\d]{0,90}?\s(?:at|to|is|was|are|were|of|reached|reaches|hit|made|makes|totals?|totall?ed|grown|grew|increased|risen|rose|climbed|jumped|gone|went|fell|dropped|stands|stood|made up|amounted to|constituted)\s+$/i;
export const NUMBER_OF_KINDS: Readonly<Record<string, ClaimKind>> = {
  dead: 'killed', deaths: 'killed', killed: 'killed', fatalities: 'killed', victims: 'killed', deceased: 'killed', perished: 'killed', drowned: 'killed',
  bodies: 'killed', 'dead bodies': 'killed', injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured', hospitalized: 'injured', hospitalised: 'injured', 'in hospital': 'injured', 'in hospitals': 'injured', missing: 'missing',
  homeless: 'displaced', displaced: 'displaced', evacuated: 'evacuated', evacuees: 'evacuated', rescued: 'rescued', survivors: 'rescued',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested',
};
/** "which set the toll at 41", "a toll of 23": a toll without "death" before it. */
export const TOLL_AT_BEFORE_RE = /\btoll (?:[\w-]+ ){0,3}?(?:at|to|of|is|was|reached|hit)\s+$/i;
/** Between a verb of growth and the number, "up to" is the translation of "to", not a ceiling ("has grown up to 37"). */
export const GROWN_UP_TO_RE = /\b(?:grown|grew|increased|risen|rose|climbed|reached|jumped|gone|went)\s+$/i;
/**
 * Before a pulled-out count with the object after the place: "took out of the mud alive 17 persons",
 * "dug out alive 12 miners".
 */
export const RESCUED_ALIVE_BEFORE_RE =
  /\b(?:pulled|pulling|dug|digging|brought|bringing|got|taken|extracted|recovered|rescued|saved|freed|lifted|hoisted|winched|plucked|hauled|fished|carried|raised|found)\s+(?:out\s+|up\s+)?(?:[\w'’-]+\s+){0,5}?alive\s+$/i;

/**
 * An authority's bare figure, the kind left to what the sentence or the one before it counts: "the
 * mayor says 48", "offered a figure of 75", "the number is over 9,000", "sets the figure at 9,000",
 * "the ministry's own figure stayed 6".
 */
export const FIGURE_BEFORE_RE =
  /(?:\b(?:says?|said|saying|puts?|putting|gives?|gave|giving|confirms?|confirmed|counts?|counted|reports?|reported|estimates?|estimated)|\b(?:figure|number|count|tally|total|estimate|toll)\s+(?:is|was|remained|remains|stayed|stays|stands at|stood at|of|at|to|as|made)|\b(?:puts?|putting|sets?|setting|places?|placed) (?:the|its|their) (?:figure|number|count|tally|total|estimate|toll))\s+$/i;
/** After a bare figure: the clause ends there ("says 48.", "over 9,000, since ..."). */
export const FIGURE_END_AFTER_RE = /^\s*(?:$|[.;,:)"”’]|(?:on|in|at|by|as|while|and|but|because|since|after|before|for|with|according|against)\b)/;

/**
 * A reporting clause between a count and its verb: "3,500 families the mayor says have no shelter". Its subject
 * opens with a determiner: "one rider was said to have died" is no such clause.
 */
export const REPORT_CLAUSE_RE = /^\s*(?:(?:that|whom)\s+)?(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:says?|said|estimates?|estimated|believes?|believed|reports?|reported|thinks?|fears?)\s+/i;

/**
 * An authority's figure told with a verb that is not a reporting verb: "X set its magnitude at 5.8",
 * "X measured it at", "X offered a figure of", "X puts the death toll at". The source is read back from the verb.
 */
export const FIGURE_VERB_RE =
  /\s(?:put|puts|gave|gives|confirms|confirm|measured|measures|recorded|records|registered|registers|counted|counts|set|sets|placed|places|estimated|estimates)(?=\s+(?:it\s+(?:at|a|an)\b|(?:its|the|their|a|an)\s+(?:[\w-]+\s+)?(?:magnitude|toll|figure|number|count|tally|total|estimate|depth|strength)|(?:[\w-]+\s+)?\d))/g;
/** A source written in a translation's order: "by the data of X", "by the latest estimate of X", "informed X", "reported on Monday the X". */
export const SOURCE_TRANSLATED_RE =
  /\b(?:by (?:the |its |their )?(?:[a-z]+ )?(?:data|estimations?|estimates?|information|figures?|count|reckoning|assessment) of|(?:informed|informs)(?:\s+(?:on|in|at)\s+[A-Za-z]+(?=\s+the\s+[A-Z]))?|(?:reported|reports|announced|communicated)\s+(?:on|in|at)\s+[A-Za-z]+(?=\s+the\s+[A-Z]))\s+((?:the\s+)?[A-Za-z][^,.;:"“”()]{1,80}?)(?=\s*(?:[,.;:"“”()]|$))/gi;
/** An acronym in brackets after a name: "the Disaster Agency (DA) said". */
export const BRACKET_ACRONYM_RE = /^\([A-Z][A-Za-z.&]{1,10}\)$/;
/** Between a source and its verb: "the office also put", "the bureau has counted". */
export const SOURCE_ADVERB_BEFORE_RE = /\s+(?:also|now|later|again|still|then|too|already|earlier|initially|officially|formally|has|had|have)$/i;
/** "The council, which lists only registered deaths, says 9": a relative clause between the source and its verb. */
export const RELATIVE_CLAUSE_BEFORE_RE = /,\s*(?:which|who)\b[^,;]{1,80},$/i;
/** "the bureau, which set the toll at 41": the relative pronoun stands for the name before the comma. */
export const RELATIVE_BEFORE_RE = /,\s*(?:which|who)$/i;
/** "The Institute in nearby Ostria measured it": the name before a place phrase is the source. */
export const PLACE_PHRASE_BEFORE_RE = /\S\s+(?:in|from)\s+(?:[a-z][\w-]*\s+)?$/;
/**
 * A sentence (or a dateline's text) opening with a lower-case source: "The regional water board said" (the
 * source is "regional water board": a leading "The" is dropped, as for every source).
 */
export const LOWER_SOURCE_OPENING_RE = /(?:^\s*|[—–]\s+)The\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+$/;
/** Words that make such an opening a clause, not a name ("The man who shot them said"). */
export const NOT_IN_SOURCE_RE = /\s(?:who|that|which|when|after|before|as|if|and|but|was|were|is|are|had|has|have|\w+ed)\b/;
/** A figure given by someone named after it: "the 23 deaths reported at noon by the Flood Bureau". */
export const SOURCE_BY_AFTER_RE =
  /\b(?:announced|given|confirmed|released|published|issued|provided|counted|recorded|registered)\s+(?:[\w-]+\s+){0,4}?by\s+((?:the\s+)?[A-Z][^,.;:"“”()]{1,80}?)(?=\s*(?:[,.;:"“”()]|$))/g;
/** Capitalized words that open a sentence before its source, not part of it: "On Friday the bureau had counted". */
export const SOURCE_LEAD_WORD_RE =
  /^(?:By|On|In|At|For|From|After|Before|Since|Until|During|Earlier|Later|Meanwhile|Then|Now|Yesterday|Today|Tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December)$/;
/** "the district mayor, Jane Roe, says": a source with its name in apposition, read back from the verb. */
export const APPOSITIVE_SOURCE_RE = /((?:[A-Za-z][\w'’.-]*\s+){0,5}[A-Za-z][\w'’.-]*),\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),$/;
/** An aftershock's magnitude, told apart from the main quake's: "an aftershock of magnitude 5.1", "a 4.7 aftershock". */
export const AFTERSHOCK_BEFORE_RE = /\baftershocks?\b[^.;,\d]{0,30}$/i;

// Casualty figures (casualty-figures.ts): which count is the main incident's toll.
/** Harm by something else than gunfire: a fire, a crash, a vehicle driven into people. */
export const OTHER_HARM_RE = /\b(?:(?:house|car|vehicle|apartment|brush|structure) fire|(?:in|from|after) (?:the |a |one of (?:those|the) |those )?(?:fires?|blaze|crash|collision|explosion)|drove into|rammed|rollover|smoke inhalation|(?:struck|hit) by (?:a |the )?(?:car|vehicle|truck))\b/i;
/** Gunfire told in the sentence: an injury there is from a shooting even if a crash is named too. */
export const GUNFIRE_RE = /\b(?:shot|shots|shooting|gunshot|gunfire|bullets?|gunman|shooter|opened fire|opens fire)\b/i;
/** A murder-suicide: the killer is dead too. */
export const MURDER_SUICIDE_RE = /\bmurder[-\s/]suicide\b/i;
/** The count's verb says they were killed by someone ("killed", "slain", "shot to death"), not that they are dead. */
export const VICTIMS_KILLED_AFTER_RE = /^[^,.;]{0,30}?\b(?:was|were|had been|have been)?\s*(?:killed|slain|murdered|shot (?:and killed|to death|dead)|fatally shot)\b/i;
/** " - Station Name 4", " | Site": a short tail after a dash or bar at the end of a headline. */
export const SITE_SUFFIX_RE = /\s+(?:[-–|]\s+[^-–|]{1,60})+$/;
/** Rough sentences, only to tell which one a death word is in. */
export const SENTENCE_RE = /[^.!?\n]+/g;
/** A personal pronoun standing for one person already counted. */
export const PRONOUN_RE = /^(?:he|she)$/i;
/** A person already introduced: a pronoun or a definite singular ("the victim", "The 19-year-old victim"). */
export const ANAPHOR_RE = /^(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:victim|man|woman|boy|girl|teen|teenager|child|toddler|baby|driver|officer|student|person|male|female))$/i;
/** "Both victims", "both": two people, the one already told of and one more. */
export const BOTH_RE = /^both\b/i;

/** A multiple ("double", "triple" ...) that counts several victims in one word. */
export const MULTIPLE_TEST_RE = /^(?:double|triple|quadruple|quintuple|sextuple)\b/i;
/** Head nouns and the pronoun of a woman or girl, to tell two one-person counts apart by sex. */
export const SHE_RE = /^(?:she|woman|girl|mother|wife|daughter|sister|grandmother|aunt|niece|female)$/i;
/** Head nouns and the pronoun of a man or boy. */
export const HE_RE = /^(?:he|man|boy|father|husband|son|brother|grandfather|uncle|nephew|male)$/i;
/** An age in a one-person count: "a 10-year-old", or "9," after a noun ("Boy, 9, hit"). */
export const AGE_RE = /\b(\d{1,3})-year-old\b|^(\d{1,3}),?\s/i;
/** Head nouns of a child or youth, to tell a child from an adult. */
export const YOUNG_RE = /^(?:boy|girl|child|toddler|baby|infant|kid|son|daughter|teen|teenager|juvenile)$/i;
/** Head nouns of an adult. */
export const ADULT_RE = /^(?:man|woman|mother|father|husband|wife|grandmother|grandfather|adult)$/i;
