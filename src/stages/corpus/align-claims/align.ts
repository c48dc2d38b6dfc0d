import type { ClaimSlot, ClaimStatus, ClaimValue, Corpus, Doc } from '../../../core/index.ts';
import { EntityResolver, isoDay } from '../../../corpus-index/index.ts';
import { groupOf } from '../detect-provenance/provenance.ts';
import { CONTRADICTIONS } from './contradictions.ts';
import { BATCH_STAGES, MEASURE_KINDS, MEASURE_RATIO, UNIT_SYNONYMS, DATE_WINDOW_DAYS, DISPUTE_CLOSENESS, ARRESTED_NOUNS, DISPUTE_MIN, FALLING_KINDS, MAGNITUDE_GAP, ROLE_NOUNS, RUNNING_TOTAL, SCAN_ALL_BELOW, STAGE_LABELS, TOLL_KINDS, TOLL_RATIO } from './patterns.ts';
import { compatible, figureSpan } from './intervals.ts';
import type { ValueReading } from './intervals.ts';
import { buildRecords } from './records.ts';
import type { ClaimRecord } from './records.ts';
import { reconcile } from './reconcile.ts';
import { slotStatus } from './status.ts';
import { asOfDates, isLiveBlog, supersededIn } from './as-of.ts';

/** The lowest and highest bottom and top of one day's figures (a stated figure is its own bottom and top). */
export interface FigureSpans {
  loMin: number;
  loMax: number;
  hiMin: number;
  hiMax: number;
  /** One of the day's figures is told as a change ("has risen to 40"). */
  rose: boolean;
}

/** A figure one document gave a slot. */
export interface DocFigure {
  value: number | string;
  vague: boolean;
  reading: ValueReading | null;
  /** A count of the thing another count was set against as its rival (`joinRivalCounts`). */
  rival: boolean;
}

export interface SlotDraft {
  key: string;
  records: ClaimRecord[];
  days: Set<number>;
  places: Set<string>;
  families: Set<string>;
  actors: Set<string>;
  /** Counted nouns of its claims before folding ("man", "people"), for the same-figure rule. */
  nouns: Set<string>;
  /** Figures each document already gave this slot, for the one-figure-per-document rule. */
  byDoc: Map<Doc, Set<number | string>>;
  /** Every figure the slot holds (the union of `byDoc`), so a fit does not walk every document. */
  figures: Set<number | string>;
  /** How many documents gave the slot each figure. */
  holders: Map<number | string, number>;
  /** How many of its claims count rather than name one victim: a slot of named victims only has none. */
  counts: number;
  /** The same figures with their readings, for telling another figure from the same one told vaguely. */
  docReadings: Map<Doc, DocFigure[]>;
  /**
   * Bounds of the positive figures, per document day (-1 for undated), for the ratio rules;
   * `rose` when one of that day's figures is told as a rise ("has risen to 40").
   */
  spans: Map<number, FigureSpans>;
  /** The first document day each independence group gave each figure: a copy repeats it as of then. */
  firstDay: Map<string, number>;
}

/** The slot family a claim can only ever join: kind and counted noun (speaker for statements). */
function slotKey(r: ClaimRecord): string {
  if (r.claim.kind === 'statement') {
    // Statements that could contradict each other meet in one slot whoever reports them.
    const value = String(r.claim.value);
    const pair = r.quoted && r.speaker ? undefined : CONTRADICTIONS.find(([a, b]) => a.test(value) || b.test(value));
    // Accounts of what a person in charge did are of one person: the driver's and the conductor's are two disputes.
    const about = pair ? `pair:${pair[2]}${r.who ? `|who:${r.who}` : ''}` : r.speaker ? `speaker:${r.speaker}` : `value:${value.toLowerCase()}`;
    return `${r.story}|statement|${about}`;
  }
  const u = r.claim.unit?.toLowerCase().replace(/[^\p{L}$]/gu, '');
  const unit = u ? `|${UNIT_SYNONYMS[u] ?? u}` : '';
  const part = r.facility ? `|at:${r.facility.toLowerCase()}` : r.stage !== null ? `|stage:${r.stage}` : r.part ? '|part' : '';
  return `${r.story}|${r.claim.kind}|${r.counted}${unit}${part}`;
}

/**
 * Two tolls of one day's reporting that differ this much are about different happenings. Figures
 * are ranges (a vague "a few" is 2–5): a figure is far from a day's figures when it is far above
 * the one with the lowest top or far below the one with the highest bottom.
 */
