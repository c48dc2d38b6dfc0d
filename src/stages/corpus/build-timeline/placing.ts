// Where on the timeline one event mention goes: its own date, a date in its sentence that belongs
// to it, or (for news of the day) its report's date; and which mentions are no happening at all.
import type { Corpus, DatePrecision, Doc, EventMention, TimeExpression } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from '../../doc/resolve-time/find-timexes.ts';
import { postAt } from '../../doc/resolve-time/post-stamps.ts';
import type { PostStamp } from '../../doc/resolve-time/post-stamps.ts';
import { dayNumber, docDate, isoDay, trustedDay } from '../../../corpus-index/index.ts';
import type { DateCorrection } from '../../../corpus-index/index.ts';
import { hasOwnDate } from '../../doc/extract-events/find-events.ts';
import { isDefinite, isSpeech, refersBack } from '../../doc/extract-events/context.ts';
import { REPORTED_CLAUSE_RE, SAYING_TYPES } from '../../doc/extract-events/patterns.ts';
import {
  ACCIDENT_KINDS, AUXILIARY_BEFORE, BARE_WEEKDAY, CALENDAR_ANCHOR, COMMON_NOUN_AFTER, COUNTED_BEFORE, DAY_NEWS_LEMMAS, DEMONYM, HAZARD_KINDS, LABEL_HEADING_WORDS, HAPPENED_AFTER, COMMITMENT_BEFORE_TO, INFINITIVE_BEFORE, CLAUSE_BREAK, DATE_AFTER_NOUN, DEFINITE_NOUN_BEFORE, DATE_BEFORE_NOUN, IRREALIS_BEFORE, LEAD_SENTENCES, NO_ARTICLE_DATE_TYPES, NOT_A_HAPPENING,
  FUTURE_BETWEEN, DATED_ONLY_LEMMAS, WIND_BEFORE, RECOVERIES_BEHIND_TOLL_BEFORE, RECOVERY_ACT, SAME_ACT, ANNOUNCED_WOULD_BEFORE, PAST_PERFECT, PERFECT_BEFORE, LATER_DEATH_LEMMAS, DEATHS_AFTER_BEFORE, RELATIVE_PRONOUN_BEFORE, PERFORMATIVE_BEFORE, SINCE_AFTER, RESCUED_SINCE_AFTER, SUM_BEFORE, DISTANCE_AFTER_BEFORE, CHARGED_WITH_BEFORE, DEFINITE_RELATIVE_BEFORE, INDIRECT_QUESTION_BEFORE, PRECEDED_BY, REPORTED_BEFORE_PERFECT, SPAN_MARKER, SUBORDINATOR, UNDATED_ON_ARTICLE_DATE,
} from './patterns.ts';

/** A relative clause opened by a comma and not closed yet: ", who toured the depot on". */
const RELATIVE_OPEN = /,\s*(?:who|which|whose)\b[^,;]*$/i;
/** Calendar values only: "PAST_REF" or "XXXX-01-16" cannot be placed on a timeline. */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/;
/** How much farther a date before a that-clause counts than its distance (see `nearest`). */
const THAT_CLAUSE_GAP = 100;
/** The TimeML value of "now", "currently": the time the report was written. */
const PRESENT_REF = 'PRESENT_REF';

export interface Placement {
  date: string;
  precision: DatePrecision;
  basis: string;
  /** No date of its own: placed on its report's date, which a retelling in the body may not be. */
  fallback: boolean;
}

/** What placing a document's mentions needs to know about the document beyond its layers. */
export interface DocContext {
  /** Set when the document's own date is missing or weeks off its story. */
  correction?: DateCorrection;
  /** Its time expressions read again against its story's date, when its own date is not usable. */
  redated?: readonly TimeExpression[] | null;
  /** The date of the earliest report it copies or rewrites, when the mention's sentence was taken from there: it retells that day. */
  originalDate?: string | null;
  /** A live blog's posts with their days: an undated mention in a post is of the post's day. */
  posts?: readonly PostStamp[];
}

