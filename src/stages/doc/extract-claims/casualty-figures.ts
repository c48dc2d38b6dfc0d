import type { ClaimMention } from '../../../core/index.ts';
import {
  ADULT_RE, AGE_RE, ALSO_AFTER_RE, ALSO_BEFORE_RE, ANAPHOR_RE, DEATH_CUE_RE, DEATH_NOUN_BEFORE_RE, DIED_LATER_IN_SENTENCE_RE,
  BOTH_RE, GUNFIRE_RE, HEADLINE_DEATH_RE, HE_RE, MULTIPLE_TEST_RE, MURDER_SUICIDE_RE, NOT_ASSERTED_RE, NUMERIC_QUANTITY_RE, OTHERS_RE,
  OTHER_HARM_RE, OTHER_INCIDENT_RE, PLURAL_HEADLINE_RE, PRONOUN_RE, QUALIFIED_ZERO_AFTER_RE, ROUNDUP_RE, SELF_KILLED_RE, SENTENCE_RE, SHE_RE,
  SHOOTER_WORD_RE, SITE_SUFFIX_RE, SUBSET_AFTER_RE, SUSPECT_HURT_RE, VICTIMS_KILLED_AFTER_RE, YOUNG_RE,
} from './patterns.ts';
import { ONE_PLACE_SHOOTINGS_RE, PART_OF_BEFORE_RE, PART_VERB_AFTER_RE, QUESTION_END_RE, SUSPECT_WOUND_RE, THE_VICTIM_RE } from './casualty-patterns.ts';
import { parseNumber } from '../../../nlp/numbers.ts';

/** A document's headline toll for its main incident, and the claims each figure rests on. */
export interface CasualtyFigures {
  killed: number | null;
  /** Hurt and survived: stated, or people hit less people killed. */
  injured: number | null;
  killedFrom: ClaimMention | null;
  injuredFrom: ClaimMention[];
}

/**
 * Where the claim's quantity is in its sentence text, -1 if not there. The first copy of the text:
 * a claim carries its sentence's index but not the sentence's offset, so its own `quantity.start`
 * cannot be made relative to `sentenceText` here.
 */
function quantityAt(c: ClaimMention): number {
  return c.sentenceText.indexOf(c.quantity.text);
}

/** A part of a count already given ("three of the riders are still in serious condition"). */
function isSubset(c: ClaimMention): boolean {
  const i = quantityAt(c);
  if (i < 0) return false;
  const after = i + c.quantity.text.length;
  return SUBSET_AFTER_RE.test(c.sentenceText.slice(after, after + 30));
}

/** "Nobody was seriously injured": no figure of the hurt, only of the badly hurt. */
function qualifiedZero(c: ClaimMention): boolean {
  const i = quantityAt(c);
  return i >= 0 && QUALIFIED_ZERO_AFTER_RE.test(c.sentenceText.slice(i + c.quantity.text.length, i + c.quantity.text.length + 50));
}

/**
 * A count of victims killed (not of the dead, who may include the killer: "4 dead in murder-suicide")
 * in a sentence that calls the deaths a murder-suicide, with no killer already in the count.
 */
function inMurderSuicide(c: ClaimMention): boolean {
  if (!MURDER_SUICIDE_RE.test(c.sentenceText) || c.parts.some((p) => p.label === 'self')) return false;
  const i = quantityAt(c);
  if (i < 0) return false;
  const after = c.sentenceText.slice(i + c.quantity.text.length, i + c.quantity.text.length + 60);
  return VICTIMS_KILLED_AFTER_RE.test(after) && !DEATH_NOUN_BEFORE_RE.test(c.sentenceText.slice(Math.max(0, i - 30), i));
}

/**
 * "One of the three riders lived": the verb tells of the one picked out, not of the three, so the
 * figure is the part's. Other claims are returned as they are.
 */