function farApart(slot: SlotDraft, r: ClaimRecord): boolean {
  const span = figureSpan(r.claim);
  if (!span) return false;
  const [lo, hi] = span;
  const toll = TOLL_KINDS.has(r.claim.kind);
  const limit = toll ? TOLL_RATIO : MEASURE_RATIO;
  if (r.claim.kind === 'magnitude') {
    for (const s of slot.spans.values()) if (lo - s.hiMin > MAGNITUDE_GAP || s.loMax - hi > MAGNITUDE_GAP) return true;
    return false;
  }
  const at = figureDay(slot, r);
  for (const [day, s] of slot.spans) {
    // A count of what a place holds or who stood by ("280 patients", "2,050 refugees") does not rise threefold
    // between reports: every day's figures bound it.
    if (toll && r.claim.kind !== 'count' && day >= 0 && at !== null && day !== at) {
      // A toll may rise over days: only figures of the same day (or undated ones) must be close. A
      // day apart, a later report goes far above an earlier one only when it tells a rise ("the toll
      // has risen to 80"); it never goes far below it, unless it is a count that can fall (the missing)
      // told as a change. The rise is measured from the earlier day's highest count.
      if (Math.abs(day - at) > DATE_WINDOW_DAYS) continue;
      const earlier = day < at;
      const up = earlier ? lo / s.hiMax : s.loMin / hi;
      const down = earlier ? s.loMax / hi : lo / s.hiMin;
      const told = earlier ? r.update : s.rose;
      if ((up > limit && !told) || (down > limit && !(told && FALLING_KINDS.has(r.claim.kind)))) return true;
      continue;
    }
    if (lo / s.hiMin > limit || s.loMax / hi > limit) return true;
  }
  return false;
}

/**
 * How well a claim fits a slot: null when something known contradicts it (another date, another
 * kind of happening, the same document already giving that slot a different figure, or a toll
 * several times another of the same days), else a score of what is known to match.
 */
function fit(slot: SlotDraft, r: ClaimRecord): number | null {
  // Accounts of one story's disputed fact (surrendered / stormed) are one dispute whatever noun,
  // day or kind of happening each sentence gives: an account may be given days after the ending.
  if (slot.key.includes('|pair:')) return 0;
  // Another day is another happening, but the one sum or distance a slot holds, told again, is the
  // same one: a payment approved on Wednesday is the one families receive from Friday. Not in a slot
  // whose figure changed ("widened from 2 km to 6 km"): a later 2 km there is an inner ring.
  const restated = MEASURE_KINDS.has(r.claim.kind) && slot.figures.size === 1 && slot.figures.has(r.claim.value);
  if (r.day !== null && slot.days.size > 0 && !restated && !nearDay(slot.days, r.day)) return null;
  // Captives released on Tuesday and more on Wednesday are two batches: a batch's day and size are its own
  // (another size, undated, is another batch more often than another account of this one). A copy or
  // rewrite giving its source's batch retells it, whatever day its own wording is read as.
  if (r.stage !== null && BATCH_STAGES.has(r.stage) && ((r.day !== null && slot.days.size > 0 && !slot.days.has(r.day) && !groupGave(slot, r)) || (slot.figures.size > 0 && !slot.figures.has(r.claim.value)))) return null;
  const toll = TOLL_KINDS.has(r.claim.kind);
  // Event types are guessed per sentence (an earthquake read as an attack): for a toll they only weigh,
  // and a figure the slot holds already ("5 km from the dam" under a burst dam read as an attack) is
  // the same measure told again.
  const otherFamily = r.family !== null && slot.families.size > 0 && !slot.families.has(r.family);
  if (otherFamily && !toll && !slot.figures.has(r.claim.value)) return null;
  const mine = slot.byDoc.get(r.doc);
  // The document repeating a figure it already gave the slot ("13 died ... the governor says 13") tells the same toll again.
  const repeated = mine !== undefined && !r.claim.vague && mine.has(r.claim.value);
  // A report giving a count and its rival ("24,000 inside, far more than the 18,200 tickets") gives
  // two sources' figures of one quantity, however far apart.
  const rivals = r.rival || (slot.docReadings.get(r.doc)?.some((x) => x.rival) ?? false);
  const post = earlierPost(slot, r);
  const retold = retells(slot, r);
  if (mine && r.claim.kind !== 'statement' && !repeated && !rivals && !post && !retold && !updates(mine, r) && !laterPost(slot, r) && !(disputed(mine, r.claim) && samePlace(slot, r)) && !sameFigure(slot.docReadings.get(r.doc), r) && !retellsDispute(slot, mine, r)) return null;
  if (!post && !retold && farApart(slot, r)) return null;
  // Sources measuring one thing give one figure: another distance is another thing measured
  // ("windows shattered up to 3 km" beside "everyone within 5 km"), unless told as a change of it.
  if (MEASURE_KINDS.has(r.claim.kind) && !r.change && !measuresSame(slot, r)) return null;
  // "Two men" and "two people" are one toll told two ways; "two men" and "three people" are a part and a whole.
  const noun = nounOf(r);
  if (slot.nouns.size > 0 && !slot.nouns.has(noun) && !slot.figures.has(r.claim.value)) return null;
  // A report naming one victim ("a man was killed") supports the figure one, not a toll of several:
  // it joins a slot that holds a one, and counts above one do not join a slot of named victims.
  if (r.onePerson ? !slot.figures.has(1) : r.claim.value !== 1 && slot.counts === 0) return null;
  let score = 0;
  if (slot.nouns.has(noun)) score += 1;
  // Places are a soft signal: sources name a town, its province or the country for one happening.
  if (r.place !== null && slot.places.size > 0 && !slot.places.has(r.place)) score -= 1;
  if (r.day !== null && slot.days.has(r.day)) score += 2;
  if (r.place !== null && slot.places.has(r.place)) score += 2;
  if (r.family !== null && slot.families.has(r.family)) score += 1;
  if (otherFamily) score -= 1;
  for (const a of r.actors) if (slot.actors.has(a)) score += 1;
  return score;
}