/**
 * The time expressions of a document with no usable date of its own (undated, or weeks off its
 * story), read again against its story's date: "on Monday" in an undated report of a story dated
 * Thursday is that week's Monday, as a reader of the whole story would take it. In a report weeks
 * off its story (a digest, a stale page) a bare weekday is the first such day from the day before
 * the story's first report on: such a report looks back over the whole story, so "Wednesday" is not
 * a day before it began, while "late on Saturday" may be the night before the first report (news of
 * a happening mostly comes out the day after it).
 */
export function redatedTimexes(doc: Doc, correction: DateCorrection | undefined, storyStart: number | null = null): TimeExpression[] | null {
  if (!correction) return null;
  const storyDate = isoDay(correction.storyDay);
  const fromStart = correction.statedDay !== null && storyStart !== null;
  return findTimexes(doc.text, sentencesOf(doc), storyDate).map((t) => {
    const basis = `${t.basis || `"${t.text}"`}, read against the story's date ${storyDate} (the report's own date is ${correction.statedDay === null ? 'missing' : 'weeks off'})`;
    const day = fromStart && BARE_WEEKDAY.test(t.text) ? dayNumber(t.value.slice(0, 10)) : null;
    if (day === null || storyStart === null) return { ...t, basis };
    const from = storyStart - 1;
    const first = from + ((((day - from) % 7) + 7) % 7);
    if (first === day) return { ...t, basis };
    return { ...t, value: isoDay(first) + t.value.slice(10), basis: `${basis}; the first such day from the day before the story's first report, ${isoDay(from)}` };
  });
}

/** The first day of each document's story, from the documents whose own date is usable. */
export function storyStarts(corpus: Corpus, stale: ReadonlyMap<string, DateCorrection>): Map<string, number> {
  const out = new Map<string, number>();
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const story of corpus.layers.stories ?? []) {
    let first: number | null = null;
    for (const id of story.documents) {
      const d = byId.get(id);
      const day = d && !stale.has(id) ? dayNumber(docDate(d)) : null;
      if (day !== null && (first === null || day < first)) first = day;
    }
    if (first !== null) for (const id of story.documents) out.set(id, first);
  }
  return out;
}

/** The index of the sentence right before `index` when both stand in one paragraph, else null. */
export function previousInParagraph(doc: Doc, index: number): number | null {
  const sentences = doc.layers.sentences;
  const paragraph = sentences?.[index]?.paragraph;
  return paragraph !== undefined && index > 0 && sentences![index - 1]!.paragraph === paragraph ? index - 1 : null;
}

function sentenceStart(doc: Doc, ev: EventMention): number {
  const s = doc.layers.sentences?.[ev.sentence];
  return s ? s.start : Math.max(0, ev.trigger.start - 80);
}

/** "the attack", "the army's strikes"; not "that the ministry is recalling", where the -ing form is a verb. */
function definiteNoun(doc: Doc, ev: EventMention): boolean {
  const before = doc.text.slice(Math.max(sentenceStart(doc, ev), ev.trigger.start - 60), ev.trigger.start);
  if (AUXILIARY_BEFORE.test(before) || !DEFINITE_NOUN_BEFORE.test(before)) return false;
  // "the shooting occurred Monday night": the noun is the subject of its own happening.
  if (HAPPENED_AFTER.test(doc.text.slice(ev.trigger.end, ev.trigger.end + 30))) return false;
  return isDefinite(doc.text, ev, sentenceStart(doc, ev));
}

/**
 * Whether a date in the trigger's sentence dates it: not across a clause break (";", a dash),
 * and for a definite noun ("the attack", "the army's strikes") only right beside it ("Tuesday's
 * attack", "the attack on Tuesday"), since such a noun names a known happening inside a
 * sentence about something else.
 */