function asPartRead(c: ClaimMention): ClaimMention {
  const i = quantityAt(c);
  if (i < 0 || typeof c.value !== 'number') return c;
  const part = PART_OF_BEFORE_RE.exec(c.sentenceText.slice(Math.max(0, i - 24), i));
  if (!part) return c;
  const counted = c.counted ? c.sentenceText.indexOf(c.counted, i) : -1;
  const end = counted >= 0 ? counted + c.counted!.length : i + c.quantity.text.length;
  const n = parseNumber(part[1]!);
  return n !== null && n < c.value && PART_VERB_AFTER_RE.test(c.sentenceText.slice(end, end + 30)) ? { ...c, value: n } : c;
}

/** Days a claim's date may lie before the report's date and still be its incident. */
const BACKGROUND_DAYS = 10;
/** The month (0-based) after each season ends, for TimeML season values. */
const SEASON_END_MONTH: Readonly<Record<string, number>> = { SP: 5, SU: 8, FA: 11, WI: 14 };

/** A claim dated well before the report ("two winters ago, a guard was killed"): background, not the incident. */
function isBackground(c: ClaimMention, reference: string | null): boolean {
  if (!reference || !c.date) return false;
  const ref = Date.parse(reference.slice(0, 10));
  const v = c.date.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return (ref - Date.parse(v.slice(0, 10))) / 86_400_000 > BACKGROUND_DAYS;
  if (/^\d{4}-\d{2}$/.test(v)) return (ref - Date.parse(`${v}-01`)) / 86_400_000 > 31 + BACKGROUND_DAYS;
  if (/^\d{4}$/.test(v)) return Number(v) < Number(reference.slice(0, 4));
  const week = /^(\d{4})-W(\d{2})/.exec(v);
  // The week's Sunday: a week ending more than BACKGROUND_DAYS before the report.
  if (week) return (ref - Date.UTC(Number(week[1]), 0, 4 + 7 * Number(week[2]))) / 86_400_000 > BACKGROUND_DAYS;
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (season) return (ref - Date.UTC(Number(season[1]), SEASON_END_MONTH[season[2]!]!, 1)) / 86_400_000 > BACKGROUND_DAYS;
  return false;
}

/**
 * The killer's own death told after the count and not already in it: a list that names "himself"
 * has it, and "the deaths of an uncle, niece and baker" names everyone dead.
 */
function selfKilledAfter(c: ClaimMention): boolean {
  if (c.parts.some((p) => p.label === 'self')) return false;
  const i = quantityAt(c);
  return i >= 0 && !DEATH_NOUN_BEFORE_RE.test(c.sentenceText.slice(Math.max(0, i - 30), i)) && SELF_KILLED_RE.test(c.sentenceText.slice(i + c.quantity.text.length));
}

/**
 * The first exact figure of a kind: reports lead with their incident, so later figures are often
 * running totals or other incidents. Sentences that tally several incidents ("weekend shootings
 * leave 3 dead") or are dated well before the report (`reference`, YYYY-MM-DD) are only used when
 * nothing else states the kind.
 */
function firstOf(claims: readonly ClaimMention[], kind: ClaimMention['kind'], skipSubsets: boolean, reference: string | null): ClaimMention | null {
  let roundup: ClaimMention | null = null;
  for (const c of claims) {
    if (c.kind !== kind || c.vague || typeof c.value !== 'number') continue;
    if (skipSubsets && isSubset(c)) continue;
    if (c.value === 0 && qualifiedZero(c)) continue;
    // "Both" points back to people already told of: it only completes a lone victim (listWithLone).
    if (BOTH_RE.test(c.quantity.text)) continue;
    if (NOT_ASSERTED_RE.test(c.sentenceText) || QUESTION_END_RE.test(c.sentenceText)) continue;
    // "burned when the shed caught fire", "the van struck two parked cruisers, injuring both": not hit by gunfire.
    if (kind === 'injured' && OTHER_HARM_RE.test(c.sentenceText) && !GUNFIRE_RE.test(c.sentenceText)) continue;
    // Another incident ("Earlier Thursday, ...") is only a fallback: dropping such figures outright
    // was measured no better (half 0 +1, half 1 -3 correct).
    if (!isMain(c, reference)) {
      roundup ??= c;
      continue;
    }
    return c;
  }
  return roundup;
}

