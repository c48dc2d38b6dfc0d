// `npm run eval:ner [-- --pipeline-only]`: CoNLL-2003 valid.txt entity-level P/R/F1 of our tagger,
// compromise on a fixed sample of the same sentences as the baseline, the whole recognizer (model
// plus rules) on the same text, model load time, and recognition+aliasing speed.

import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readConll, sentenceRanges } from '../../src/nlp/ner/conll.ts';
import { SpanScore, type PRF } from '../../src/nlp/ner/evaluate.ts';
import { loadTagger } from '../../src/nlp/ner/index.ts';
import { tagsToSpans, type TagSpan } from '../../src/nlp/ner/tags.ts';
import { createDoc, type Corpus, type Doc } from '../../src/core/index.ts';
import { findDocEntities } from '../../src/stages/doc/find-entities/index.ts';
import { mergeCorpusEntities } from '../../src/stages/corpus/merge-aliases/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const valid = path.resolve(root, '../shared/datasets/conll2003/valid.txt');
const SAMPLE_EVERY = 5;

function fmt(p: PRF): string {
  return `P ${p.precision.toFixed(4)} R ${p.recall.toFixed(4)} F1 ${p.f1.toFixed(4)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
}

function report(name: string, s: SpanScore): void {
  console.log(`${name}: ${fmt(s.overall())}`);
  for (const [t, p] of Object.entries(s.byType())) console.log(`  ${t.padEnd(5)} ${fmt(p)}`);
}

const TYPE_TO_CONLL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC' };

/**
 * The whole recognizer (model plus the find-entities rules: titles, datelines, place evidence,
 * acronyms...) scored against CoNLL gold spans by character offsets. The rules are written for news
 * prose and some follow conventions CoNLL does not (an acronym use is a mention of its definition),
 * so this is a check that they do no harm on newswire, not a second F1 goal.
 */
function scorePipeline(docs: ReturnType<typeof readConll>): SpanScore {
  const score = new SpanScore();
  docs.forEach((d, i) => {
    const doc = createDoc({ id: `p${i}`, source: 'valid', format: 'text', raw: d.text, text: d.text, hints: {}, flags: [], removed: [] });
    findDocEntities(doc);
    const gold: TagSpan[] = tagsToSpans(d.gold).map((t) => ({ start: d.starts[t.start], end: d.ends[t.end - 1], type: t.type }));
    const pred: TagSpan[] = (doc.layers.mentions ?? []).map((m) => ({ start: m.start, end: m.end, type: TYPE_TO_CONLL[m.type] }));
    score.addSpans(gold, pred);
  });
  return score;
}

async function main(): Promise<void> {
  if (!existsSync(valid)) throw new Error(`not found: ${valid}`);
  if (process.argv.includes('--pipeline-only')) {
    report('pipeline (model + find-entities rules), valid.txt, by character spans', scorePipeline(readConll(valid)));
    return;
  }
  const t0 = performance.now();
  const tagger = loadTagger();
  const loadMs = performance.now() - t0;
  const docs = readConll(valid);
  const ours = new SpanScore();
  const oursSample = new SpanScore();
  const base = new SpanScore();
  const { default: nlp } = await import('compromise');
  let sentIndex = 0;
  let sampled = 0;
  for (const d of docs) {
    const pred = tagger.tag(d);
    for (const [a, b] of sentenceRanges(d)) {
      ours.addTags(d.gold, pred, a, b);
      if (sentIndex++ % SAMPLE_EVERY !== 0) continue;
      sampled++;
      oursSample.addTags(d.gold, pred, a, b);
      const gold = tagsToSpans(Array.from(d.gold.subarray(a, b)));
      const text = d.text.slice(d.starts[a], d.ends[b - 1]);
      const off = d.starts[a];
      const spans: TagSpan[] = [];
      const doc = nlp(text);
      for (const [method, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']] as const) {
        const found = (doc[method]() as { json: (o: object) => { offset: { start: number; length: number } }[] }).json({ offset: true });
        for (const f of found) {
          const s = f.offset.start + off;
          const e = s + f.offset.length;
          const ts = d.starts.indexOf(s, a);
          let te = -1;
          for (let i = a; i < b; i++) if (d.ends[i] === e) te = i + 1;
          if (ts >= a && ts < b && te > ts) spans.push({ start: ts - a, end: te - a, type });
        }
      }
      base.addSpans(gold, spans);
    }
  }
  console.log(`model load: ${loadMs.toFixed(0)} ms`);
  report('ours, valid.txt (all sentences)', ours);
  report(`ours, every ${SAMPLE_EVERY}th sentence (${sampled})`, oursSample);
  report(`compromise, same ${sampled} sentences (no MISC: it has none)`, base);

  // Speed: the doc stage plus merge-aliases on valid.txt's text as prose documents. The first pass
  // includes the JIT warming up (what a short run sees); by the third it has settled. CPU time
  // is printed too: on a shared machine wall time also counts other processes.
  const makeDocs = (): Doc[] => docs.map((d, i) => createDoc({ id: `v${i}`, source: 'valid', format: 'text', raw: d.text, text: d.text, hints: {}, flags: [], removed: [] }));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const mb = bytes / 1e6;
  for (const pass of ['first pass', 'second pass', 'third pass']) {
    const raws = makeDocs();
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    for (const r of raws) findDocEntities(r);
    const cpu1 = cpuSeconds(c1);
    const corpus: Corpus = { documents: raws, inputErrors: [], issues: [], layers: {} };
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    corpus.layers.entities = mergeCorpusEntities(corpus);
    const cpu2 = cpuSeconds(c2);
    const t3 = performance.now();
    console.log(
      `speed, ${pass}: ${mb.toFixed(2)} MB; recognition ${(mb / ((t2 - t1) / 1000)).toFixed(2)} MB/s wall, ${(mb / cpu1).toFixed(2)} MB/s cpu; ` +
        `aliasing ${(t3 - t2).toFixed(0)} ms wall, ${(cpu2 * 1000).toFixed(0)} ms cpu; together ${(mb / ((t3 - t1) / 1000)).toFixed(2)} MB/s wall, ${(mb / (cpu1 + cpu2)).toFixed(2)} MB/s cpu, one thread`,
    );
  }
  // After the speed passes, so that the first pass above is as cold as before this was added.
  report('pipeline (model + find-entities rules), valid.txt, by character spans', scorePipeline(docs));
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

await main();
