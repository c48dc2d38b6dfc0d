// Acts whose doer is a natural hazard: "the earthquake struck", "..., killing 30", "killed in the
// floods". A hazard has no attacker, so these are the disaster itself, not an attack beside it.
import type { EventMention, ResolvedDate, Sentence, TimeExpression } from '../../../core/index.ts';
import { HAZARD_CAUSE_AFTER_RE, HAZARD_RE, HAZARD_SUBJECT_BEFORE_RE, PARTICIPLE_AFTER_COMMA_RE, REFERENCE_FALLBACK } from './patterns.ts';

/** How far before a trigger its hazard subject is looked for. */
const SUBJECT_WINDOW = 60;
/** How far after the hazard a date of its own may stand ("the quake that struck the north late on Saturday"). */
const HAZARD_DATE_REACH = 80;

const HARMS: ReadonlySet<string> = new Set(['attack', 'kill']);

/** The first act of force or harm in the sentence is the hazard: a participle after it hangs on that clause. */
function clauseHeadIsHazard(events: readonly EventMention[], i: number, text: string): boolean {
  const sentence = events[i]!.sentence;
  let head: EventMention | null = null;
  for (let j = i - 1; j >= 0 && events[j]!.sentence === sentence; j--) {
    const e = events[j]!;
    if (e.type === 'disaster' || HARMS.has(e.type)) head = e;
  }
  return head !== null && head.type === 'disaster' && HAZARD_RE.test(text.slice(Math.max(0, head.trigger.start - SUBJECT_WINDOW), head.trigger.end));
}

/** The date written right after the hazard word, when the cause has one; else none (the deaths retell it). */
function hazardDate(timexes: readonly TimeExpression[], ev: EventMention, from: number, sentence: Sentence, reference: string | null): ResolvedDate | null {
  for (const t of timexes) {
    if (t.sentence !== ev.sentence || t.timexType !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
    if (t.start < from || t.start > from + HAZARD_DATE_REACH || t.end > sentence.end) continue;
    return { value: t.value, precision: t.precision, basis: `"${t.text}" dates the hazard that caused it: ${t.basis}` };
  }
  return reference ? { value: reference, precision: 'day', basis: `${REFERENCE_FALLBACK} the hazard that caused it is told elsewhere; the document's reference date ${reference}` } : null;
}

/**
 * Retypes attacks and killings done by a natural hazard as the disaster. A killing caused by a hazard
 * named after it ("killed in the earthquake that struck late on Saturday") takes the hazard's date,
 * not the date of the sentence's speech ("said on Monday").
 */
export function attributeToHazards(
  text: string,
  sentences: readonly Sentence[],
  events: EventMention[],
  timexes: readonly TimeExpression[],
  reference: string | null,
): void {
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (!HARMS.has(ev.type)) continue;
    const sent = sentences[ev.sentence];
    if (!sent) continue;
    const before = text.slice(Math.max(sent.start, ev.trigger.start - SUBJECT_WINDOW), ev.trigger.start);
    if (HAZARD_SUBJECT_BEFORE_RE.test(before)) {
      ev.type = 'disaster';
      continue;
    }
    if (ev.type !== 'kill') continue;
    if (/ing$/i.test(ev.trigger.text) && PARTICIPLE_AFTER_COMMA_RE.test(before) && clauseHeadIsHazard(events, i, text)) {
      ev.type = 'disaster';
      continue;
    }
    const cause = HAZARD_CAUSE_AFTER_RE.exec(text.slice(ev.trigger.end, sent.end));
    if (!cause) continue;
    ev.type = 'disaster';
    ev.date = hazardDate(timexes, ev, ev.trigger.end + cause[1]!.length, sent, reference) ?? ev.date;
  }
}
