// Timeline precision and recall against hand-made answer keys: the five seed reports
// (../shared/seeds/gold.json → timeline) and the bundled invented example
// (examples/harbor-bridge-collapse/expected.json → timeline).
//   node --import tsx scripts/eval/timeline.ts [--verbose] [--gva] [--example examples/<dir>]   (npm run eval:timeline)
// --example scores another bundled example (default examples/harbor-bridge-collapse). Imported
// (scripts/eval/example.ts uses scoreTimeline), the module runs nothing.
//
// --gva adds a proxy on real reports with no timeline key: the GVA incidents with several articles
// (../shared/datasets/gva-incidents). Each incident is one shooting on a known date, so its timeline
// should hold an attack or kill entry on that date, and few attack or kill entries besides. Printed
// for the whole set and for the even/odd halves of incident ids (rules were studied on even ids).
//
// Matching, one-to-one and greedy: an entry and a gold event can match when
//  1. the entry's date, cut to the gold precision, equals the gold date, and the entry is at
//     least as precise as the gold (a day entry "2024-01-18" does not match the month "2024-01"
//     unless the gold is only that precise: then the day is a finer reading, accepted);
//  2. they share at least one document;
//  3. the entry's evidence sentences mention the event: at least a third of the gold line's
//     content words (5-letter stems, stop words out) occur in the evidence (at least one word).
// Pairs are taken best first by document Jaccard + word share. Recall = gold events matched /
// gold events; precision = entries matched / entries. "about gold" also counts entries that pass
// 1-3 for some gold event already taken (duplicates of a matched happening), to tell duplicates
// from noise.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPipeline, runCorpusStages, runPipeline } from '../../src/core/index.ts';
import type { Corpus, TimelineEntry } from '../../src/core/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { createCorpusStages, createDocStages, createStages, stagesModule } from '../../src/stages/index.ts';
import { loadGvaMultiArticle } from './gva.ts';

interface GoldEvent {
  date: string;
  what: string;
  documents: string[];
}

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared');
const verbose = process.argv.includes('--verbose');

const STOP = new Set(
  'the a an and or of in on at to for from by with its his her their as is are was were be been after over into about around least two three four five six seven eight nine ten dozen'.split(' '),
);

const stem = (w: string): string => w.toLowerCase().slice(0, 5);

function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []) if (w.length >= 3 && !STOP.has(w)) out.add(stem(w));
  return [...out];
}

const precisionOf = (date: string): number => (date.length >= 10 ? 3 : date.length >= 7 ? 2 : 1);

