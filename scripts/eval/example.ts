// Scores the real pipeline on each bundled example against its hand-made answer key.
//   node --import tsx scripts/eval/example.ts [--example examples/<dir>] [--verbose]   (npm run eval:example)
// Default: every folder under examples/ with an expected.json. The pipeline runs as the CLI runs it
// (readInputs, every stage, buildDossier); scripts/eval/example-score.ts defines each figure.
// --verbose lists what is missed: junk kept, real lines lost, wrong metadata, missing entities,
// merged aliases, claim values not found, slots split or with the wrong status, timeline misses.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline, runPipeline } from '../../src/core/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import { createStages, stagesModule } from '../../src/stages/index.ts';
import { documentLines, exampleInputs, readKey } from './example-key.ts';
import { scoreExample, type ExampleScore, type Ratio } from './example-score.ts';

const root = path.resolve(import.meta.dirname, '../..');
const verbose = process.argv.includes('--verbose');
const at = process.argv.indexOf('--example');

const examples =
  at > 0
    ? [path.resolve(process.argv[at + 1]!)]
    : readdirSync(path.join(root, 'examples'))
        .map((d) => path.join(root, 'examples', d))
        .filter((d) => existsSync(path.join(d, 'expected.json')))
        .sort();

const r = (x: Ratio): string => `${x.hit}/${x.of}`;
const f = (x: number): string => x.toFixed(3);

function print(name: string, s: ExampleScore): void {
  const c = s.claims;
  const rows: [string, string][] = [
    ['stories (B-cubed)', `P ${f(s.stories.precision)}  R ${f(s.stories.recall)}  F1 ${f(s.stories.f1)}  (${s.stories.predicted} stories for ${s.stories.gold})`],
    ['provenance (same-group pairs)', `P ${f(s.provenance.precision)}  R ${f(s.provenance.recall)}  (${s.provenance.predictedPairs} pairs for ${s.provenance.goldPairs})`],
    ['junk lines removed', r(s.junk.removed)],
    ['real lines lost', r(s.junk.realLost)],
    ['metadata: published day', r(s.metadata.published)],
    ['metadata: title', r(s.metadata.title)],
    ['metadata: kind', r(s.metadata.kind)],
    ['metadata: outlet', r(s.metadata.outlet)],
    ['entities found with type', r(s.entities.found)],
    [
      'alias pairs',
      `P ${f(s.entities.aliasPairs.precision)}  R ${f(s.entities.aliasPairs.recall)}  (tp ${s.entities.aliasPairs.tp}, fp ${s.entities.aliasPairs.fp}, fn ${s.entities.aliasPairs.fn})`,
    ],
    ['claim values found (right kind)', r(c.values)],
    ['claim values found (any kind)', r(c.anyKind)],
    ['key slots held by one dossier slot', r(c.held)],
    ['key slots with the key status', r(c.status)],
    ['dossier slots per key slot (found ones)', c.meanFragments.toFixed(2)],
    ['timeline', `R ${f(s.timeline.recall)}  P ${f(s.timeline.precision)}  (${s.timeline.matched} of ${s.timeline.gold} events, ${s.timeline.entries} entries)`],
  ];
  console.log(`\n## ${name}\n\n| measure | score |\n|---|---|`);
  for (const [m, v] of rows) console.log(`| ${m} | ${v} |`);
  console.log('\n| key slot | kind | values found | dossier slot (status) | key status | slots |\n|---|---|---|---|---|---|');
  for (const sl of c.slots) {
    const home = sl.home ? `${sl.home.subject.slice(0, 40)} (${sl.home.status}${sl.home.holdsAll ? '' : ', partial'})` : '—';
    console.log(`| ${sl.slot} | ${sl.kind} | ${r(sl.found)} | ${home} | ${sl.keyStatus}${sl.statusRight ? ' ✓' : ''} | ${sl.fragments} |`);
  }
  if (!verbose) return;
  const list = (title: string, items: string[]): void => {
    if (!items.length) return;
    console.log(`\n${title}:`);
    for (const i of items) console.log(`  - ${i}`);
  };
  list('junk kept', s.junk.kept);
  list('real lines lost', s.junk.lost);
  list('metadata wrong', s.metadata.wrong);
  list('entities missing', s.entities.missing);
  list('aliases of two key entities merged', s.entities.aliasPairs.merged);
  for (const sl of c.slots) list(`claim values not found: ${sl.slot}`, sl.missed);
  list('timeline events missed', s.timeline.missed);
}

for (const dir of examples) {
  const key = readKey(dir);
  const read = await readInputs(exampleInputs(dir));
  const corpus = await runPipeline(buildPipeline(createStages()), read.documents, { context: { options: {} }, stagesModule, inputErrors: read.errors, workers: 1 });
  const dossier = buildDossier(corpus);
  print(path.relative(root, dir), scoreExample(key, dossier, corpus.layers.timeline ?? [], documentLines(dir)));
}
