import { Centroid, DocumentFrequencies, tfidfVector, topTerms } from './sparse-vector.ts';
import type { SparseVector } from './sparse-vector.ts';

/** What story grouping looks at in one document. */
export interface StoryFeatures {
  id: string;
  /** Content words (see `contentWords`). */
  words: string[];
  /** Normalised entity names (corpus entity ids or lower-cased names). */
  names: string[];
  /** Day number of the document's reference date (see `dayNumber`), when known. */
  day: number | null;
  /** Keys of the places it names, when entity types are known (a subset of `names`). */
  places?: string[];
  /**
   * Keys of places its organizations are named after ("X Copper", "X District Hospital" give X),
   * when the corpus knows X as a place. Evidence of the locale for the place gate, never a veto.
   */
  namedAfter?: string[];
  /** Keys of the people it names, when entity types are known (a subset of `names`). */
  people?: string[];
  /**
   * Content words of the headline and opening sentences only: what kind of happening the report
   * is about. Topic grouping (`mergedGroups`) compares stories by these when given.
   */
  leadWords?: string[];
}

export interface StoryIndexOptions {
  /** Minimum combined similarity to join an existing story. */
  threshold: number;
  /** Share of the similarity that comes from entity overlap (the rest from text). */
  entityWeight: number;
  /** Documents more than this many days from every member of a story never join it. */
  maxDayGap: number;
  /** How many of a document's heaviest terms are looked up in the inverted index. */
  probeTerms: number;
  /** Terms whose posting list is longer than this are too common to find candidates by. */
  maxPosting: number;
  /** The longest a story may run, first to last document. */
  maxSpanDays: number;
  /** Only the stories sharing the most probe terms are scored. */
  maxCandidates: number;
  /** Below this name similarity a story and a document share no real names... */
  minNameOverlap: number;
  /** ...and their similarity is multiplied by this. */
  noNamePenalty: number;
  /** Below this share of a report's place weight held by a story... */
  minPlaceOverlap: number;
  /** ...the report's similarity to it is multiplied by this... */
  noPlacePenalty: number;
  /** ...unless the story holds at least this share of the report's people weight. */
  minPeopleOverlap: number;
  /**
   * Minimum similarity between an undated report and a dated story (or a dated report and a story
   * of undated ones). No date confirms that they are one happening, so the text must say so more
   * strongly than `threshold` asks; otherwise an undated report joins whichever story of its kind
   * happens to exist first.
   */
  undatedThreshold: number;
}

export const DEFAULT_STORY_OPTIONS: StoryIndexOptions = {
  threshold: 0.22,
  entityWeight: 0.35,
  maxDayGap: 10,
  probeTerms: 15,
  maxPosting: 100,
  maxCandidates: 30,
  maxSpanDays: 60,
  minNameOverlap: 0.05,
  noNamePenalty: 0.6,
  minPlaceOverlap: 0.3,
  noPlacePenalty: 0.15,
  minPeopleOverlap: 0.5,
  undatedThreshold: 0.22,
};

interface Cluster {
  id: number;
  members: string[];
  text: Centroid;
  names: Centroid;
  places: Centroid;
  people: Centroid;
  lead: Centroid;
  firstDay: number | null;
  lastDay: number | null;
  posted: Set<string>;
  /** False once its members were taken out to be placed again (see `resettle`). */
  alive: boolean;
}

export interface StoryAssignment {
  cluster: number;
  similarity: number;
  created: boolean;
}

