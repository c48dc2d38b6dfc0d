import type { ClaimMention } from '../../../core/index.ts';
import { DEATH_CUE_RE, OTHERS_RE, ROUNDUP_RE, SELF_KILLED_RE, SUBSET_AFTER_RE } from './patterns.ts';

/** A document's headline toll for its main incident, and the claims each figure rests on. */
export interface CasualtyFigures {
  killed: number | null;
  /** Hurt and survived: stated, or people hit less people killed. */
  injured: number | null;
  killedFrom: ClaimMention | null;
  injuredFrom: ClaimMention[];
}

/** A part of a count already given ("two of the victims remain in critical condition"). */
function isSubset(c: ClaimMention): boolean {
  const i = c.sentenceText.indexOf(c.quantity.text);
  if (i < 0) return false;
  const after = i + c.quantity.text.length;
  return SUBSET_AFTER_RE.test(c.sentenceText.slice(after, after + 30));
}

/**
 * The first exact figure of a kind: reports lead with their incident, so later figures are often
 * running totals or other incidents. Sentences that tally several incidents ("weekend shootings
 * leave 3 dead") are only used when nothing else states the kind.
 */
function firstOf(claims: readonly ClaimMention[], kind: ClaimMention['kind'], skipSubsets: boolean): ClaimMention | null {
  let roundup: ClaimMention | null = null;
  for (const c of claims) {
    if (c.kind !== kind || c.vague || typeof c.value !== 'number') continue;
    if (skipSubsets && isSubset(c)) continue;
    if (ROUNDUP_RE.test(c.sentenceText)) {
      roundup ??= c;
      continue;
    }
    return c;
  }
  return roundup;
}

/**
 * Killed and injured (hurt and survived) for the document's main incident. "Four shot, one killed"
 * states the injured only as a difference: when a count of people hit comes before any injured
 * count, injured is that count less the killed ("one killed, six others shot": the six are all
 * injured). A killer who then killed himself is one more death than "killed two".
 */
export function casualtyFigures(claims: readonly ClaimMention[], text?: string): CasualtyFigures {
  const killed = firstOf(claims, 'killed', false);
  const injured = firstOf(claims, 'injured', true);
  const hit = firstOf(claims, 'casualties', false);
  let k = killed ? (killed.value as number) : null;
  // One person hit, no death counted, but the report speaks of a death ("died", "fatal", "homicide"):
  // the death is that person's, told in words the counts do not read ("Jane Doe died Sunday").
  if (!killed && hit && hit.value === 1 && text !== undefined && DEATH_CUE_RE.test(text)) {
    return { killed: 1, injured: injured && injured.quantity.start < hit.quantity.start ? (injured.value as number) : 0, killedFrom: hit, injuredFrom: [hit] };
  }
  if (killed && k !== null && SELF_KILLED_RE.test(killed.sentenceText)) k++;
  if (hit && (!injured || hit.quantity.start < injured.quantity.start)) {
    const total = hit.value as number;
    const othersAfterKilled = killed !== null && killed.sentence === hit.sentence && killed.quantity.start < hit.quantity.start && OTHERS_RE.test(hit.quantity.text + ' ' + (hit.counted ?? ''));
    const less = othersAfterKilled ? 0 : (killed ? (killed.value as number) : 0);
    return { killed: k, injured: Math.max(0, total - less), killedFrom: killed, injuredFrom: killed ? [hit, killed] : [hit] };
  }
  return { killed: k, injured: injured ? (injured.value as number) : null, killedFrom: killed, injuredFrom: injured ? [injured] : [] };
}
