// Tunable data for events: inflection of trigger lemmas, negation and hedge cues, argument cues.
import type { EventType } from '../../../core/index.ts';
import { AFTERMATH_FILTERS } from './aftermath.ts';
import { IRREGULAR, TRIGGERS } from './triggers.ts';
import { escapeRegExp } from '../../../text/escape-regexp.ts';

function inflect(lemma: string): string[] {
  if (lemma.includes(' ')) {
    const [head, ...rest] = lemma.split(' ');
    return inflect(head!).map((f) => [f, ...rest].join(' '));
  }
  const forms = new Set([lemma]);
  const ends = (s: string): boolean => lemma.endsWith(s);
  if (ends('e')) {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma.slice(0, -1) + 'ing');
  } else if (ends('y') && !/[aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + 'ies').add(lemma.slice(0, -1) + 'ied').add(lemma + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(lemma + 'es').add(lemma + 'ed').add(lemma + 'ing');
  } else {
    forms.add(lemma + 's').add(lemma + 'ed').add(lemma + 'ing');
  }
  return [...forms];
}

/** Surface form (lower case) → lemma and type. */
export const TRIGGER_FORMS: ReadonlyMap<string, { lemma: string; type: EventType }> = (() => {
  const map = new Map<string, { lemma: string; type: EventType }>();
  for (const [type, lemmas] of Object.entries(TRIGGERS) as [EventType, readonly string[]][]) {
    for (const lemma of lemmas) for (const f of inflect(lemma)) if (!map.has(f)) map.set(f, { lemma, type });
  }
  for (const [form, lemma] of Object.entries(IRREGULAR)) {
    const base = map.get(lemma);
    if (base) map.set(form, { lemma, type: base.type });
  }
  return map;
})();


/** One alternation over every form, longest first, so multi-word triggers win. */
export const TRIGGER_RE = new RegExp(
  `\\b(${[...TRIGGER_FORMS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`,
  'gi',
);

