// Timeline entries in the making: which placed mentions are one happening.
import type { DatePrecision, Doc, EventMention } from '../../../core/index.ts';
import { dayNumber, isoDay } from '../../../corpus-index/index.ts';
import type { EntityResolver } from '../../../corpus-index/index.ts';
import { FORCE_LEMMAS, HAZARD_SCORE, RECOVERY_ACT, LATER_DEATH_LEMMAS, SAME_ACT, SIEGE_END_LEMMAS, SPEAKER_LEMMAS, MIN_SHARED_ACTORS, ONE_PER_DAY_GROUPS, RETELL_MIN_SCORE, RETELL_WINDOW_DAYS, TIMELINE_TYPE_GROUPS } from './patterns.ts';
import { previousInParagraph } from './placing.ts';
import type { Placement } from './placing.ts';
import type { PlaceLevels } from './place-levels.ts';

export interface Placed extends Placement {
  doc: Doc;
  ev: EventMention;
  actors: string[];
  /** Corpus key of who acts (or speaks), when it is a known entity. */
  agent?: string | null;
  /** Corpus key of the event's place, when it is a known entity. */
  place: string | null;
  /** The kind of natural hazard its sentence names for it ("quake"), if any: see HAZARD_KINDS. */
  hazard?: string | null;
}

export interface Draft {
  group: string;
  date: string;
  precision: DatePrecision;
  items: Placed[];
  actors: Set<string>;
  agents: Set<string>;
  lemmas: Set<string>;
  places: Set<string>;
  hazards: Set<string>;
}

/** The event type of acts outside the other kinds. */
export const CATCH_ALL_GROUP = 'other';
/** Deaths of the injured, days after the violence: see LATER_DEATH_LEMMAS. */
export const LATER_DEATH_GROUP = 'death';
/** The kind of statements, told apart by who makes them. */
const SPEECH_GROUP = 'statement';

/** The act a trigger lemma names: "detained" and "arrested", "expanded" and "widened" (a zone) tell one act. */
const actOf = (lemma: string): string => SAME_ACT[lemma] ?? lemma;

