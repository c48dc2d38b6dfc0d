// The seed whose stated date is weeks after the events it calls "today" carries no full date in its
// text: only its story shows the anomaly. Through the whole pipeline, against gold.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline, runPipeline } from '../src/core/index.ts';
import { createStages } from '../src/stages/index.ts';
import { readSeeds, seedsAvailable, SEEDS } from './fixtures/corpus/seeds.ts';

interface GoldDoc {
  published: string | null;
  content_date?: string;
  anomaly?: string;
}

test('seeds: the date anomaly is flagged where the gold has one, nowhere else; content dates match', { skip: !seedsAvailable() && 'no ../shared/seeds' }, async () => {
  const gold = JSON.parse(readFileSync(path.join(SEEDS, 'gold.json'), 'utf8')) as { documents: Record<string, GoldDoc> };
  const corpus = await runPipeline(buildPipeline(createStages()), readSeeds());
  for (const doc of corpus.documents) {
    const g = gold.documents[doc.id];
    const flagged = doc.flags.some((f) => f.code === 'date-anomaly');
    assert.equal(flagged, g.anomaly !== undefined, `${doc.id}: date-anomaly flag`);
    // The gold lists stated dates only; a date worked out from the content must say it was inferred.
    const meta = doc.layers.metadata;
    if (g.published !== null) assert.deepEqual([meta?.published, meta?.publishedBasis], [g.published, 'explicit'], `${doc.id}: published`);
    else assert.notEqual(meta?.publishedBasis, 'explicit', `${doc.id}: no stated date`);
    if (g.content_date) assert.equal(doc.layers.metadata?.contentDate, g.content_date, `${doc.id}: content date`);
  }
});
