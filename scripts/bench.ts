// `npm run bench [-- --n 1000,10000]`: per-stage throughput and memory on synthetic reports.
// Doc stages run one after another over every document on this one thread, so the figures are
// per core; the corpus stages then run over the whole corpus.
import { parseArgs } from 'node:util';
import { createDoc } from '../src/core/index.ts';
import type { Corpus, Doc, DocStage } from '../src/core/index.ts';
import { createCorpusStages, createDocStages } from '../src/stages/index.ts';
import { generateReports, toRawDocument } from './bench/synthetic.ts';
import { measureIncrementalAdd } from './bench-corpus.ts';

// Documents held out of the corpus and added one at a time afterwards, for the incremental figure.
const ADDS = 101;

interface Row {
  stage: string;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  heapMb: number;
}

const MB = 1024 * 1024;

function peakTracker(): { sample(): void; peak(): number } {
  let peak = 0;
  return {
    sample() {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peak: () => peak,
  };
}

async function timeDocStage(stage: DocStage, docs: Doc[], bytes: number): Promise<Row> {
  const tracker = peakTracker();
  const ctx = { options: {} };
  const start = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i++) {
    await stage.run(docs[i], ctx);
    if (i % 64 === 0) tracker.sample();
  }
  tracker.sample();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { stage: stage.name, seconds, docsPerSecond: docs.length / seconds, mbPerSecond: bytes / MB / seconds, heapMb: tracker.peak() / MB };
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log('stage'.padEnd(22) + 'seconds'.padStart(9) + 'docs/s'.padStart(11) + 'MB/s'.padStart(9) + 'peak heap MB'.padStart(14));
  for (const r of rows) {
    console.log(
      r.stage.padEnd(22) +
        r.seconds.toFixed(2).padStart(9) +
        r.docsPerSecond.toFixed(0).padStart(11) +
        r.mbPerSecond.toFixed(2).padStart(9) +
        r.heapMb.toFixed(0).padStart(14),
    );
  }
}

async function benchOnce(n: number): Promise<void> {
  const reports = generateReports(n + ADDS);
  const raws = reports.slice(0, n).map(toRawDocument);
  const bytes = raws.reduce((s, r) => s + Buffer.byteLength(r.text), 0);
  console.log(`\n=== ${n} synthetic reports, ${(bytes / MB).toFixed(1)} MB ===`);
  const docs = raws.map(createDoc);
  const docRows: Row[] = [];
  for (const stage of createDocStages()) docRows.push(await timeDocStage(stage, docs, bytes));
  const total = docRows.reduce((s, r) => s + r.seconds, 0);
  docRows.push({ stage: 'all doc stages', seconds: total, docsPerSecond: n / total, mbPerSecond: bytes / MB / total, heapMb: Math.max(...docRows.map((r) => r.heapMb)) });
  printRows('per-document stages (one core)', docRows);

  const corpus: Corpus = { documents: docs, inputErrors: [], issues: [], layers: {} };
  const corpusRows: Row[] = [];
  for (const stage of createCorpusStages()) {
    const tracker = peakTracker();
    const start = process.hrtime.bigint();
    await stage.run(corpus, { options: {} });
    tracker.sample();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    corpusRows.push({ stage: stage.name, seconds, docsPerSecond: n / seconds, mbPerSecond: bytes / MB / seconds, heapMb: tracker.peak() / MB });
  }
  const corpusTotal = corpusRows.reduce((s, r) => s + r.seconds, 0);
  corpusRows.push({ stage: 'all corpus stages', seconds: corpusTotal, docsPerSecond: n / corpusTotal, mbPerSecond: bytes / MB / corpusTotal, heapMb: Math.max(...corpusRows.map((r) => r.heapMb)) });
  printRows('corpus stages', corpusRows);

  const extra = reports.slice(n).map(toRawDocument).map(createDoc);
  for (const doc of extra) for (const stage of createDocStages()) await stage.run(doc, { options: {} });
  const add = measureIncrementalAdd(corpus, extra);
  console.log(`\nadd one document to ${n} (stories, provenance, alignment): median ${add.median.toFixed(2)} ms, max ${add.max.toFixed(2)} ms over ${ADDS} additions`);
  console.log(`peak RSS so far: ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000,10000' } } });
for (const n of values.n.split(',').map(Number).filter((x) => x > 0)) await benchOnce(n);
