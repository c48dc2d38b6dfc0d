/**
 * Measures how well the HTML report connects what it says to where the sources say it, on the
 * invented fixture, the bundled example and (when ../shared exists) the seeds, each through the real
 * pipeline. Prints a Markdown table for docs/quality/report.md.
 *
 *   node --import tsx test/e2e/measure-report.ts
 *
 * Baseline in the same run: linking by the dossier's raw offsets only (what a renderer that trusts
 * the offsets would do), against the report's linking (offsets checked against the text, relocated
 * by the cited words when they do not match, widened to the sentence).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { buildPipeline, runPipeline } from '../../src/core/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { createStages } from '../../src/stages/index.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import type { Dossier, DossierDocument, DossierMention } from '../../src/report/dossier-types.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderCsv } from '../../src/report/csv.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { footbridgeDossier } from '../../src/report/fixtures/footbridge-dossier.ts';
import { claimValueRange } from '../../src/report/dossier-read.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');

async function pipelineDossier(dir: string): Promise<Dossier> {
  const files = readdirSync(dir)
    .filter((f) => !/^(expected|gold)\.json$/.test(f) && !/^readme/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  const read = await readInputs(files);
  const corpus = await runPipeline(buildPipeline(createStages()), read.documents, { inputErrors: read.errors, workers: 1 });
  return buildDossier(corpus, { includeSpans: true });
}

/** The naive reading: a span counts only when its offsets are in range and cover its words. */
function rawOffsetsHold(docs: Map<string, DossierDocument>, m: DossierMention | null | undefined): boolean {
  if (!m) return false;
  const doc = docs.get(m.document);
  if (!doc) return false;
  return m.start >= 0 && m.end <= doc.text.length && m.end > m.start && (!m.text || doc.text.slice(m.start, m.end) === m.text);
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

function measure(name: string, dossier: Dossier): string {
  const t0 = performance.now();
  const html = renderHtml(dossier);
  const ms = performance.now() - t0;
  const doc = parseHTML(html).document as unknown as Document;
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const links = Array.from(doc.querySelectorAll('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1));
  const broken = links.filter((id) => !doc.getElementById(id)).length;

  const values = dossier.claims.flatMap((c) => c.values);
  const valueLinks = Array.from(doc.querySelectorAll('#claims .val'));
  const valuesLinked = valueLinks.filter((a) => /-s-\d+$/.test(a.getAttribute('href') ?? '')).length;
  const valuesRaw = values.filter((v) => rawOffsetsHold(docs, v.quantity)).length;

  const sourced = dossier.summary.filter((s) => s.source);
  const summaryLinked = Array.from(doc.querySelectorAll('#summary li')).filter((li) =>
    Array.from(li.querySelectorAll('a')).some((a) => /-s-\d+$/.test(a.getAttribute('href') ?? '')),
  ).length;
  const summaryRaw = sourced.filter((s) => rawOffsetsHold(docs, s.source)).length;

  const evidenced = (dossier.timeline ?? []).filter((t) => (t.evidence ?? []).length > 0);
  const timelineLinked = Array.from(doc.querySelectorAll('#timeline li')).filter((li) =>
    Array.from(li.querySelectorAll('a')).some((a) => /-s-\d+$/.test(a.getAttribute('href') ?? '')),
  ).length;
  const timelineRaw = evidenced.filter((t) => (t.evidence ?? []).some((e) => rawOffsetsHold(docs, e))).length;

  // Does the highlighted range hold the whole sentence the claim comes from (not just the number)?
  const whole = (d: Dossier): number =>
    d.claims
      .flatMap((c) => c.values)
      .filter((v) => {
        const src = d.documents.find((x) => x.id === v.document);
        const r = src ? claimValueRange(src, v) : null;
        return r !== null && src!.text.slice(r.start, r.end).includes(v.text.trim());
      }).length;
  const withoutSpans: Dossier = { ...dossier, documents: dossier.documents.map((d) => ({ ...d, sentences: undefined })) };
  const sentenceWith = whole(dossier);
  const sentenceWithout = whole(withoutSpans);

  const csv = renderCsv(dossier);
  const csvOk =
    csv.events.split('\r\n').length - 2 === dossier.timeline.length && csv.claims.split('\r\n').length - 2 >= 0 ? 'yes' : 'NO';
  const md = renderMarkdown(dossier);
  return (
    `| ${name} | ${dossier.documents.length} | ${pct(valuesRaw, values.length)} | ${pct(valuesLinked, values.length)} | ` +
    `${pct(summaryRaw, sourced.length)} | ${pct(summaryLinked, sourced.length)} | ${pct(timelineRaw, evidenced.length)} | ` +
    `${pct(timelineLinked, evidenced.length)} | ${pct(sentenceWithout, values.length)} | ${pct(sentenceWith, values.length)} | ${broken}/${links.length} | ${doc.querySelectorAll('script').length} | ` +
    `${(html.length / 1024).toFixed(0)} KiB | ${ms.toFixed(0)} ms | ${csvOk} | ${(md.length / 1024).toFixed(0)} KiB |`
  );
}

const rows: string[] = [];
rows.push(measure('fixture (invented)', footbridgeDossier()));
const example = path.join(ROOT, 'examples/harbor-bridge-collapse');
if (existsSync(example)) rows.push(measure('example (harbor-bridge-collapse)', await pipelineDossier(example)));
const seeds = path.join(SHARED, 'seeds');
if (existsSync(seeds)) rows.push(measure('seeds', await pipelineDossier(seeds)));
console.log(
  '| data | docs | claim values linked, raw offsets | claim values linked, report | summary linked, raw | summary linked, report | ' +
    'timeline linked, raw | timeline linked, report | whole sentence marked, no sentence spans | whole sentence marked, with spans | broken in-page links | scripts | HTML size | render time | CSV rows ok | Markdown size |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|');
for (const r of rows) console.log(r);