/** Gold documents name their documents by a prefix of our ids ("003" for "003-....txt") or in full. */
function docMatches(ours: string, gold: string): boolean {
  return ours === gold || (ours.startsWith(gold) && /^[-_.#]/.test(ours.slice(gold.length)));
}

interface Pair {
  entry: number;
  gold: number;
  score: number;
}

function candidates(entries: readonly TimelineEntry[], gold: readonly GoldEvent[]): Pair[] {
  const pairs: Pair[] = [];
  entries.forEach((e, ei) => {
    const evidence = new Set((e.evidence.map((x) => x.text).join(' ').toLowerCase().match(/[\p{L}\d]+/gu) ?? []).map(stem));
    gold.forEach((g, gi) => {
      if (precisionOf(e.date) < precisionOf(g.date) || e.date.slice(0, g.date.length) !== g.date) return;
      const shared = g.documents.filter((d) => e.documents.some((o) => docMatches(o, d))).length;
      if (shared === 0) return;
      const words = contentStems(g.what);
      const found = words.filter((w) => evidence.has(w)).length;
      if (found === 0 || found < words.length / 3) return;
      const jaccard = shared / (g.documents.length + e.documents.length - shared);
      pairs.push({ entry: ei, gold: gi, score: jaccard + found / words.length });
    });
  });
  return pairs.sort((a, b) => b.score - a.score);
}

export function scoreTimeline(entries: readonly TimelineEntry[], gold: readonly GoldEvent[]) {
  const pairs = candidates(entries, gold);
  const usedEntry = new Map<number, number>();
  const usedGold = new Set<number>();
  for (const p of pairs) {
    if (usedEntry.has(p.entry) || usedGold.has(p.gold)) continue;
    usedEntry.set(p.entry, p.gold);
    usedGold.add(p.gold);
  }
  const aboutGold = new Set(pairs.map((p) => p.entry));
  return {
    entries: entries.length,
    gold: gold.length,
    matched: usedGold.size,
    recall: usedGold.size / Math.max(1, gold.length),
    precision: usedEntry.size / Math.max(1, entries.length),
    aboutGold: aboutGold.size,
    usedEntry,
    usedGold,
  };
}

async function analyze(inputs: string[]): Promise<Corpus> {
  const read = await readInputs(inputs, {});
  return runPipeline(buildPipeline(createStages()), read.documents, { context: { options: {} }, stagesModule });
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

async function evaluate(name: string, inputs: string[], gold: GoldEvent[]): Promise<void> {
  const corpus = await analyze(inputs);
  const entries = corpus.layers.timeline ?? [];
  const s = scoreTimeline(entries, gold);
  console.log(
    `${name.padEnd(10)} entries ${String(s.entries).padStart(3)}  gold ${s.gold}  matched ${s.matched}  ` +
      `recall ${s.recall.toFixed(3)}  precision ${s.precision.toFixed(3)}  F1 ${f1(s.precision, s.recall).toFixed(3)}  ` +
      `(entries about a gold event, duplicates included: ${s.aboutGold})`,
  );
  if (!verbose) return;
  gold.forEach((g, gi) => {
    if (!s.usedGold.has(gi)) console.log(`  missed  ${g.date}  ${g.what}  [${g.documents.join(' ')}]`);
  });
  entries.forEach((e, ei) => {
    const g = s.usedEntry.get(ei);
    const tag = g === undefined ? 'extra ' : 'match ';
    console.log(`  ${tag} ${e.date} ${e.type.padEnd(10)} [${e.documents.length}] ${e.summary.slice(0, 110)}${g === undefined ? '' : `  => ${gold[g]!.what.slice(0, 50)}`}`);
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
const exampleAt = process.argv.indexOf('--example');

if (isMain) {
  const seedsGold = path.join(shared, 'seeds', 'gold.json');
  if (existsSync(seedsGold)) {
    const gold = (JSON.parse(readFileSync(seedsGold, 'utf8')) as { timeline: GoldEvent[] }).timeline;
    await evaluate('seeds', [path.join(shared, 'seeds')], gold);
  } else console.log(`seeds: skipped, ${seedsGold} is not there`);

  const example = exampleAt > 0 ? path.resolve(process.argv[exampleAt + 1]!) : path.join(root, 'examples', 'harbor-bridge-collapse');
  const key = (JSON.parse(readFileSync(path.join(example, 'expected.json'), 'utf8')) as { timeline: GoldEvent[] }).timeline;
  await evaluate('example', [example], key);
}

/** The GVA proxy: per incident, an attack/kill entry on the incident's date, and how many attack/kill entries there are. */
async function evaluateGva(): Promise<void> {
  const dir = path.join(shared, 'datasets', 'gva-incidents');
  const gva = loadGvaMultiArticle(dir);
  if (!gva) {
    console.log(`gva: skipped, ${dir} is not there`);
    return;
  }
  const { incidents: multi, truth, raws } = gva;
  const docs = await runPipeline(buildPipeline(createDocStages()), raws, { stagesModule, workers: 2 });
  const byId = new Map(docs.documents.map((d) => [d.id, d]));
  const stages = createCorpusStages();
  const tally = { all: [0, 0, 0, 0], even: [0, 0, 0, 0], odd: [0, 0, 0, 0] };
  for (const [id, list] of multi) {
    const corpus: Corpus = { documents: list.map((a) => byId.get(a.id)!), inputErrors: [], issues: [], layers: {} };
    await runCorpusStages(corpus, stages, { options: {} });
    const day = new Date(`${truth[id].date} UTC`).toISOString().slice(0, 10);
    const timeline = corpus.layers.timeline ?? [];
    const attacks = timeline.filter((e) => e.type === 'attack' || e.type === 'kill');
    const row = [1, attacks.some((e) => e.date === day) ? 1 : 0, attacks.length, timeline.length];
    for (const k of ['all', Number(id.at(-1)) % 2 === 0 ? 'even' : 'odd'] as const) row.forEach((v, i) => (tally[k][i] += v));
  }
  for (const [k, [n, onDate, attacks, all]] of Object.entries(tally)) {
    console.log(
      `gva ${k.padEnd(4)} ${n} incidents: an attack/kill entry on the incident's date ${(onDate / n).toFixed(3)}; ` +
        `attack/kill entries per incident ${(attacks / n).toFixed(2)}; entries per incident ${(all / n).toFixed(2)}`,
    );
  }
}

if (isMain && process.argv.includes('--gva')) await evaluateGva();