function datesTrigger(doc: Doc, ev: EventMention, t: { start: number; end: number }): boolean {
  const before = t.end <= ev.trigger.start;
  const between = before ? doc.text.slice(t.end, ev.trigger.start) : doc.text.slice(ev.trigger.end, t.start);
  if (CLAUSE_BREAK.test(between)) return false;
  // "The mayor, who toured the depot on Friday, said the crew had given up": the date is the relative clause's.
  if (before && between.includes(',') && RELATIVE_OPEN.test(doc.text.slice(sentenceStart(doc, ev), t.start))) return false;
  // "warned that snow may come by November": the date is of what was said, not of saying it.
  if (!before && SAYING_TYPES.has(ev.type) && REPORTED_CLAUSE_RE.test(between)) return false;
  // "imposed a curfew and said she would tour the district on Friday": the date is the plan's.
  if (!before && FUTURE_BETWEEN.test(between)) return false;
  if (!definiteNoun(doc, ev)) return true;
  return before ? DATE_BEFORE_NOUN.test(between) : DATE_AFTER_NOUN.test(between);
}

/** A season ("2026-SP") is shown as its year: the timeline has no season precision. */
const SEASON_VALUE = /^(\d{4})-(?:SP|SU|FA|WI)$/;

function sentenceDates(doc: Doc, ev: EventMention, timexes: readonly TimeExpression[], usable: (v: string) => boolean): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const t of timexes) {
    if (t.sentence !== ev.sentence || (t.timexType !== 'DATE' && t.timexType !== 'TIME')) continue;
    const season = SEASON_VALUE.exec(t.value);
    const read = season ? { ...t, value: season[1]!, precision: 'year' as const } : t;
    if (usable(read.value)) out.push(read);
  }
  return out;
}

/**
 * The time expression closest to the trigger, if any. One before a that-clause the trigger stands
 * in is the saying's ("said on Sunday that the gunmen surrendered at 23:40 on Saturday"): it counts as farther.
 */
function nearest(doc: Doc, ev: EventMention, timexes: readonly TimeExpression[]): TimeExpression | undefined {
  const gap = (t: TimeExpression): number =>
    t.start > ev.trigger.start ? t.start - ev.trigger.end : ev.trigger.start - t.end + (REPORTED_CLAUSE_RE.test(doc.text.slice(t.end, ev.trigger.start)) ? THAT_CLAUSE_GAP : 0);
  let best: TimeExpression | undefined;
  for (const t of timexes) if (!best || gap(t) < gap(best)) best = t;
  return best;
}

/** The event's own date stands unless it came from a date in the sentence that does not date the trigger. */
function ownDateStands(doc: Doc, ev: EventMention): boolean {
  const same = sentenceDates(doc, ev, doc.layers.timexes ?? [], (v) => v.startsWith(ev.date!.value) || ev.date!.value.startsWith(v));
  return same.length === 0 || same.some((t) => datesTrigger(doc, ev, t));
}

/**
 * The event's own date, else a date expression in its sentence that dates it, else (if allowed)
 * the article date, or the date of the report it copies.
 */
export function placeEvent(doc: Doc, ev: EventMention, ctx: DocContext = {}): Placement | null {
  const p = placeOwn(doc, ev, ctx);
  if (!p || p.fallback || !ctx.originalDate) return p;
  // A copy says "this morning" of its original's day: same-day words take the original's date.
  const own = docDate(doc);
  if (!own || p.date.slice(0, 10) !== own) return p;
  const words = sentenceDates(doc, ev, doc.layers.timexes ?? [], (v) => v.startsWith(own));
  if (words.length === 0 || words.some((t) => CALENDAR_ANCHOR.test(t.text))) return p;
  return { ...p, date: ctx.originalDate, precision: 'day', basis: `${p.basis}; the day of the report it copies, ${ctx.originalDate}` };
}