/** The claim's independence group already gave the slot its figure (a copy or rewrite retelling it). */
function groupGave(slot: SlotDraft, r: ClaimRecord): boolean {
  return slot.records.some((x) => x.group === r.group && x.claim.value === r.claim.value);
}

/**
 * One document's figures for a toll that are close to each other: two sources' counts of one toll
 * ("71, against the 58 the agency announced") or a count and its update, not two happenings; for a
 * magnitude, two agencies' readings of one quake.
 */
function disputed(mine: ReadonlySet<number | string>, claim: ClaimRecord['claim']): boolean {
  const value = claim.value;
  if (typeof value !== 'number') return false;
  if (claim.kind === 'magnitude') return [...mine].every((f) => typeof f === 'number' && Math.abs(f - value) <= MAGNITUDE_GAP);
  if (!TOLL_KINDS.has(claim.kind) || value < DISPUTE_MIN) return false;
  for (const f of mine) {
    if (typeof f !== 'number' || f < DISPUTE_MIN || Math.abs(f - value) / Math.max(f, value) > DISPUTE_CLOSENESS) return false;
  }
  return true;
}

/**
 * A live blog's earlier post of the toll its later posts gave the slot: below all of them (above,
 * for counts that fall), newest posts first, with no other place. It is the toll as it stood then,
 * so it joins them whatever its ratio to the day's figures, and it bounds no other figure.
 */
function earlierPost(slot: SlotDraft, r: ClaimRecord): boolean {
  const mine = slot.byDoc.get(r.doc);
  const value = r.claim.value;
  if (!mine || !isLiveBlog(r.doc) || typeof value !== 'number' || r.claim.kind === 'statement' || !samePlace(slot, r)) return false;
  const falling = FALLING_KINDS.has(r.claim.kind);
  for (const f of mine) if (typeof f !== 'number' || (falling ? f >= value : f <= value)) return false;
  return true;
}

/**
 * A live blog's later post telling the toll its earlier posts gave the slot as it moved ("the death toll now
 * stands at three" after "one miner has died"): above all of them (below, for counts that fall), told as
 * an update, with no other place. It is the same toll, a post later.
 */
function laterPost(slot: SlotDraft, r: ClaimRecord): boolean {
  const mine = slot.byDoc.get(r.doc);
  const value = r.claim.value;
  if (!mine || !r.update || !isLiveBlog(r.doc) || typeof value !== 'number' || !samePlace(slot, r)) return false;
  const falling = FALLING_KINDS.has(r.claim.kind);
  for (const f of mine) if (typeof f !== 'number' || (falling ? f <= value : f >= value)) return false;
  return true;
}

/**
 * A report whose own date is not trusted (a digest weeks late) retells others' figures: one the
 * slot holds from another report is theirs told again ("the agency reported 15 on Friday, 22 on
 * Monday"), not a second figure of its own, and its wrong date bounds nothing.
 */
