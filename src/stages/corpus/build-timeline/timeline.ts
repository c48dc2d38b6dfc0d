import type { ClaimSlot, Corpus, DatePrecision, Doc, DocSpan, EventMention, TimelineEntry } from '../../../core/index.ts';
import { dayNumber, docDate, EntityResolver, staleDocuments } from '../../../corpus-index/index.ts';
import { COPIED_SENTENCE, LEAD_SENTENCES, FORCE_LEMMAS, MIN_SHARED_ACTORS, ONE_PER_DAY_GROUPS, RETELL_WINDOW_DAYS, SUMMARY_IDEAL_LENGTH, SUMMARY_MAX, TIMELINE_TYPE_GROUPS } from './patterns.ts';
import { notAHappening, placeArgument, placeEvent, redatedTimexes } from './placing.ts';
import type { DocContext, Placement } from './placing.ts';
import { PlaceLevels } from './place-levels.ts';
import { dropRepeats, foldDeathsIntoCause } from './repeats.ts';

export interface Placed extends Placement {
  doc: Doc;
  ev: EventMention;
  actors: string[];
  /** Corpus key of the event's place, when it is a known entity. */
  place: string | null;
}

export interface Draft {
  group: string;
  date: string;
  precision: DatePrecision;
  items: Placed[];
  actors: Set<string>;
  lemmas: Set<string>;
  places: Set<string>;
}

/** The kind of happening a mention is merged under: one strike is told as struck, killed, launched. */
function groupOf(ev: EventMention): string {
  if (ev.type === 'military' && FORCE_LEMMAS.has(ev.lemma)) return 'attack';
  return TIMELINE_TYPE_GROUPS[ev.type] ?? ev.type;
}