/** Not a tally of several incidents, not another incident, not dated well before the report. */
function isMain(c: ClaimMention, reference: string | null): boolean {
  const t = c.sentenceText;
  // "shootings in the 300 block of ..." names one address: not a tally by that word.
  const roundup = ROUNDUP_RE.test(t) && ROUNDUP_RE.test(t.replace(ONE_PLACE_SHOOTINGS_RE, 'shooting'));
  return !roundup && !OTHER_INCIDENT_RE.test(t) && !isBackground(c, reference);
}

/**
 * A fallback figure told of another incident ("Earlier Tuesday, a woman was killed") while the
 * report gives figures of its own incident for other kinds: the incident's count of that kind is
 * then not stated, and the other incident's is not it.
 */
function ofOtherIncident(c: ClaimMention | null, others: readonly (ClaimMention | null)[], reference: string | null): boolean {
  return c !== null && OTHER_INCIDENT_RE.test(c.sentenceText) && others.some((o) => o !== null && isMain(o, reference));
}

/**
 * "A clerk lies in serious condition and four others are hurt", "a girl was hurt in gunfire that
 * also injured a porter": a count of the same kind for "others" or after "also" later in the
 * sentence adds to the first.
 */
function withOthers(claims: readonly ClaimMention[], first: ClaimMention): number {
  let n = first.value as number;
  for (const c of claims) {
    if (c === first || c.sentence !== first.sentence || c.kind !== first.kind || c.vague || typeof c.value !== 'number') continue;
    const at = quantityAt(c);
    const also = at > 0 && (ALSO_BEFORE_RE.test(c.sentenceText.slice(Math.max(0, at - 30), at)) || ALSO_AFTER_RE.test(c.sentenceText.slice(at + c.quantity.text.length, at + c.quantity.text.length + 40)));
    if (c.quantity.start > first.quantity.start && (also || OTHERS_RE.test(`${c.quantity.text} ${c.counted ?? ''}`))) {
      n += c.value;
      break;
    }
  }
  return n;
}

/** A sentence of the text says someone died, and does not call that into question. */
function toldDeath(text: string): boolean {
  if (!DEATH_CUE_RE.test(text)) return false;
  for (const m of text.matchAll(SENTENCE_RE)) if (DEATH_CUE_RE.test(m[0]) && !NOT_ASSERTED_RE.test(m[0])) return true;
  return false;
}

/**
 * "A girl was shot and died ... once she reached the clinic": a pronoun or "the victim" after a
 * one-person death is that person, not another one hurt. ("He was shot" stays: hit less killed is then 0.)
 * Other definite singulars ("the woman") were measured worse: they as often name a second person.
 */
function withoutDeadPronouns(claims: readonly ClaimMention[]): readonly ClaimMention[] {
  const firstDeath = claims.find((c) => c.kind === 'killed' && c.value === 1);
  if (!firstDeath) return claims;
  return claims.filter((c) => !(c.kind === 'injured' && c.quantity.start > firstDeath.quantity.start && (PRONOUN_RE.test(c.quantity.text) || THE_VICTIM_RE.test(c.quantity.text))));
}

/** Sentences after a lone victim in which a list naming that victim among others may follow. */
const LIST_WINDOW = 2;

/** The head noun of a one-person count ("a 10-year-old girl" → girl, "she" → she). */
function headOf(c: ClaimMention): string {
  const words = (c.counted ?? c.quantity.text).toLowerCase().match(/[a-z]+/g);
  return words ? words[words.length - 1]! : '';
}

/** Whether a list's label names a person like the lone victim: same noun, or a pronoun of its sex. */
function namesLike(list: ClaimMention, head: string): boolean {
  const labels = list.parts.length ? list.parts.map((p) => p.label.toLowerCase()) : [list.quantity.text.toLowerCase()];
  return labels.some((l) => {
    const words = l.match(/[a-z]+/g) ?? [];
    return words.some((w) => w === head || (SHE_RE.test(head) && SHE_RE.test(w)) || (HE_RE.test(head) && HE_RE.test(w)));
  });
}

