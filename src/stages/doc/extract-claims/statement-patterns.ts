// Statement claims (non-numeric), normalized so reports can be compared: what was done to someone
// ("expelled the envoy" vs "barred the envoy from returning"), how a standoff ended ("gave themselves
// up" vs "special forces went in"), whether forces fired, whether a vessel was overloaded, what
// caused a happening ("a short circuit" vs "arson"), what a person in charge did during it ("was in the
// first lifeboat" vs "stayed at the controls").
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
  /** Words for who did it that the account needs, ending the words before the verb: a person in charge, not a passenger. */
  by?: RegExp;
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

/** A cause no one meant: a fault, a leak, lightning. */
const MISHAP = String.raw`(?:(?:technical|electrical|mechanical|equipment|engine|brake|structural|wiring) (?:fault|failure|malfunction|problem|defect)|short[- ]circuit|human error|faulty (?:wiring|equipment|brakes)|gas leak|leak of gas|lightning(?: strike)?|discarded cigarette)`;

/** What a deliberate cause is called when it is ruled out. */
const FOUL_PLAY = String.raw`(?:foul play|sabotage|arson|terrorism|(?:a\s+)?(?:terrorist|terror)\s+attack|criminal (?:intent|involvement|activity))`;

/** Who storms a place to attack or seize it, not to end a standoff. */
const ATTACKERS = /\b(?:gunm[ae]n|attackers?|assailants?|militants?|insurgents?|rebels?|robbers?|intruders?|men|suspects?|protesters?|demonstrators?|rioters?|mob|crowds?|fans|inmates|prisoners|hijackers?|terrorists?|fighters|looters)\b/i;

/** Who is in charge of people during a happening. */
const IN_CHARGE_ROLES = ['captain', 'skipper', 'pilot', 'co-pilot', 'copilot', 'driver', 'motorman', 'engineer', 'conductor', 'signalman', 'commander', 'manager', 'supervisor', 'foreman', 'guard', 'officer', 'helmsman', 'master', 'warden', 'controller', 'dispatcher', 'attendant', 'lifeguard', 'steward', 'crew', 'client', 'accused', 'defendant'];
/** A role, either case of its first letter only: the name form below must stay case-sensitive. */
const ROLE_WORDS = `(?:${IN_CHARGE_ROLES.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})s?`;
/** After the subject's head, before the verb: "(the driver) of the night train", "(the captain), 54,". */
const SUBJECT_TAIL = String.raw`(?:\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}[\w-]+)?(?:,\s+[^,]{1,40},)?$`;
const subject = (heads: string): RegExp => new RegExp(String.raw`(?:^|\s)["“]?(?:${heads})${SUBJECT_TAIL}`, 'u');
/**
 * Who did it, as the subject just before the verb: a role ("the coach driver") for what anyone may
 * do (flee, fall asleep, run back inside: a gunman flees, a resident runs back in); "he" or "she" too
 * where the account itself names a way out or a post only the one in charge has ("was among the
 * first out", "stayed at the controls"); a full name too where it names the post or the craft.
 */
