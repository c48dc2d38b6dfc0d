// Speed and output snapshot of recognition (find-entities) and aliasing (merge-aliases):
//   node --import tsx scripts/entities-perf.ts [--n 1000] [--conll 200] [--out snap.json] [--repeat 1]
// Runs the stages before find-entities untimed, then times find-entities over the synthetic
// reports (scripts/bench/synthetic.ts) plus CoNLL valid.txt documents as prose (when ../shared is
// there), then merge-aliases over the synthetic corpus. With --out it writes every document's
// mentions and entities and the merged entities, so two versions can be compared for equality
// (`--compare a.json b.json`). Run under `node --cpu-prof` to profile.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDoc, type Corpus, type Doc, type Sentence } from '../src/core/index.ts';
import { readConll } from '../src/nlp/ner/conll.ts';
import { loadTagger } from '../src/nlp/ner/index.ts';
import { clean } from '../src/stages/doc/clean/index.ts';
import { readMetadata } from '../src/stages/doc/read-metadata/index.ts';
import { splitSentences } from '../src/stages/doc/split-sentences/index.ts';
import { findDocEntities } from '../src/stages/doc/find-entities/index.ts';
import { mergeCorpusEntities } from '../src/stages/corpus/merge-aliases/index.ts';
import { generateReports, toRawDocument } from './bench/synthetic.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const validPath = path.resolve(root, '../shared/datasets/conll2003/valid.txt');
const MB = 1e6;

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    conll: { type: 'string', default: '200' },
    out: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    compare: { type: 'string', multiple: true },
    'merge-only': { type: 'boolean', default: false },
    /** Write the prepared documents (text and sentences), or read them instead of preparing. */
    'docs-out': { type: 'string' },
    'docs-in': { type: 'string' },
  },
});

if (values.compare) {
  const [a, b] = values.compare;
  const x = readFileSync(a, 'utf8');
  const y = readFileSync(b, 'utf8');
  if (x === y) {
    console.log(`identical (${(x.length / MB).toFixed(1)} MB)`);
    process.exit(0);
  }
  const xa = JSON.parse(x) as { docs: unknown[]; merged: unknown[] };
  const ya = JSON.parse(y) as { docs: unknown[]; merged: unknown[] };
  let shown = 0;
  for (let i = 0; i < Math.max(xa.docs.length, ya.docs.length) && shown < 5; i++) {
    if (JSON.stringify(xa.docs[i]) !== JSON.stringify(ya.docs[i])) {
      console.log(`doc ${i} differs:\n  ${JSON.stringify(xa.docs[i]).slice(0, 1500)}\n  ${JSON.stringify(ya.docs[i]).slice(0, 1500)}`);
      shown++;
    }
  }
  for (let i = 0; i < Math.max(xa.merged.length, ya.merged.length) && shown < 10; i++) {
    if (JSON.stringify(xa.merged[i]) !== JSON.stringify(ya.merged[i])) {
      console.log(`merged ${i} differs:\n  ${JSON.stringify(xa.merged[i]).slice(0, 800)}\n  ${JSON.stringify(ya.merged[i]).slice(0, 800)}`);
      shown++;
    }
  }
  process.exit(1);
}

/** CPU seconds (user + system) since `since`: steadier than wall time on a shared machine. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

function prepare(docs: Doc[]): void {
  const ctx = { options: {} };
  for (const d of docs) for (const s of [clean, readMetadata, splitSentences]) void s.run(d, ctx);
}

interface SavedDoc {
  id: string;
  text: string;
  sentences: Sentence[];
}

function toDoc(s: SavedDoc): Doc {
  const d = createDoc({ id: s.id, source: s.id, format: 'text', raw: s.text, text: s.text, hints: {}, flags: [], removed: [] });
  d.layers.sentences = s.sentences;
  return d;
}

let synth: Doc[] = [];
const conll: Doc[] = [];
if (values['docs-in']) {
  const saved = JSON.parse(readFileSync(values['docs-in'], 'utf8')) as { synth: SavedDoc[]; conll: SavedDoc[] };
  synth = saved.synth.map(toDoc);
  conll.push(...saved.conll.map(toDoc));
} else {
  synth = generateReports(Number(values.n)).map((r) => createDoc(toRawDocument(r)));
  if (existsSync(validPath) && Number(values.conll) > 0) {
    for (const [i, d] of readConll(validPath).slice(0, Number(values.conll)).entries()) {
      conll.push(createDoc({ id: `conll${i}`, source: 'valid', format: 'text', raw: d.text, text: d.text, hints: {}, flags: [], removed: [] }));
    }
  }
  prepare(synth);
  prepare(conll);
}
if (values['docs-out']) {
  const save = (ds: Doc[]): SavedDoc[] => ds.map((d) => ({ id: d.id, text: d.text, sentences: d.layers.sentences ?? [] }));
  writeFileSync(values['docs-out'], JSON.stringify({ synth: save(synth), conll: save(conll) }));
}
const n = synth.length;
const t0 = performance.now();
loadTagger();
const loadMs = performance.now() - t0;
const bytes = (ds: Doc[]): number => ds.reduce((s, d) => s + Buffer.byteLength(d.text), 0);

if (!values['merge-only']) {
  for (let r = 0; r < Number(values.repeat); r++) {
    for (const [name, ds] of [['synthetic', synth], ['conll prose', conll]] as const) {
      if (ds.length === 0) continue;
      const t = performance.now();
      const c = process.cpuUsage();
      for (const d of ds) findDocEntities(d);
      const s = (performance.now() - t) / 1000;
      const cpu = cpuSeconds(c);
      console.log(`recognition, ${name}: ${ds.length} docs, ${(bytes(ds) / MB).toFixed(2)} MB, wall ${s.toFixed(2)} s ${(bytes(ds) / MB / s).toFixed(2)} MB/s, cpu ${cpu.toFixed(2)} s ${(bytes(ds) / MB / cpu).toFixed(2)} MB/s`);
    }
  }
} else {
  for (const d of synth) findDocEntities(d);
}
const corpus: Corpus = { documents: synth, inputErrors: [], issues: [], layers: {} };
const t1 = performance.now();
const c1 = process.cpuUsage();
const merged = mergeCorpusEntities(corpus);
const ms = performance.now() - t1;
const mcpu = cpuSeconds(c1);
console.log(`model load ${loadMs.toFixed(0)} ms; aliasing ${n} docs: wall ${ms.toFixed(0)} ms, cpu ${(mcpu * 1000).toFixed(0)} ms, ${merged.length} entities (${(bytes(synth) / MB / mcpu).toFixed(2)} MB/s cpu)`);

if (values.out) {
  const docs = [...synth, ...conll].map((d) => ({ id: d.id, mentions: d.layers.mentions, entities: d.layers.entities }));
  writeFileSync(values.out, JSON.stringify({ docs, merged }));
}
