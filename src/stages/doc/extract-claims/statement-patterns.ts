// Statement claims (non-numeric), normalized so reports can be compared: what was done to someone
// ("expelled the envoy" vs "barred the envoy from returning"), how a standoff ended ("gave themselves
// up" vs "special forces went in"), whether forces fired, whether a vessel was overloaded, what
// caused a happening ("a short circuit" vs "arson").
// Kept apart from the numeric claim patterns so each can grow on its own; the corpus stage pairs the
// labels that cannot both hold (align-claims/contradictions.ts).

/** One way of telling a statement. */
export interface StatementPattern {
  /** Global, case-insensitive. */
  re: RegExp;
  /** The normalized label; '$2' takes group 2 of the match, lowercased. */
  label: string;
  /**
   * Where what the statement is about is written: group 1 of `re`, the noun phrase just before the
   * match ("the robbers" gave themselves up) or just after it (stormed "the depot"), or nowhere.
   */
  about: 'group' | 'before' | 'after' | 'none';
  /** Words for who did it that make it another happening: a gang storming a shop starts a crime, it ends no siege. */
  notBy?: RegExp;
}

/**
 * Statement patterns in families, each behind one cheap cue every pattern of the family needs. A
 * statement counts only when its sentence asserts it, not when it denies, doubts, asks or supposes
 * it ("denied that the depot was stormed", "would not recall its envoy"): see find-statements.ts.
 */
export interface StatementFamily {
  cue: RegExp;
  patterns: readonly StatementPattern[];
}

/** Who a diplomatic act is done to: "the Ruvian envoy", "its ambassador". */
const ENVOY = String.raw`((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))`;
const REFLEXIVE = String.raw`(?:themselves|himself|herself|itself)`;
const BE = String.raw`(?:was|were|is|are|had been|has been|have been|being)`;

/** Who may be said to have fired or held fire in a standoff or a protest: a force, not a gunman. */
const FORCES = String.raw`((?:the\s+|riot\s+|armed\s+)?(?:police|officers|troops|soldiers|security forces|special forces|guards|army|military|commandos|gendarmes|marines|(?:police|army|tactical|special|security) (?:units?|squads?|teams?)))`;

/** What is "overloaded" with work after a disaster, not over its safe load. */
const SWAMPED = /\b(?:hospitals?|clinics?|wards?|morgues?|staff|(?:phone|telephone) lines|lines|networks?|servers?|websites?|systems?|services?)\b/i;

/** Who storms a place to attack or seize it, not to end a standoff. */
const ATTACKERS = /\b(?:gunm[ae]n|attackers?|assailants?|militants?|insurgents?|rebels?|robbers?|intruders?|men|suspects?|protesters?|demonstrators?|rioters?|mob|crowds?|fans|inmates|prisoners|hijackers?|terrorists?|fighters|looters)\b/i;

