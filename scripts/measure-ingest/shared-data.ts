/**
 * Reads the real pages and records under ../shared/datasets through readInputs and reports how
 * many became documents, which errors and flags occurred, and how fast. It measures robustness on
 * inputs nobody wrote for this project; article text quality is measured by eval:extract.
 * Run: node --import tsx scripts/measure-ingest/shared-data.ts
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readInputs, type ReadResult } from '../../src/ingest/index.ts';
import { decodeBytes } from '../../src/ingest/decode.ts';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

function tally(r: ReadResult): string {
  const errors = new Map<string, number>();
  for (const e of r.errors) errors.set(e.code, (errors.get(e.code) ?? 0) + 1);
  const flags = new Map<string, number>();
  for (const d of r.documents) for (const f of d.flags) flags.set(f.code, (flags.get(f.code) ?? 0) + 1);
  const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const empty = r.documents.filter((d) => d.text.trim().length < 200).length;
  return `${r.documents.length} documents; errors: ${list(errors)}; flags: ${list(flags)}; documents under 200 characters: ${empty}`;
}

async function timed(label: string, inputs: string[]): Promise<ReadResult> {
  const t0 = process.hrtime.bigint();
  const r = await readInputs(inputs);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label}: ${tally(r)}; ${s.toFixed(2)} s`);
  for (const e of r.errors.slice(0, 5)) console.log(`  ${e.code}: ${e.message}`);
  return r;
}

async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`no shared data at ${SHARED}`);
    return;
  }
  const pages = join(SHARED, 'datasets/article-extraction/html');
  if (existsSync(pages)) {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-pages-'));
    try {
      for (const f of readdirSync(pages).filter((n) => n.endsWith('.html.gz'))) {
        writeFileSync(join(dir, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(pages, f))));
      }
      await timed('article-extraction pages (HTML)', [dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const gva = join(SHARED, 'datasets/gva-incidents/articles.jsonl');
  if (existsSync(gva)) {
    const r = await timed('gva-incidents articles (JSONL)', [gva]);
    const withUrl = r.documents.filter((d) => d.hints.url).length;
    console.log(`  with a title hint: ${r.documents.filter((d) => d.hints.title).length}, with a url hint: ${withUrl}`);
  }
  const ecb = join(SHARED, 'datasets/ecbplus');
  if (existsSync(ecb)) {
    // CAT XML is not a format the readers take: every file must fail cleanly, none may crash.
    const dir = mkdtempSync(join(tmpdir(), 'ingest-ecb-'));
    try {
      mkdirSync(join(dir, 'x'));
      const topic = readdirSync(ecb).sort()[0];
      const files = readdirSync(join(ecb, topic)).filter((n) => n.endsWith('.xml'));
      await timed(`ecbplus topic ${topic} (CAT XML, not a feed: expect bad-feed errors)`, files.map((f) => join(ecb, topic, f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await timed('seeds (text)', [join(SHARED, 'seeds')]);
  scanEncodings(['tempeval3', 'ecbplus', 'conll2003'].map((d) => join(SHARED, 'datasets', d)).filter(existsSync));
}

/**
 * False-positive check for the encoding logic: clean UTF-8/ASCII corpora should fire no repair.
 * Every flag is printed so a person can judge it.
 */
function scanEncodings(roots: string[]): void {
  let files = 0;
  const flagged: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const root of roots) {
    for (const f of walk(root)) {
      if (f.endsWith('.gz')) continue;
      files++;
      const r = decodeBytes(readFileSync(f), { markup: /ml$/i.test(f) });
      if (!r.ok) flagged.push(`${f}: bad-encoding: ${r.message}`);
      else for (const fl of r.value.flags) flagged.push(`${f}: ${fl.code}: ${fl.message}`);
    }
  }
  console.log(`encoding scan of ${files} dataset files: ${flagged.length} flagged`);
  for (const f of flagged) console.log(`  ${f}`);
}

await main();
