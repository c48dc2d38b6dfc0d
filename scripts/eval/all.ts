// `npm run eval`: every quality measurement in turn (figures in docs/quality.md). Each runs as
// its own process so one missing dataset or failure does not hide the others' figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** `needs`: what must be in ../shared for the measurement to run (null: only this repository). */
const EVALS: { name: string; script: string; needs: string | null }[] = [
  { name: 'HTML extraction (article-extraction)', script: 'extract.ts', needs: 'datasets/article-extraction' },
  { name: 'named entities (CoNLL-2003 valid)', script: 'ner.ts', needs: 'datasets/conll2003' },
  { name: 'time normalization (TimeBank/AQUAINT)', script: 'time.ts', needs: 'datasets/tempeval3' },
  { name: 'casualty counts per article (gva-incidents)', script: 'casualties.ts', needs: 'datasets/gva-incidents' },
  { name: 'story grouping (ECB+) and reconciled counts (gva-incidents)', script: 'stories.ts', needs: 'datasets/ecbplus' },
  { name: 'timeline (seeds gold and the bundled example)', script: 'timeline.ts', needs: 'seeds' },
  { name: 'bundled examples against their answer keys', script: 'example.ts', needs: null },
];

const shared = resolve(import.meta.dirname, '../../../shared');
let failed = 0;
for (const e of EVALS) {
  console.log(`\n######## ${e.name}`);
  if (e.needs !== null && !existsSync(resolve(shared, e.needs))) {
    console.log(`skipped: ${resolve(shared, e.needs)} is not there`);
    continue;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, e.script)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${e.script} exited with ${r.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
