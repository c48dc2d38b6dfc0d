// `npm run eval:extract`: article-extraction F1 of our HTML path and of plain Readability+linkedom,
// on the same pages in the same run (../shared/datasets/article-extraction). F1 is the benchmark's
// own: \w+ tokens, multisets of 4-token runs, precision and recall per page averaged over pages,
// F1 from the two means.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/ingest/html/extract-article.ts';
import { createDoc } from '../../src/core/index.ts';
import { clean } from '../../src/stages/doc/clean/index.ts';

const { values } = parseArgs({ options: { worst: { type: 'string', default: '0' }, only: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.resolve(root, '../shared/datasets/article-extraction');
if (!existsSync(path.join(dir, 'ground-truth.json'))) {
  console.log(`no benchmark at ${dir}: nothing to evaluate`);
  process.exit(0);
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function score(predicted: string, gold: string): { p: number; r: number } {
  const a = shingles(predicted);
  const b = shingles(gold);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [k, n] of a) {
    np += n;
    tp += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) ng += n;
  const p = np === 0 ? (ng === 0 ? 1 : 0) : tp / np;
  const r = ng === 0 ? 1 : tp / ng;
  return { p, r };
}

function readabilityOnly(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
}

const gold = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const files = readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();

interface Sums {
  p: number;
  r: number;
  ms: number;
}
const ours: Sums = { p: 0, r: 0, ms: 0 };
const cleaned: Sums = { p: 0, r: 0, ms: 0 };
const base: Sums = { p: 0, r: 0, ms: 0 };
const rows: { id: string; f: number; bf: number }[] = [];
let n = 0;
for (const f of files) {
  const id = f.replace(/\.html\.gz$/, '');
  if (values.only && !id.startsWith(values.only)) continue;
  const g = gold[id];
  if (!g) continue;
  const html = gunzipSync(readFileSync(path.join(dir, 'html', f))).toString('utf8');
  let t = performance.now();
  const b = score(readabilityOnly(html), g.articleBody);
  base.ms += performance.now() - t;
  t = performance.now();
  const extracted = extractArticle(html, g.url);
  const o = score(extracted.text, g.articleBody);
  ours.ms += performance.now() - t;
  // The clean stage runs on this text next: it must not cost recall.
  t = performance.now();
  const doc = createDoc({ id, source: g.url, format: 'html', raw: html, text: extracted.text, hints: extracted.hints, flags: [], removed: [] });
  clean.run(doc, { options: {} });
  const c = score(doc.text, g.articleBody);
  cleaned.ms += performance.now() - t;
  cleaned.p += c.p;
  cleaned.r += c.r;
  base.p += b.p;
  base.r += b.r;
  ours.p += o.p;
  ours.r += o.r;
  n++;
  const f1 = (s: { p: number; r: number }): number => (s.p + s.r === 0 ? 0 : (2 * s.p * s.r) / (s.p + s.r));
  rows.push({ id, f: f1(o), bf: f1(b) });
}

function report(label: string, s: Sums): void {
  const p = s.p / n;
  const r = s.r / n;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(`${label.padEnd(28)} F1 ${f.toFixed(3)}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  (${(s.ms / n).toFixed(1)} ms/page)`);
}
console.log(`article-extraction: ${n} pages`);
report('ours (extractArticle)', ours);
report('Readability + linkedom', base);
report('ours, then the clean stage', cleaned);
const worst = Number(values.worst);
if (worst > 0) {
  rows.sort((a, b) => a.f - b.f);
  for (const r of rows.slice(0, worst)) console.log(`  ${r.id.slice(0, 12)} ours ${r.f.toFixed(3)} readability ${r.bf.toFixed(3)}`);
}
