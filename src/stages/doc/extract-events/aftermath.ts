// What follows nearly every disaster, attack or crime, whatever its kind: the dead recovered and
// buried, the authorities' measures (mourning declared, operations halted or resumed, licences
// revoked, inquiries opened), and the legal steps against suspects (questioned, arraigned, bailed).
// Each word here is also an everyday word ("found that", "questioned the figures", "ordered food"):
// the filters keep only the senses that tell one of these happenings.
import type { TriggerFilter } from './patterns.ts';

/**
 * The dead as an object or subject: "recovered nine more bodies", "the remains of two crew were found"; and
 * what a crash leaves to be found: "the flight recorders were recovered", "divers located the wreck".
 */
const DEAD = String.raw`(?:bod(?:y|ies)(?!\s+of\s+(?:evidence|water|work|research|knowledge|opinion|literature))|remains|corpses?|black\s+box(?:es)?|(?:flight|data|voice)\s+recorders?|wreck(?:age)?)`;
/** A few words of an object before its head noun ("nine more", "the last two", "his"). */
const OBJECT_WORDS = String.raw`(?:[\p{L}\d'’-]+\s+){0,4}?`;
/** A passive auxiliary the subject stands before ("bodies have been recovered", "the body was later found"). */
const PASSIVE_AUX = String.raw`(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)?`;

/**
 * The dead recovered, found, pulled out or brought up: the object after the verb, or the passive subject
 * before it. The living brought out the same way are rescued: "dug a woman out alive", "was found alive".
 */
const DEAD_RECOVERED: TriggerFilter = {
  requireAfter: new RegExp(String.raw`^\s+(?:out\s+|up\s+)?${OBJECT_WORDS}${DEAD}\b|^\s+(?:out\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?(?:out\s+)?alive\b`, 'iu'),
  subjectBefore: new RegExp(String.raw`\b${DEAD}\b(?:\s+[\p{L}\d'’,-]+){0,8}?\s+${PASSIVE_AUX}$`, 'iu'),
};

/** The people a search is for or the services an authority stops and starts again. */
const OPERATIONS_AROUND_RE =
  /\b(?:search(?:es|ing)?|rescue|recovery|operations?|services?|flights?|ferr(?:y|ies)|trains?|traffic|classes|lessons|schools?|visits|production|work|crossings?|sailings?|routes?|shipping|mining|drilling)\b/i;

/** What a licence, a permit or a certificate is: what an authority revokes or withdraws. */
const PERMIT_AFTER_RE = /^\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:licen[cs]es?|permits?|certificates?|certification|accreditation|registration|concession|authori[sz]ation)\b/iu;

/** What an authority orders or opens in response: an inquiry, a review, inspections, an evacuation. */
const INQUIRY = String.raw`(?:inquir(?:y|ies)|enquir(?:y|ies)|investigations?|probes?|reviews?|inspections?|audits?|checks|commissions?\s+of\s+inquiry)`;
const INQUIRY_AFTER_RE = new RegExp(String.raw`^\s+(?:(?:an?|the|its|their|immediate|urgent|full|independent|criminal|official|formal|public|safety|new|separate|all|of)\s+)*(?:[\p{L}-]+\s+){0,2}?${INQUIRY}\b`, 'iu');

/** A measure declared: mourning, an emergency, a curfew, a disaster area ("declared a week of national mourning"). */
// A bare "emergency" is a hospital's or a pilot's as often: only a public one is a measure.
const MEASURE = String.raw`(?:mourning|(?:state|period)\s+of\s+(?:emergency|disaster|alert|calamity|siege)|(?:national|regional|local|public\s+health)\s+emergency|curfew|martial\s+law|lockdown|(?:disaster|emergency)\s+(?:zone|area)s?)`;
const DECLARED_MEASURE_AFTER_RE = new RegExp(String.raw`^\s+(?:[\p{L}\d'’-]+\s+){0,5}?${MEASURE}\b`, 'iu');
/**
 * "A state of emergency was declared": the passive. A bare participle after the measure ("the second
 * day of the mourning declared by the premier") describes the measure, told elsewhere: it stays as it was.
 */
const DECLARED_MEASURE_BEFORE_RE = new RegExp(String.raw`\b${MEASURE}\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PASSIVE_AUX}$`, 'iu');

/** People a suspect is or a person questioned: "questioned the captain", "interrogated three men". */
const PERSON = String.raw`(?:him|her|them|suspects?|men|women|man|woman|people|persons|individuals|captain|driver|pilot|owner|operator|director|manager|supervisors?|officers?|guards?|crew|staff|employees|workers|witnesses|survivors|teenagers?|boys?|girls?|youths?|[A-Z][\p{L}-]+)`;
// "questioned Smith's account" questions an account, not Smith.
const PERSON_AFTER_RE = new RegExp(String.raw`^\s+(?:(?:the|a|an|two|three|four|five|several|\d+|his|her|their|its|more|other)\s+)*(?:[\p{L}'’-]+\s+){0,2}?${PERSON}\b(?!['’]s)`, 'u');
/** A person as the passive subject: "The driver was questioned", "Two men were being interrogated". */
const PERSON_PASSIVE_BEFORE_RE = new RegExp(String.raw`\b${PERSON}\s+(?:[\p{L},'’-]+\s+){0,4}?${PASSIVE_AUX}$`, 'u');