/**
 * Incremental single-pass clustering by centroid similarity. Adding a document weighs it against
 * the document frequencies seen so far, finds candidate stories through an inverted index of
 * their heaviest terms, and joins the most similar one above the threshold or starts a new one.
 * Nothing already placed is revisited, so one addition costs the size of its candidates only.
 */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly wordDf = new DocumentFrequencies();
  private readonly nameDf = new DocumentFrequencies();
  private readonly placeDf = new DocumentFrequencies();
  private readonly peopleDf = new DocumentFrequencies();
  private readonly leadDf = new DocumentFrequencies();
  private readonly clusters: Cluster[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly observed = new Set<string>();

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
  }

  get size(): number {
    return this.clusters.reduce((n, c) => n + (c.alive ? 1 : 0), 0);
  }

  /**
   * Counts a document's terms without placing it. A batch caller observes every document first so
   * that the earliest ones are weighed with the frequencies of the whole batch.
   */
  observe(f: StoryFeatures): void {
    this.wordDf.add(f.words);
    this.nameDf.add(f.names);
    this.placeDf.add(f.places ?? []);
    this.peopleDf.add(f.people ?? []);
    if (f.leadWords) this.leadDf.add(f.leadWords);
    this.observed.add(f.id);
  }

  add(f: StoryFeatures): StoryAssignment {
    if (!this.observed.has(f.id)) this.observe(f);
    this.observed.delete(f.id);
    return this.place(f);
  }

  /**
   * Batch only: the members of stories of at most `maxSize` reports are placed again, now that every
   * story exists. In one pass a report that arrived before the reports linking it to a story (a
   * place or name the story only learnt later) starts a story of its own; which report came first
   * should not decide that. Each is weighed again against every other story and starts one of its
   * own only if none takes it. `features` must hold every member (the caller's batch).
   */
  resettle(features: ReadonlyMap<string, StoryFeatures>, maxSize: number): void {
    const count = this.clusters.length;
    for (let i = 0; i < count; i++) {
      const c = this.clusters[i];
      if (!c.alive || c.members.length > maxSize) continue;
      c.alive = false;
      for (const id of c.members) {
        const f = features.get(id);
        if (f) this.place(f);
      }
    }
  }

  private place(f: StoryFeatures): StoryAssignment {
    const text = tfidfVector(f.words, this.wordDf);
    const names = tfidfVector(f.names, this.nameDf);
    const places = tfidfVector(f.places ?? [], this.placeDf);
    const people = tfidfVector(f.people ?? [], this.peopleDf);
    const namedAfter = f.namedAfter ?? [];
    let best: Cluster | null = null;
    let bestSim = -1;
    for (const c of this.candidates(text, names)) {
      if (!this.closeInTime(c, f.day)) continue;
      const sim = this.similarity(c, text, names, places, people, namedAfter);
      if ((f.day === null) !== (c.firstDay === null) && sim < this.options.undatedThreshold) continue;
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    let created = false;
    if (!best || bestSim < this.options.threshold) {
      best = {
        id: this.clusters.length,
        members: [],
        text: new Centroid(),
        names: new Centroid(),
        places: new Centroid(),
        people: new Centroid(),
        lead: new Centroid(),
        firstDay: null,
        lastDay: null,
        posted: new Set(),
        alive: true,
      };
      this.clusters.push(best);
      created = true;
    }
    this.join(best, f, text, names, places, people);
    return { cluster: best.id, similarity: created ? 1 : bestSim, created };
  }

  /**
   * Broader groups: stories of the same kind of happening, merged by average link (see
   * `TopicMergeOrder`) until no candidate pair reaches `threshold`.
   *
   * When documents came with `leadWords`, stories are compared by their leads only: a report says
   * what kind of happening it is about up front, while its tail (background, reactions, earlier
   * cases) is what makes neighbouring topics look alike.
   *
   * No time limit applies here, unlike stories: a topic is a kind of happening (two earthquakes
   * years apart), and each story in it keeps its own time bounds.
   */
  mergedGroups(threshold: number): string[][] {
    return this.topicMerge().groups(threshold);
  }

  /**
   * The topic merge of the stories as they stand now, to be cut at any number of thresholds
   * (`TopicMergeOrder.groups`); stories added afterwards are not in it. Candidate pairs are stories
   * sharing a term of the inverted index.
   */
  topicMerge(): TopicMergeOrder {
    const byLead = this.clusters.some((c) => c.lead.norm > 0);
    const seeds = this.clusters.map((c) => ({ sum: byLead ? c.lead.sum : c.text.sum, members: [...c.members], alive: c.alive }));
    const neighbours = this.clusters.map(() => new Set<number>());
    for (const [, list] of this.postings) {
      if (list.length > this.options.maxPosting) continue;
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
        neighbours[list[i]].add(list[j]);
        neighbours[list[j]].add(list[i]);
      }
    }
    return new TopicMergeOrder(seeds, neighbours);
  }

  /** Members of every story, in the order stories were started. */
  groups(): string[][] {
    return this.clusters.filter((c) => c.alive).map((c) => [...c.members]);
  }

  private similarity(c: Cluster, text: SparseVector, names: SparseVector, places: SparseVector, people: SparseVector, namedAfter: readonly string[]): number {
    const t = c.text.cosine(text);
    if (names.terms.length === 0 || c.names.norm === 0) return t * this.placeGate(c, places, people, namedAfter);
    const w = this.options.entityWeight;
    const n = c.names.cosine(names);
    // Same kind of happening but none of the same names: most likely another event of that kind.
    const gate = n < this.options.minNameOverlap ? this.options.noNamePenalty : 1;
    return ((1 - w) * t + w * n) * gate * this.placeGate(c, places, people, namedAfter);
  }

  /**
   * Reports of one happening name its place; a report whose places the story hardly holds is about
   * another happening of the same kind (a second flood in the same month). Measured as the share
   * of the report's place weight found in the story, which does not shrink as the story gathers
   * places. Only typed places count: untyped name runs are too noisy to veto anything.
   * A report about the people the story is about is not vetoed: outlets place one happening at
   * different levels (the town, the county, the state, a building) that the gate cannot relate.
   * Nor is a report that names an organization after one of the story's places: a company's
   * statement from the capital about "X Copper" is about the happening at X.
   */
  private placeGate(c: Cluster, places: SparseVector, people: SparseVector, namedAfter: readonly string[]): number {
    if (places.terms.length === 0 || c.places.norm === 0) return 1;
    if (people.terms.length > 0 && c.people.containment(people) >= this.options.minPeopleOverlap) return 1;
    if (namedAfter.some((k) => c.places.sum.has(k))) return 1;
    return c.places.containment(places) < this.options.minPlaceOverlap ? this.options.noPlacePenalty : 1;
  }

  private closeInTime(c: Cluster, day: number | null): boolean {
    if (day === null || c.firstDay === null || c.lastDay === null) return true;
    const gap = this.options.maxDayGap;
    if (day < c.firstDay - gap || day > c.lastDay + gap) return false;
    // A story may not stretch without end by joining one day after another.
    return Math.max(c.lastDay, day) - Math.min(c.firstDay, day) <= this.options.maxSpanDays;
  }

  /** Stories sharing the most probe terms with the document, at most `maxCandidates` of them. */
  private candidates(text: SparseVector, names: SparseVector): Cluster[] {
    const hits = new Map<number, number>();
    const probe = [...topTerms(text, this.options.probeTerms), ...names.terms.map((n) => '\u0000' + n)];
    for (const term of probe) {
      const list = this.postings.get(term);
      if (!list || list.length > this.options.maxPosting) continue;
      for (const id of list) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const ids = [...hits.keys()];
    if (ids.length > this.options.maxCandidates) {
      ids.sort((a, b) => hits.get(b)! - hits.get(a)! || b - a);
      ids.length = this.options.maxCandidates;
    }
    return ids.map((id) => this.clusters[id]).filter((c) => c.alive);
  }

  private join(c: Cluster, f: StoryFeatures, text: SparseVector, names: SparseVector, places: SparseVector, people: SparseVector): void {
    c.members.push(f.id);
    c.text.add(text);
    c.names.add(names);
    c.places.add(places);
    c.people.add(people);
    // Weighed at join time like the text; the lead vector is only summed, never searched.
    if (f.leadWords) c.lead.add(tfidfVector(f.leadWords, this.leadDf));
    if (f.day !== null) {
      c.firstDay = c.firstDay === null ? f.day : Math.min(c.firstDay, f.day);
      c.lastDay = c.lastDay === null ? f.day : Math.max(c.lastDay, f.day);
    }
    const post = [...topTerms(text, this.options.probeTerms), ...names.terms.map((n) => '\u0000' + n)];
    for (const term of post) {
      if (c.posted.has(term)) continue;
      c.posted.add(term);
      const list = this.postings.get(term);
      if (list) list.push(c.id);
      else this.postings.set(term, [c.id]);
    }
  }
}

