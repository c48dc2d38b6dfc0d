import type { ClaimSlot, Corpus, DatePrecision, Doc, DocSpan, EventMention, TimeExpression, TimelineEntry } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from '../../doc/resolve-time/find-timexes.ts';
import { dayNumber, docDate, EntityResolver, staleDocuments, trustedDay } from '../../../corpus-index/index.ts';
import type { DateCorrection } from '../../../corpus-index/index.ts';
import { hasOwnDate } from '../../doc/extract-events/find-events.ts';
import { isDefinite, isSpeech, refersBack } from '../../doc/extract-events/context.ts';
import {
  FORCE_LEMMAS, LEAD_SENTENCES, PERFORMATIVE_BEFORE, MIN_SHARED_ACTORS, NO_ARTICLE_DATE_TYPES, NOT_A_HAPPENING, ONE_PER_DAY_GROUPS, SUMMARY_IDEAL_LENGTH, SUMMARY_MAX,
  TIMELINE_TYPE_GROUPS, UNDATED_ON_ARTICLE_DATE,
} from './patterns.ts';

/** Calendar values only: "PAST_REF" or "XXXX-01-16" cannot be placed on a timeline. */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/;

interface Placed {
  doc: Doc;
  ev: EventMention;
  date: string;
  precision: DatePrecision;
  basis: string;
  actors: string[];
  /** Corpus key of the event's place, when it is a known entity. */
  place: string | null;
}

interface Draft {
  group: string;
  date: string;
  precision: DatePrecision;
  items: Placed[];
  actors: Set<string>;
  lemmas: Set<string>;
  places: Set<string>;
}

/**
 * The time expressions of a document with no usable date of its own (undated, or weeks off its
 * story), read again against its story's date: "on Monday" in an undated report of a story dated
 * Thursday is that week's Monday, as a reader of the whole story would take it.
 */
export function redatedTimexes(doc: Doc, correction: DateCorrection | undefined): TimeExpression[] | null {
  if (!correction) return null;
  const storyDate = new Date(correction.storyDay * 86_400_000).toISOString().slice(0, 10);
  return findTimexes(doc.text, sentencesOf(doc), storyDate).map((t) => ({
    ...t,
    basis: `${t.basis || `"${t.text}"`}, read against the story's date ${storyDate} (the report's own date is ${correction.statedDay === null ? 'missing' : 'weeks off'})`,
  }));
}

/**
 * The event's own date, else a date expression in its sentence, else (if allowed) the article
 * date. `redated` are the document's time expressions read against its story's date, when its own
 * date is missing or stale; they replace the document's own relative dates.
 */
export function placeEvent(
  doc: Doc,
  ev: EventMention,
  correction?: DateCorrection,
  redated?: readonly TimeExpression[] | null,
): { date: string; precision: DatePrecision; basis: string } | null {
  if (redated) {
    const tx = redated.find((t) => t.sentence === ev.sentence && (t.timexType === 'DATE' || t.timexType === 'TIME') && CALENDAR.test(t.value));
    if (tx) return { date: tx.value.slice(0, 10), precision: tx.precision, basis: tx.basis };
  }
  const trusted = (value: string) => CALENDAR.test(value) && (!correction || trustedDay(dayNumber(value.slice(0, 10)), correction) !== null);
  if (ev.date && hasOwnDate(ev) && trusted(ev.date.value)) return { date: ev.date.value, precision: ev.date.precision, basis: ev.date.basis };
  const tx = (doc.layers.timexes ?? []).find((t) => t.sentence === ev.sentence && (t.timexType === 'DATE' || t.timexType === 'TIME') && trusted(t.value));
  if (tx) return { date: tx.value.slice(0, 10), precision: tx.precision, basis: tx.basis || `"${tx.text}" in the same sentence` };
  if (correction && correction.statedDay !== null) {
    const day = new Date(correction.storyDay * 86_400_000).toISOString().slice(0, 10);
    return UNDATED_ON_ARTICLE_DATE && !NO_ARTICLE_DATE_TYPES.has(ev.type) && !ev.hedged
      ? { date: day, precision: 'day', basis: `the article's own date is weeks off its story; the story's date ${day}` }
      : null;
  }
  const ref = docDate(doc) ?? (correction ? new Date(correction.storyDay * 86_400_000).toISOString().slice(0, 10) : null);
  const speechLike = NO_ARTICLE_DATE_TYPES.has(ev.type) && ev.sentence >= LEAD_SENTENCES;
  if (UNDATED_ON_ARTICLE_DATE && ref && !speechLike && !ev.hedged && !isBackground(doc, ev)) {
    return { date: ref, precision: 'day', basis: `no date given; the article's date ${ref}` };
  }
  return null;
}

