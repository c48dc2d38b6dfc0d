import type { Corpus, Doc, Story } from '../../../core/index.ts';
import { buildStoryIndex, EntityResolver, mentionsInOrder, storyFeatures } from '../../../corpus-index/index.ts';
import type { StoryFeatures, StoryIndex } from '../../../corpus-index/index.ts';
import { LEAD_MIN_WORDS, LEAD_SENTENCES, NOT_A_SENTENCE, STORY_ENTITY_TYPES, STORY_OPTIONS, TOPIC_LEAD_SENTENCES, TOPIC_MERGE_THRESHOLD } from './patterns.ts';
import { subEventsOf } from './sub-events.ts';
import { batchStoryDays, storyDay } from './story-day.ts';

/** Story features of one document: title and text, corpus entity keys (or name runs), reference date. */
export function docStoryFeatures(doc: Doc, resolver: EntityResolver, day: number | null = storyDay(doc).day): StoryFeatures {
  const title = doc.layers.metadata?.title ?? '';
  const entities = (doc.layers.entities ?? []).filter((e) => STORY_ENTITY_TYPES.has(e.type));
  const keyOf = (id: string): string[] => {
    const k = resolver.resolve(doc.id, id);
    return k === null ? [] : [k];
  };
  const names = entities.flatMap((e) => keyOf(e.id));
  const people = entities.filter((e) => e.type === 'PERSON').flatMap((e) => keyOf(e.id));
  const text = `${title}\n${leadOf(doc, LEAD_SENTENCES)}\n${doc.text}`;
  const features = storyFeatures(doc.id, text, day, names, leadPlaces(doc, resolver), `${NOT_A_SENTENCE.test(title) ? '' : title}\n${leadOf(doc, TOPIC_LEAD_SENTENCES, true)}`, people);
  const namedAfter = placesOrganizationsAreNamedAfter(doc, resolver);
  return namedAfter.length > 0 ? { ...features, namedAfter } : features;
}

/**
 * Places the report's organizations are named after ("X Copper said", "taken to X District
 * Hospital"), where the corpus knows the first word or two as a place. A company speaking from
 * the capital names no place of the happening but its own name; the story gate reads it here.
 */
function placesOrganizationsAreNamedAfter(doc: Doc, resolver: EntityResolver): string[] {
  const out = new Set<string>();
  for (const e of doc.layers.entities ?? []) {
    if (e.type !== 'ORG') continue;
    const words = e.name.split(' ');
    for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
      const key = resolver.placeNamed(words.slice(0, n).join(' '));
      if (key !== null) {
        out.add(key);
        break;
      }
    }
  }
  return [...out];
}

/**
 * Places named in the headline and lead: where the report says its happening is. Background
 * places (other conflicts, capitals that comment) come later in a report, so they do not count.
 */
function leadPlaces(doc: Doc, resolver: EntityResolver): string[] {
  const sentences = doc.layers.sentences ?? [];
  const end = sentences.length > 0 ? sentences[Math.min(sentences.length, LEAD_SENTENCES + 1) - 1].end : 0;
  const out: string[] = [];
  for (const m of mentionsInOrder(doc.layers.mentions)) {
    if (m.start >= end) break;
    if (m.type !== 'PLACE') continue;
    const key = resolver.resolve(doc.id, m.entity);
    if (key !== null) out.push(key);
  }
  return out;
}

/**
 * The opening sentences, counted a second time: news puts what happened first and background
 * later, so the lead says more about which happening a report is about than its tail does.
 * For the topic lead (`skipAddresses`), page addresses and sentences shorter than LEAD_MIN_WORDS
 * are skipped: the slug's names stay out of the topic lead, while the story text keeps them, since
 * those names tell one happening from another.
 */
