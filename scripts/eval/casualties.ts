// Gun Violence Archive incidents: killed and injured counts per article against the incident's true
// counts. The article's figure for the main incident is the first non-vague claim of that kind in
// the article (local reports lead with their incident; later figures are often city totals).
//   npm run eval:casualties [-- --limit N] [--errors N] [--half 0|1] [--dump FILE]
// --dump writes one line per article and kind (id, kind, got, truth) to compare two versions.
// --half keeps the incidents whose id ends in an even (0) or odd (1) hex digit: rules were read off
// half 0's errors, so half 1 is a check against fitting them.
// As the pipeline runs them: every pattern compiled on first use (see src/core/regexp-engine.ts).
import '../../src/core/regexp-engine.ts';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimMention } from '../../src/core/index.ts';
import { createDoc } from '../../src/core/index.ts';
import { splitSimpleSentences } from '../../src/nlp/sentence-spans.ts';
import { findTimexes } from '../../src/stages/doc/resolve-time/find-timexes.ts';
import { findEvents } from '../../src/stages/doc/extract-events/find-events.ts';
import { extractClaimsFrom } from '../../src/stages/doc/extract-claims/index.ts';
import { casualtyFigures } from '../../src/stages/doc/extract-claims/casualty-figures.ts';
import { parseNumber } from '../../src/nlp/numbers.ts';

interface Article {
  incident_id: string;
  id: string;
  title: string;
  dct: string;
  uri?: string;
  content: string;
}
interface Incident {
  num_killed: number;
  num_injured: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(root, '../shared/datasets/gva-incidents');
const args = process.argv.slice(2);
const argOf = (name: string): number | null => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : null;
};

/** Time, events and claims over one text, the way the pipeline runs them (sentences split simply). */
function claimsOf(a: Article): ClaimMention[] {
  const text = `${a.title}\n\n${a.content}`;
  const doc = createDoc({ id: a.id, source: a.uri ?? a.id, format: 'text', raw: text, text, hints: { published: a.dct }, flags: [], removed: [] });
  const sentences = splitSimpleSentences(text);
  doc.layers.sentences = sentences;
  doc.layers.mentions = [];
  doc.layers.timexes = findTimexes(text, sentences, a.dct);
  doc.layers.events = findEvents(text, sentences, [], doc.layers.timexes, a.dct);
  return extractClaimsFrom(doc);
}

/**
 * Baseline in the same run: the first number written right before a killed/injured word (with
 * optional "people were"), the reading a plain regex gives.
 */
const BASELINE_NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const BASELINE_RE = {
  killed: new RegExp(`\\b${BASELINE_NUMBER}\\s+(?:\\w+\\s+){0,2}?(?:(?:were|was|are|is)\\s+)?(?:killed|dead|died|slain)\\b`, 'i'),
  injured: new RegExp(`\\b${BASELINE_NUMBER}\\s+(?:\\w+\\s+){0,2}?(?:(?:were|was|are|is)\\s+)?(?:injured|wounded|hurt)\\b`, 'i'),
};
function baselineCount(text: string, kind: 'killed' | 'injured'): number | null {
  const m = BASELINE_RE[kind].exec(text);
  return m ? parseNumber(m[1]!) : null;
}

interface Tally {
  stated: number;
  correct: number;
  correctAll: number;
}

function main(): void {
  if (!existsSync(path.join(dataDir, 'articles.jsonl'))) {
    console.log(`no data at ${dataDir}: skipped`);
    return;
  }
  const incidents = JSON.parse(readFileSync(path.join(dataDir, 'incidents.json'), 'utf8')) as Record<string, Incident>;
  let articles = readFileSync(path.join(dataDir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
  const limit = argOf('--limit');
  if (limit) articles = articles.slice(0, limit);
  const half = argOf('--half');
  if (half !== null) articles = articles.filter((a) => parseInt(a.incident_id.slice(-1), 16) % 2 === half);
  const nErrors = argOf('--errors') ?? 0;
  const dumpAt = args.indexOf('--dump');
  const dump: string[] = [];
  const errors: string[] = [];
  const killed: Tally = { stated: 0, correct: 0, correctAll: 0 };
  const injured: Tally = { stated: 0, correct: 0, correctAll: 0 };
  const baseKilled: Tally = { stated: 0, correct: 0, correctAll: 0 };
  const baseInjured: Tally = { stated: 0, correct: 0, correctAll: 0 };
  let bytes = 0;
  let ms = 0;
  let cpuMs = 0;
  let n = 0;
  for (const a of articles) {
    const inc = incidents[a.incident_id];
    if (!inc) continue;
    n++;
    bytes += a.content.length + a.title.length;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const claims = claimsOf(a);
    const c1 = process.cpuUsage(c0);
    ms += performance.now() - t0;
    cpuMs += (c1.user + c1.system) / 1000;
    const fig = casualtyFigures(claims, `${a.title}\n\n${a.content}`, a.dct);
    for (const [kind, tally, truth] of [['killed', baseKilled, inc.num_killed], ['injured', baseInjured, inc.num_injured]] as const) {
      const got = baselineCount(`${a.title}\n\n${a.content}`, kind);
      if (got !== null) {
        tally.stated++;
        if (got === truth) tally.correct++;
      }
      if ((got ?? 0) === truth) tally.correctAll++;
    }
    for (const [kind, tally, truth] of [['killed', killed, inc.num_killed], ['injured', injured, inc.num_injured]] as const) {
      const got = fig[kind];
      if (dumpAt >= 0) dump.push(`${a.incident_id}\t${a.id}\t${kind}\t${got ?? '-'}\t${truth}`);
      if (got !== null) {
        tally.stated++;
        if (got === truth) tally.correct++;
        else if (errors.length < nErrors) {
          const from = kind === 'killed' ? (fig.killedFrom ? [fig.killedFrom] : []) : fig.injuredFrom;
          errors.push(`${a.id}\t${kind}\tgot ${got} truth ${truth}\t${from.map((c) => `${c.kind}=${c.value as number} ${JSON.stringify(c.sentenceText.slice(0, 140))}`).join(' | ')}`);
        }
      }
      // Every article, reading "no figure" as zero.
      if ((got ?? 0) === truth) tally.correctAll++;
    }
  }
  console.log(`GVA incidents: ${n} articles`);
  for (const [name, t] of [['killed', killed], ['injured', injured], ['baseline killed', baseKilled], ['baseline injured', baseInjured]] as const) {
    console.log(
      `${name.padEnd(16)} accuracy over articles stating a count ${(t.correct / t.stated).toFixed(3)} (${t.correct}/${t.stated}; coverage ${(t.stated / n).toFixed(3)})  | all articles, no figure = 0: ${(t.correctAll / n).toFixed(3)}`,
    );
  }
  // CPU time is what one core spends; wall time also counts waiting for a core on a shared machine.
  console.log(
    `speed: ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s of CPU time, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s wall (time + events + claims, one thread, ${(bytes / 1e6).toFixed(2)} MB, one pass, cold start)`,
  );
  for (const e of errors) console.log(e);
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1]!, dump.join('\n') + '\n');
}

main();