function placeOwn(doc: Doc, ev: EventMention, ctx: DocContext): Placement | null {
  const { correction, redated } = ctx;
  if (redated) {
    // Read against a guessed story date, a clock time ("shortly before midnight") does not fix the day of a
    // hazard: other reports date it, and the mention joins theirs as a retelling.
    const hazard = hazardOf(doc, ev) !== null;
    // The nearest date that dates it ("two dead on Monday, and on Tuesday
    // morning a nurse died"); one that names its day before a bare clock time, which only repeats the guessed date.
    const dating = sentenceDates(doc, ev, redated, (v) => CALENDAR.test(v)).filter((t) => (!hazard || CALENDAR_ANCHOR.test(t.text)) && datesTrigger(doc, ev, t));
    const tx = nearest(doc, ev, dating.filter((t) => CALENDAR_ANCHOR.test(t.text))) ?? nearest(doc, ev, dating);
    if (tx) return { date: tx.value.slice(0, 10), precision: tx.precision, basis: tx.basis, fallback: false };
  }
  const trusted = (value: string) => CALENDAR.test(value) && (!correction || trustedDay(dayNumber(value.slice(0, 10)), correction) !== null);
  if (ev.date && hasOwnDate(ev) && trusted(ev.date.value) && ownDateStands(doc, ev)) {
    return { date: ev.date.value, precision: ev.date.precision, basis: ev.date.basis, fallback: false };
  }
  const tx = sentenceDates(doc, ev, doc.layers.timexes ?? [], trusted).find((t) => datesTrigger(doc, ev, t));
  if (tx) return { date: tx.value.slice(0, 10), precision: tx.precision, basis: tx.basis || `"${tx.text}" in the same sentence`, fallback: false };
  // "earlier this week", "in the past": the sentence says when, only not as a day or month the
  // timeline can show; the article's date is not it. "Now" is the report's own time: it is.
  if (sentenceDates(doc, ev, doc.layers.timexes ?? [], (v) => !CALENDAR.test(v) && v !== PRESENT_REF).some((t) => datesTrigger(doc, ev, t))) return null;
  if (!UNDATED_ON_ARTICLE_DATE || ev.hedged || isBackground(doc, ev)) return null;
  // An opinion piece's lead argues, it does not report the day's news: "X was warned" is no warning of its day.
  // A day-news act is one of an authority (typed `other`): "declared" alone is still a statement.
  const background = NO_ARTICLE_DATE_TYPES.has(ev.type) && !(ev.type === 'other' && DAY_NEWS_LEMMAS.has(ev.lemma));
  const speechLike = background && (ev.sentence >= LEAD_SENTENCES || doc.layers.metadata?.kind === 'opinion');
  if (correction && correction.statedDay !== null) {
    const day = isoDay(correction.storyDay);
    return background
      ? null
      : { date: day, precision: 'day', basis: `the article's own date is weeks off its story; the story's date ${day}`, fallback: true };
  }
  if (speechLike) return null;
  if (ctx.originalDate) return { date: ctx.originalDate, precision: 'day', basis: `no date given; the date of the report it copies, ${ctx.originalDate}`, fallback: true };
  const post = ctx.posts ? postAt(ctx.posts, ev.trigger.start) : null;
  if (post) return { date: post.day, precision: 'day', basis: `no date given; ${post.basis}`, fallback: true };
  const ref = docDate(doc) ?? (correction ? isoDay(correction.storyDay) : null);
  return ref ? { date: ref, precision: 'day', basis: `no date given; the article's date ${ref}`, fallback: true } : null;
}

/**
 * An undated mention whose sentence marks it as before the article's day or as no happening yet:
 * a definite noun ("the attack"), habits and possibilities ("routinely", "could"), the past
 * perfect outside reported speech, time spans ("since", "for years").
 */