const ROLE = subject(ROLE_WORDS);
const IN_CHARGE = subject(`${ROLE_WORDS}|[Hh]e|[Ss]he`);
const IN_CHARGE_OR_NAMED = subject(String.raw`${ROLE_WORDS}|[Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+`);
/** Someone in charge written out, where the pattern holds who did it: "(abandoned by) the ferry's crew". */
const IN_CHARGE_NOUN = String.raw`((?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+[’']s\s+)?(?:[\w-]+\s+)?(?:${IN_CHARGE_ROLES.slice(0, -3).join('|')}|staff)s?)`;
/** Where a person in charge stands during a happening. */
const POST = String.raw`(?:the\s+|his\s+|her\s+|their\s+)?(?:bridge|helm|wheel|controls|cockpit|cab|posts?|station|desk|control room|signal box)`;
/** What only a person in charge leaves or stays with: the post, the craft, the people in their care. */
const CHARGE = String.raw`(?:${POST}|(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:ship|vessel|ferry|boat|train|bus|coach|aircraft|plane|passengers|patients|residents|guests|workers|customers|shoppers|spectators|inmates|pupils|children|crew))\b`;
/** Places anyone leaves or stays in: an account of someone in charge only with the role written. */
const PLACE = String.raw`(?:the\s+)?(?:[\w-]+\s+)?(?:building|site|mine|plant|factory|scene)\b`;
/** The first or last way out: a lifeboat, a helicopter. */
const WAY_OUT = String.raw`(?:(?:rescue|evacuation)\s+)?(?:life\s?boat|life raft|raft|boat|helicopter|ambulance|car|vehicle|bus)`;
const LEAVE = String.raw`(?:leave|flee|escape|get off|get out|abandon|jump|be rescued|be evacuated|be taken (?:off|out)|be pulled (?:out|from))`;
const FLEE = String.raw`(?:fled|abandoned|deserted|ran (?:away )?from|walked away from|jumped (?:out of|from|off))`;
const STAY = String.raw`(?:stayed|remained|stood)\s+(?:on|at|in|behind|with|aboard)`;
const NEVER = String.raw`(?:did not|didn['’]t|never|had not|hadn['’]t)`;

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
      // The passive and the noun: "the envoy was ordered to leave", "the expulsion of the consul".
      { re: new RegExp(String.raw`\b${ENVOY}\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:ordered (?:\w+ ){0,3}to leave|given (?:\w+ ){1,3}to leave|declared (?:a\s+)?persona non grata|kicked out|thrown out)`, 'gi'), label: 'expelled', about: 'group' },
      { re: new RegExp(String.raw`\bexpulsion of\s+${ENVOY}`, 'gi'), label: 'expelled', about: 'group' },
      { re: new RegExp(String.raw`\b(?:recall|withdrawal) of\s+${ENVOY}`, 'gi'), label: 'recalled', about: 'group' },
    ],
  },
  {
    // How a standoff (a siege, a hijacking, an occupation) ended: by giving up, or by force.
    cue: /surrender|(?:gave|given|give|handed|turned) (?:them|him|her|it)sel|gave up|moved in|(?:laid|lay) down|peaceful|bloodshed|storm|raid|assault (?:on|of|against)|by force|forced (?:\w+ )?(?:way|entry)|hands (?:up|raised|in the air)|(?:went|burst|broke) in|(?:blew|blasted|smashed|broke) (?:open|down|in)|(?:blasted|smashed|shot) (?:their|its) way/i,
    patterns: [
      // Not "surrendered his passport": handing a thing over is no giving up.
      { re: new RegExp(String.raw`\b(?:surrendered(?!\s+(?:his|her|their|its|the|a|an)\b)|(?:gave|given) ${REFLEXIVE} up|laid down (?:their|his|her|its) (?:arms|weapons|guns)|(?:handed|turned) ${REFLEXIVE} (?:over|in))\b`, 'gi'), label: 'surrendered', about: 'before' },
      // The gerund after a time word, and walking out to give up: "arrested after surrendering", "came out with their hands up".
      { re: /\b(?:after|before|on|by) surrendering\b(?!\s+(?:his|her|their|its|the|a|an)\b)/gi, label: 'surrendered', about: 'none' },
      { re: /\b(?:came|walked|stepped|filed) out\s+(?:of [\w\s'’-]{1,30}?\s+)?with (?:their|his|her) hands (?:up|raised|in the air|on (?:their|his|her) heads?)\b/gi, label: 'surrendered', about: 'before' },
      // "did not surrender until dawn" tells a surrender at dawn; "never surrendered" denies it. "Had
      // not surrendered by nightfall" is a time, not an ending: neither.
      { re: new RegExp(String.raw`\b(?:did not|didn['’]t)\s+(?:surrender|give ${REFLEXIVE} up)\s+until\b`, 'gi'), label: 'surrendered', about: 'before' },
      { re: new RegExp(String.raw`\b(?:did not|didn['’]t|never)\s+(?:surrender(?:ed)?|(?:gave|give) ${REFLEXIVE} up)\b(?![^,;.]{0,30}\b(?:by|yet|until|till|before|so far|at first|initially|when)\b)`, 'gi'), label: 'did not surrender', about: 'before' },
      // "gave up" with nothing given up: "gave up the search" is another thing, "gave up to police" is not.
      { re: /\bgave up\b(?=\s*(?:[,.;]|$|to (?:the )?(?:police|officers|troops|soldiers|authorities|negotiators)\b|peacefully\b|without (?:a fight|resistance|incident)\b))/gi, label: 'surrendered', about: 'before' },
      // The noun, where it is told as what happened: "ended with their surrender", "after the gang's surrender".
      { re: /\b(?:ended (?:with|in)|after|following|accepted|negotiated) (?:the |their |his |her |its |a )?(?:[\w-]+[’']s? )?surrender\b/gi, label: 'surrendered', about: 'none' },
      { re: new RegExp(String.raw`\b(?:ended|${BE} resolved|came to an end|${BE} brought to an end) (?:peacefully|without (?:bloodshed|violence|a shot (?:being )?fired)|through (?:talks|negotiations?)|by negotiation)\b`, 'gi'), label: 'ended peacefully', about: 'before' },
      { re: new RegExp(String.raw`\b${BE}\s+(?:\w+ly\s+)?(?:stormed|raided)\b`, 'gi'), label: 'stormed', about: 'before' },
      { re: /\b(?:stormed|raided)\b(?!\s+(?:out|off|away|to|back|home)\b)/gi, label: 'stormed', about: 'after', notBy: ATTACKERS },
      { re: /\b(?:carried out|launched|mounted|led|staged|made)\s+(?:an?|the|their|its|a final)\s+(?:[\w-]+\s+)?(?:assault|raid)\s+(?:on|of|against)\b/gi, label: 'stormed', about: 'after' },
      { re: /\bthe storming of\b/gi, label: 'stormed', about: 'after' },
      { re: /\b(?:retook|recaptured|took back|regained control of|entered|cleared|ended|broke up)\s+((?:[\w'’-]+\s+){1,4}?)by force\b/gi, label: 'stormed', about: 'group' },
      { re: new RegExp(String.raw`\b${BE}\s+(?:ended|broken up|retaken|recaptured|cleared|entered)\s+by force\b`, 'gi'), label: 'stormed', about: 'before' },
      // A forced entry: "blew open the doors", "blasted their way in".
      { re: /\b(?:(?:blew|blasted|smashed|broke) (?:open|down|in) (?:the |its |their )?(?:[\w-]+ )?(?:doors?|gates?)|(?:blasted|smashed|shot) (?:their|its) way in(?:to)?)\b/gi, label: 'stormed', about: 'none', notBy: ATTACKERS },
      // A special unit going in storms; police going into a flat may only look.
      { re: /\b(?:special forces|commandos|troops|soldiers|swat (?:teams?|officers|units?)|(?:police|tactical|special|army|security|counter-?terror(?:ism)?|anti-?terror(?:ism)?) (?:units?|squads?|teams?|forces))\s+(?:(?:then|later|finally|eventually|\w+ly)\s+)?(?:(?:burst|broke|stormed|forced (?:their|its) way|went|moved) in(?:to)?|forced (?:an\s+)?entry(?:\s+(?:in)?to)?)\b/gi, label: 'stormed', about: 'after' },
      { re: /\b(?:(?:riot )?police|(?:police )?officers)\s+(?:(?:then|later|finally|eventually|\w+ly)\s+)?(?:(?:burst|broke|stormed|forced (?:their|its) way) in(?:to)?|moved in(?!to))\b/gi, label: 'stormed', about: 'after' },
    ],
  },
  {
    // Whether forces fired: "troops opened fire on the march" against "not a single round was fired".
    cue: /\bfired\b|\bopen(?:ed)? fire\b|(?:\bnot|n['’]t|\bnever) fire\b|\bheld (?:their|its) fire\b|\bfiring a (?:single )?shot\b|\bshot (?:at|into|dead)\b|\blive (?:ammunition|rounds|fire)\b/i,
    patterns: [
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:did not|didn['’]t|never|had not|hadn['’]t)\s+(?:open(?:ed)? fire|fire)\b`, 'gi'), label: 'no shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b(?:no|not a single|not one)\s+(?:live\s+)?(?:shots?|rounds?|bullets?)\s+(?:was|were|had been|has been|have been)\s+fired\b`, 'gi'), label: 'no shots fired', about: 'none' },
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:held (?:their|its) fire|(?:\w+\s+)?without firing a (?:single )?shot)`, 'gi'), label: 'no shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b${FORCES}\s+(?:had\s+|have\s+|then\s+|also\s+)?(?:opened fire|fired (?:on|at|into|live|shots|rounds|bullets|warning shots)|shot (?:at|into)|shot dead(?=\s+(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at least|several|dozens|his|her|their)\b)|used live (?:ammunition|rounds|fire))\b`, 'gi'), label: 'shots fired', about: 'group' },
      { re: new RegExp(String.raw`\b(?:shots|live rounds|bullets)\s+(?:was|were|had been|have been)\s+fired\s+by\s+${FORCES}`, 'gi'), label: 'shots fired', about: 'group' },
    ],
  },
  {
    // Whether a vessel, vehicle or venue held more than it may: a denial is the other side's account
    // ("the operator denied the bus was overloaded"), so the negative forms come first.
    cue: /overload|overcrowd|capacity|(?:load|weight|passenger) limit|(?:licensed|allowed|permitted|certified) to carry/i,
    patterns: [
      { re: new RegExp(String.raw`\b(?:${BE}\s+not\s+(?:overloaded|overcrowded|over capacity)|${BE}\s+(?:well\s+)?(?:within|below|under)\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:capacity|limit)|(?:had|has|have)\s+not\s+(?:been\s+)?(?:overloaded|exceeded (?:its|the) (?:[\w-]+ )?(?:capacity|limit)))\b`, 'gi'), label: 'not overloaded', about: 'before' },
      { re: new RegExp(String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+)?((?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?)(?:${BE}\s+|had\s+)?(?:overloaded|overcrowded|over capacity|exceeded (?:its|the) (?:[\w-]+ )?(?:capacity|limit))\b|\bden(?:y|ies|ied|ying)\s+(?:overloading|overcrowding)\b`, 'gi'), label: 'not overloaded', about: 'group' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:\w+ly\s+)?(?:overloaded|overcrowded|over capacity)|(?:was|were)\s+carrying\s+(?:twice|double|three times|(?:well\s+|far\s+)?(?:over|above|beyond))\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:capacity|limit)|(?:was|were)\s+carrying\s+(?:far\s+|many\s+)?more\s+(?:[\w-]+\s+)?than\s+(?:it was|they were|its)\s+(?:licensed|allowed|permitted|certified|designed)|exceeded\s+(?:its|the)\s+(?:(?:passenger|load|weight|carrying|licensed|permitted|safe|maximum)\s+)?(?:capacity|load limit|weight limit|passenger limit))\b`, 'gi'), label: 'overloaded', about: 'before', notBy: SWAMPED },
      { re: /\b(?:caused by|due to|the result of|blamed on)\s+(?:the\s+)?(?:overloading|overcrowding)\b/gi, label: 'overloaded', about: 'before', notBy: SWAMPED },
    ],
  },
  {
    // What caused it: an accident, or someone meant it.
    cue: /accident|sabotage|saboteur|arson|deliberate|intentional|fault|failure|malfunction|short[- ]circuit|human error|on purpose|terror|bomb|explosive device|gas leak|lightning|foul play|suspicious|criminal/i,
    patterns: [
      { re: new RegExp(String.raw`\b${BE}\s+(?:(?:purely|simply|just)\s+)?(?:an?\s+)?(?:(?:tragic|industrial|unfortunate|genuine|pure)\s+)?(?:accident|accidental)\b`, 'gi'), label: 'accident', about: 'before' },
      { re: new RegExp(String.raw`\b(?:caused by|due to|the result of|blamed on|triggered by|sparked by|started by) (?:an? )?${MISHAP}`, 'gi'), label: 'accident', about: 'before' },
      // The cause named first, and the adverb: "the cause of the blaze was a short circuit", "was started accidentally".
      { re: new RegExp(String.raw`\bcause of (?:the |this )?(?:[\w-]+ ){0,2}?(?:was|is|has been) (?:an? )?${MISHAP}`, 'gi'), label: 'accident', about: 'none' },
      { re: /\b(?:(?:started|caused|set|triggered|sparked|lit)\s+(?:\w+\s+){0,2}?accidentally|accidentally (?:started|caused|set|triggered|sparked|lit))\b/gi, label: 'accident', about: 'before' },
      { re: /\b(?:ruled|declared|deemed|classified|found)\s+((?:(?:the|its|his|her|their)\s+[\w-]+|it|this)\s+)?(?:as\s+|to be\s+)?(?:an?\s+)?(?:accident|accidental)\b/gi, label: 'accident', about: 'group' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an? (?:act|case) of\s+|deliberate\s+)?sabotage(?:d)?|(?:caused by|due to|the result of|blamed on) (?:sabotage|saboteurs))\b`, 'gi'), label: 'sabotage', about: 'before' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an? (?:act|case) of\s+|an?\s+)?arson(?: attack)?|caused by arson|(?:blamed on|started by|set by) arsonists)\b`, 'gi'), label: 'arson', about: 'before' },
      { re: /\b(?:an? )?arsonists? (?:had )?(?:set|started|lit)\b/gi, label: 'arson', about: 'none' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:an?\s+)?(?:terrorist attack|terror attack|act of terror(?:ism)?|bombing)|caused by (?:an?\s+)?(?:bomb|explosive device))\b`, 'gi'), label: 'attack', about: 'before' },
      { re: new RegExp(String.raw`\b(?:${BE}\s+(?:(?:a\s+)?deliberate(?: act)?|intentional|no accident|not an accident)|(?:deliberately|intentionally) (?:set|started|lit|caused|damaged)|(?:set|started|lit|caused) (?:\w+ ){0,2}?(?:deliberately|intentionally|on purpose))\b`, 'gi'), label: 'deliberate', about: 'before' },
      // Foul play ruled out: the account against a deliberate cause, if not yet for an accident.
      { re: new RegExp(String.raw`\b(?:(?:ruled out|ruling out|excluded)\s+(?:any\s+)?${FOUL_PLAY}|foul play\s+${BE}\s+(?:not suspected|ruled out|excluded)|no (?:sign|evidence|suggestion|indication) of\s+${FOUL_PLAY})`, 'gi'), label: 'no foul play', about: 'none' },
      { re: new RegExp(String.raw`\b${BE}\s+not\s+(?:suspicious|sabotage|arson|deliberate|intentional|(?:a\s+)?(?:terrorist|terror)\s+attack)\b`, 'gi'), label: 'no foul play', about: 'before' },
    ],
  },
  {
    // What a person in charge did during the happening: left early ("was in the first lifeboat",
    // "fled the cab") or stayed ("remained at the controls until", "was the last to leave", "went
    // back in"); was away from the post or asleep, or at it. Only of someone in charge: a passenger
    // among the first out is a survivor's story, not an account of anyone's conduct.
    // The cue names only what some pattern needs: "left" or "first" alone pass half of all news.
    cue: /\b(?:(?:among|one of) the (?:very )?first|first (?:life\s?boats?|life rafts?|rafts?|boats?|rescue|evacuation|helicopters?|ambulances?|cars?|vehicles?|bus)|last (?:to|person|one|man|woman|people|member|crew)|before (?:\w+ ){0,3}?(?:passengers|others|crew|residents|workers|patients|pupils|children|guests|everyone|anyone)|fle[de]|of (?:abandoning|deserting|fleeing|leaving)|abandon(?:ed|s|ing)?|desert(?:ed|s)?|ran (?:away|off|from)|walked away|jumped|left behind|stayed|remained|stood|back (?:in|inside|into|aboard|on board|below)|refused to (?:leave|abandon)|away from|unattended|asleep|sleeping|dozed|nodded off|duty|absent|awake|alert|controls|wheel|helm|bridge|cockpit|cab|control room|signal box|posts?|(?:not|never) (?:leave|left|abandon|desert|flee))\b|n['’]t (?:leave|abandon|desert|flee)\b/i,
    patterns: [
      // Left early.
      { re: new RegExp(String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?:in|on|aboard|into)\s+(?:the\s+)?(?:very\s+)?first\s+${WAY_OUT}`, 'gi'), label: 'left early', about: 'before', by: IN_CHARGE },
      { re: new RegExp(String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?:among|one of)\s+the\s+(?:very\s+)?first\s+(?:(?:people|ones?|persons?)\s+)?(?:to\s+${LEAVE}|off|out|rescued|evacuated)\b`, 'gi'), label: 'left early', about: 'before', by: IN_CHARGE },
      { re: new RegExp(String.raw`\b(?:left|fled|escaped|got away|got off)\s+(?:(?:the\s+|his\s+|her\s+)?[\w-]+\s+)?(?:(?:in|on|aboard)\s+the\s+first\s+${WAY_OUT}|among the (?:very )?first|(?:well\s+)?before (?:the |any |his |her |their |most )?(?:other |of the )?(?:passengers|others|crew|residents|workers|patients|pupils|children|guests|everyone|anyone))`, 'gi'), label: 'left early', about: 'before', by: IN_CHARGE },
      { re: new RegExp(String.raw`\b${FLEE}\s+${CHARGE}|\babandoned ship\b`, 'gi'), label: 'left early', about: 'before', by: IN_CHARGE_OR_NAMED },
      { re: new RegExp(String.raw`\b${FLEE}\s+${PLACE}|\b(?:fled|ran away|ran off)\b(?=\s*(?:[,.;]|$|on foot|before|as|when|after|without))`, 'gi'), label: 'left early', about: 'before', by: ROLE },
      // Passive and inverted: "the passengers were abandoned by the crew", "among the first to leave was the driver".
      { re: new RegExp(String.raw`\b(?:was|were)\s+(?:left behind|abandoned|deserted)\s+by\s+${IN_CHARGE_NOUN}`, 'gi'), label: 'left early', about: 'group' },
      { re: new RegExp(String.raw`\bamong the (?:very )?first to ${LEAVE}\b[^.;]{0,60}?\b(?:was|were)\s+${IN_CHARGE_NOUN}`, 'gi'), label: 'left early', about: 'group' },
      // The accusation is the account: "survivors accused the crew of abandoning them".
      { re: new RegExp(String.raw`\baccus(?:ed|es|e|ing)\s+${IN_CHARGE_NOUN}\s+of\s+(?:abandoning|deserting|fleeing|leaving)\b`, 'gi'), label: 'left early', about: 'group' },
      // Stayed.
      { re: new RegExp(String.raw`\b${STAY}\s+${CHARGE}|\b(?:stayed|remained)\s+(?:aboard|on board)\b|\b${NEVER}\s+(?:leave|left|abandon|desert|flee)\s+${CHARGE}`, 'gi'), label: 'stayed to the end', about: 'before', by: IN_CHARGE_OR_NAMED },
      { re: new RegExp(String.raw`\b${STAY}\s+${PLACE}|\b(?:stayed|remained)\s+(?:behind|to the (?:very )?(?:end|last))\b|\b${NEVER}\s+(?:leave|left|abandon|desert|flee)\s+${PLACE}`, 'gi'), label: 'stayed to the end', about: 'before', by: ROLE },
      { re: new RegExp(String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?the\s+(?:very\s+)?last\s+(?:(?:person|one|man|woman|people|member of the crew|crew member)\s+)?(?:to\s+${LEAVE}|(?:to be\s+)?(?:taken|pulled|brought|carried|rescued|evacuated)\s+(?:out|off|from|ashore)|off|out)\b`, 'gi'), label: 'stayed to the end', about: 'before', by: IN_CHARGE },
      { re: /\b(?:went|ran|rushed|headed|climbed|dived|swam)\s+back\s+(?:in|inside|into|aboard|on board|below)\b|\brefused to (?:leave|abandon)\b/gi, label: 'stayed to the end', about: 'before', by: ROLE },
      { re: new RegExp(String.raw`\bthe (?:very )?last to ${LEAVE}\b[^.;]{0,60}?\b(?:was|were)\s+${IN_CHARGE_NOUN}`, 'gi'), label: 'stayed to the end', about: 'group' },
      // Away from the post, or asleep; at it, or awake. Asleep or absent with no post named is said of
      // anyone (a parent asleep when a child found a gun): only of a role.
      { re: new RegExp(String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?:not at ${POST}|not on the bridge|not in the (?:cab|cockpit)|away from ${POST})\b|\b(?:had\s+)?left ${POST}\s+(?:unattended|empty|to an?\s)`, 'gi'), label: 'away from post', about: 'before', by: IN_CHARGE_OR_NAMED },
      // Not "off duty": that is most often said of a victim ("the officer, who was off duty, was shot").
      { re: /\b(?:was|were)\s+(?:\w+ly\s+)?absent\b/gi, label: 'away from post', about: 'before', by: ROLE },
      { re: new RegExp(String.raw`\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:asleep|sleeping)|(?:fell|had fallen)\s+asleep|dozed off|nodded off)\s+(?:at ${POST}|on (?:duty|watch))`, 'gi'), label: 'asleep', about: 'before', by: IN_CHARGE_OR_NAMED },
      { re: /\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:asleep|sleeping)|(?:fell|had fallen)\s+asleep|dozed off|nodded off)\b/gi, label: 'asleep', about: 'before', by: ROLE },
      { re: /\b(?:was|were)\s+(?:\w+ly\s+)?(?:at|behind|on)\s+(?:the\s+)?(?:controls|wheel|helm|bridge)\b/gi, label: 'at post', about: 'before', by: IN_CHARGE_OR_NAMED },
      // A passenger rides in a truck's cab too: being in it, or on duty, is at the post only for a role.
      { re: /\b(?:was|were)\s+(?:\w+ly\s+)?(?:on duty|in the (?:cab|cockpit|control room|signal box))\b/gi, label: 'at post', about: 'before', by: ROLE },
      { re: new RegExp(String.raw`\b(?:(?:was|were)\s+(?:(?:wide|\w+ly)\s+)?(?:awake|alert)|${NEVER}\s+(?:fall asleep|fallen asleep|doze off|dozed off))\b`, 'gi'), label: 'awake', about: 'before', by: ROLE },
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
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|rumou?r(?:s|ed)?|unconfirmed|whether|if|unclear|not (?:yet )?(?:known|clear)|suspect(?:s|ed)? (?:that|it|the|this|a|an)|possibl[ey]|perhaps|appear(?:s|ed)?|seem(?:s|ed)?|apparently|likely|probably|no (?:evidence|sign|indication|reason)|not (?:one|a single)|none of|nothing to suggest)\b/i;

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