/**
 * "Boy, 8, hurt in Quell gunfire. An 8-year-old boy and a 40-year-old woman were wounded ...",
 * "A porter is recovering after he and two others were shot": a lone victim told first,
 * then a list that names the same person among others. The lone victim is one of them; the list
 * is the count.
 */
function listWithLone(claims: readonly ClaimMention[], lone: ClaimMention, kinds: readonly ClaimMention['kind'][], reference: string | null): ClaimMention | null {
  // "Girl, 3," is read as an age standing for one person: any list may hold that person.
  const age = /^\d{1,3},?$|-year-old$/i.test(lone.quantity.text);
  // "2-year-old girl" is one person, not the number 2.
  const ageLed = /^(?:an?\s+)?\d{1,2}-(?:year|month)-old\b/i.test(lone.quantity.text);
  if (lone.value !== 1 || (!age && !ageLed && NUMERIC_QUANTITY_RE.test(lone.quantity.text))) return null;
  const head = age ? '' : headOf(lone);
  if (!age && !head) return null;
  for (const c of claims) {
    if (c.sentence > lone.sentence + LIST_WINDOW) break;
    if (c === lone || c.quantity.start < lone.quantity.start || !kinds.includes(c.kind) || typeof c.value !== 'number' || c.value <= 1 || c.vague) continue;
    // A list, or a multiple ("double fatal shooting") that counts the lone victim with others.
    const both = BOTH_RE.test(c.quantity.text);
    const listed = c.parts.length >= 2 || /\band\b/i.test(c.quantity.text) || MULTIPLE_TEST_RE.test(c.quantity.text) || both;
    if (!listed || (!age && !both && !MULTIPLE_TEST_RE.test(c.quantity.text) && !namesLike(c, head)) || NOT_ASSERTED_RE.test(c.sentenceText) || !isMain(c, reference)) continue;
    return c;
  }
  return null;
}

/** What a one-person count tells of who it is: an age, and a sex or a child's noun from its head. */
interface Referent {
  age: number | null;
  sex: 'f' | 'm' | null;
  young: boolean | null;
}
function referentOf(c: ClaimMention): Referent {
  const text = `${c.quantity.text} ${c.counted ?? ''}`;
  const ageM = AGE_RE.exec(text);
  const head = headOf(c);
  const sex = SHE_RE.test(head) ? 'f' : HE_RE.test(head) ? 'm' : null;
  const young = YOUNG_RE.test(head) ? true : ADULT_RE.test(head) ? false : null;
  return { age: ageM ? Number(ageM[1] ?? ageM[2]) : null, sex, young };
}

/**
 * "Boy, 9, hit in gunfire that left a woman, 35, dead", "Grandfather wounded, grandson killed": one
 * person hit and one killed who are told apart by age, sex or age group are two people, the one hit alive.
 */
function otherPerson(hit: ClaimMention, killed: ClaimMention): boolean {
  if (hit.value !== 1 || killed.value !== 1 || hit.sentence !== killed.sentence) return false;
  const a = referentOf(hit);
  const b = referentOf(killed);
  return (a.age !== null && b.age !== null && a.age !== b.age) || (a.sex !== null && b.sex !== null && a.sex !== b.sex) || (a.young !== null && b.young !== null && a.young !== b.young);
}

/** "women" → "woman": the singular of a plural head, to tell who a count of several people is. */
function singularOf(word: string): string {
  return word === 'women' ? 'woman' : word === 'men' ? 'man' : word === 'children' ? 'child' : word.replace(/s$/, '');
}

/**
 * "Four women were shot at the depot and a toddler girl was killed": one death told after the people hit in their own
 * sentence, of another sex or age group than theirs, is not among them.
 */
