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

  // Quality on the generator's own truth, as a side figure.
  const truthEvent = new Map(reports.map((r) => [r.id, r.event]));
  const pred = new Map<string, number>();
  corpus.layers.stories!.forEach((s, i) => s.documents.forEach((d) => pred.set(d, i)));
  const st = bcubed(pred, new Map(base.map((d) => [d.id, truthEvent.get(d.id)!])));
  const origin = new Map(reports.map((r) => [r.id, r]));
  const groupOf = new Map<string, string>();
  for (const g of corpus.layers.provenance!.groups) for (const d of g.documents) groupOf.set(d, g.id);
  const copies = reports.slice(0, n).filter((r) => r.origin !== 'original');
  const found = copies.filter((r) => groupOf.get(r.id) === groupOf.get(origin.get(r.source!)!.id)).length;
  console.log(`  stories vs synthetic events: B-cubed F1 ${st.f1.toFixed(3)}; copies/rewrites grouped with their source: ${found}/${copies.length}`);

  const { median: med, max } = measureIncrementalAdd(corpus, extra);
  console.log(`  add one document to ${n}: median ${med.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${extra.length} additions (goal median <= 50 ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' } } });
  for (const n of values.n.split(',').map(Number).filter((x) => x > 0)) await benchCorpus(n);
}