/** A story as topic merging starts from it. */
export interface TopicSeed {
  /** Sum of its documents' unit vectors. */
  sum: ReadonlyMap<string, number>;
  members: readonly string[];
  /** False for a story emptied by `resettle`: it takes no part. */
  alive: boolean;
}

/** One merge: group `into` took in group `from`, whose average link to it was `link`. */
interface TopicMergeStep {
  into: number;
  from: number;
  link: number;
}

/**
 * Average-link merging of stories into topics, each merge computed once and kept, so that cutting
 * the merge at many thresholds (to choose one) costs one merge. The average cosine between the
 * documents of two groups is their summed unit vectors' dot product over the product of their
 * sizes, so no document pair is ever compared. Average link, unlike single link, does not chain
 * unrelated stories through one borderline pair. The closest candidate pair merges first; a merged
 * group's candidates are both parts' candidates.
 *
 * Merges are computed only as far as the thresholds asked for need. Their links need not fall from
 * one merge to the next: a pair that was no candidate can lift a merged group's link above the
 * merge before. So a threshold replays the merges up to the first one below it, as merging with
 * that threshold from the start does, rather than taking every merge at or above it.
 */
export class TopicMergeOrder {
  private readonly sums: Map<string, number>[];
  private readonly sizes: number[];
  private readonly alive: boolean[];
  private readonly neighbours: Set<number>[];
  private readonly merges: TopicMergeStep[] = [];
  /** Links by pair (`pairKey`): a pair's link changes only when one of the two merges. */
  private readonly links = new Map<number, number>();
  private finished = false;