/** Buried alive, under rubble or in mud is being trapped, not a burial. */
const NOT_A_BURIAL_AFTER_RE = /^\s+(?:alive|under|beneath|underneath|by|in\s+(?:the\s+)?(?:rubble|debris|mud|snow|sand|ash|landslide|avalanche|collapse|wreckage)|inside)\b/i;
/** The dead as whom a burial is for: "the first victims were buried", "buried their dead". */
const BURIED_AROUND_RE = /\b(?:victims?|dead|bod(?:y|ies)|killed|died|drowned|funerals?|cemeter(?:y|ies)|graves?|mourners|coffins?)\b/i;
/** A funeral or a vigil held: the happening, not a reference to one ("reopen after the funerals"). */
const HELD_AFTER_RE = /^s?\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:held|took\s+place|began|were\s+conducted|drew)\b/iu;
const HELD_BEFORE_RE = /\b(?:held|hold|holds|holding|attended|attend|attending|gathered\s+for|(?:took|take)\s+part\s+in)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;

/** A measure (or a ban, an evacuation order) right after "lifted": "lifted the curfew", "lifted the evacuation order". */
const LIFTED_MEASURE_AFTER_RE = new RegExp(String.raw`^\s+(?:(?:the|a|its|their|all)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${MEASURE}|bans?|restrictions|(?:evacuation|stay-at-home|shelter-in-place)\s+orders?|closures?|blockades?)\b`, 'iu');

/** What leaks or spills at a plant, a pipeline or a tanker (or the plant itself, or a year for an earlier one). */
const SUBSTANCE_AROUND_RE = /\b(?:gas|chemicals?|chlorine|ammonia|oil|fuel|diesel|petrol|acid|toxic|radioactive|radiation|waste|sewage|methane|hydrogen|pipeline|pipework|tanks?|tanker|plant|reactor|(?:1[6-9]|20)\d\d)\b/i;