/** Two places apart: both known, and none of the one set is the other place, names it, or lies in it or around it. */
function placesDiffer(a: ReadonlySet<string>, b: string | null, resolver: EntityResolver, levels: PlaceLevels): boolean {
  if (!b || a.size === 0) return false;
  for (const p of a) if (levels.related(p, b)) return false;
  return sharedActors(a, [b], resolver) === 0;
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

/** An earlier report that a document copies or rewrites, and that report's sentences as word sets. */
interface Original {
  date: string;
  sentences: Set<string>[];
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
}

/**
 * For each copy or rewrite, its earliest-dated original: the sentences it took from there retell
 * the original's day, not the day the copy was published.
 */
function originalsOf(corpus: Corpus): Map<string, Original> {
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const date = new Map(corpus.documents.map((d) => [d.id, docDate(d)]));
  const earliest = new Map<string, string>();
  for (const r of corpus.layers.provenance?.relations ?? []) {
    const da = date.get(r.a);
    const db = date.get(r.b);
    if (!da || !db || da === db) continue;
    const [copy, original] = da > db ? [r.a, r.b] : [r.b, r.a];
    const cur = earliest.get(copy);
    if (!cur || date.get(original)! < date.get(cur)!) earliest.set(copy, original);
  }
  const out = new Map<string, Original>();
  for (const [copy, id] of earliest) {
    const doc = byId.get(id)!;
    out.set(copy, { date: date.get(id)!, sentences: (doc.layers.sentences ?? []).map((s) => wordSet(doc.text.slice(s.start, s.end))) });
  }
  return out;
}

/** Whether a sentence of a copy was taken from its original, word for word or lightly reworded. */
function copiedFrom(original: Original, doc: Doc, sentence: number): boolean {
  const s = doc.layers.sentences?.[sentence];
  if (!s) return false;
  const mine = wordSet(doc.text.slice(s.start, s.end));
  for (const theirs of original.sentences) {
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    if (shared / (mine.size + theirs.size - shared) >= COPIED_SENTENCE) return true;
  }
  return false;
}

/**
 * A subheading or headline names the happening its paragraph tells ("Detention of the
 * contractor" over "On Thursday police detained ..."): undated, it takes the date of a mention of
 * the same kind in the paragraph below it.
 */
function datedByParagraphBelow(doc: Doc, ev: EventMention, placed: ReadonlyMap<EventMention, Placement>): Placement | null {
  const sentences = doc.layers.sentences ?? [];
  const paragraph = sentences[ev.sentence]?.paragraph;
  if (paragraph === undefined || !doc.layers.paragraphs?.[paragraph]?.heading) return null;
  const group = groupOf(ev);
  for (const [other, p] of placed) {
    if (p.fallback || groupOf(other) !== group) continue;
    if (sentences[other.sentence]?.paragraph !== paragraph + 1) continue;
    return { ...p, basis: `a heading over the paragraph that dates it: ${p.basis}` };
  }
  return null;
}

/** Builds entries from placed mentions: one happening per kind, date and matching parties or places. */
class TimelineDrafts {
  readonly drafts: Draft[] = [];
  private readonly buckets = new Map<string, Draft[]>();

  constructor(
    private readonly resolver: EntityResolver,
    private readonly levels: PlaceLevels,
  ) {}

  /** Whether a mention fits an entry of its kind on its date. */
  private fits(x: Draft, p: Placed): boolean {
    if (ONE_PER_DAY_GROUPS.has(x.group)) return !placesDiffer(x.places, p.place, this.resolver, this.levels);
    // A mention naming no party cannot tell two happenings apart: it joins that day's one of its kind.
    if (x.lemmas.has(p.ev.lemma) || p.actors.length === 0) return true;
    // One shared party is no evidence when reports all name the same two or three parties;
    // it is when both mentions name only that one (a collapse at one bridge).
    const shared = sharedActors(x.actors, p.actors, this.resolver);
    return shared >= MIN_SHARED_ACTORS || (shared === 1 && new Set(p.actors).size === 1 && x.actors.size === 1);
  }

  add(p: Placed): void {
    const group = groupOf(p.ev);
    const key = `${group}|${p.date}`;
    const list = this.buckets.get(key) ?? [];
    this.buckets.set(key, list);
    let d = list.find((x) => this.fits(x, p));
    if (!d) {
      d = { group, date: p.date, precision: p.precision, items: [], actors: new Set(), lemmas: new Set(), places: new Set() };
      list.push(d);
      this.drafts.push(d);
    }
    this.join(d, p);
  }

  private join(d: Draft, p: Placed): void {
    d.items.push(p);
    for (const a of p.actors) d.actors.add(a);
    if (p.place) d.places.add(p.place);
    d.lemmas.add(p.ev.lemma);
  }

  /**
   * An undated mention in a report's body often retells a happening of the days before (the lead
   * tells the day's news). When an entry of its kind from the week before its report's date has its
   * trigger word or its place (at any level), and no entry of that day fits it better, it joins that one.
   */
  retell(p: Placed): boolean {
    const group = groupOf(p.ev);
    const day = dayNumber(p.date);
    if (day === null) return false;
    const sameDay = (this.buckets.get(`${group}|${p.date}`) ?? []).some((x) => this.fits(x, p) && this.score(x, p) >= RETELL_MIN_SCORE);
    if (sameDay) return false;
    let best: Draft | null = null;
    let bestScore = 0;
    for (let back = 1; back <= RETELL_WINDOW_DAYS; back++) {
      const date = new Date((day - back) * 86_400_000).toISOString().slice(0, 10);
      for (const x of this.buckets.get(`${group}|${date}`) ?? []) {
        if (ONE_PER_DAY_GROUPS.has(group) && placesDiffer(x.places, p.place, this.resolver, this.levels)) continue;
        const score = this.score(x, p);
        if (score >= RETELL_MIN_SCORE && score > bestScore) {
          best = x;
          bestScore = score;
        }
      }
    }
    if (!best) return false;
    this.join(best, { ...p, date: best.date, precision: best.precision, basis: `${p.basis}; retells the happening of ${best.date}` });
    return true;
  }

  private score(x: Draft, p: Placed): number {
    let score = x.lemmas.has(p.ev.lemma) ? 2 : 0;
    if (p.place && [...x.places].some((q) => this.levels.related(q, p.place!))) score += 3;
    return score + sharedActors(x.actors, p.actors, this.resolver);
  }
}

/** Evidence a retelling needs: its trigger word or its place, not a shared party alone. */
const RETELL_MIN_SCORE = 2;

/**
 * Merges event mentions from every document into timeline entries: same kind of happening, same
 * date, and shared actors (or the same trigger lemma), citing every document that reports it.
 */
export function buildCorpusTimeline(corpus: Corpus, slots: readonly ClaimSlot[] = []): TimelineEntry[] {
  const resolver = new EntityResolver(corpus);
  const levels = new PlaceLevels(corpus, resolver);
  const stale = staleDocuments(corpus);
  const originals = originalsOf(corpus);
  const timeline = new TimelineDrafts(resolver, levels);
  const retellings: Placed[] = [];
  for (const doc of corpus.documents) {
    const ctx: DocContext = { correction: stale.get(doc.id) };
    ctx.redated = redatedTimexes(doc, ctx.correction);
    const original = originals.get(doc.id);
    const byEvent = new Map<EventMention, Placement>();
    for (const ev of doc.layers.events ?? []) {
      if (ev.negated || notAHappening(doc, ev)) continue;
      const copied = original && copiedFrom(original, doc, ev.sentence) ? original.date : null;
      const when = placeEvent(doc, ev, { ...ctx, originalDate: copied });
      if (when) byEvent.set(ev, when);
    }
    // A heading dated by its paragraph goes after that paragraph's own mention, which it then joins.
    const headed = new Map<EventMention, Placement>();
    for (const [ev, found] of byEvent) {
      const below = found.fallback ? datedByParagraphBelow(doc, ev, byEvent) : null;
      if (below) headed.set(ev, below);
    }
    for (const [ev, found] of [...byEvent].filter(([ev]) => !headed.has(ev)).concat([...headed])) {
      const when = headed.get(ev) ?? found;
      const location = placeArgument(doc, ev);
      const actors = [ev.agent, ev.target, location]
        .map((a) => (a?.entity ? resolver.resolve(doc.id, a.entity) : null))
        .filter((x): x is string => x !== null);
      const place = location?.entity ? resolver.resolve(doc.id, location.entity) : null;
      const placed: Placed = { doc, ev, ...when, actors, place };
      // Dated mentions and the leads' news first: retellings are matched against what they built.
      if (when.fallback && ev.sentence >= LEAD_SENTENCES) retellings.push(placed);
      else timeline.add(placed);
    }
  }
  for (const p of retellings) if (!timeline.retell(p)) timeline.add(p);
  const drafts = foldDeathsIntoCause(timeline.drafts);
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
    const lead = [...d.items].sort((a, b) => Number(a.fallback) - Number(b.fallback))[0];
    const loc = placeArgument(lead.doc, lead.ev);
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
      (x.fallback ? 0 : 2) +
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