export const NEGATION_RE = /\b(?:not|no|never|didn['’]t|did not|doesn['’]t|don['’]t|won['’]t|wasn['’]t|weren['’]t|denied|deny|denies|without|neither|nor|refused to|failed to)\s+(?:\w+\s+){0,2}$/i;
export const HEDGE_RE = /\b(?:reportedly|allegedly|purportedly|apparently|possibly|may|might|could|unconfirmed|claimed|said to|believed to|suspected|feared)\b/i;
export const PASSIVE_BY_RE = /^\s*by\s+/i;
export const PASSIVE_AUX_RE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
export const LOCATION_PREP_RE = /\b(?:in|at|near|inside|outside|across|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
/** Where a clause ends: arguments are not looked for across these. */
export const CLAUSE_BREAK_RE = /[;:]|,\s*(?:while|but|and|which|who|after|before|as|saying|adding)\b|\s(?:but|while|whereas)\s/g;
/** Words that cannot be a capitalized-phrase argument on their own. */
export const NOT_ARGUMENT = new Set(
  'The A An In On At It He She They We This That These Those But And Or If When While After Before As Its Their His Her Our Mr Mrs Ms However Meanwhile Also Last Early Late Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);

/**
 * Context checks for trigger words that are often something else ("a close friend", "press
 * conference", "behind bars", "fired" from a job). `before` is tested on the text before the trigger
 * (anchored at its end), `after` on the text after it (anchored at its start).
 *  - dropBefore / dropAfter: not an event when they match;
 *  - requireAfter: only an event when it matches;
 *  - requireBefore: only an event when it matches (a noun sense needs its determiner: "a joint exercise");
 *  - requireAround: only an event when the text on either side matches (the sense needs its domain);
 *  - retypeAfter: the event has another type when it matches ("fired shots" is an attack, not a blaze);
 *  - retypeBefore: likewise on the text before ("a tropical storm" is weather, not an assault).
 */
export interface TriggerFilter {
  dropBefore?: RegExp;
  dropAfter?: RegExp;
  requireAfter?: RegExp;
  requireBefore?: RegExp;
  requireAround?: RegExp;
  retypeAfter?: { re: RegExp; type: EventType };
  /** The event has another type when the text before matches ("a storm" is weather, "stormed" an assault). */
  retypeBefore?: { re: RegExp; type: EventType };
  /** With `requireAfter`: a subject before the verb (up to about 100 characters) that matches passes too. */
  subjectBefore?: RegExp;
  /** Verb forms (not the noun) need `retypeAfter` to match, else they are dropped. */
  verbNeedsRetype?: boolean;
  /** Only these surface forms are the event; the lemma's other forms are other words ("fined", not "a fine day"). */
  forms?: RegExp;
  /** How much text after the trigger `requireAfter` reads, when the usual window is too short for it. */
  afterWindow?: number;
  /** The event has another type unless the text on either side matches ("suspended talks" is diplomacy, "suspended matches" not). */
  retypeUnlessAround?: { re: RegExp; type: EventType };
  /** Only these surface forms take `retypeBefore` (the noun "storm" after "a", not "the police stormed"). */
  retypeBeforeForms?: RegExp;
}

/** What is closed as a happening: a border, a road, schools, a plant. */
const CLOSABLE = 'embassy|embassies|consulate|consulates|border|borders|airspace|crossing|crossings|mission|missions|office|offices|schools|universit(?:y|ies)|colleges|kindergartens|airport|airports|ports?|harbou?rs?|terminals?|stations?|tunnels?|railways?|lines?(?!\\s+of\\b)|routes?|roads?|bridges?|highways?|motorways?|beaches|parks|market|markets|mosques?|churches|businesses|factory|plant|mine|cent(?:re|er)s?|shelters?|hotlines?|clinics?';

/** What is closed (or reopened), right after the verb: "closed all schools", "reopened the road". */
const CLOSED_AFTER_RE = new RegExp(`^\\s+(?:(?:its|the|their|his|her|a|an|all)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${CLOSABLE})\\b`, 'i');
/**
 * "Schools in the valley are closed from Monday": the passive's subject is what is closed; in a
 * relative clause ("the bridge, which was closed after the flood, ...") it is background to another act.
 * Intransitive, the subject stands right before the verb: "the aid centre closed on Sunday".
 */
const CLOSED_SUBJECT_BEFORE_RE = new RegExp(
  `\\b(?:${CLOSABLE})\\b(?:(?!\\b(?:which|that|who)\\b)[^.;!?]){0,80}\\b(?:are|were|was|is|will be|have been|has been|had been)\\s+(?:\\w+ly\\s+)?$|\\b(?:${CLOSABLE})\\s+$`,
  'i',
);
/** An inquiry opened or launched: "opened an investigation into", "launched a criminal inquiry". */
const INQUIRY_OPENED_RE = /^\s+(?:(?:an?|the|its|their|own|immediate|urgent|full|independent|criminal|official|formal|public|safety|new|separate)\s+)*(?:inquir(?:y|ies)|enquir(?:y|ies)|investigations?|probes?|case)\b/i;

/** Words of a zone people are moved out of, near a verb of widening ("expanded the zone of the evacuation"). */
const ZONE_AROUND_RE = /\b(?:evacuat\w*|exclusion|no-go|cordon|quarantine|danger zone|safety zone)\b/i;
/**
 * A year right after a verb of building: "built in 1974", "built in the 1960s", or a year counted
 * back from the report's ("renovated two years ago", "rebuilt last year").
 */
const YEAR_AFTER_RE = /^\s+(?:(?:in\s+)?(?:the\s+)?(?:1[6-9]|20)\d\d(?:s\b|\b)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+years?\s+ago\b|last\s+year\b)/i;
/** When works were finished: "completed last March", "completed in 2019". */
const COMPLETED_WHEN_RE = /^\s+(?:in\s+(?:the\s+)?)?(?:(?:last|early|late)\s+)?(?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*|year|spring|summer|autumn|fall|winter|(?:1[6-9]|20)\d\d)\b/i;
/** Building works near a verb of finishing. */
const WORKS_AROUND_RE = /\b(?:renovat\w*|refurbish\w*|construction|repairs?|rebuild\w*|restoration|upgrade|works)\b/i;
/** What a penalty is: a sum, or what it was for ("fined €120,000", "fined for crowd trouble"). */
const PENALTY_AFTER_RE = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:[€$£¥]|\d|(?:for|over|after)\b)/iu;
/** What is opened as a service or a passage: a hotline, a shelter, a registration centre, a crossing. */
const OPENED_SERVICE_RE = /^\s+(?:(?:a|an|the|its|their|two|three|several|new|emergency|temporary|special)\s+)*(?:[\w-]+\s+){0,2}?(?:hotlines?|helplines?|shelters?|cent(?:re|er)s?|camps?|corridors?|crossings?)\b/i;
/**
 * A statement dated by its own day and giving a figure: "said on Thursday that 23 people had
 * died", "says Friday that about 4,000 were inside". A number in the that-clause, before the sentence ends.
 */
const DATED_FIGURE_AFTER_RE = /^\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+that\b[^.;!?]*?(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b)/i;
/** Gear, units and laws named after riots: "police in riot gear" is no riot. */
const RIOT_EQUIPMENT_AFTER_RE = /^s?\s+(?:gear|police|policemen|squads?|shields?|helmets?|units?|officers?|vans?|control|act|batons?|troops)\b/i;
/**
 * What follows a crowd crush told as a happening: a place, "to death", a clause or an end ("were
 * crushed in the tunnel", "the crush happened"). "Crushed under the rubble" is a collapse.
 */
const CRUSH_AFTER_RE = /^(?:\s+(?:to\s+death|in|at|against|between|inside|outside|near|behind|on\s+the|during|as|when|after|that|which|happened|occurred|took\s+place|began|started|broke\s+out|killed|kills|left)\b|\s*[,.;:!?)]|\s*$)/i;
/** People held or freed in a siege, a kidnapping or a hijacking: what a release or a freeing is about. */
const CAPTIVE_AROUND_RE = /\b(?:hostages?|captives?|captivity|guards?|prisoners?|detainees?|inmates?|kidnapp\w*|abduct\w*|captors?|hijack\w*|crew|passengers|sailors)\b/i;
/** People in custody and where they are kept: what an escape or a break-out is from. */
const CUSTODY_AROUND_RE = /\b(?:inmates?|prisoners?|convicts?|detainees?|prisons?|jails?|custody|cells?|fences?|escapees?|fugitives?|guards)\b/i;
/** A passive auxiliary right before a participle ("were caught", "had been moved"). */
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|later\s+|again\s+|also\s+)?$/i;
/**
 * Where people in custody are moved to: "moved to two other jails", "transferred to a detention
 * centre". The injured taken to hospitals and evacuees to shelters are no transfer of custody.
 */