/** The kind of happening a mention is merged under: one strike is told as struck, killed, launched. */
export function groupOf(ev: EventMention): string {
  if (ev.type === 'military' && (FORCE_LEMMAS.has(ev.lemma) || SIEGE_END_LEMMAS.has(ev.lemma))) return 'attack';
  if (ev.type === 'kill' && LATER_DEATH_LEMMAS.has(ev.lemma)) return LATER_DEATH_GROUP;
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

/**
 * A subheading or headline names the happening its paragraph tells ("Detention of the
 * contractor" over "On Thursday police detained ..."): undated, it takes the date of a mention of
 * the same kind in the paragraph below it.
 */
export function datedByParagraphBelow(doc: Doc, ev: EventMention, placed: ReadonlyMap<EventMention, Placement>): Placement | null {
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

/**
 * The entry holds the sentence right before the mention's, in the same paragraph: an undated
 * sentence goes on with the happening the one before it dated ("The hijacking began at 07:10 on
 * Friday ... Seats were set on fire").
 */
function continuesParagraph(x: Draft, p: Placed): boolean {
  const before = previousInParagraph(p.doc, p.ev.sentence);
  return before !== null && x.items.some((i) => i.doc === p.doc && i.ev.sentence === before && !i.fallback);
}

/** Builds entries from placed mentions: one happening per kind, date and matching parties or places. */
export class TimelineDrafts {
  readonly drafts: Draft[] = [];
  private readonly buckets = new Map<string, Draft[]>();

  constructor(
    private readonly resolver: EntityResolver,
    private readonly levels: PlaceLevels,
  ) {}

  /** Whether a mention fits an entry of its kind on its date. */
  private fits(x: Draft, p: Placed): boolean {
    if (ONE_PER_DAY_GROUPS.has(x.group)) return !placesDiffer(x.places, p.place, this.resolver, this.levels);
    // Who speaks tells statements apart: "the mayor said on Wednesday that ..." and "the prosecutor
    // said on Wednesday that ..." are two, though both are "said"; one speaker's statements of a day are one.
    if (SPEAKER_LEMMAS.has(p.ev.lemma) && p.agent && x.agents.size > 0) return sharedActors(x.agents, [p.agent], this.resolver) > 0;
    if (x.lemmas.has(actOf(p.ev.lemma))) return true;
    // The dead recovered are told with the day's rescue of the living: one search-and-rescue entry.
    if (x.group === 'rescue' && (actOf(p.ev.lemma) === RECOVERY_ACT || x.lemmas.has(RECOVERY_ACT))) return true;
    // The catch-all kind holds unrelated acts (a fund approved, a road closed, a fire put out): only the same act joins.
    if (x.group === CATCH_ALL_GROUP) return false;
    // A mention naming no party cannot tell two happenings apart: it joins that day's one of its kind.
    if (p.actors.length === 0) return true;
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
      d = { group, date: p.date, precision: p.precision, items: [], actors: new Set(), agents: new Set(), lemmas: new Set(), places: new Set(), hazards: new Set() };
      list.push(d);
      this.drafts.push(d);
    }
    this.join(d, p);
  }

  private join(d: Draft, p: Placed): void {
    d.items.push(p);
    for (const a of p.actors) d.actors.add(a);
    if (p.agent) d.agents.add(p.agent);
    if (p.place) d.places.add(p.place);
    if (p.hazard) d.hazards.add(p.hazard);
    d.lemmas.add(actOf(p.ev.lemma));
  }

  /**
   * One speaker's statements of one day are one entry, whichever words tell them ("said on
   * Wednesday that ..." and "told a news conference on Wednesday"). Applied once every mention is
   * placed, since a report naming the speaker two ways can bring the two entries together only
   * after both exist. Returns the drafts that remain.
   */
  foldSameSpeaker(): Draft[] {
    const gone = new Set<Draft>();
    // Only statements of one day can fold: compare within each day, not across the corpus.
    const byDate = new Map<string, Draft[]>();
    for (const d of this.drafts) {
      if (d.group !== SPEECH_GROUP || d.agents.size === 0) continue;
      const list = byDate.get(d.date);
      if (list) list.push(d);
      else byDate.set(d.date, [d]);
    }
    for (const statements of byDate.values()) {
      for (const d of statements) {
        if (gone.has(d)) continue;
        for (const o of statements) {
          if (o === d || gone.has(o) || sharedActors(d.agents, [...o.agents], this.resolver) === 0) continue;
          for (const x of o.items) this.join(d, { ...x, date: d.date, precision: d.precision });
          gone.add(o);
        }
      }
    }
    return this.drafts.filter((d) => !gone.has(d));
  }

  /**
   * A sentence that tells the day's main happening without a trigger of its own joins the largest
   * entry of violence or disaster on its date; it starts none. Whether one was joined.
   */
  joinMain(p: Placed): boolean {
    let best: Draft | null = null;
    for (const group of ONE_PER_DAY_GROUPS) {
      for (const x of this.buckets.get(`${group}|${p.date}`) ?? []) if (!best || x.items.length > best.items.length) best = x;
    }
    if (!best) return false;
    this.join(best, { ...p, precision: best.precision });
    return true;
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
    // The best fitting entry of its own day is the one to beat: an earlier entry must fit better.
    let sameDay = 0;
    for (const x of this.buckets.get(`${group}|${p.date}`) ?? []) if (this.fits(x, p)) sameDay = Math.max(sameDay, this.score(x, p));
    let best: Draft | null = null;
    let bestScore = sameDay >= RETELL_MIN_SCORE ? sameDay : 0;
    for (let back = 1; back <= RETELL_WINDOW_DAYS; back++) {
      const date = isoDay(day - back);
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
    let score = x.lemmas.has(actOf(p.ev.lemma)) || continuesParagraph(x, p) ? 2 : 0;
    if (p.hazard && x.hazards.has(p.hazard)) score += HAZARD_SCORE;
    if (p.place && [...x.places].some((q) => this.levels.related(q, p.place!))) score += 3;
    return score + sharedActors(x.actors, p.actors, this.resolver);
  }
}