export const AFTERMATH_FILTERS: Readonly<Record<string, TriggerFilter>> = {
  // "Rescue teams pulled ...", "rescue workers said": a noun naming who acts or speaks, not a rescue.
  rescue: { dropAfter: /^\s+(?:teams?|workers?|crews?|services?|officials?|personnel|vehicles?|boats?|helicopters?|dogs?|squads?|units?|cent(?:re|er)s?|chiefs?|coordinators?|divers|swimmers|volunteers)\b/i },
  recover: { forms: /^recovered$/i, ...DEAD_RECOVERED },
  retrieve: { forms: /^retrieved$/i, ...DEAD_RECOVERED },
  find: { forms: /^found$/i, ...DEAD_RECOVERED },
  pull: { forms: /^pulled$/i, ...DEAD_RECOVERED },
  'bring up': DEAD_RECOVERED,
  dig: { forms: /^dug$/i, ...DEAD_RECOVERED },
  locate: { forms: /^located$/i, ...DEAD_RECOVERED },
  // The living or the dead lifted out; or a measure lifted ("lifted the curfew", "the state of emergency was lifted"), an act of authority.
  lift: {
    forms: /^lifted$/i,
    requireAfter: new RegExp(`${DEAD_RECOVERED.requireAfter!.source}|${LIFTED_MEASURE_AFTER_RE.source}`, 'iu'),
    subjectBefore: new RegExp(`${DEAD_RECOVERED.subjectBefore!.source}|${DECLARED_MEASURE_BEFORE_RE.source}`, 'iu'),
    retypeAfter: { re: LIFTED_MEASURE_AFTER_RE, type: 'other' },
    retypeBefore: { re: DECLARED_MEASURE_BEFORE_RE, type: 'other' },
  },
  // The dead named: "the last missing worker was identified", "identified the bodies of two crew".
  identify: {
    forms: /^identified$/i,
    // "the ministry lists 14 identified victims": an adjective, not the act.
    dropBefore: /\b(?:\d[\d,]*|the|all|its|their|of|newly|already|yet|un)\s+$/i,
    requireAfter: new RegExp(String.raw`^\s+${OBJECT_WORDS}(?:${DEAD}|victims?|dead)\b`, 'iu'),
    subjectBefore: new RegExp(String.raw`\b(?:${DEAD}|victims?|missing\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\b(?:\s+[\p{L}\d'’,-]+){0,6}?\s+${PASSIVE_AUX}$`, 'iu'),
  },
  bury: { forms: /^buried$/i, requireAround: BURIED_AROUND_RE, dropAfter: NOT_A_BURIAL_AFTER_RE },
  funeral: { forms: /^funerals?$/i, requireAfter: HELD_AFTER_RE, subjectBefore: HELD_BEFORE_RE },
  memorial: { forms: /^memorials?$/i, requireAfter: HELD_AFTER_RE, subjectBefore: HELD_BEFORE_RE },
  // A leak or a spill of a substance ("a gas leak", "the leak of 2014", "a chemical spill"); not documents
  // leaked to the press, coffee spilled, nor fans who spilled onto the pitch (only the nouns, near what leaks).
  leak: { forms: /^leaks?$/i, requireAround: SUBSTANCE_AROUND_RE },
  spill: { forms: /^spills?$/i, requireAround: SUBSTANCE_AROUND_RE },
  // The site's history a disaster brings back: "an inspection of the dam last spring found cracks" (dated only: see build-timeline).
  inspection: { forms: /^inspections?$/i, requireAfter: /^\s+(?:[\p{L}\d'’-]+\s+){0,8}?(?:found|revealed|showed|noted|flagged|detected|uncovered)\b/iu },
  vigil: { forms: /^vigils?$/i, requireAfter: HELD_AFTER_RE, subjectBefore: HELD_BEFORE_RE },
  // A measure of an authority: "declared two days of mourning", "a state of emergency was declared"; other declarations are statements.
  declare: { retypeAfter: { re: DECLARED_MEASURE_AFTER_RE, type: 'other' }, retypeBefore: { re: DECLARED_MEASURE_BEFORE_RE, type: 'other' } },
  announce: { retypeAfter: { re: DECLARED_MEASURE_AFTER_RE, type: 'other' } },
  // Operations stopped, cut back and started again: a search, ferry services, flights, classes, visits.
  halt: { forms: /^halt(?:ed|s|ing)?$/i, requireAround: OPERATIONS_AROUND_RE },
  resume: { forms: /^resum(?:e|ed|es|ing)$/i, requireAround: OPERATIONS_AROUND_RE },
  'scale down': { requireAround: OPERATIONS_AROUND_RE },
  'scale back': { requireAround: OPERATIONS_AROUND_RE },
  ground: { forms: /^grounded$/i, requireAround: /\b(?:flights?|planes?|aircraft|fleets?|jets?|helicopters?|ferr(?:y|ies)|boats?|vessels?|airline)\b/i },
  revoke: { forms: /^revok(?:ed|es|ing)$/i, requireAfter: PERMIT_AFTER_RE },
  withdraw: { forms: /^withdr(?:ew|awn)$/i, requireAfter: PERMIT_AFTER_RE },
  // "ordered an inquiry", "ordered checks on all dams of that type"; not "ordered the crowd back".
  order: { forms: /^ordered$/i, requireAfter: INQUIRY_AFTER_RE },
  // Legal steps: questioned, interrogated, arraigned, remanded, pleaded, released on bail.
  question: { forms: /^questioned$/i, requireAfter: PERSON_AFTER_RE, subjectBefore: PERSON_PASSIVE_BEFORE_RE, dropAfter: /^\s+(?:whether|why|how|what|the\s+(?:figures?|numbers?|decision|need|wisdom|account|validity|official|government))\b/i },
  interrogate: { forms: /^interrogated$/i, requireAfter: PERSON_AFTER_RE, subjectBefore: PERSON_PASSIVE_BEFORE_RE },
  arraign: { forms: /^arraigned$/i },
  remand: { forms: /^remanded$/i, requireAfter: /^\s+(?:in(?:to)?\s+custody|in\s+(?:pre-?trial\s+)?detention|in\s+jail|in\s+prison|to\s+(?:jail|prison|custody))\b/i },
  plead: { forms: /^(?:pleaded|pled|pleads)$/i, requireAfter: /^\s+(?:not\s+)?guilty\b/i },
  // "The firm is cooperating with investigators": a stance kept over days, not an act of one.
  cooperate: { dropBefore: /\b(?:is|are|was|were|been|be|continues?\s+to|continued\s+to|will)\s+(?:fully\s+|still\s+)?$/i },
  bail: { forms: /^bail$/i, requireBefore: /\b(?:on|granted|given|grants|posted|set|allowed|freed\s+on|released\s+on)\s+(?:conditional\s+|police\s+)?$/i },
};

/** Each aftermath act, however its reports word it: a recovery, a burial. */
export const AFTERMATH_ACTS: Readonly<Record<string, string>> = {
  retrieve: 'recover', find: 'recover', pull: 'recover', 'bring up': 'recover', dig: 'recover', lift: 'recover', locate: 'recover',
  bury: 'funeral', memorial: 'vigil',
  announce: 'declare',
  interrogate: 'question',
  'scale back': 'scale down',
  withdraw: 'revoke',
};