function retells(slot: SlotDraft, r: ClaimRecord): boolean {
  return !r.dated && slot.figures.has(r.claim.value) && !(slot.byDoc.get(r.doc)?.has(r.claim.value) ?? false);
}

/**
 * The document tells a dispute the slot already holds: its figure and each figure it gave the slot
 * are figures other reports gave it ("the organisers say 9,000; the police say at least 15,000", after
 * reports of each side). Known figures told together are the sources' counts of one thing, however
 * far apart, not two happenings.
 */
function retellsDispute(slot: SlotDraft, mine: ReadonlySet<number | string>, r: ClaimRecord): boolean {
  const elsewhere = (v: number | string): boolean => (slot.holders.get(v) ?? 0) > (mine.has(v) ? 1 : 0);
  if (!elsewhere(r.claim.value)) return false;
  for (const v of mine) if (!elsewhere(v)) return false;
  return true;
}

/**
 * The claim is the document's update of the figures it gave the slot: a running total carried on
 * ("three were arrested on Monday ... bringing the number in custody to seven") past all of them in
 * the way the toll moves (up; down for counts that fall). A plain "has risen to" is not enough: a
 * report giving two such figures may tell two happenings.
 */
function updates(mine: ReadonlySet<number | string>, r: ClaimRecord): boolean {
  const value = r.claim.value;
  if (!r.update || typeof value !== 'number' || !RUNNING_TOTAL.test(r.claim.sentenceText)) return false;
  const falling = FALLING_KINDS.has(r.claim.kind);
  for (const f of mine) if (typeof f !== 'number' || (falling ? f <= value : f >= value)) return false;
  return true;
}

/**
 * The document's figures in the slot all agree with the claim: the same figure, or, when one of
 * the two is vague, a range that holds the other ("dozens missing" in the headline, "at least 30
 * missing" in the text).
 */
function sameFigure(mine: readonly DocFigure[] | undefined, r: ClaimRecord): boolean {
  if (!mine) return true;
  const reading = r.reading;
  return mine.every((x) =>
    !x.vague && !r.claim.vague ? x.value === r.claim.value : x.reading !== null && reading !== null && compatible(x.reading, reading, TOLL_KINDS.has(r.claim.kind)),
  );
}

/** The claim's figure agrees with one the slot holds, or the slot's other figures are changes of it. */
function measuresSame(slot: SlotDraft, r: ClaimRecord): boolean {
  const reading = r.reading;
  if (reading === null || slot.records.length === 0) return true;
  for (const figures of slot.docReadings.values()) {
    for (const x of figures) if (x.reading === null || compatible(x.reading, reading, false)) return true;
  }
  return false;
}

/** The day a record's figure counts from: its group's first report of it in the slot, else its document's day. */
function figureDay(slot: SlotDraft, r: ClaimRecord): number | null {
  const first = slot.firstDay.get(`${r.group}\u0000${String(r.claim.value)}`);
  return first !== undefined && (r.docDay === null || first < r.docDay) ? first : r.docDay;
}

/**
 * For a toll, the document's figures already in the slot name no other place than the claim: "12
 * died in Orvel and 10 in Brask" are two tolls. A magnitude's place is often its agency's country.
 */
function samePlace(slot: SlotDraft, r: ClaimRecord): boolean {
  if (r.place === null || !TOLL_KINDS.has(r.claim.kind)) return true;
  return slot.records.every((x) => x.doc !== r.doc || x.place === null || x.place === r.place);
}

function nearDay(days: ReadonlySet<number>, day: number): boolean {
  for (const d of days) if (Math.abs(d - day) <= DATE_WINDOW_DAYS) return true;
  return false;
}

/**
 * The noun a toll's figure is compared by: a role ("workers", "fans"), or in arrests "suspects",
 * counts the same people as "people".
 */
function nounOf(r: ClaimRecord): string {
  const role = ROLE_NOUNS.has(r.noun) || (r.claim.kind === 'arrested' && ARRESTED_NOUNS.has(r.noun));
  return r.counted === 'people' && role ? 'people' : r.noun;
}

