// GVA incidents with several articles: run the per-document pipeline over each article, then
// provenance and claim alignment over each incident's articles, and compare the reconciled killed
// count with the incident's true `num_killed`.
//   node --import tsx scripts/eval/reconcile.ts [--limit N] [--cache FILE] [--predictions FILE]   (also run by `npm run eval:stories`)
// --cache FILE keeps the document stages' output: the first run writes it, later runs read it, so two
// versions of alignment can be compared on the same extracted documents while the document stages change.
// --predictions FILE writes each incident's predicted and true count, to list what a change moved.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline, runCorpusStages, runPipeline } from '../../src/core/index.ts';
import type { ClaimSlot, Corpus, Doc } from '../../src/core/index.ts';
import { createDocStages, stagesModule } from '../../src/stages/index.ts';
import { detectProvenance } from '../../src/stages/corpus/detect-provenance/index.ts';
import { alignClaims, mainToll } from '../../src/stages/corpus/align-claims/index.ts';
import { loadGvaMultiArticle } from './gva.ts';

/** The incident's killed slot: the stage's main toll (most independent sources, then nearest the top of its reports). */
export function incidentSlot(slots: readonly ClaimSlot[], corpus: Corpus): ClaimSlot | null {
  return mainToll(slots, corpus, 'killed');
}

export function incidentKilled(slots: readonly ClaimSlot[], corpus: Corpus): number {
  return incidentSlot(slots, corpus)?.reconciled?.best ?? 0;
}

const point = (v: ClaimSlot['values'][number]): number => v.low ?? (typeof v.value === 'number' ? v.value : 0);

/**
 * Other rules for the figure a table shows, measured in the same run so the stage's rule is
 * compared honestly: each reads the same chosen slot.
 */
export const ALTERNATIVE_RULES: Record<string, (s: ClaimSlot) => number> = {
  'stage rule (latest if evolving/single, mode if agreed, lowest corroborated if conflicting)': (s) => s.reconciled!.best!,
  'lowest corroborated always (ACLED)': (s) => s.reconciled!.lowestCorroborated!,
  'latest published figure always': (s) => point([...s.values].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')).at(-1)!),
  'latest official, else stage rule': (s) => s.reconciled!.latestOfficial ?? s.reconciled!.best!,
  'most frequent among independent groups (each group its latest), ties to the latest': (s) => {
    const latest = new Map<string, { p: number; at: string }>();
    for (const v of s.values) {
      const at = v.published ?? '';
      const cur = latest.get(v.group);
      if (!cur || at >= cur.at) latest.set(v.group, { p: point(v), at });
    }
    const counts = new Map<number, { n: number; at: string }>();
    for (const { p, at } of latest.values()) {
      const c = counts.get(p);
      counts.set(p, { n: (c?.n ?? 0) + 1, at: c && c.at > at ? c.at : at });
    }
    return [...counts].sort((a, b) => b[1].n - a[1].n || b[1].at.localeCompare(a[1].at))[0][0];
  },
  'highest figure': (s) => s.reconciled!.high!,
};

export async function evalReconcile(shared: string, limit = Number.POSITIVE_INFINITY, cache: string | null = null, predictionsFile: string | null = null): Promise<void> {
  const dir = path.join(shared, 'datasets/gva-incidents');
  const gva = loadGvaMultiArticle(dir, limit);
  if (!gva) {
    console.log(`skipped GVA: ${dir} not found`);
    return;
  }
  const { incidents: multi, truth, raws } = gva;
  const start = performance.now();
  let documents: Doc[];
  if (cache && existsSync(cache)) documents = JSON.parse(readFileSync(cache, 'utf8')) as Doc[];
  else {
    documents = (await runPipeline(buildPipeline(createDocStages()), raws, { stagesModule, workers: 2 })).documents;
    if (cache) writeFileSync(cache, JSON.stringify(documents));
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  let right = 0;
  let baselineRight = 0;
  const altRight = new Map<string, number>(Object.keys(ALTERNATIVE_RULES).map((k) => [k, 0]));
  const statuses = new Map<string, number>();
  // Rules were studied on incidents whose id ends in an even digit and checked on the odd ones.
  const halves = { even: { n: 0, right: 0 }, odd: { n: 0, right: 0 } };
  const predictions: Record<string, { predicted: number; truth: number }> = {};
  for (const [id, list] of multi) {
    const corpus: Corpus = { documents: list.map((a) => byId.get(a.id)!), inputErrors: [], issues: [], layers: {} };
    await runCorpusStages(corpus, [detectProvenance, alignClaims], { options: {} });
    const slots = corpus.layers.claims ?? [];
    const predicted = incidentKilled(slots, corpus);
    predictions[id] = { predicted, truth: truth[id].num_killed };
    const half = Number(id.at(-1)) % 2 === 0 ? 'even' : 'odd';
    halves[half].n++;
    if (predicted === truth[id].num_killed) {
      right++;
      halves[half].right++;
    }
    const chosen = incidentSlot(slots, corpus);
    for (const [name, rule] of Object.entries(ALTERNATIVE_RULES)) {
      if ((chosen ? rule(chosen) : 0) === truth[id].num_killed) altRight.set(name, altRight.get(name)! + 1);
    }
    // Baseline in the same run: the first article's first killed figure alone (no reading together).
    const first = corpus.documents[0].layers.claims?.find((c) => c.kind === 'killed' && typeof c.value === 'number');
    const base = first ? (first.low ?? (first.value as number)) : 0;
    if (base === truth[id].num_killed) baselineRight++;
    const top = slots.find((s) => s.kind === 'killed');
    if (top) statuses.set(top.status, (statuses.get(top.status) ?? 0) + 1);
  }
  const s = (performance.now() - start) / 1000;
  console.log(`GVA incidents with 2+ articles: ${multi.length} incidents, ${raws.length} articles`);
  console.log(`  reconciled killed == num_killed: ${(right / multi.length).toFixed(3)} (${right}/${multi.length}; goal >= 0.85)`);
  for (const [k, h] of Object.entries(halves)) console.log(`    ${k} ids (${k === 'even' ? 'studied' : 'held out'}): ${(h.right / h.n).toFixed(3)} (${h.right}/${h.n})`);
  console.log(`  baseline (first article's first killed figure): ${(baselineRight / multi.length).toFixed(3)}`);
  for (const [name, n] of altRight) console.log(`  rule: ${name}: ${(n / multi.length).toFixed(3)}`);
  console.log(`  status of the first killed slot: ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  time ${s.toFixed(1)} s`);
  if (predictionsFile) writeFileSync(predictionsFile, JSON.stringify(predictions, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--limit');
  const c = process.argv.indexOf('--cache');
  const p = process.argv.indexOf('--predictions');
  await evalReconcile(path.resolve(import.meta.dirname, '../../../shared'), i > 0 ? Number(process.argv[i + 1]) : undefined, c > 0 ? process.argv[c + 1] : null, p > 0 ? process.argv[p + 1] : null);
}