export function isBackground(doc: Doc, ev: EventMention): boolean {
  // Burials and funerals are told with their day ("were buried on Saturday"); undated they are a custom
  // or the days before ("villagers bury the victims in their gardens").
  if (DATED_ONLY_LEMMAS.has(ev.lemma)) return true;
  const from = sentenceStart(doc, ev);
  if (isDefinite(doc.text, ev, from)) return true;
  const before = doc.text.slice(Math.max(from, ev.trigger.start - 80), ev.trigger.start);
  if ((NOT_A_HAPPENING.test(before) && !announcedMeasure(doc, ev, from)) || (ev.sentence >= LEAD_SENTENCES && PRECEDED_BY.test(before))) return true;
  // "five days after the boat capsized", even in a lead: a happening counted back from the report's.
  if (DISTANCE_AFTER_BEFORE.test(before)) return true;
  // "a count that takes in three patients who died at home": undated, a relative clause describes whom a count holds.
  if (LATER_DEATH_LEMMAS.has(ev.lemma) && RELATIVE_PRONOUN_BEFORE.test(before)) return true;
  const sentence = doc.layers.sentences?.[ev.sentence];
  const head = doc.text.slice(from, ev.trigger.end);
  const whole = sentence ? doc.text.slice(sentence.start, sentence.end) : head;
  // "said it had closed the crossing": the past perfect of reported speech is the speaker's simple past.
  return (PAST_PERFECT.test(head) && !REPORTED_BEFORE_PERFECT.test(head)) || SPAN_MARKER.test(whole);
}

/**
 * "said the hijackers had given up": a past perfect in reported speech tells what happened before
 * the saying, most often a happening other reports have dated; undated, it is matched as a retelling.
 */
export function reportedPerfect(doc: Doc, ev: EventMention): boolean {
  const head = doc.text.slice(sentenceStart(doc, ev), ev.trigger.end);
  return PAST_PERFECT.test(head) && REPORTED_BEFORE_PERFECT.test(head);
}

/**
 * Mentions that are no happening of their own: reported speech (the claim stage carries what is
 * said), a noun referring back to a happening told elsewhere, a count ("the number of people killed"), a possibility ("any possible
 * retaliation"), an aim ("called a meeting to mark the anniversary", "plans to visit"), and words inside a
 * direct quote.
 */
export function notAHappening(doc: Doc, ev: EventMention): boolean {
  if (isSpeech(ev)) return true;
  const from = sentenceStart(doc, ev);
  if (refersBack(doc.text, ev, from)) return true;
  const before = doc.text.slice(Math.max(from, ev.trigger.start - 40), ev.trigger.start);
  if ((IRREALIS_BEFORE.test(before) && !announcedMeasure(doc, ev, from)) || (INFINITIVE_BEFORE.test(before) && !COMMITMENT_BEFORE_TO.test(before))) return true;
  // "The number of people killed ... rose to 33 on Tuesday": a toll (the claims carry it), no killing of its day.
  if (COUNTED_BEFORE.test(before)) return true;
  // "at least five have been killed since the unrest began": a running total, no killing of the sentence's day.
  if (ev.type === 'kill' && PERFECT_BEFORE.test(before) && SINCE_AFTER.test(doc.text.slice(ev.trigger.end, ev.trigger.end + 40))) return true;
  // "crews had lifted 27 people alive off rooftops since Sunday": a running total of rescues, no rescue of that day.
  if (ev.type === 'rescue' && PERFECT_BEFORE.test(before) && RESCUED_SINCE_AFTER.test(doc.text.slice(ev.trigger.end, ev.trigger.end + 90))) return true;
  // "In all, divers brought 18 people out alive": the sum of the days before.
  if (ev.type === 'rescue' && SUM_BEFORE.test(before)) return true;
  // "He was taken to hospital, where he later died": undated, a death retells the toll of the violence
  // its report tells (the claims carry it); only a death told with its own day is a happening.
  // (A sentence read for its deaths by main-happening.ts has no date yet: it is placed there.)
  if (LATER_DEATH_LEMMAS.has(ev.lemma) && ev.date !== null && !hasOwnDate(ev)) return true;
  // "The toll reached 40, after three of the wounded died in hospital": deaths (and bodies recovered) that explain a toll are the toll's.
  if (LATER_DEATH_LEMMAS.has(ev.lemma) && DEATHS_AFTER_BEFORE.test(before)) return true;
  if ((SAME_ACT[ev.lemma] ?? ev.lemma) === RECOVERY_ACT && RECOVERIES_BEHIND_TOLL_BEFORE.test(before)) return true;
  // "five of the seven who got away are in custody again": a relative clause on a definite group names people by a known happening.
  if (DEFINITE_RELATIVE_BEFORE.test(before)) return true;
  // "charged six men with kidnapping and murder": the crimes of a charge; "disputes over how the crew were freed".
  const wider = doc.text.slice(Math.max(from, ev.trigger.start - 90), ev.trigger.start);
  if (CHARGED_WITH_BEFORE.test(wider) || INDIRECT_QUESTION_BEFORE.test(before)) return true;
  return (doc.layers.quotes ?? []).some(
    (q) =>
      q.start <= ev.trigger.start &&
      ev.trigger.end <= q.end &&
      // A quote with no closing mark may run on over reported text; only a closed one is speech.
      CLOSING_QUOTE.test(doc.text.slice(q.end - 1, q.end + 1)) &&
      // "We condemn", "I urge": a first-person act in the speaker's words is the act itself.
      !PERFORMATIVE_BEFORE.test(doc.text.slice(Math.max(q.start, ev.trigger.start - 30), ev.trigger.start)),
  );
}

