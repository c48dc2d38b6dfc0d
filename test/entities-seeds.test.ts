// The seeds against gold.json: every gold entity found with its type, pairwise alias precision
// and recall >= 0.9, and no two gold entities merged. Skips when ../shared is absent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntity, EntityType } from '../src/core/index.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../src/stages/doc/find-entities/patterns.ts';
import { runCorpus, sharedDir } from './entity-harness.ts';
import { countAliasPairs } from '../scripts/eval/example-alias-pairs.ts';
import { readFileSync } from 'node:fs';

interface GoldEntity {
  canonical: string;
  type: EntityType;
  aliases: string[];
  documents: string[];
}

const seeds = path.join(sharedDir, 'seeds');

/** Gold aliases may carry a title ("Ambassador X"); our names keep titles as roles. */
function untitled(alias: string): string {
  const words = alias.split(' ');
  let i = 0;
  let head = false;
  while (i < words.length - 1 && [ROLE_HEADS, ROLE_MODIFIERS, HONORIFICS].some((s) => s.has(words[i].toLowerCase()))) {
    if (ROLE_HEADS.has(words[i].toLowerCase())) head = true;
    i++;
  }
  return head ? words.slice(i).join(' ') : alias;
}

test('seeds: gold entities found with their types, aliases merged, gold entities kept apart', async (t) => {
  if (!existsSync(path.join(seeds, 'gold.json'))) {
    t.skip('../shared/seeds not available');
    return;
  }
  const gold = (JSON.parse(readFileSync(path.join(seeds, 'gold.json'), 'utf8')) as { entities: GoldEntity[] }).entities;
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const corpus = await runCorpus(files.map((f) => ({ id: f.slice(0, 3), path: path.join(seeds, f) })));
  const entities = corpus.layers.entities as CorpusEntity[];

  // The predicted entity for each (gold entity, alias): same type, the alias among its spellings,
  // found in one of the gold entity's documents.
  const items: { owner: number; alias: string; pred: CorpusEntity | null }[] = [];
  gold.forEach((g, gi) => {
    for (const raw of new Set(g.aliases.map(untitled))) {
      const pred = entities.find((e) => e.type === g.type && e.aliases.includes(raw) && e.documents.some((d) => g.documents.includes(d))) ?? null;
      items.push({ owner: gi, alias: raw, pred });
    }
  });
  const missing = gold.filter((_, gi) => !items.some((it) => it.owner === gi && it.pred));
  // Two spellings are joined when they found the same predicted entity.
  const pairs = countAliasPairs(items, (a, b) => a.pred !== null && a.pred === b.pred);
  const merged = pairs.merged.map(([a, b]) => `${gold[a.owner].canonical} + ${gold[b.owner].canonical}`);
  const precision = pairs.tp + pairs.fp === 0 ? 0 : pairs.tp / (pairs.tp + pairs.fp);
  const recall = pairs.tp / (pairs.tp + pairs.fn);
  t.diagnostic(`found ${gold.length - missing.length}/${gold.length}; pairwise precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
  const lost = items.filter((it) => !it.pred).map((it) => `${gold[it.owner].canonical}: ${it.alias}`);
  if (lost.length) t.diagnostic(`aliases not found: ${lost.join('; ')}`);
  assert.deepEqual(missing.map((g) => g.canonical), [], 'every gold entity is found with its type');
  assert.deepEqual(merged, [], 'no two gold entities are merged');
  assert.ok(precision >= 0.9, `pairwise precision ${precision}`);
  assert.ok(recall >= 0.9, `pairwise recall ${recall}`);
});