const MOVED_TO_RE = /^\s+(?:out\s+)?(?:to|into)\s+(?:(?:an?|the|other|another|two|three|several|[\p{L}-]+)\s+){0,2}(?:prisons?|jails?|penitentiar(?:y|ies)|cells?|custody|(?:detention|holding|correctional|remand)\s+(?:facilit(?:y|ies)|cent(?:re|er)s?|units?))\b/iu;
/** A happening that breaks out (a fire, fighting, a riot): "broke out" then tells its start, not an escape. */
const HAPPENING_NOUN_BEFORE_RE = /\b(?:fires?|blazes?|fighting|violence|war|riots?|revolts?|mutiny|protests?|clashes|panic|fights?|brawls?|unrest|uprising|epidemic|outbreak|chaos|trouble|disturbances?)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * A death told as its own happening, not as the toll: of wounds or burns, in hospital, or on a
 * day or night of its own ("died of her wounds", "died in the county hospital", "died there on
 * Sunday night", "died overnight").
 */
const DEATH_AFTER_RE = /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:(?:of|from)\s+(?:(?:his|her|their|the|its|severe|serious)\s+)*(?:[\p{L}-]+\s+)?(?:burns|wounds|injuries|gunshot)|(?:in|at)\s+(?:(?:the|a)\s+)?(?:[\p{L}-]+\s+){0,2}hospital|(?:on|late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight)\b/iu;
/** "On Sunday in the hospital of Brava died a second passenger" (a translated word order): the hospital told before the verb. */
const HOSPITAL_BEFORE_RE = /\bhospitals?\b[^.;!?]{0,40}$/i;
/** What a siege or a standoff ends as: "the siege at the embassy ended", "ended the standoff". */
const SIEGE = '(?:siege|standoff|stand-off|occupation|mutiny|revolt|uprising|hijacking|blockade|hostage\\s+(?:crisis|drama|situation|taking))';
/** Forces as the subject of surrounding or arriving: "troops have surrounded", "a special forces unit from the north arrived". */
const FORCES = '(?:police(?:men)?|officers|troops|soldiers|forces|units?|army|gendarmes|reinforcements|convoys?|tanks|battalions?|brigades?|commandos)';
/** A sum paid or received: "received the €1,500", "received 500 euros". */
const SUM_AFTER_RE = /^\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[€$£¥]|\d[\d,.]*\s*(?:euros?|dollars?|pounds?)\b)/i;

/** Words of a fire near a verb of putting it out. */
const FIRE_AROUND_RE = /\b(?:fires?|blazes?|flames|inferno)\b/i;

/**
 * Words of relations between states near a suspension, a ban or a closure: "suspended talks",
 * "closed its embassy", "banned flights from". Without them the act is a domestic one (a police
 * chief suspended, matches suspended, schools closed): no diplomacy.
 */
const DIPLOMATIC_AROUND_RE = /\b(?:embass(?:y|ies)|ambassadors?|envoys?|diplomat(?:s|ic)?|consulates?|relations|ties|talks|negotiations|bilateral|treaty|treaties|agreements?|trade|imports?|exports?|visas?|flights?|airspace|borders?|crossings?|missions?|cooperation|foreign|sanctions?)\b/i;

/** A suspension, a ban or a bar with no relations between states around it. */
const DOMESTIC = { re: DIPLOMATIC_AROUND_RE, type: 'other' as const };

