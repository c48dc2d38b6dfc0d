// People taken or held against their will and people out of custody: hostages taken, still held and
// released; inmates who escaped, were recaptured or are still at large; suspects charged. Each is one
// kind with its stages told apart by `partOf` (see `ClaimKind`), so that align keeps every stage in a
// slot of its own: "took 14 hostage", "still holding eight" and "released two" are three figures of
// one siege, not a disagreement.
import type { ClaimKind } from '../../../core/index.ts';

/** What a count of captives, escapees or the charged is: its kind and its stage (`partOf`), null for the whole. */
export interface StageReading {
  kind: ClaimKind;
  partOf: string | null;
}

/** The stages, as `partOf` writes them: align reads these to keep each in its own slot. */
export const STILL_HELD = 'still held';
export const RELEASED = 'released';
export const RECAPTURED = 'recaptured';
export const AT_LARGE = 'still at large';
export const CHARGED = 'charged';

/** Words that tell a document is about captives: only there are "freed" and "holding" read as a siege's stages. */
export const CAPTIVE_CUE_RE = /hostage|captive|captivity|kidnap|abduct|hijack/;
/** A siege or a mutiny in a report about custody: people seized or let go there are captives, named so or not. */
export const SIEGE_CUE_RE = /siege|standoff|stand-off|mutin/;
/**
 * Words that tell a document is about a place of custody: only there is "broke out" an escape. Not "custody" or
 * "detention" alone: a disaster report tells of its arrests ("the captain was taken into custody").
 */
export const CONFINED_CUE_RE = /prison|jail|gaol|penitentiar|inmate|convict|detention (?:centre|center|camp|facility)|captiv|hostage/;

/** People in custody by sentence, not taken hostage: a place holding them tells its occupancy. */
const DETAINEE_NOUNS: ReadonlySet<string> = new Set(['inmates', 'inmate', 'prisoners', 'prisoner', 'convicts', 'convict', 'detainees', 'detainee']);
/** The captives themselves as the counted noun: "three hostages were freed". */
const CAPTIVE_NOUN_RE = /\b(?:hostages?|captives?)$/i;

/**
 * Captives counted with no verb of a siege's stage ("three hostages were seen at a window"): those taken. Read
 * last, after every other reading: "three hostages were killed" is a toll.
 */
export function isCaptiveCount(counted: string | null): boolean {
  return counted !== null && CAPTIVE_NOUN_RE.test(counted);
}