const CLOSING_QUOTE = /["”’]/;

/**
 * "The council said on Monday that it would close the pier": an authority's measure told
 * as what it would do is announced, a decision of the saying's day, not a possibility.
 */
function announcedMeasure(doc: Doc, ev: EventMention, from: number): boolean {
  return ev.type === 'other' && DAY_NEWS_LEMMAS.has(ev.lemma) && ANNOUNCED_WOULD_BEFORE.test(doc.text.slice(Math.max(from, ev.trigger.start - 90), ev.trigger.start));
}

/**
 * The event's place, unless it stands before the trigger across a subordinate clause ("strikes in
 * neighbouring Norland two days after the rebels shelled ..."): then it is the other clause's place.
 */
export function placeArgument(doc: Doc, ev: EventMention): EventMention['location'] {
  const loc = ev.location;
  if (!loc) return loc;
  // "at Norlandian chemical plant": a demonym before a common noun describes the plant, it does not place it.
  if (DEMONYM.test(loc.text) && COMMON_NOUN_AFTER.test(doc.text.slice(loc.end, loc.end + 20))) return null;
  if (loc.start >= ev.trigger.start) return loc;
  return SUBORDINATOR.test(doc.text.slice(loc.end, ev.trigger.start)) ? null : loc;
}

/**
 * The kind of natural hazard a disaster mention is about: its own trigger ("the quake") or the
 * hazard named nearest to it in its sentence ("the earthquake struck", "..., killing 30").
 */
export function hazardOf(doc: Doc, ev: EventMention): string | null {
  // An accidental explosion is told like a quake: "the blast", "when the unit exploded", days later.
  if (ev.type === 'accident') return ACCIDENT_KINDS[ev.lemma] ?? null;
  if (ev.type !== 'disaster') return null;
  const own = HAZARD_KINDS[ev.lemma];
  if (own) return own;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const e of doc.layers.events ?? []) {
    if (e.sentence !== ev.sentence || e.type !== 'disaster') continue;
    const kind = HAZARD_KINDS[e.lemma];
    const dist = Math.abs(e.trigger.start - ev.trigger.start);
    if (kind && dist < bestDist) {
      best = kind;
      bestDist = dist;
    }
  }
  // "when a gale and heavy seas struck the wheelhouse": the wind of a storm, named by no trigger of its own.
  if (!best && WIND_BEFORE.test(doc.text.slice(Math.max(sentenceStart(doc, ev), ev.trigger.start - 60), ev.trigger.start))) return HAZARD_KINDS.storm!;
  return best;
}

const WORDS = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** A short body line with no end punctuation: a subheading or label ("Relief effort"), not the title. */
export function isLabelHeading(doc: Doc, ev: EventMention): boolean {
  if (ev.sentence === 0) return false;
  const s = doc.layers.sentences?.[ev.sentence];
  if (!s) return false;
  const text = doc.text.slice(s.start, s.end).trim();
  if (/[.!?:;"”)]$/.test(text)) return false;
  return (text.match(WORDS) ?? []).length <= LABEL_HEADING_WORDS;
}