export const STATEMENT_FAMILIES: readonly StatementFamily[] = [
  {
    // Whole words: "charged", "consulted", "attached" and "diplomatic" name no one.
    cue: /ambassador|envoy|\bdiplomats?\b|charg[eé] d[’']affaires|\bconsuls?\b|\battach[eé]s?\b/i,
    patterns: [
      { re: /\b(?:expel(?:led|s|ling)?|kick(?:ed)? out|ordered (?:\w+ ){0,3}to leave|declared (?:\w+ ){0,3}persona non grata)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul|attach[eé]))\b/gi, label: 'expelled', about: 'group' },
      { re: new RegExp(String.raw`\b(?:recall(?:ed|s|ing)?|withdr(?:ew|awn|aws)|pull(?:ed)? out)\s+${ENVOY}\b`, 'gi'), label: 'recalled', about: 'group' },
      { re: new RegExp(String.raw`\b(?:summon(?:ed|s|ing)?|call(?:ed)? in)\s+${ENVOY}\b`, 'gi'), label: 'summoned', about: 'group' },
      { re: new RegExp(String.raw`\b(?:prevent(?:ed|s|ing)?|bar(?:red|s|ring)?|block(?:ed|s|ing)?|ban(?:ned|s|ning)?|stopp?(?:ed|s|ing)?)\s+${ENVOY}(?:[^.]{0,60}?\bfrom\s+return)`, 'gi'), label: 'barred from returning', about: 'group' },
      { re: new RegExp(String.raw`\b(?:asked|told|requested|instructed)\s+${ENVOY}(?:[^.]{0,60}?\bnot\s+to\s+return)`, 'gi'), label: 'barred from returning', about: 'group' },
      { re: new RegExp(String.raw`\b${ENVOY}[^.]{0,60}?\b(?:would not|will not|won['’]t|cannot|could not|not)\s+(?:be allowed to\s+)?return\b`, 'gi'), label: 'barred from returning', about: 'group' },
      { re: new RegExp(String.raw`\b${ENVOY}\s+(?:was|were|has been|had been)\s+(expelled|recalled|summoned)\b`, 'gi'), label: '$2', about: 'group' },
    ],
  },
  {
    // How a standoff (a siege, a hijacking, an occupation) ended: by giving up, or by force.
    cue: /surrender|(?:gave|given|give|handed|turned) (?:them|him|her|it)sel|gave up|moved in|(?:laid|lay) down|peaceful|bloodshed|storm|raid|assault (?:on|of|against)|by force|forced (?:\w+ )?way|(?:went|burst|broke) in|(?:blew|blasted|smashed|broke) (?:open|down|in)|(?:blasted|smashed|shot) (?:their|its) way/i,
    patterns: [
      // Not "surrendered his passport": handing a thing over is no giving up.
      { re: new RegExp(String.raw`\b(?:surrendered(?!\s+(?:his|her|their|its|the|a|an)\b)|(?:gave|given) ${REFLEXIVE} up|laid down (?:their|his|her|its) (?:arms|weapons|guns)|(?:handed|turned) ${REFLEXIVE} (?:over|in))\b`, 'gi'), label: 'surrendered', about: 'before' },
      // "gave up" with nothing given up: "gave up the search" is another thing, "gave up to police" is not.
      { re: /\bgave up\b(?=\s*(?:[,.;]|$|to (?:the )?(?:police|officers|troops|soldiers|authorities|negotiators)\b|peacefully\b|without (?:a fight|resistance|incident)\b))/gi, label: 'surrendered', about: 'before' },
      // The noun, where it is told as what happened: "ended with their surrender", "after the gang's surrender".
      { re: /\b(?:ended (?:with|in)|after|following|accepted|negotiated) (?:the |their |his |her |its |a )?(?:[\w-]+[’']s? )?surrender\b/gi, label: 'surrendered', about: 'none' },
      { re: new RegExp(String.raw`\b(?:ended|${BE} resolved|came to an end|${BE} brought to an end) (?:peacefully|without (?:bloodshed|violence|a shot (?:being )?fired)|through (?:talks|negotiations?)|by negotiation)\b`, 'gi'), label: 'ended peacefully', about: 'before' },
      { re: new RegExp(String.raw`\b${BE}\s+(?:\w+ly\s+)?(?:stormed|raided)\b`, 'gi'), label: 'stormed', about: 'before' },
      { re: /\b(?:stormed|raided)\b(?!\s+(?:out|off|away|to|back|home)\b)/gi, label: 'stormed', about: 'after', notBy: ATTACKERS },
      { re: /\b(?:carried out|launched|mounted|led|staged|made)\s+(?:an?|the|their|its|a final)\s+(?:[\w-]+\s+)?(?:assault|raid)\s+(?:on|of|against)\b/gi, label: 'stormed', about: 'after' },
      { re: /\b(?:retook|recaptured|took back|regained control of|entered|cleared|ended|broke up)\s+((?:[\w'’-]+\s+){1,4}?)by force\b/gi, label: 'stormed', about: 'group' },
      { re: new RegExp(String.raw`\b${BE}\s+(?:ended|broken up|retaken|recaptured|cleared|entered)\s+by force\b`, 'gi'), label: 'stormed', about: 'before' },
      // A forced entry: "blew open the doors", "blasted their way in".
      { re: /\b(?:(?:blew|blasted|smashed|broke) (?:open|down|in) (?:the |its |their )?(?:[\w-]+ )?(?:doors?|gates?)|(?:blasted|smashed|shot) (?:their|its) way in(?:to)?)\b/gi, label: 'stormed', about: 'none', notBy: ATTACKERS },
      // A special unit going in storms; police going into a flat may only look.
      { re: /\b(?:special forces|commandos|troops|soldiers|(?:police|tactical|special|army|security) (?:units?|squads?|teams?|forces))\s+(?:(?:then|later|finally|eventually|\w+ly)\s+)?(?:burst|broke|stormed|forced (?:their|its) way|went|moved) in(?:to)?\b/gi, label: 'stormed', about: 'after' },
      { re: /\b(?:(?:riot )?police|(?:police )?officers)\s+(?:(?:then|later|finally|eventually|\w+ly)\s+)?(?:(?:burst|broke|stormed|forced (?:their|its) way) in(?:to)?|moved in(?!to))\b/gi, label: 'stormed', about: 'after' },
    ],
  },
  {
    // Whether forces fired: "troops opened fire on the march" against "not a single round was fired".
    cue: /\bfired\b|\bopen(?:ed)? fire\b|(?:\bnot|n['’]t|\bnever) fire\b|\bheld (?:their|its) fire\b|\bfiring a (?:single )?shot\b/i,
    patterns: [
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:did not|didn['’]t|never|had not|hadn['’]t)\s+(?:open(?:ed)? fire|fire)\b`, 'gi'), label: 'no shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b(?:no|not a single|not one)\s+(?:live\s+)?(?:shots?|rounds?|bullets?)\s+(?:was|were|had been|has been|have been)\s+fired\b`, 'gi'), label: 'no shots fired', about: 'none' },
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:held (?:their|its) fire|(?:\w+\s+)?without firing a (?:single )?shot)`, 'gi'), label: 'no shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:had\s+|have\s+|then\s+|also\s+)?(?:opened fire|fired (?:on|at|into|live|shots|rounds|bullets|warning shots))\b`, 'gi'), label: 'shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b(?:shots|live rounds|bullets)\s+(?:was|were|had been|have been)\s+fired\s+by\s+${FORCES}`, 'gi'), label: 'shots fired', about: 'group' },
    ],
  },
  {
    // Whether a vessel, vehicle or venue held more than it may: a denial is the other side's account
    // ("the operator denied the bus was overloaded"), so the negative forms come first.
    cue: /overload|capacity|(?:load|weight|passenger) limit|(?:licensed|allowed|permitted|certified) to carry/i,
    patterns: [
      { re: new RegExp(String.raw`\b(?:${BE}\s+not\s+(?:overloaded|over capacity)|${BE}\s+(?:well\s+)?(?:within|below|under)\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:capacity|limit)|(?:had|has|have)\s+not\s+(?:been\s+)?(?:overloaded|exceeded (?:its|the) (?:[\w-]+ )?(?:capacity|limit)))\b`, 'gi'), label: 'not overloaded', about: 'before' },
      { re: new RegExp(String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?((?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?)(?:${BE}\s+|had\s+)?(?:overloaded|over capacity|exceeded (?:its|the) (?:[\w-]+ )?(?:capacity|limit))\b|\bden(?:y|ies|ied|ying)\s+overloading\b`, 'gi'), label: 'not overloaded', about: 'group' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:\w+ly\s+)?(?:overloaded|over capacity)|(?:was|were)\s+carrying\s+(?:far\s+|many\s+)?more\s+(?:[\w-]+\s+)?than\s+(?:it was|they were|its)\s+(?:licensed|allowed|permitted|certified|designed)|exceeded\s+(?:its|the)\s+(?:(?:passenger|load|weight|carrying|licensed|permitted|safe|maximum)\s+)?(?:capacity|load limit|weight limit|passenger limit))\b`, 'gi'), label: 'overloaded', about: 'before', notBy: SWAMPED },
    ],
  },
  {
    // What caused it: an accident, or someone meant it.
    cue: /accident|sabotage|saboteur|arson|deliberate|intentional|fault|failure|malfunction|short[- ]circuit|human error|on purpose|terror|bomb|explosive device/i,
    patterns: [
      { re: new RegExp(String.raw`\b${BE}\s+(?:(?:purely|simply|just)\s+)?(?:an?\s+)?(?:(?:tragic|industrial|unfortunate|genuine|pure)\s+)?(?:accident|accidental)\b`, 'gi'), label: 'accident', about: 'before' },
      { re: /\b(?:caused by|due to|the result of|blamed on) (?:an? )?(?:(?:technical|electrical|mechanical|equipment) (?:fault|failure|malfunction|problem)|short[- ]circuit|human error|faulty (?:wiring|equipment))/gi, label: 'accident', about: 'before' },
      { re: /\b(?:ruled|declared|deemed|classified|found)\s+((?:(?:the|its|his|her|their)\s+[\w-]+|it|this)\s+)?(?:as\s+|to be\s+)?(?:an?\s+)?(?:accident|accidental)\b/gi, label: 'accident', about: 'group' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an? (?:act|case) of\s+|deliberate\s+)?sabotage(?:d)?|(?:caused by|due to|the result of|blamed on) (?:sabotage|saboteurs))\b`, 'gi'), label: 'sabotage', about: 'before' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an? (?:act|case) of\s+|an?\s+)?arson(?: attack)?|caused by arson|(?:blamed on|started by|set by) arsonists)\b`, 'gi'), label: 'arson', about: 'before' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an?\s+)?(?:terrorist attack|terror attack|act of terror(?:ism)?|bombing)|caused by (?:an?\s+)?(?:bomb|explosive device))\b`, 'gi'), label: 'attack', about: 'before' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:(?:a\s+)?deliberate(?: act)?|intentional|no accident|not an accident)|(?:deliberately|intentionally) (?:set|started|lit|caused|damaged)|(?:set|started|lit|caused) (?:\w+ ){0,2}?(?:deliberately|intentionally|on purpose))\b`, 'gi'), label: 'deliberate', about: 'before' },
    ],
  },
];

