// Corpus-stage timings on synthetic reports: every corpus stage over n documents, and the cost of
// adding one document to n (stories, provenance, claim alignment) through the incremental indexes.
//   node --import tsx scripts/bench-corpus.ts [--n 10000]      or import { benchCorpus }.
import { parseArgs } from 'node:util';
import { createDoc, runDocStages } from '../src/core/index.ts';
import type { Corpus, Doc } from '../src/core/index.ts';
import { createCorpusStages, createDocStages } from '../src/stages/index.ts';
import { EntityResolver, StoryIndex } from '../src/corpus-index/index.ts';
import { ProvenanceTracker } from '../src/stages/corpus/detect-provenance/index.ts';
import { docStoryFeatures } from '../src/stages/corpus/group-stories/index.ts';
import { STORY_OPTIONS } from '../src/stages/corpus/group-stories/patterns.ts';
import { buildRecords, ClaimAligner, renderSlot } from '../src/stages/corpus/align-claims/index.ts';
import { bcubed } from './eval/bcubed.ts';
import { generateReports, toRawDocument } from './bench/synthetic.ts';
import type { SyntheticReport } from './bench/synthetic.ts';

const ADDS = 101;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function oneDocCorpus(doc: Doc): Corpus {
  return { documents: [doc], inputErrors: [], issues: [], layers: {} };
}

/**
 * Builds the incremental indexes over a corpus that has been through the corpus stages, then adds
 * each extra document (already through the doc stages) one at a time, timing stories, provenance
 * and claim alignment for each addition.
 */
export function measureIncrementalAdd(corpus: Corpus, extra: readonly Doc[]): { median: number; max: number } {
  const base = corpus.documents;
  const resolver = new EntityResolver(corpus);
  const stories = new StoryIndex(STORY_OPTIONS);
  const prov = new ProvenanceTracker();
  const aligner = new ClaimAligner();
  const groups = new Map<string, string>();
  for (const d of base) {
    stories.add(docStoryFeatures(d, resolver));
    prov.add(d);
    groups.set(d.id, d.id);
  }
  for (const r of buildRecords(corpus, groups, resolver)) aligner.add(r);
  const times: number[] = [];
  for (const d of extra) {
    const start = performance.now();
    const one = oneDocCorpus(d);
    const res = new EntityResolver(one);
    stories.add(docStoryFeatures(d, res));
    prov.add(d);
    const touched = new Set(buildRecords(one, new Map([[d.id, d.id]]), res).map((r) => aligner.add(r)));
    for (const slot of touched) renderSlot(slot, 'new', res);
    times.push(performance.now() - start);
  }
  return { median: median(times), max: Math.max(...times) };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Pairs of items per cluster, summed: counted from cluster sizes, so no quadratic scan. */
function pairCount(sizes: Iterable<number>): number {
  let n = 0;
  for (const k of sizes) n += pairs(k);
  return n;
}

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * Provenance groups against the generator's copy trees (an original with every copy and rewrite
 * made from it, directly or through another copy). Precision: same-group pairs that are one tree,
 * over all same-group pairs; recall: same-tree pairs in one group, over all same-tree pairs.
 */
export function provenancePairs(
  reports: readonly Pick<SyntheticReport, 'id' | 'event' | 'source'>[],
  groups: readonly { documents: readonly string[] }[],
): { precision: number; recall: number; truePairs: number; groupedPairs: number; crossEventPairs: number; linked: number; derived: number } {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const root = (id: string): string => {
    let r = byId.get(id)!;
    while (r.source && byId.has(r.source)) r = byId.get(r.source)!;
    return r.id;
  };
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.documents.forEach((d) => groupOf.set(d, i)));
  const known = reports.filter((r) => groupOf.has(r.id));
  const groupedPairs = pairCount(tally(known.map((r) => groupOf.get(r.id)!)).values());
  const truePairs = pairCount(tally(known.map((r) => `${groupOf.get(r.id)} ${root(r.id)}`)).values());
  const sameEvent = pairCount(tally(known.map((r) => `${groupOf.get(r.id)} ${r.event}`)).values());
  const treePairs = pairCount(tally(known.map((r) => root(r.id))).values());
  const derived = known.filter((r) => r.source && byId.has(r.source));
  const linked = derived.filter((r) => groupOf.get(r.id) === groupOf.get(r.source!)).length;
  return {
    precision: groupedPairs ? truePairs / groupedPairs : 1,
    recall: treePairs ? truePairs / treePairs : 1,
    truePairs,
    groupedPairs,
    crossEventPairs: groupedPairs - sameEvent,
    linked,
    derived: derived.length,
  };
}

export async function benchCorpus(n: number): Promise<void> {
  const reports = generateReports(n + ADDS);
  const stages = createDocStages();
  const ctx = { options: {} };
  const t0 = performance.now();
  const docs: Doc[] = [];
  for (const r of reports) docs.push(await runDocStages(createDoc(toRawDocument(r)), stages, ctx));
  console.log(`\ncorpus stages over ${n} synthetic reports (doc stages took ${((performance.now() - t0) / 1000).toFixed(1)} s, not counted)`);
  const base = docs.slice(0, n);
  const extra = docs.slice(n);

  const corpus: Corpus = { documents: base, inputErrors: [], issues: [], layers: {} };
  let total = 0;
  for (const stage of createCorpusStages()) {
    const start = performance.now();
    await stage.run(corpus, ctx);
    const ms = performance.now() - start;
    total += ms;
    console.log(`  ${stage.name.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  }
  console.log(`  ${'all corpus stages'.padEnd(20)} ${(total / 1000).toFixed(2).padStart(7)} s   (goal <= 60 s at 10,000)`);

  // Quality on the generator's own truth, as side figures.
  const truthEvent = new Map(reports.map((r) => [r.id, r.event]));
  const pred = new Map<string, number>();
  corpus.layers.stories!.forEach((s, i) => s.documents.forEach((d) => pred.set(d, i)));
  const st = bcubed(pred, new Map(base.map((d) => [d.id, truthEvent.get(d.id)!])));
  console.log(`  stories vs synthetic events: B-cubed P ${st.precision.toFixed(3)} R ${st.recall.toFixed(3)} F1 ${st.f1.toFixed(3)}`);
  const prov = provenancePairs(reports.slice(0, n), corpus.layers.provenance!.groups);
  console.log(
    `  provenance vs copy trees: pair P ${prov.precision.toFixed(3)} R ${prov.recall.toFixed(3)}` +
      ` (${prov.truePairs} true of ${prov.groupedPairs} same-group pairs, ${prov.crossEventPairs} across events; ${prov.linked}/${prov.derived} copies/rewrites grouped with their source)`,
  );
  const { median: med, max } = measureIncrementalAdd(corpus, extra);
  console.log(`  add one document to ${n}: median ${med.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${extra.length} additions (goal median <= 50 ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' } } });
  for (const n of values.n.split(',').map(Number).filter((x) => x > 0)) await benchCorpus(n);
}