export const TRIGGER_FILTERS: Readonly<Record<string, TriggerFilter>> = {
  // "took 30 pupils hostage", "were taken hostage": the noun after a verb of taking. "Held hostage" is
  // a state, told each day of a siege; "the taking of hostages" refers back.
  hostage: { forms: /^hostages?$/i, requireBefore: /\b(?:took|take|takes|taking|taken|seized?|seizing|grabbed)\b(?:\s+[\p{L}\d'’-]+){0,4}\s+$/iu },
  // A building, a vehicle or people seized; not drugs, guns or cash seized by the police.
  seize: { requireAfter: /^\s+(?:(?:control\s+of|part\s+of|a|an|the|their|its|his|her|\d+|[\p{L}-]+)\s+){0,3}?(?:wings?|blocks?|buildings?|compound|prison|jail|embassy|town|city|village|base|airport|port|ship|vessel|tanker|bus|coach|plane|aircraft|train|hostages?|guards?|control)\b/iu },
  die: { forms: /^(?:died|dies|dying)$/i, requireAfter: DEATH_AFTER_RE, subjectBefore: HOSPITAL_BEFORE_RE },
  // Forces surround a place ("troops have surrounded the school", "was surrounded by troops"); a
  // person "surrounded by family" is no happening.
  surround: {
    requireAfter: new RegExp(`^\\s+by\\s+(?:[\\p{L}-]+\\s+){0,2}${FORCES}\\b`, 'iu'),
    subjectBefore: new RegExp(`\\b${FORCES}\\s+(?:(?:have|has|had|quickly|then|also|later|arrived\\s+and|[\\p{L}]+ed\\s+and)\\s+){0,3}$`, 'iu'),
  },
  // A unit or troops arrive ("a special forces unit from the north arrived"); "when officers arrived" at a scene is no deployment.
  arrive: {
    requireBefore: /\b(?:units?|troops|soldiers|reinforcements|convoys?|tanks|battalions?|brigades?|riot police|commandos|special forces)\s+(?:from\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:(?:have|has|had|also|finally|later)\s+)*$/iu,
  },
  // A suspect who surrenders to the police gives himself up: an arrest, not the end of a fight.
  // Papers and rights are surrendered too ("surrendered his passport"): no yield of a fight.
  surrender: { dropAfter: /^\s+(?:(?:his|her|their|its|a|the)\s+)?(?:passports?|licen[cs]es?|rights?|claims?|title|firearms?|guns?)\b/i, retypeAfter: { re: /^\s+(?:(?:himself|herself|themselves)\s+)?to\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:police|authorities|officers|detectives|investigators|sheriff|deputies|marshals)\b/iu, type: 'arrest' } },
  // Only a siege, a standoff or an occupation ends as a happening ("the siege at the school ended on Sunday").
  end: {
    forms: /^(?:ended|ends)$/i,
    requireAfter: new RegExp(`^\\s+(?:the|a|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}${SIEGE}\\b`, 'iu'),
    subjectBefore: new RegExp(`\\b${SIEGE}\\b(?:\\s+(?:at|in|of|on)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,3}|\\s+)(?:(?:finally|eventually|only|has|had|was)\\s+)*$`, 'iu'),
  },
  free: { forms: /^(?:freed|frees|freeing)$/i, requireAround: CAPTIVE_AROUND_RE, dropAfter: /^\s+on\s+bail\b/i },
  // Captives released; not a statement, names or footage released, nor a patient released from hospital.
  release: {
    requireAround: CAPTIVE_AROUND_RE,
    dropBefore: /\bpress\s+$/i,
    dropAfter: /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:statement|report|figures|video|footage|details|data|names?|images?|photos?|recordings?|findings|results|information|list|identit\w+|documents?|records?|bod(?:y|ies))\b|^\s+(?:on\s+bail|without\s+charge|pending|from\s+custody)\b/i,
  },
  // "were caught at a petrol station", "had been caught again": escapees caught; not "caught on camera", "caught fire", "caught in the crossfire".
  catch: {
    forms: /^caught$/i,
    requireBefore: PASSIVE_BEFORE_RE,
    dropAfter: /^\s+(?:on\s+(?:camera|video|film|tape|cctv)|up|in\s+(?:the\s+)?(?:crossfire|cross-fire|traffic|fire|flames|blast|middle|storm|rain|open)|fire|off|out|short|unawares|napping|between|red-handed|by\s+(?:surprise|the\s+(?:blast|fire|flames|explosion)))\b/i,
  },
  // Inmates escaping from custody; not "escaped injury", "escaped the fire".
  escape: {
    requireAround: CUSTODY_AROUND_RE,
    dropBefore: /\b(?:narrowly|barely|managed\s+to)\s+$/i,
    // "the escaped detainees" names people by an escape told elsewhere.
    dropAfter: /^\s+(?:injury|injuries|unhurt|unharmed|uninjured|unscathed|death|serious|with\s+(?:minor|only|his|her|their)|the\s+(?:blaze|fire|flames|heat|violence|fighting|war|attack|shooting|gunfire|bullets?)|inmates?|prisoners?|convicts?|detainees?|men|suspects?|fugitives?)\b/i,
  },
  'break out': { requireAround: CUSTODY_AROUND_RE, dropBefore: HAPPENING_NOUN_BEFORE_RE },
  // People moved to another prison or a hospital (passive): not a move of policy or house.
  move: { forms: /^moved$/i, requireBefore: PASSIVE_BEFORE_RE, requireAfter: MOVED_TO_RE },
  transfer: { forms: /^transferred$/i, requireBefore: PASSIVE_BEFORE_RE, requireAfter: MOVED_TO_RE },
  // A promise of something ("promised €5 million to repair", "promised to pay", "promised an inquiry"); not "the sum the
  // council promised", nor words of comfort ("promised that the state would ..."), nor "promised to do" another act.
  promise: {
    requireAfter: /^\s+(?:to\s+(?!do\b)\p{L}|(?:an?\s+|the\s+)?(?:[€$£¥]|\d)|(?:an?\s+|the\s+)?(?:independent\s+|full\s+|public\s+|new\s+)?(?:inquiry|investigation|commission|compensation|reforms?|funds?|funding|money)\b)/iu,
  },
  receive: { requireAfter: SUM_AFTER_RE },
  // "Six men are accused of kidnapping", "is accused in the killing": in the passive, an accusation
  // in law, which a prosecutor brings (an arrest-type charge); "the minister accused the army of" stays an accusation.
  accuse: { retypeBefore: { re: /\b(?:is|are|was|were|been|being|stand|stands)\s+(?:now\s+|also\s+|formally\s+)?$/i, type: 'arrest' } },
  // The noun "jail", "convicts" and "the condemned" name places and people, not acts: only the verb forms.
  jail: { forms: /^jail(?:ed|ing)$/i },
  convict: { forms: /^convict(?:ed|ing)$/i },
  condemn: { dropBefore: /\b(?:\d[\d,]*|the|many|some|all|other)\s+$/i },
  // "were met by relatives at the airport" is a welcome, not a meeting.
  meet: { dropBefore: PASSIVE_BEFORE_RE },
  // "The fire on the upper deck" is a fire, not firing on.
  'fire on': { dropBefore: /\b(?:the|a|an|this|that|its)\s+$/i },
  close: { retypeUnlessAround: DOMESTIC, requireAfter: CLOSED_AFTER_RE, subjectBefore: CLOSED_SUBJECT_BEFORE_RE },
  // An accusation in court: "charged with", "charged in connection with", "charges against"; not
  // "free of charge", "in charge", a "charge" for a service.
  charge: {
    dropBefore: /\b(?:in|of|no|extra|service|electric|battery)\s+$/i,
    // "charged into the crowd", "charged at the police": a rush, not an accusation.
    dropAfter: /^\s*(?:d['\u2019]affaires|of\b|into\b|at\b|through\b|towards?\b|forward\b|across\b)/i,
    // or people as its object: "charged two more suspects". The object may be a list of names and
    // roles before its "with" ("charged the driver, A, and the owner of the firm, B, with manslaughter").
    requireAfter: /^s?\s+(?:(?:[\w'’,-]+\s+){0,16}?(?:with|in connection with|over)\b|against\b|(?:[\w'’-]+\s+){0,3}?(?:men|women|people|suspects|inmates|prisoners|detainees|officers|persons|individuals|him|her|them)\b)/i,
    afterWindow: 140,
  },
  // Surgery, a business line, a "rescue operation" are not military: the word needs its domain.
  operation: {
    requireAround: /\b(?:military|army|armed|troops?|soldiers?|forces|navy|naval|air force|security|police|counter-?terror\w*|insurgen\w*|militants?|rebels?|strikes?|missiles?|drones?|raids?|offensive|combat|ground)\b/i,
  },
  // The manoeuvre is a noun with its determiner or modifier ("a joint naval exercise", "exercises");
  // the verb is "to exercise restraint".
  exercise: {
    requireBefore: /\b(?:a|an|the|joint|naval|military|training|war|live-fire|annual|army|air|drills?\s+and)\s+(?:[\w-]+\s+){0,3}$/i,
    dropAfter: /^\s+(?:restraint|caution|calm|patience|care|control|power|influence|its|their|the right)\b|^[\s-]+(?:yards?|bikes?|machines?|equipment|rooms?|class(?:es)?|periods?)\b/i,
  },
  // "provided that" is a conjunction, "a sign of" a noun.
  provide: { dropAfter: /^\s+that\b/i },
  // "sign up for a newsletter" is a subscription, not an agreement.
  sign: { dropBefore: /\b(?:a|the|no|any|every|first|clear|another|warning)\s+(?:[\w-]+\s+)?$/i, dropAfter: /^\s+(?:of|up)\b/i },
  // The noun is an aim or a goal ("donations passed their target", "a target of 5%"); the verb ("targeted") is the act.
  target: { dropBefore: /\b(?:a|an|the|its|their|his|her|our|this|that|every|main|primary|new|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\w-]+\s+){0,2}$/iu },
  // A noun with its determiner or a weather word is weather; the bare verb ("stormed the compound") an assault.
  // "a storm of criticism" is neither.
  storm: {
    dropAfter: /^\s+of\b/i,
    retypeBeforeForms: /^storms?$/i,
    retypeBefore: {
      // "Ferry capsizes in storm": a headline's noun after a preposition, without its article.
      re: /\b(?:a|an|the|this|that|tropical|winter|summer|severe|heavy|snow|ice|dust|sand|hail|rain|wind|violent|powerful|deadly|major|strong|fierce|its|whose)\s+(?:[\w-]+\s+)?$|\b(?:in|into|during|amid|after|by|through|before|of)\s+$/i,
      type: 'disaster',
    },
  },
  fire: {
    dropAfter: /^\s+(?:department|dept|chief|commanders?|officials?|crews?|fighters?|station|trucks?|engines?|marshal|rescue|service|hydrant|alarm|district|captain|brigades?)\b/i,
    retypeAfter: { re: /^\s+(?:(?:multiple|several|two|three|four|five|\d+|the|a|warning)\s+)?(?:shots?|rounds?|bullets?|at|on|upon|into|back|directly|(?:his|her|their|a|the) (?:gun|weapon|rifle|pistol|handgun|shotgun))\b/i, type: 'attack' },
    // "Shops were set on fire", "set fire to cars": arson, an attack.
    retypeBefore: { re: /\b(?:set|sets|setting)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:on\s+)?$/iu, type: 'attack' },
    verbNeedsRetype: true,
  },
  suspend: { retypeUnlessAround: DOMESTIC },
  ban: { retypeUnlessAround: DOMESTIC },
  bar: { retypeUnlessAround: DOMESTIC, dropBefore: /\b(?:the|a|behind|this|that|local|sports|hookah|strip|downtown|gay|karaoke|his|her|their)\s+(?:[\w'’-]+\s+)?$/i },
  press: { dropBefore: /\b(?:the|a|an|unedited)\s+(?:[\w-]+\s+)?$/i, dropAfter: /^\s+(?:conference|release|secretary|briefing|office|statement|freedom|charges|play)\b/i },
  sentence: { dropBefore: /\b(?:a|the|his|her|their|prison|jail|death|life|severe|maximum|minimum)\s+$/i },
  march: { dropAfter: /^\s*\d/ },
  // Only a zone of evacuation is widened as an act of rescue ("widened the evacuation zone to 8 km"), not a road or a lead.
  widen: { requireAround: ZONE_AROUND_RE },
  expand: { requireAround: ZONE_AROUND_RE },
  extend: { requireAround: ZONE_AROUND_RE },
  // Only with its year: "built in 1987"; not "built a case". ("Opened" is left out: it opens fire, inquiries and talks as often.)
  build: { requireAfter: YEAR_AFTER_RE },
  // "put out a statement" is speech; only a fire, a blaze or flames are put out as a happening.
  'put out': { requireAround: FIRE_AROUND_RE },
  extinguish: { requireAround: FIRE_AROUND_RE },
  // "Crushed ribs", "crushed the uprising" are no crowd crush: the word needs a place, a clause or an
  // end after it ("were crushed in the tunnel", "the crush happened", "in a crush."). An uprising
  // "crushed in days" is put down, not a crowd disaster; "had a crush on" is a fondness.
  crush: {
    requireAfter: CRUSH_AFTER_RE,
    dropBefore: /\b(?:uprisings?|rebellions?|revolts?|protests?|opposition|dissent|resistance|insurgency|coup|strikes?|movement)\b(?:\s+[\w'’-]+){0,4}\s+$|\b(?:had|has|have|having)\s+(?:a\s+)?(?:\w+\s+)?$/i,
  },
  riot: { dropAfter: RIOT_EQUIPMENT_AFTER_RE },
  // Only the passive: people "were led out" of a stand; a defendant led out of court is no evacuation.
  'lead out': { requireBefore: /\b(?:were|was|been|being|are|is)\s+(?:\w+\s+)?$/i, dropAfter: /^\s+(?:of\s+(?:the\s+)?)?(?:court|courtroom|dock|handcuffs)\b/i },
  rebuild: { requireAfter: YEAR_AFTER_RE },
  // "the repairs, which were completed last March": works finished, with their month or year.
  complete: { requireAfter: COMPLETED_WHEN_RE, requireAround: WORKS_AROUND_RE },
  renovate: { requireAfter: YEAR_AFTER_RE },
  refurbish: { requireAfter: YEAR_AFTER_RE },
  // "was fined €120,000": the verb with a sum or a cause; "fine" and "fines" are mostly other words.
  fine: { forms: /^fined$/i, requireAfter: PENALTY_AFTER_RE },
  // A service opened ("opened a hotline"), or an inquiry ("opened an investigation into the sinking").
  open: { requireAfter: new RegExp(`${OPENED_SERVICE_RE.source}|${INQUIRY_OPENED_RE.source}`, 'i') },
  // A closure lifted: what is reopened, as for a closure ("the road into the valley was reopened").
  reopen: { requireAfter: CLOSED_AFTER_RE, subjectBefore: CLOSED_SUBJECT_BEFORE_RE },
  // "the worst-hit villages", "flood-hit towns": an adjective of a place, not a strike.
  hit: { dropBefore: /\p{L}-$/u },
  // "launched an investigation" is an inquiry, not a strike; "a private motor launch" is a boat.
  launch: { retypeAfter: { re: INQUIRY_OPENED_RE, type: 'other' }, dropBefore: /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:motor|police|patrol|pilot|river|harbou?r|private|rescue|fishing|pleasure)\s+$/iu },
  ...AFTERMATH_FILTERS,
  // Saying is no event by itself: only a dated statement of a figure, which the timeline shows (a toll disputed).
  say: { forms: /^(?:said|says)$/i, requireAfter: DATED_FIGURE_AFTER_RE, afterWindow: 160 },
  // A trade, not a visit: "tour guide", "tour operator".
  tour: { dropAfter: /^s?\s+(?:guides?|operators?|bus(?:es)?|company|companies|groups?|dates?|de)\b/i },
};

/**
 * Words before an event noun that make it a reference to a happening told elsewhere, not a report
 * of it: a preposition and a definite or possessive determiner ("killed in the collapse", "in
 * response to the neighbour's earlier strikes", "defended the army's raids"), with up to three
 * modifiers between (a measure among them: "the magnitude 6.1 quake").
 */
export const BACK_REFERENCE_RE = /\b(?:in|of|after|since|for|over|about|following|to|against|from|before|during|defended|justified|condemned|denounced|criticized|criticised|blamed|on)\s+(?:the|this|that|these|those|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+(?:\.\d+)?\s+){0,3}$/;

/**
 * A definite article or a possessive name before an event noun ("the attack", "the army's
 * strikes"): a known happening. Possessive pronouns are left out: "cut short his visit" is an act.
 */
export const DEFINITE_BEFORE_RE = /(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+(?:\.\d+)?\s+){0,3}$/;

/**
 * Words around a date after a verb trigger that make the date part of its object ("defended the
 * overnight strike", "the previous day's attack"): the date is the object's, not the act's.
 */
export const OBJECT_DATE_BEFORE_RE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
export const OBJECT_DATE_AFTER_RE = /^['’]s\b/;
/** From a possessive date to the noun it owns: "Sunday's explosion", "Tuesday's deadly blast" (at most two modifiers). */
export const POSSESSIVE_DATE_NOUN_RE = /^(?:['’]s)?\s+(?:(?!(?:and|or|but|then|that|which)\s)[\p{L}-]+\s+){0,2}$/u;
/** A time expression read with its possessive ("Sunday's"). */
export const POSSESSIVE_END_RE = /['’]s$/;
/** A TIME value that carries a day ("2031-05-05TMO", "2031-05-05T14:00"). */
export const DAY_VALUE_RE = /^\d{4}-\d{2}-\d{2}T/;
/** A TIME whose words name its day ("Monday morning", "3 p.m. on 4 May"); "noon" or "this morning" only repeat the document's day. */
export const TIME_NAMES_DAY_RE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|tomorrow)\b/i;
/** Types that report or ask: a date after a that-clause opener belongs to what is said. */
export const SAYING_TYPES: ReadonlySet<EventType> = new Set(['statement', 'threaten', 'demand', 'accuse']);
export const REPORTED_CLAUSE_RE = /\b(?:that|which|whether)\b/i;

/** A date right after an event noun belongs to it ("the collapse on Tuesday", "the leak of 2014"): then it is no back reference. */
export const OWN_DATE_AFTER_RE = /^\s+(?:(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3})?(?:on|in|last|early|late|this)\s+(?:[A-Z]\w+|\d)|of\s+(?:1[6-9]|20)\d\d\b)/;

/** Lemmas that are reported speech, not acts: what a source says happened, shown through the claim it makes. */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(['claim', 'insist', 'deny', 'acknowledge', 'confirm']);

/** Natural hazards: words that name a happening with no attacker ("the quake struck", "killed in the floods"). */
const HAZARD =
  '(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|flash floods?|storms?|snowstorms?|hailstorms?|hurricanes?|cyclones?|typhoons?|tsunamis?|wildfires?|bushfires?|forest fires?|landslides?|mudslides?|rockslides?|eruptions?|avalanches?|tornado(?:e)?s|tornado|blizzards?|heat ?waves?|droughts?|downpours?|monsoon rains|torrential rains?|(?:gale-force |strong |high )?winds?(?: and (?:high |heavy |strong )?waves)?|gusts?|gales?|(?:high|huge|giant|rogue|heavy|rough|big|strong) (?:waves|seas|swells?))';

/**
 * A hazard right before an attack or kill verb is its subject ("a strong earthquake struck",
 * "the quake, which hit", "floods have killed"): the act is the hazard's, not an assault.
 */
export const HAZARD_SUBJECT_BEFORE_RE = new RegExp(
  `\\b${HAZARD}\\s*(?:,\\s*)?(?:(?:which|that|has|have|had|also|then|later|again|first|\\w+ly)\\s+){0,3}$`,
  'i',
);

/** A hazard anywhere in a text span (the subject of a clause a participle hangs on). */
export const HAZARD_RE = new RegExp(`\\b${HAZARD}\\b`, 'i');

/** A kill participle hanging on the clause before it: "..., killing at least 30". */
export const PARTICIPLE_AFTER_COMMA_RE = /,\s*(?:\w+ly\s+)?$/;

/**
 * A hazard as the cause after a kill verb: "were killed in the earthquake", "killed by a
 * landslide", "killed when floods swept". Group 1 ends at the hazard word.
 */
export const HAZARD_CAUSE_AFTER_RE = new RegExp(
  `^(\\s+(?:[\\w'’-]+\\s+){0,3}?(?:in|by|during|when|as)\\s+(?:(?:the|a|an|this|that|these|those|its|[\\w-]+['’]s)\\s+)?(?:(?!(?:after|before|following|since|of)\\b)[\\w'’-]+(?:\\.\\d+)?\\s+){0,3}?${HAZARD})\\b`,
  'i',
);

/** Lines that list labels, not sentences ("Tags: a, b, c", "Related topics: ..."): no events in them. */
export const LABEL_LINE_RE = /^\s*(?:tags?|tagged|topics|related topics|related|filed under|categories|category|keywords|more on|see also|read more)\s*:/i;

/** How an event's date begins when it is only the document's reference date (no date in its sentence). */
export const REFERENCE_FALLBACK = 'no date in the sentence:';

/** Triggers that name an explosion itself, whoever or whatever caused it. */
export const EXPLOSION_LEMMAS: ReadonlySet<string> = new Set(['explode', 'explosion', 'blast']);
/** An explosion as the subject right before a verb trigger: "the explosion hit the plant", "a blast that struck". */
export const EXPLOSION_SUBJECT_BEFORE_RE = /\b(?:explosions?|blasts?)\s+(?:(?:that|which|also|then|\w+ly)\s+)?$/i;
/**
 * Words that make an explosion an attack: a bomb, a bomber, a weapon, an armed group, a claim of
 * responsibility. A report of an accident at a plant, a mine or a pipeline uses none of them.
 */
export const ATTACK_CONTEXT_RE = /\b(?:bomb(?:s|ed|er|ers|ing|ings)?|car-bomb|suicide|attack(?:s|ed|er|ers)?|militants?|insurgents?|terroris[mt]s?|jihadis?t?s?|rebels?|gunm[ae]n|grenades?|IEDs?|explosive devices?|detonat\w*|claimed responsibility|responsibility for|missiles?|rockets?|drones?|shell(?:s|ed|ing)|airstrikes?|air strikes?|mortars?|sabotage|arson)\b/i;
/** A fire as a trigger, and the verbs that end one. */
export const FIRE_LEMMAS: ReadonlySet<string> = new Set(['fire', 'blaze']);
export const PUT_OUT_LEMMAS: ReadonlySet<string> = new Set(['put out', 'extinguish']);
/**
 * After a sentence-initial gerund, its object and then a modal or copula: the act is the subject of an
 * opinion ("Arresting three men will not be enough", "Closing the border is no answer"), not a
 * happening. A preposition right after it makes it the noun of a happening ("Shelling of the town was heavy").
 */
export const GERUND_SUBJECT_AFTER_RE = /^\s+(?!(?:of|at|in|on|near|by|from|across|along|into|outside|inside)\b)(?:[\w'’,-]+\s+){1,5}?(?:will|would|is|was|are|were|can|cannot|could|should|must|may|might|won['’]t|isn['’]t|wasn['’]t|aren['’]t)\b/i;
/** What may stand before the first word of a sentence: spaces, quotes, a bullet. */
export const SENTENCE_OPENING_RE = /^[\s"“‘'•*-]*$/;

/** Acts of force that rioters commit without killing: what a riot, a revolt or a mutiny is made of. */
export const RIOT_ACT_LEMMAS: ReadonlySet<string> = new Set(['overpower', 'hostage', 'seize', 'fire']);
/** Words of a riot, a revolt or a mutiny anywhere in a report. */
export const RIOT_CONTEXT_RE = /\b(?:riots?|rioters?|rioting|revolts?|mutin(?:y|ies|ous|eers?)|uprisings?)\b/i;
