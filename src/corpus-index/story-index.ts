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
};

interface Cluster {
  id: number;
  members: string[];
  text: Centroid;
  names: Centroid;
  firstDay: number | null;
  lastDay: number | null;
  posted: Set<string>;
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
  private readonly clusters: Cluster[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly observed = new Set<string>();

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
  }

  get size(): number {
    return this.clusters.length;
  }

  /**
   * Counts a document's terms without placing it. A batch caller observes every document first so
   * that the earliest ones are weighed with the frequencies of the whole batch.
   */
  observe(f: StoryFeatures): void {
    this.wordDf.add(f.words);
    this.nameDf.add(f.names);
    this.observed.add(f.id);
  }

  add(f: StoryFeatures): StoryAssignment {
    if (!this.observed.has(f.id)) this.observe(f);
    this.observed.delete(f.id);
    const text = tfidfVector(f.words, this.wordDf);
    const names = tfidfVector(f.names, this.nameDf);
    let best: Cluster | null = null;
    let bestSim = -1;
    for (const c of this.candidates(text, names)) {
      if (!this.closeInTime(c, f.day)) continue;
      const sim = this.similarity(c, text, names);
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
        firstDay: null,
        lastDay: null,
        posted: new Set(),
      };
      this.clusters.push(best);
      created = true;
    }
    this.join(best, f, text, names);
    return { cluster: best.id, similarity: created ? 1 : bestSim, created };
  }

  /**
   * Broader groups: stories whose centroids are at least `threshold` alike (text and names as in
   * `add`) are joined transitively. Candidates come from the inverted index, not all pairs.
   */
  mergedGroups(threshold: number, entityWeight = this.options.entityWeight): string[][] {
    const parent = this.clusters.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]];
      return i;
    };
    for (const c of this.clusters) {
      const seen = new Set<number>();
      for (const term of c.posted) {
        const list = this.postings.get(term);
        if (!list || list.length > this.options.maxPosting) continue;
        for (const id of list) {
          if (id <= c.id || seen.has(id)) continue;
          seen.add(id);
          const o = this.clusters[id];
          if (!this.closeInTime(o, c.firstDay) && !this.closeInTime(o, c.lastDay)) continue;
          const t = c.text.cosineWith(o.text);
          const w = entityWeight;
          const sim = w > 0 ? (1 - w) * t + w * c.names.cosineWith(o.names) : t;
          if (sim >= threshold) parent[find(id)] = find(c.id);
        }
      }
    }
    const out = new Map<number, string[]>();
    for (const c of this.clusters) {
      const r = find(c.id);
      const list = out.get(r) ?? [];
      list.push(...c.members);
      out.set(r, list);
    }
    return [...out.values()];
  }

  /** Members of every story, in the order stories were started. */
  groups(): string[][] {
    return this.clusters.map((c) => [...c.members]);
  }

  private similarity(c: Cluster, text: SparseVector, names: SparseVector): number {
    const t = c.text.cosine(text);
    if (names.terms.length === 0 || c.names.norm === 0) return t;
    const w = this.options.entityWeight;
    const n = c.names.cosine(names);
    // Same kind of happening but none of the same names: most likely another event of that kind.
    const gate = n < this.options.minNameOverlap ? this.options.noNamePenalty : 1;
    return ((1 - w) * t + w * n) * gate;
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
    return ids.map((id) => this.clusters[id]);
  }

  private join(c: Cluster, f: StoryFeatures, text: SparseVector, names: SparseVector): void {
    c.members.push(f.id);
    c.text.add(text);
    c.names.add(names);
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

/** Groups documents into stories, adding them in the order given (callers sort by date). */
export function clusterStories(features: readonly StoryFeatures[], options: Partial<StoryIndexOptions> = {}): string[][] {
  const index = new StoryIndex(options);
  for (const f of features) index.observe(f);
  for (const f of features) index.add(f);
  return index.groups();
}