/** One test per sentence: a sentence none of the families' cues match holds no statement. */
export const STATEMENT_CUE = new RegExp(STATEMENT_FAMILIES.map((f) => f.cue.source).join('|'), 'i');

/** Where a clause begins: what is before it (a denial, a doubt) is not said of what is in it. */
export const CLAUSE_BREAK = /[;:(—–]|,\s|\b(?:but|while|whereas|although|though|when|after|as|because|since|until|before|once)\b/gi;

/** Just before the verb, a word that denies, supposes or doubts it: "no hijacker surrendered", "may have been stormed". */
export const NOT_ASSERTED_NEAR = /\b(?:not|never|no|nobody|none|neither|nor|without|may|might|could|would|should|must|can|will|if|unless|whether|chance)\b|n['’]t\b/i;

/** Anywhere earlier in the clause, a denial or doubt: "denied that the depot was stormed", "not one of the crew", "appears to have been". */
export const NOT_ASSERTED_CLAUSE =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|rumou?r(?:s|ed)?|unconfirmed|whether|suspect(?:s|ed)? (?:that|it|the|this|a|an)|possibl[ey]|perhaps|appear(?:s|ed)?|seem(?:s|ed)?|apparently|likely|probably|no (?:evidence|sign|indication|reason)|not (?:one|a single)|none of|nothing to suggest)\b/i;

/** Just after it, the claim called false: "reports that police stormed the depot were false". */
export const CALLED_FALSE = /^[^,;.]{0,50}?\b(?:is|was|were|are)\s+(?:false|untrue|wrong|baseless|unfounded)\b/i;

/** Words between a noun phrase and its verb ("had", "eventually", "themselves"), dropped from what it is about. */
export const BEFORE_VERB_FILLER = /^(?:had|has|have|was|were|been|being|is|are|be|did|do|does|then|later|eventually|finally|quickly|reportedly|allegedly|also|all|both|themselves|himself|herself|itself|\p{Ll}+ly)$/u;

/** Where a noun phrase read backwards starts: "officials believe | the fire" (was an accident). */
export const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/i;

/** A pronoun just before the verb is the whole phrase: "investigators concluded | it" (was an accident). */
export const PRONOUN = /^(?:it|this|that|they|he|she|we|i)$/i;

/** Words that end a noun phrase (read outward from the verb): "... said that | the gang", "the depot | with gas". */
export const PHRASE_STOP = /^(?:that|which|who|whom|whose|where|and|or|but|said|says|say|told|tells|claim|claims|claimed|insist|insists|insisted|maintain|maintains|maintained|believe|believes|to|with|on|at|in|by|after|before|from|as|while|when|using|during|early|late|shortly|into|onto|for|of|than|then|also)$/i;