/** After the number (and its noun): the captive's state named ("took 14 of them hostage", "captured 40 miners as hostages"). */
const HOSTAGE_WORD_AFTER_RE = /^\s*(?:of\s+(?:them|whom|those)\s+)?(?:(?:as|in the quality of|in the capacity of)\s+)?(?:hostages?|captives?|in captivity)\b/i;
/** Before the number, the captors letting them go: "after releasing two", "freed six more workers". */
const RELEASE_BEFORE_RE = /\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set free|let go(?: of)?|hand(?:s|ed|ing)? over)\s+(?:(?:another|a further|all(?: the)?|the (?:last|remaining|other))\s+)?$/i;
/** Before the number, the captors keeping them: "still holding eight", "held the last three until ...". */
const HOLD_BEFORE_RE = /\b(?:(?:hold|holds|holding|keep|keeps|keeping)\s+(?:(?:the (?:last|remaining|other))\s+)?|(?:held|kept)\s+the\s+(?:last|remaining|other)\s+)$/i;
/** Before the number, the captors taking them: "seized 30 passengers", "kidnapped two engineers". */
const SEIZE_BEFORE_RE = /\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|snatch(?:es|ed|ing)?|grabb(?:ed|ing))\s+$/i;
/** Before the number, a verb that takes people hostage only with the word after: "took 14 of them hostage", "held 30 people captive". */
const TAKE_BEFORE_RE = /\b(?:took|take|takes|taking|held)\s+$/i;
/** "leaving four in their hands": those still held after others went free. */
const LEAVING_BEFORE_RE = /\bleaving\s+$/i;
const IN_HANDS_AFTER_RE = /^\s+(?:[\p{L}-]+\s+)?(?:in (?:their|his|her|the [\p{L}'’-]+) hands|in captivity|captive|behind)\b/iu;
/** After the noun: still in the captors' hands ("30 hostages are being held", "eight remain hostages"). */
const HELD_NOW_AFTER_RE =
  /^\s*(?:,?\s*(?:who|that)\s+)?(?:(?:are|is|remain|remains)\s+(?:still\s+)?(?:being\s+)?held\b|still\s+(?:being\s+)?held\b|(?:are|is|remain|remains)\s+(?:still\s+)?(?:hostages?|captives?|in captivity|in (?:their|the [\p{L}'’-]+) hands)\b)/iu;
/**
 * After the noun: taken ("20 passengers seized", "the 14 customers who were held hostage", "30 passengers were taken
 * hostage"); not the participle before a noun ("two kidnapped pupils were found").
 */
const TAKEN_AFTER_RE =
  /^\s*(?:,?\s*(?:who|that)\s+)?(?:(?:were|was|had been|have been|has been)\s+)?(?:(?:seized|captured|abducted|kidnapped|snatched|grabbed)\b(?!\s+[a-z]+(?:s|ren|men|ple)\b)|(?:taken|held)\s+(?:as\s+)?(?:hostages?|captives?|prisoners?)\b)/i;
/** A relative clause after the noun, up to a past "were held": "who work at the bank". */
const RELATIVE_AFTER_RE = /^\s*,?\s+(?:who|that)\s+(?!(?:were|was|are|is)\b)[^,.;]{1,40}?(?=\s+(?:were|was)\s+held\b)/i;
/** A past "were held" with where, by whom or how long: the whole taken ("were held in the vault for a day"); not custody. */
const HELD_PAST_AFTER_RE = /^\s*(?:were|was)\s+held\s+(?:in|at|inside|by|for)\b(?!\s+(?:custody|jail|prison|detention|contempt)\b)/i;
/** After the noun, a relative clause without its pronoun: "the 14 customers they had seized". */
const CAPTORS_SEIZED_AFTER_RE = /^\s+(?:that\s+|whom\s+)?(?:they|it|he|she|the\s+[\p{L}-]+)\s+(?:had\s+|have\s+)?(?:seized|taken|captured|abducted|kidnapped|held)\b/iu;
/** After the noun: let go ("two tellers were freed"). */
const RELEASED_AFTER_RE =
  /^\s*(?:,?\s*(?:who|that)\s+)?(?:(?:were|was|had been|have been|has been|are|is|being)\s+)?(?:released|freed|set free|let go|walked free|handed over)\b/i;

/** A place of custody or its bounds, named in the sentence of an escape. */
const CUSTODY_PLACE_RE = /\b(?:prison|jail|gaol|penitentiary|custody|cells?|fence|walls?|compound|detention)\b/i;
/** Nouns that name escapees without saying they were held: "the nine men who got over the wall", "two escaped suspects". */
const ESCAPEE_NOUN_RE = /\b(?:men|man|women|people|persons|others|suspects?|fugitives?|escapees?|runaways?)$/i;
/** Let out of hospital, on bail or from custody: no release from captivity, and no captives counted. */
const OUT_OF_CARE_AFTER_RE = /^\s*(?:,?\s*(?:who|that)\s+)?(?:(?:were|was|had been|have been|has been|are|is|being)\s+)?(?:released|freed|discharged|let go)\s+(?:from|on)\s+(?:hospital|bail|custody|parole|prison|jail)\b/i;
/** Auxiliaries and adverbs between the noun and its verb ("had been", "who", "later"). */
const AUX_AFTER_RE = /^(?:\s*,?\s*(?:who|that)\b)?(?:\s+(?:were|was|are|is|have|has|had|been|being|be|still|also|later|now|then|all|\w+ly))*\s+/i;
/** An escape: "nine prisoners escaped", "the nine who broke out", "three prisoners got out through a tunnel"; not "escaped unhurt". */
const ESCAPED_AFTER_RE = /^(?:escaped|broke out|broken out|absconded|went on the run|(?:got|gotten) out (?:through|over|under|of|via)|fled (?:the|from|through|over))\b(?!\s+(?:unhurt|uninjured|unharmed|alive|injury|injuries|with\b|death))/i;
/** Back in custody after an escape: "five had been recaptured", "were caught again", "are now back in custody". */
const RECAPTURED_AFTER_RE = /^(?:recaptured|re-?captured|re-?arrested|caught again|back in (?:custody|prison|jail|their cells)|returned to (?:custody|prison|jail|their cells))\b/i;
/** "back in custody", "returned to jail": a return that is an escapee's only where the escape is told. */
const BACK_IN_RE = /^(?:back|returned)\b/i;
/** "got out", "fled": an escape only of those named as held ("inmates got out through the fence"). */
const GOT_OUT_RE = /^(?:got|gotten|fled)\b/i;
/** Caught, in a sentence that tells of the escape: "two more of the escaped prisoners were caught". */
const CAUGHT_AFTER_RE = /^(?:caught|found|captured|arrested|detained|apprehended|tracked down)\b/i;
const ESCAPE_WORD_RE = /\b(?:escap\w*|broke out|broken out|on the run|at large|fugitives?|runaways?)\b/i;
/** Still out: "the three convicts still at large", "four escaped prisoners are still being sought". */
const AT_LARGE_AFTER_RE =
  /^\s*(?:,?\s*(?:who|that)\s+)?(?:(?:are|is|were|was|remain|remains|remained)\s+)?(?:still\s+)?(?:at large|on the run|on the loose|being (?:hunted|sought)|unaccounted for)\b/i;
/** Charged: "the prosecutor charged nine men", "indicted 3 more", "charges were filed against 3 people". */
const CHARGE_BEFORE_RE =
  /\b(?:charg(?:e|es|ed|ing)|indict(?:s|ed|ing)?|prosecut(?:e|es|ed|ing)|(?<!\bno )charges (?:were|have been|had been|was) (?:filed|brought|laid|pressed) against|to (?:criminal )?(?:responsibility|liability) (?:were|was|have been|has been) (?:brought|attracted|held)|(?:filed|brought|laid|pressed) charges against)\s+(?:(?:another|a further)\s+)?$/i;
/** "11 rioters are accused in ...", "13 were charged with ...", "five now stand trial", "2 were brought to criminal responsibility" (a translation). */
const CHARGED_AFTER_RE =
  /^\s*(?:(?:are|were|have been|has been|had been|was|is|now|also|formally)\s+)*(?:charged|accused|indicted|on trial|standing trial|stand trial|(?:brought|attracted|held) to (?:criminal )?(?:responsibility|liability))\b/i;
/** A verb just before the figure that tells what befell them ("have arrested a man", "shot two and killed one"). */
const ARREST_BEFORE_RE = /\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|captur(?:e|es|ed|ing)|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|shot|shooting)\s+(?:the\s+)?$/i;
/** "taking the number of defendants to 13": the charged named before their number. */
const NUMBER_CHARGED_BEFORE_RE = /\b(?:number|count|total|tally) of (?:the )?(?:accused|charged|defendants|indicted)\b[^.;:\d]{0,40}?\s(?:to|at|is|was|reached|rose to|stands at|stood at|now)\s+$/i;

/** The document's cues, read once: captive words and custody words. */
export interface CaptivityCues {
  captive: boolean;
  confined: boolean;
}

/**
 * The stage reading of a count of people at [start, numberEnd) whose counted phrase ends at
 * `phraseEnd` in sentence `s`, or null. `counted`: the counted phrase, if any (a noun that is no
 * person stops the reading: "released 40 documents"). Offsets into the sentence.
 */
export function stageReading(s: string, start: number, numberEnd: number, phraseEnd: number, counted: string | null, person: boolean, cues: CaptivityCues): StageReading | null {
  if (counted && !person) return null;
  const before = s.slice(Math.max(0, start - 50), start);
  const after = s.slice(phraseEnd, phraseEnd + 90);
  const detainees = counted !== null && DETAINEE_NOUNS.has(counted.toLowerCase().split(/\s+/).pop() ?? '');
  // "arrested a man accused of ...", "killed one was indicted": what befell them is told; "accused" says why.
  const charged = CHARGE_BEFORE_RE.test(before) || (CHARGED_AFTER_RE.test(after) && !ARREST_BEFORE_RE.test(before));
  if (charged || NUMBER_CHARGED_BEFORE_RE.test(s.slice(Math.max(0, start - 90), start))) {
    return { kind: 'arrested', partOf: CHARGED };
  }
  if (cues.captive && !detainees && !OUT_OF_CARE_AFTER_RE.test(after)) {
    const captives = (counted !== null && CAPTIVE_NOUN_RE.test(counted)) || HOSTAGE_WORD_AFTER_RE.test(s.slice(numberEnd, numberEnd + 60)) || HOSTAGE_WORD_AFTER_RE.test(after);
    if (RELEASE_BEFORE_RE.test(before) || RELEASED_AFTER_RE.test(after)) return { kind: 'hostages', partOf: RELEASED };
    if (HOLD_BEFORE_RE.test(before) || HELD_NOW_AFTER_RE.test(after) || (LEAVING_BEFORE_RE.test(before) && IN_HANDS_AFTER_RE.test(after))) return { kind: 'hostages', partOf: STILL_HELD };
    // "nine men who work at the bank were held in the vault": a relative clause read past to a past "were held".
    const relative = RELATIVE_AFTER_RE.exec(after);
    const heldPast = HELD_PAST_AFTER_RE.test(relative ? after.slice(relative[0].length) : after);
    if (SEIZE_BEFORE_RE.test(before) || TAKEN_AFTER_RE.test(after) || CAPTORS_SEIZED_AFTER_RE.test(after) || heldPast || (captives && TAKE_BEFORE_RE.test(before))) {
      return { kind: 'hostages', partOf: null };
    }
  }
  // "passengers escaped through a window" is no escape from custody: an escapee is named as one held, or not named.
  if (cues.confined && (detainees || counted === null || ESCAPEE_NOUN_RE.test(counted))) {
    const aux = AUX_AFTER_RE.exec(after);
    const tail = after.slice(aux ? aux[0].length : 0);
    // Sought, at large or back in custody is an escapee's stage only where the escape is told: a suspect "is being
    // sought", "both men are back in custody" after an arrest are none.
    const told = detainees || ESCAPE_WORD_RE.test(s);
    if (told && AT_LARGE_AFTER_RE.test(after)) return { kind: 'escaped', partOf: AT_LARGE };
    if (RECAPTURED_AFTER_RE.test(tail) && (told || !BACK_IN_RE.test(tail))) return { kind: 'escaped', partOf: RECAPTURED };
    if (CAUGHT_AFTER_RE.test(tail) && ESCAPE_WORD_RE.test(s)) return { kind: 'escaped', partOf: RECAPTURED };
    // "one escaped and hid in a shed" from a gunman is no escape from custody: the sentence names the place or the escapee.
    if (ESCAPED_AFTER_RE.test(tail) && (detainees || (CUSTODY_PLACE_RE.test(s) && !GOT_OUT_RE.test(tail)))) return { kind: 'escaped', partOf: null };
  }
  return null;
}

/** "let four of the 14 customers it had seized go free": the captors letting some of them go. */
const LET_BEFORE_RE = /\blet\s+$/i;
const OF_THE_THEN_GO_RE = /^\s+of\s+the\s+[^.;]{1,60}?\bgo(?:\s+free)?\b/i;
/** "seven of the nine who escaped were back in custody", "two of the nine who escaped remain at large". */
const OF_ESCAPEES_AFTER_RE =
  /^\s+of\s+the\s+\S+\s+(?:[\p{L}-]+\s+)?(?:who|that)\s+(?:had\s+)?(?:escaped|broke out|fled|got out)\b[^.;,]{0,40}?\s(?:(?:are|were|have been|had been)\s+(?:now\s+)?(back in custody|recaptured|caught|in custody)|(?:are|remain|remains)\s+(?:still\s+)?(at large|on the run))\b/iu;

/**
 * The stage of a figure picked out of a larger one ("seven of the nine who escaped were back in custody",
 * "let four of the 14 customers go free"), which is otherwise left for the larger one. Offsets into the sentence.
 */
export function pickedStage(s: string, start: number, end: number, cues: CaptivityCues): StageReading | null {
  const after = s.slice(end, end + 140);
  if (cues.captive && LET_BEFORE_RE.test(s.slice(Math.max(0, start - 8), start)) && OF_THE_THEN_GO_RE.test(after)) return { kind: 'hostages', partOf: RELEASED };
  const escapees = cues.confined ? OF_ESCAPEES_AFTER_RE.exec(after) : null;
  if (escapees) return { kind: 'escaped', partOf: escapees[1] ? RECAPTURED : AT_LARGE };
  return null;
}