  /** `neighbours[i]` holds the seeds that may merge with seed `i` (symmetric). */
  constructor(private readonly seeds: readonly TopicSeed[], neighbours: readonly ReadonlySet<number>[]) {
    this.sums = seeds.map((s) => new Map(s.sum));
    this.sizes = seeds.map((s) => s.members.length);
    this.alive = seeds.map((s) => s.alive);
    this.neighbours = neighbours.map((n) => new Set(n));
  }

  /** The groups once every merge from the first up to the first one below `threshold` is made. */
  groups(threshold: number): string[][] {
    const n = this.seeds.length;
    // Each group's seeds as a linked list, so that a merge appends in constant time.
    const next = new Array<number>(n).fill(-1);
    const tail = Array.from({ length: n }, (_, i) => i);
    const alive = this.seeds.map((s) => s.alive);
    for (let k = 0; k < this.merges.length || this.extend(); k++) {
      const { into, from, link } = this.merges[k];
      if (link < threshold) break;
      next[tail[into]] = from;
      tail[into] = tail[from];
      alive[from] = false;
    }
    const out: string[][] = [];
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const members: string[] = [];
      for (let j = i; j !== -1; j = next[j]) members.push(...this.seeds[j].members);
      out.push(members);
    }
    return out;
  }

  /** Computes and makes the next merge; false once no candidate pair is left. */
  private extend(): boolean {
    if (this.finished) return false;
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < this.seeds.length; i++) {
      if (!this.alive[i]) continue;
      for (const j of this.neighbours[i]) {
        if (j <= i || !this.alive[j]) continue;
        const key = this.pairKey(i, j);
        let s = this.links.get(key);
        if (s === undefined) this.links.set(key, (s = this.link(i, j)));
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    }
    if (bi < 0) {
      this.finished = true;
      return false;
    }
    const a = this.sums[bi];
    for (const [t, w] of this.sums[bj]) a.set(t, (a.get(t) ?? 0) + w);
    this.sizes[bi] += this.sizes[bj];
    this.alive[bj] = false;
    for (const j of this.neighbours[bj]) {
      if (j === bi) continue;
      this.neighbours[bi].add(j);
      this.neighbours[j].add(bi);
    }
    for (const j of this.neighbours[bi]) this.links.delete(j < bi ? this.pairKey(j, bi) : this.pairKey(bi, j));
    this.merges.push({ into: bi, from: bj, link: best });
    return true;
  }

  /** One number for the pair `i < j`. */
  private pairKey(i: number, j: number): number {
    return i * this.seeds.length + j;
  }

  private link(i: number, j: number): number {
    const [small, large] = this.sums[i].size <= this.sums[j].size ? [this.sums[i], this.sums[j]] : [this.sums[j], this.sums[i]];
    let dot = 0;
    for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
    return dot / (this.sizes[i] * this.sizes[j]);
  }
}

/** Stories this small after one pass are placed again by `resettle` in batch grouping. */
const RESETTLE_MAX_SIZE = 1;

/**
 * A batch's story index: every document observed first (so weights know the whole batch), then added
 * in the order given (callers sort by date), then the smallest stories placed again.
 */
export function buildStoryIndex(features: readonly StoryFeatures[], options: Partial<StoryIndexOptions> = {}): StoryIndex {
  const index = new StoryIndex(options);
  for (const f of features) index.observe(f);
  for (const f of features) index.add(f);
  index.resettle(new Map(features.map((f) => [f.id, f])), RESETTLE_MAX_SIZE);
  return index;
}

/** Groups documents into stories, adding them in the order given (callers sort by date). */
export function clusterStories(features: readonly StoryFeatures[], options: Partial<StoryIndexOptions> = {}): string[][] {
  return buildStoryIndex(features, options).groups();
}