function deadNotAmongHit(claims: readonly ClaimMention[], hit: ClaimMention): boolean {
  if ((hit.value as number) < 2) return false;
  const head = singularOf(headOf(hit));
  const sex = SHE_RE.test(head) ? 'f' : HE_RE.test(head) ? 'm' : null;
  const young = YOUNG_RE.test(head) ? true : ADULT_RE.test(head) ? false : null;
  if (sex === null && young === null) return false;
  return claims.some((k) => {
    if (k.kind !== 'killed' || k.value !== 1 || k.sentence !== hit.sentence || k.quantity.start <= hit.quantity.start) return false;
    const r = referentOf(k);
    return (sex !== null && r.sex !== null && r.sex !== sex) || (young !== null && r.young !== null && r.young !== young);
  });
}

/** A count whose clause runs on to the one who fired ("wounded an officer and a suspect"). */
function namesShooter(c: ClaimMention): boolean {
  const at = quantityAt(c);
  if (at < 0) return false;
  const before = c.sentenceText.slice(Math.max(0, at - 40), at);
  const after = c.sentenceText.slice(at, at + c.quantity.text.length + 40);
  return SHOOTER_WORD_RE.test(`${before.slice(before.search(/[^;:]*$/))}${after.split(/[;:]/)[0]!}`);
}

/**
 * A suspect told hit and alive in a sentence of his own ("the suspect remained hospitalized"), while the
 * figure of the hurt is read from counts that do not name him: he is one more hurt.
 */
function suspectHurtBesides(text: string | undefined, from: readonly ClaimMention[]): boolean {
  if (text === undefined || !(SUSPECT_HURT_RE.test(text) || SUSPECT_WOUND_RE.test(text)) || from.some(namesShooter)) return false;
  for (const m of text.matchAll(SENTENCE_RE)) {
    const hurt = SUSPECT_HURT_RE.exec(m[0]) ?? SUSPECT_WOUND_RE.exec(m[0]);
    if (hurt && !DIED_LATER_IN_SENTENCE_RE.test(m[0].slice(hurt.index))) return true;
  }
  return false;
}

/**
 * Killed and injured (hurt and survived) for the document's main incident. "Four shot, one killed"
 * states the injured only as a difference: when a count of people hit comes before any injured
 * count, injured is that count less the killed ("one killed, six others shot": the six are all
 * injured). A killer who then killed himself is one more death than "killed two".
 */
export function casualtyFigures(all: readonly ClaimMention[], text?: string, reference: string | null = null): CasualtyFigures {
  const f = figuresOf(all, text, reference);
  if (f.injured !== null && suspectHurtBesides(text, f.injuredFrom)) f.injured++;
  return f;
}

