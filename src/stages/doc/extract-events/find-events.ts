import type { EntityMention, EventArgument, EventMention, EventType, ResolvedDate, Sentence, TimeExpression } from '../../../core/index.ts';
import { sentenceIndexAt } from '../../../nlp/sentence-spans.ts';
import { dropFiresPutOut, retypeAccidentalExplosions } from './accidents.ts';
import { attributeToHazards } from './hazards.ts';
import { retypeRiotActs } from './riots.ts';
import {
  CLAUSE_BREAK_RE, DAY_VALUE_RE, GERUND_SUBJECT_AFTER_RE, HEDGE_RE, LOCATION_PREP_RE, NEGATION_RE, NOT_ARGUMENT, OBJECT_DATE_AFTER_RE, OBJECT_DATE_BEFORE_RE, PASSIVE_AUX_RE,
  PASSIVE_BY_RE, POSSESSIVE_DATE_NOUN_RE, POSSESSIVE_END_RE, REFERENCE_FALLBACK, LABEL_LINE_RE, REPORTED_CLAUSE_RE, SAYING_TYPES, SENTENCE_OPENING_RE, TIME_NAMES_DAY_RE, TRIGGER_FORMS,
  TRIGGER_FILTERS, TRIGGER_RE,
} from './patterns.ts';

/** A possible agent, target or location: an entity mention, or a capitalized phrase when there are none. */
interface Candidate {
  start: number;
  end: number;
  entity: string | null;
  place: boolean;
}

const CAPITALIZED_RE = /\b[A-Z][\w'’-]*(?:\s+(?:(?:of|al|el|de|and)\s+)?[A-Z][\w'’-]*)*/g;

function capitalizedPhrases(text: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const s = text.slice(start, end);
  CAPITALIZED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALIZED_RE.exec(s))) {
    let phrase = m[0].replace(/['’]s$/, '');
    let offset = m.index;
    const first = phrase.split(/\s+/)[0]!;
    if (NOT_ARGUMENT.has(first)) {
      const rest = phrase.slice(first.length).trimStart();
      if (!rest) continue;
      offset += phrase.length - rest.length;
      phrase = rest;
    }
    out.push({ start: start + offset, end: start + offset + phrase.length, entity: null, place: false });
  }
  return out;
}

function clauseOf(text: string, sent: Sentence, at: number): { start: number; end: number } {
  const s = text.slice(sent.start, sent.end);
  let start = sent.start;
  let end = sent.end;
  CLAUSE_BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK_RE.exec(s))) {
    const pos = sent.start + m.index;
    if (pos < at) start = pos + 1;
    else {
      end = pos;
      break;
    }
  }
  return { start, end };
}

function arg(text: string, c: Candidate | undefined): EventArgument | null {
  return c ? { start: c.start, end: c.end, text: text.slice(c.start, c.end), entity: c.entity } : null;
}

function dateFor(text: string, timexes: readonly TimeExpression[], at: number, clause: { start: number; end: number }, reference: string | null, type: EventType): ResolvedDate | null {
  let best: TimeExpression | null = null;
  let bestCost = Infinity;
  for (const t of timexes) {
    // "on Monday morning" is a TIME whose day dates the act as well as "on Monday" does.
    if (t.timexType === 'TIME' ? !DAY_VALUE_RE.test(t.value) || !TIME_NAMES_DAY_RE.test(t.text) : t.timexType !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
    const dist = t.start > at ? t.start - at : at - t.end;
    // "warned that snow could come by November": the time of what is said, not of saying it.
    if (t.start > at && SAYING_TYPES.has(type) && REPORTED_CLAUSE_RE.test(text.slice(at, t.start))) continue;
    const inObject = t.start > at && (OBJECT_DATE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 8), t.start)) || OBJECT_DATE_AFTER_RE.test(text.slice(t.end, t.end + 3)));
    // "Sunday's explosion" dates the explosion only: not an act told before or after it ("said on Wednesday that ... Sunday's explosion ... and accused").
    const ownedByNoun = t.end <= at && (POSSESSIVE_END_RE.test(t.text) || OBJECT_DATE_AFTER_RE.test(text.slice(t.end, t.end + 3))) && !POSSESSIVE_DATE_NOUN_RE.test(text.slice(t.end, at));
    const cost = dist + (t.start >= clause.start && t.end <= clause.end ? 0 : 200) + (inObject || ownedByNoun ? 400 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = t;
    }
  }
  if (best) {
    const time = best.timexType === 'TIME';
    return { value: time ? best.value.slice(0, 10) : best.value, precision: time ? 'day' : best.precision, basis: `"${best.text}" in the same sentence: ${best.basis}` };
  }
  if (reference) return { value: reference, precision: 'day', basis: `${REFERENCE_FALLBACK} the document's reference date ${reference}` };
  return null;
}


/** Whether the event's date was read from its own sentence, not filled in from the document's date. */
export function hasOwnDate(ev: EventMention): boolean {
  return ev.date !== null && !ev.date.basis.startsWith(REFERENCE_FALLBACK);
}