function addTo(slot: SlotDraft, r: ClaimRecord): void {
  // A live blog's earlier post, or a figure a late digest retells, says nothing of its own day.
  const boundsNothing = earlierPost(slot, r) || retells(slot, r);
  slot.records.push(r);
  slot.nouns.add(nounOf(r));
  const mine = slot.byDoc.get(r.doc);
  if (!mine?.has(r.claim.value)) slot.holders.set(r.claim.value, (slot.holders.get(r.claim.value) ?? 0) + 1);
  if (mine) mine.add(r.claim.value);
  else slot.byDoc.set(r.doc, new Set([r.claim.value]));
  slot.figures.add(r.claim.value);
  if (!r.onePerson) slot.counts++;
  const figure = { value: r.claim.value, vague: r.claim.vague, reading: r.reading, rival: r.rival };
  const readings = slot.docReadings.get(r.doc);
  if (readings) readings.push(figure);
  else slot.docReadings.set(r.doc, [figure]);
  const span = boundsNothing ? null : figureSpan(r.claim);
  if (span) {
    const day = figureDay(slot, r) ?? -1;
    const key = `${r.group}\u0000${String(r.claim.value)}`;
    if (day >= 0 && !slot.firstDay.has(key)) slot.firstDay.set(key, day);
    const [lo, hi] = span;
    const d = slot.spans.get(day);
    if (d) {
      d.loMin = Math.min(d.loMin, lo);
      d.loMax = Math.max(d.loMax, lo);
      d.hiMin = Math.min(d.hiMin, hi);
      d.hiMax = Math.max(d.hiMax, hi);
      d.rose ||= r.update;
    } else slot.spans.set(day, { loMin: lo, loMax: lo, hiMin: hi, hiMax: hi, rose: r.update });
  }
  if (r.day !== null) slot.days.add(r.day);
  if (r.place !== null) slot.places.add(r.place);
  if (r.family !== null) slot.families.add(r.family);
  for (const a of r.actors) slot.actors.add(a);
}

function toValue(r: ClaimRecord): ClaimValue {
  const c = r.claim;
  return {
    document: r.doc.id,
    value: c.value,
    low: c.low,
    high: c.high,
    text: c.sentenceText,
    attribution: c.attribution?.text ?? null,
    quantity: { document: r.doc.id, start: c.quantity.start, end: c.quantity.end, text: c.quantity.text },
    vague: c.vague,
    parts: c.parts,
    hedge: c.hedge,
    published: r.published,
    group: r.group,
    event: c.event,
  };
}

const VERB: Record<string, string> = {
  killed: 'killed', injured: 'injured', missing: 'missing', rescued: 'rescued', arrested: 'arrested',
  displaced: 'displaced', evacuated: 'evacuated', affected: 'affected',
};

/**
 * The day a slot is named by: the day most of its dated claims give (a copy read a day off is
 * outvoted by its source and the other reports), the earliest on a tie.
 */
function slotDay(slot: SlotDraft): number | undefined {
  const votes = new Map<number, number>();
  for (const r of slot.records) if (r.day !== null) votes.set(r.day, (votes.get(r.day) ?? 0) + 1);
  let best: number | undefined;
  for (const [d, n] of votes) if (best === undefined || n > votes.get(best)! || (n === votes.get(best)! && d < best)) best = d;
  return best;
}

function subjectOf(slot: SlotDraft, resolver: EntityResolver, status: ClaimStatus): string {
  const first = slot.records[0];
  const kind = first.claim.kind;
  const place = [...slot.places][0];
  const facility = first.facility;
  const where = facility ? ` at ${facility}` : place ? ` in ${resolver.name(place)}` : '';
  const day = slotDay(slot);
  const when = day !== undefined ? ` on ${isoDay(day)}` : '';
  if (kind === 'statement') {
    // A pair slot is contested only when its accounts conflict: sources telling one side agree on it.
    if (slot.key.includes('|pair:')) return `${status === 'conflicting' ? 'contested account' : 'account'}${first.who ? ` of ${first.who}` : ''}: ${[...new Set(slot.records.map((x) => String(x.claim.value)))].join(' / ')}`;
    if (first.speaker) return `what ${first.claim.attributionEntity ? resolver.name(first.speaker) : (first.claim.attribution?.text ?? first.speaker)} said`;
    return `reported: ${String(first.claim.value)}`;
  }
  // One toll told as "two men" and "two people" is of people; told one way only, it keeps that word.
  const who = first.noun === 'people' || slot.records.some((x) => x.noun !== first.noun) ? 'people' : (first.claim.counted ?? first.counted);
  const stage = first.stage !== null ? STAGE_LABELS[kind]?.[first.stage] : undefined;
  if (stage) return `people ${stage}${where}${when}`;
  if (VERB[kind]) return `${who} ${VERB[kind]}${where}${when}${first.part ? ' (part of a larger toll)' : ''}`;
  const counted = first.claim.counted ?? first.counted;
  return `${kind}${counted && counted !== kind ? ` of ${counted}` : ''}${where}${when}`;
}