function leadOf(doc: Doc, count: number, skipAddresses = false): string {
  const sentences = doc.layers.sentences;
  const split = sentences !== undefined && sentences.length > 0;
  if (split && !skipAddresses) return sentences.slice(0, count).map((s) => doc.text.slice(s.start, s.end)).join('\n');
  // Split sentences for the topic lead are picked as unsplit lines are: a page address, a time
  // stamp or "Nobody was hurt." says nothing of what kind of happening the report is about.
  const picked: string[] = [];
  for (const t of split ? sentenceTexts(doc) : doc.text.split('\n')) {
    if (t.split(' ').length < LEAD_MIN_WORDS || (skipAddresses && NOT_A_SENTENCE.test(t))) continue;
    picked.push(t);
    if (picked.length === count) break;
  }
  return picked.join('\n');
}

/** The document's sentences as text, sliced only as far as the caller reads. */
function* sentenceTexts(doc: Doc): Generator<string> {
  for (const s of doc.layers.sentences ?? []) yield doc.text.slice(s.start, s.end);
}

/** Oldest first, so a story grows forward in time as it would when documents arrive. */
function byDate(a: StoryFeatures, b: StoryFeatures): number {
  return (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Reports name a story better than the opinion pieces and digests about it. */
const TITLE_KINDS = new Set(['report', 'republished', 'live-blog', 'unknown']);
const MAX_TITLE_CANDIDATES = 100;

/**
 * The headline that shares the most words with the story's other headlines (the most central one),
 * from reports when there are any; ties go to the shorter.
 */
function titleOf(docs: Doc[]): string {
  const titled = docs.filter((d) => (d.layers.metadata?.title ?? d.hints.title ?? '').length > 0);
  if (titled.length === 0) return docs[0]?.text.split('\n').find((l) => l.trim())?.trim().slice(0, 120) ?? '';
  const reports = titled.filter((d) => TITLE_KINDS.has(d.layers.metadata?.kind ?? 'unknown'));
  // Centrality is quadratic in titles: a large story is named from its first reports.
  const titles = (reports.length > 0 ? reports : titled).slice(0, MAX_TITLE_CANDIDATES).map((d) => d.layers.metadata?.title ?? d.hints.title ?? '');
  const words = titles.map((t) => new Set(t.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  const centrality = words.map((w, i) => words.reduce((sum, o, j) => (i === j ? sum : sum + jaccard(w, o)), 0));
  let best = 0;
  for (let i = 1; i < titles.length; i++) {
    if (centrality[i] > centrality[best] || (centrality[i] === centrality[best] && titles[i].length < titles[best].length)) best = i;
  }
  return titles[best];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function indexCorpus(corpus: Corpus): StoryIndex {
  const resolver = new EntityResolver(corpus);
  const days = batchStoryDays(corpus.documents);
  const features = corpus.documents.map((d) => docStoryFeatures(d, resolver, days.get(d.id) ?? null)).sort(byDate);
  return buildStoryIndex(features, STORY_OPTIONS);
}

/**
 * Broader groups than stories: stories of the same kind of happening (two earthquakes, two
 * trials) joined when their centroids are alike. Used to measure topic-level grouping.
 */
export function groupCorpusTopics(corpus: Corpus, threshold = TOPIC_MERGE_THRESHOLD): string[][] {
  return indexCorpus(corpus).mergedGroups(threshold);
}

/**
 * Topic grouping at any merge threshold over one story index and one merge order (for choosing the
 * threshold): each threshold replays the merges computed so far instead of merging again.
 */
export function topicGrouper(corpus: Corpus): (threshold: number) => string[][] {
  const order = indexCorpus(corpus).topicMerge();
  return (threshold) => order.groups(threshold);
}

export function groupCorpusStories(corpus: Corpus): Story[] {
  const resolver = new EntityResolver(corpus);
  const index = indexCorpus(corpus);
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  return index.groups().map((ids, i) => {
    const docs = ids.map((id) => byId.get(id)!);
    return { id: `story${i + 1}`, title: titleOf(docs), documents: ids, subEvents: subEventsOf(docs, resolver, `story${i + 1}`) };
  });
}