/** The event type after the lemma's context checks, or null when the word is not an event here. */
function filteredType(text: string, start: number, end: number, surface: string, lemma: string, type: EventType): EventType | null {
  const f = TRIGGER_FILTERS[lemma];
  if (!f) return type;
  if (f.forms && !f.forms.test(surface)) return null;
  const before = text.slice(Math.max(0, start - FILTER_WINDOW), start);
  const after = text.slice(end, end + (f.afterWindow ?? FILTER_WINDOW));
  if (f.dropBefore?.test(before) || f.dropAfter?.test(after)) return null;
  if (f.requireAfter && !f.requireAfter.test(after) && !f.subjectBefore?.test(text.slice(Math.max(0, start - SUBJECT_WINDOW), start))) return null;
  if (f.requireBefore && !f.requireBefore.test(before)) return null;
  if (f.requireAround && !f.requireAround.test(before) && !f.requireAround.test(after)) return null;
  if (f.retypeAfter?.re.test(after)) return f.retypeAfter.type;
  if (f.retypeBefore?.re.test(before) && (!f.retypeBeforeForms || f.retypeBeforeForms.test(surface))) return f.retypeBefore.type;
  if (f.retypeUnlessAround && !f.retypeUnlessAround.re.test(before) && !f.retypeUnlessAround.re.test(after)) return f.retypeUnlessAround.type;
  if (f.verbNeedsRetype && surface.toLowerCase() !== lemma) return null;
  return type;
}

/** How far before a trigger its subject is looked for ("Schools in ... are closed"). */
const SUBJECT_WINDOW = 100;
/** How much text around a trigger its context checks look at. */
const FILTER_WINDOW = 60;

/** Events from trigger words, with arguments from the same clause and the sentence's date. */
export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  timexes: readonly TimeExpression[],
  reference: string | null,
): EventMention[] {
  const events: EventMention[] = [];
  const timexBySentence = new Map<number, TimeExpression[]>();
  for (const t of timexes) {
    const list = timexBySentence.get(t.sentence);
    if (list) list.push(t);
    else timexBySentence.set(t.sentence, [t]);
  }
  TRIGGER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let mi = 0;
  while ((m = TRIGGER_RE.exec(text))) {
    const surface = m[0];
    const entry = TRIGGER_FORMS.get(surface.toLowerCase());
    if (!entry) continue;
    const si = sentenceIndexAt(sentences, m.index);
    if (si < 0) continue;
    const sent = sentences[si]!;
    if (LABEL_LINE_RE.test(text.slice(sent.start, Math.min(sent.end, sent.start + 40)))) continue;
    const tStart = m.index;
    const tEnd = m.index + surface.length;
    // Inside a time expression ("a day after") or a name ("Strike Force") is not a trigger.
    if (/^[A-Z]/.test(surface) && tStart > sent.start && !/[.!?"“]\s*$/.test(text.slice(sent.start, tStart))) continue;
    if (/^[A-Z]\w*ing$/.test(surface) && SENTENCE_OPENING_RE.test(text.slice(sent.start, tStart)) && GERUND_SUBJECT_AFTER_RE.test(text.slice(tEnd, sent.end))) continue;
    const type = filteredType(text, tStart, tEnd, surface, entry.lemma, entry.type);
    if (!type) continue;
    const clause = clauseOf(text, sent, tStart);
    while (mi < mentions.length && mentions[mi]!.end <= sent.start) mi++;
    let cands: Candidate[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < sent.end; j++) {
      const mn = mentions[j]!;
      if (mn.start >= clause.start && mn.end <= clause.end) cands.push({ start: mn.start, end: mn.end, entity: mn.entity, place: mn.type === 'PLACE' });
    }
    if (mentions.length === 0) cands = capitalizedPhrases(text, clause.start, clause.end);
    cands = cands.filter((c) => c.end <= tStart || c.start >= tEnd);
    const before = cands.filter((c) => c.end <= tStart);
    const after = cands.filter((c) => c.start >= tEnd);
    const prepBefore = (c: Candidate): boolean => LOCATION_PREP_RE.test(text.slice(Math.max(clause.start, c.start - 30), c.start));
    const passive = PASSIVE_AUX_RE.test(text.slice(Math.max(clause.start, tStart - 20), tStart));
    let agent: Candidate | undefined;
    let target: Candidate | undefined;
    let location: Candidate | undefined = after.find((c) => prepBefore(c) && (mentions.length === 0 || c.place));
    if (passive) {
      agent = after.find((c) => PASSIVE_BY_RE.test(text.slice(tEnd, c.start)) || /\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(tEnd, c.start)));
      target = [...before].reverse().find((c) => !prepBefore(c));
    } else {
      agent = [...before].reverse().find((c) => !prepBefore(c));
      target = after.find((c) => c !== location && !prepBefore(c));
    }
    if (!location) location = [...before].reverse().find((c) => prepBefore(c) && (mentions.length === 0 || c.place));
    const lead = text.slice(Math.max(sent.start, tStart - 40), tStart);
    const clauseText = text.slice(clause.start, tStart);
    events.push({
      id: `ev${events.length + 1}`,
      type,
      trigger: { start: tStart, end: tEnd, text: surface },
      lemma: entry.lemma,
      sentence: si,
      agent: arg(text, agent),
      target: arg(text, target),
      location: arg(text, location),
      date: dateFor(text, timexBySentence.get(si) ?? [], tStart, clause, reference, type),
      negated: NEGATION_RE.test(lead),
      hedged: HEDGE_RE.test(clauseText),
    });
  }
  attributeToHazards(text, sentences, events, timexes, reference);
  retypeAccidentalExplosions(text, events);
  retypeRiotActs(text, events);
  return dropFiresPutOut(events);
}