/** The kind of happening a mention is merged under: one strike is told as struck, killed, launched. */
function groupOf(ev: EventMention): string {
  if (ev.type === 'military' && FORCE_LEMMAS.has(ev.lemma)) return 'attack';
  return TIMELINE_TYPE_GROUPS[ev.type] ?? ev.type;
}

/**
 * Mentions that are no happening of their own: reported speech (the claim stage carries what is
 * said), a noun referring back to a happening told elsewhere, and words inside a direct quote.
 */
function notAHappening(doc: Doc, ev: EventMention): boolean {
  if (isSpeech(ev)) return true;
  const sentence = doc.layers.sentences?.[ev.sentence];
  if (refersBack(doc.text, ev, sentence ? sentence.start : 0)) return true;
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

/** Two places apart: both known and neither names the other. */
function placesDiffer(a: ReadonlySet<string>, b: string | null, resolver: EntityResolver): boolean {
  if (!b || a.size === 0) return false;
  return sharedActors(a, [b], resolver) === 0;
}

/** The words of the trigger's sentence before it mark a habit or a possibility, not a happening. */
function isBackground(doc: Doc, ev: EventMention): boolean {
  const sentence = doc.layers.sentences?.[ev.sentence];
  const from = sentence ? sentence.start : Math.max(0, ev.trigger.start - 80);
  if (isDefinite(doc.text, ev, from)) return true;
  return NOT_A_HAPPENING.test(doc.text.slice(Math.max(from, ev.trigger.start - 80), ev.trigger.start));
}

/** Actors of `b` found in `a`, by corpus key or by one name containing the other. */
function sharedActors(a: ReadonlySet<string>, b: readonly string[], resolver: EntityResolver): number {
  let n = 0;
  for (const k of new Set(b)) {
    if (a.has(k)) {
      n++;
      continue;
    }
    const name = ` ${resolver.name(k).toLowerCase()} `;
    for (const o of a) {
      const m = ` ${resolver.name(o).toLowerCase()} `;
      if (name.includes(m) || m.includes(name)) {
        n++;
        break;
      }
    }
  }
  return n;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

function sentenceSpan(doc: Doc, index: number, fallback: EventMention): DocSpan {
  const s = doc.layers.sentences?.[index];
  const start = s ? s.start : fallback.trigger.start;
  const end = s ? s.end : fallback.trigger.end;
  return { document: doc.id, start, end, text: doc.text.slice(start, end) };
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= SUMMARY_MAX) return t;
  return t.slice(0, t.lastIndexOf(' ', SUMMARY_MAX)) + '…';
}

/**
 * Merges event mentions from every document into timeline entries: same kind of happening, same
 * date, and shared actors (or the same trigger lemma), citing every document that reports it.
 */
export function buildCorpusTimeline(corpus: Corpus, slots: readonly ClaimSlot[] = []): TimelineEntry[] {
  const resolver = new EntityResolver(corpus);
  const buckets = new Map<string, Draft[]>();
  const drafts: Draft[] = [];
  const stale = staleDocuments(corpus);
  for (const doc of corpus.documents) {
    const redated = redatedTimexes(doc, stale.get(doc.id));
    for (const ev of doc.layers.events ?? []) {
      if (ev.negated || notAHappening(doc, ev)) continue;
      const when = placeEvent(doc, ev, stale.get(doc.id), redated);
      if (!when) continue;
      const actors = [ev.agent, ev.target, ev.location]
        .map((a) => (a?.entity ? resolver.resolve(doc.id, a.entity) : null))
        .filter((x): x is string => x !== null);
      const group = groupOf(ev);
      const place = ev.location?.entity ? resolver.resolve(doc.id, ev.location.entity) : null;
      const key = `${group}|${when.date}`;
      const list = buckets.get(key) ?? [];
      buckets.set(key, list);
      // One shared party is no evidence when reports all name the same two or three parties;
      // it is when both mentions name only that one (a collapse at one bridge).
      const mine = new Set(actors);
      let d = list.find((x) => {
        if (ONE_PER_DAY_GROUPS.has(group)) return !placesDiffer(x.places, place, resolver);
        // A mention naming no party cannot tell two happenings apart: it joins that day's one of its kind.
        if (x.lemmas.has(ev.lemma) || actors.length === 0) return true;
        const shared = sharedActors(x.actors, actors, resolver);
        return shared >= MIN_SHARED_ACTORS || (shared === 1 && mine.size === 1 && x.actors.size === 1);
      });
      if (!d) {
        d = { group, date: when.date, precision: when.precision, items: [], actors: new Set(), lemmas: new Set(), places: new Set() };
        list.push(d);
        drafts.push(d);
      }
      d.items.push({ doc, ev, ...when, actors, place });
      for (const a of actors) d.actors.add(a);
      if (place) d.places.add(place);
      d.lemmas.add(ev.lemma);
    }
  }
  const fatalities = fatalitiesByEvent(slots);
  drafts.sort((a, b) => a.date.localeCompare(b.date) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  return dropRepeats(drafts.map((d, i) => {
    const documents = [...new Set(d.items.map((x) => x.doc.id))];
    const evidence: DocSpan[] = [];
    const seen = new Set<string>();
    for (const x of d.items) {
      const k = `${x.doc.id}#${x.ev.sentence}`;
      if (seen.has(k)) continue;
      seen.add(k);
      evidence.push(sentenceSpan(x.doc, x.ev.sentence, x.ev));
    }
    // The best-dated mention explains the date; an explicit one wins over the article date.
    const lead = [...d.items].sort((a, b) => Number(a.basis.startsWith('no date')) - Number(b.basis.startsWith('no date')))[0];
    const loc = lead.ev.location;
    const locKey = loc?.entity ? resolver.resolve(lead.doc.id, loc.entity) : null;
    const fat = d.items.map((x) => fatalities.get(`${x.doc.id}#${x.ev.id}`)).find((f) => f !== undefined);
    return {
      id: `t${i + 1}`,
      date: d.date,
      precision: d.precision,
      type: lead.ev.type,
      summary: shorten(clearest(d.items)),
      documents,
      basis: `${lead.basis} (${lead.doc.id})`,
      evidence,
      actors: [...d.actors],
      location: locKey ? resolver.name(locKey) : (loc?.text ?? null),
      fatalities: fat ?? null,
    };
  }));
}

/**
 * The sentence a reader should see first: one that gives its own date, names the parties, is not
 * a quote and is short; ties go to the mention placed first.
 */
function clearest(items: readonly Placed[]): string {
  let best = '';
  let bestScore = -Infinity;
  for (const x of items) {
    const s = x.doc.layers.sentences?.[x.ev.sentence];
    const text = (s ? x.doc.text.slice(s.start, s.end) : x.ev.trigger.text).replace(/\s+/g, ' ').trim();
    const parties = Number(x.ev.agent !== null) + Number(x.ev.target !== null || x.ev.location !== null);
    // A trigger late in a long sentence is usually a side clause ("... mourning for those killed when").
    const position = s ? (x.ev.trigger.start - s.start) / Math.max(1, s.end - s.start) : 0;
    const score =
      -position +
      (x.basis.startsWith('no date') ? 0 : 2) +
      parties +
      (/^["“'‘]/.test(text) ? -2 : 0) +
      (text.length < 40 ? -1 : 0) -
      Math.abs(text.length - SUMMARY_IDEAL_LENGTH) / SUMMARY_IDEAL_LENGTH;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  return best;
}

/**
 * Two triggers of different kinds in the same sentence ("claimed responsibility for killing ...")
 * would show one reported happening twice on one date; so would a wire sentence and its copies
 * placed under two kinds. An entry whose sentences (as text) are all in an earlier entry of the
 * same date joins it: its documents are added there, and ids are numbered again.
 */
function dropRepeats(entries: TimelineEntry[]): TimelineEntry[] {
  const kept: { entry: TimelineEntry; texts: Set<string> }[] = [];
  // Only entries of the same date can absorb one another: look among those, not the whole corpus.
  const byDate = new Map<string, { entry: TimelineEntry; texts: Set<string> }[]>();
  for (const e of entries) {
    const texts = new Set(e.evidence.map((x) => x.text.replace(/\s+/g, ' ').trim()));
    const sameDate = byDate.get(e.date) ?? [];
    byDate.set(e.date, sameDate);
    const into = sameDate.find((k) => [...texts].every((t) => k.texts.has(t)));
    if (into) {
      for (const d of e.documents) if (!into.entry.documents.includes(d)) into.entry.documents.push(d);
      for (const x of e.evidence) if (!into.entry.evidence.some((y) => y.document === x.document && y.start === x.start)) into.entry.evidence.push(x);
      continue;
    }
    const k = { entry: { ...e, id: `t${kept.length + 1}`, documents: [...e.documents], evidence: [...e.evidence] }, texts };
    kept.push(k);
    sameDate.push(k);
  }
  return kept.map((k) => k.entry);
}

/** document#event → reconciled killed figure of the slot holding a claim about that event. */
function fatalitiesByEvent(slots: readonly ClaimSlot[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of slots) {
    if (s.kind !== 'killed' || !s.reconciled || s.reconciled.best === null) continue;
    for (const v of s.values) {
      if (v.event) out.set(`${v.document}#${v.event}`, s.reconciled.best);
    }
  }
  return out;
}