function figuresOf(all: readonly ClaimMention[], text?: string, reference: string | null = null): CasualtyFigures {
  const claims = withoutDeadPronouns(all.map(asPartRead));
  let killed = firstOf(claims, 'killed', false, reference);
  let injured = firstOf(claims, 'injured', true, reference);
  let hit = firstOf(claims, 'casualties', false, reference);
  const drop = [ofOtherIncident(killed, [injured, hit], reference), ofOtherIncident(injured, [killed, hit], reference), ofOtherIncident(hit, [killed, injured], reference)];
  if (drop[0]) killed = null;
  if (drop[1]) injured = null;
  if (drop[2]) hit = null;
  if (injured) {
    const list = listWithLone(claims, injured, ['injured', 'casualties'], reference);
    if (list?.kind === 'injured') injured = list;
    else if (list) {
      injured = null;
      if (!hit || hit.quantity.start > list.quantity.start) hit = list;
    }
  }
  if (hit) {
    const list = listWithLone(claims, hit, ['casualties', 'injured'], reference);
    if (list?.kind === 'casualties') hit = list;
    else if (list && (!injured || injured.quantity.start >= list.quantity.start)) {
      injured = list;
      hit = null;
    }
  }
  if (killed) killed = listWithLone(claims, killed, ['killed'], reference) ?? killed;
  let k = killed ? (killed.value as number) : null;
  // One person hit, no death counted, but the report speaks of a death ("died", "pronounced dead") or
  // its headline does ("Fatal shooting on Elm Street"): the death is that person's, told in words the
  // counts do not read ("Jane Doe died Sunday").
  if (!killed && hit && hit.value === 1 && text !== undefined && (toldDeath(text) || HEADLINE_DEATH_RE.test(text.slice(0, Math.max(0, text.indexOf('\n')))))) {
    return { killed: 1, injured: injured && injured.quantity.start < hit.quantity.start ? withOthers(claims, injured) : 0, killedFrom: hit, injuredFrom: [hit] };
  }
  // No count of the dead for this incident, but the headline tells of one death in singular words ("Quell
  // cadet dies in training mishap", "Farmer held in neighbor's stabbing death"): one dead.
  if (!killed && text !== undefined) {
    // The site's name after the headline ("... - KQRS Channel 9") is not part of it.
    const headline = text.slice(0, Math.max(0, text.indexOf('\n'))).replace(SITE_SUFFIX_RE, '');
    if (HEADLINE_DEATH_RE.test(headline) && !PLURAL_HEADLINE_RE.test(headline)) {
      // Whether the one dead is among the people hit is not said: the count of hurt is taken as it
      // stands (subtracting the death was measured no better: half 0 −1, half 1 ±0).
      // A definite one-person hurt ("The victim was flown out", "she was rushed to a clinic") is the
      // one who died, told before the death.
      const hurt = injured ? (ANAPHOR_RE.test(injured.quantity.text) ? 0 : (injured.value as number)) : hit ? (hit.value as number) : null;
      return { killed: 1, injured: hurt, killedFrom: null, injuredFrom: injured ? [injured] : hit ? [hit] : [] };
    }
  }
  // Only after a number of victims ("shot four guards dead, then turned the gun on himself"): "the
  // cadet shot and killed himself" is one death.
  if (killed && k !== null && (k >= 2 || NUMERIC_QUANTITY_RE.test(killed.quantity.text)) && selfKilledAfter(killed)) k++;
  // "A cook died in a murder-suicide": the victims killed, and the killer dead by his own hand.
  else if (killed && k !== null && inMurderSuicide(killed)) k++;
  // Fewer people hit than dead ("a teen was shot ... the attack left two dead and three injured"): the
  // count of the hit does not hold the dead, so hit less killed means nothing; a stated hurt count is the figure.
  const hitHoldsDead = !(hit && killed && injured && (hit.value as number) < (killed.value as number));
  // "Triple shooting ..." then "a girl was hurt in gunfire that also wounded three others": a multiple
  // is a headline's early word; a later count of the hurt that is larger is the count.
  if (hit && injured && !killed && MULTIPLE_TEST_RE.test(hit.quantity.text) && hit.quantity.start < injured.quantity.start && withOthers(claims, injured) > (hit.value as number)) hit = null;
  if (hit && hitHoldsDead && (!injured || hit.quantity.start < injured.quantity.start)) {
    const total = hit.value as number;
    // Hit in addition to the dead: "one killed, six others shot". ("2 killed, 2 shot" and "was also shot" were
    // tried as additions too and measured worse on the GVA articles: such lists are often inclusive.)
    const listedAfterKilled = killed !== null && killed.sentence === hit.sentence && killed.quantity.start < hit.quantity.start;
    const additional = listedAfterKilled && OTHERS_RE.test(`${hit.quantity.text} ${hit.counted ?? ''}`);
    const less = additional || (killed !== null && (otherPerson(hit, killed) || deadNotAmongHit(claims, hit))) ? 0 : (killed ? (killed.value as number) : 0);
    return { killed: k, injured: Math.max(0, total - less), killedFrom: killed, injuredFrom: killed ? [hit, killed] : [hit] };
  }
  return { killed: k, injured: injured ? withOthers(claims, injured) : null, killedFrom: killed, injuredFrom: injured ? [injured] : [] };
}