/** Renders one slot: values, status, independent sources and reconciled reading. */
export function renderSlot(d: SlotDraft, id: string, resolver: EntityResolver): ClaimSlot {
  const values = d.records.map(toValue);
  const kind = d.records[0].claim.kind;
  const asOf = asOfDates(d.records);
  const old = supersededIn(d.records);
  const current = values.filter((_, i) => !old[i]);
  const currentAsOf = asOf.filter((_, i) => !old[i]);
  const { status, reason } = slotStatus(kind, current, { changed: d.records.some((r) => r.change), asOf: currentAsOf, part: d.records[0].part });
  return {
    id,
    kind,
    subject: subjectOf(d, resolver, status),
    status,
    values,
    independentSources: new Set(values.map((v) => v.group)).size,
    reconciled: kind === 'statement' ? null : reconcile(current, status, currentAsOf),
    statusReason: reason,
  };
}

/**
 * Places claims into slots one at a time. Within a slot family (same kind and counted noun) the
 * candidates are found through buckets by place and by day, so one addition looks at the slots
 * that could match rather than at every slot of the corpus.
 */
export class ClaimAligner {
  readonly drafts: SlotDraft[] = [];
  private readonly buckets = new Map<string, Set<SlotDraft>>();
  /** Slots with neither place nor day, per family: they can take any claim of that family. */
  private readonly floating = new Map<string, Set<SlotDraft>>();

  private push(key: string, d: SlotDraft): void {
    const set = this.buckets.get(key);
    if (set) set.add(d);
    else this.buckets.set(key, new Set([d]));
  }

  private candidates(key: string, r: ClaimRecord): Set<SlotDraft> {
    const out = new Set<SlotDraft>(this.floating.get(key) ?? []);
    if (r.place !== null) for (const d of this.buckets.get(`${key}\u0000p${r.place}`) ?? []) out.add(d);
    if (r.day !== null) {
      for (let x = r.day - DATE_WINDOW_DAYS; x <= r.day + DATE_WINDOW_DAYS; x++) for (const d of this.buckets.get(`${key}\u0000d${x}`) ?? []) out.add(d);
    }
    // Small families are scanned whole: a slot known only by place can still take a claim known only by day.
    const all = this.buckets.get(`${key}\u0000all`);
    if (all && ((r.place === null && r.day === null) || all.size <= SCAN_ALL_BELOW)) for (const d of all) out.add(d);
    return out;
  }

  /** Adds a claim and returns the slot it joined or started. */
  add(r: ClaimRecord): SlotDraft {
    const key = slotKey(r);
    let best: SlotDraft | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of this.candidates(key, r)) {
      const score = fit(s, r);
      if (score !== null && (score > bestScore || (score === bestScore && best && s.records.length > best.records.length))) {
        best = s;
        bestScore = score;
      }
    }
    if (!best) {
      best = {
        key, records: [], days: new Set(), places: new Set(), families: new Set(), actors: new Set(), nouns: new Set(),
        byDoc: new Map(), figures: new Set(), holders: new Map(), counts: 0, docReadings: new Map(), spans: new Map(), firstDay: new Map(),
      };
      this.drafts.push(best);
      this.push(`${key}\u0000all`, best);
    }
    addTo(best, r);
    let floating = this.floating.get(key);
    if (!floating) this.floating.set(key, (floating = new Set()));
    // A slot floats while it has neither place nor day; once it has one, it is found through its buckets.
    if (best.places.size === 0 && best.days.size === 0) floating.add(best);
    else floating.delete(best);
    if (r.place !== null) this.push(`${key}\u0000p${r.place}`, best);
    if (r.day !== null) this.push(`${key}\u0000d${r.day}`, best);
    return best;
  }
}

/** Aligns every document's claims into slots, each with its status and reconciled reading. */
export function alignCorpusClaims(corpus: Corpus): ClaimSlot[] {
  const resolver = new EntityResolver(corpus);
  const groups = groupOf(corpus.layers.provenance);
  const aligner = new ClaimAligner();
  for (const r of buildRecords(corpus, groups, resolver)) aligner.add(r);
  return aligner.drafts.map((d, i) => renderSlot(d, `s${i + 1}`, resolver));
}
