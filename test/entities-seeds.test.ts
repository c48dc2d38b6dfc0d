// The seeds against gold.json: every gold entity found with its type, pairwise alias precision
// and recall >= 0.9, and no two gold entities merged. Skips when ../shared is absent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntity, EntityType } from '../src/core/index.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../src/stages/doc/find-entities/patterns.ts';
import { runCorpus, sharedDir } from './entity-harness.ts';
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
  const items: { gold: number; alias: string; pred: CorpusEntity | null }[] = [];
  gold.forEach((g, gi) => {
    for (const raw of new Set(g.aliases.map(untitled))) {
      const pred = entities.find((e) => e.type === g.type && e.aliases.includes(raw) && e.documents.some((d) => g.documents.includes(d))) ?? null;
      items.push({ gold: gi, alias: raw, pred });
    }
  });
  const missing = gold.filter((_, gi) => !items.some((it) => it.gold === gi && it.pred));
  let tp = 0;
  let predSame = 0;
  let goldSame = 0;
  const merged: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      const same = a.pred !== null && a.pred === b.pred;
      if (a.gold === b.gold) goldSame++;
      if (same) predSame++;
      if (same && a.gold === b.gold) tp++;
      if (same && a.gold !== b.gold) merged.push(`${gold[a.gold].canonical} + ${gold[b.gold].canonical}`);
    }
  }
  const precision = predSame === 0 ? 0 : tp / predSame;
  const recall = tp / goldSame;
  t.diagnostic(`found ${gold.length - missing.length}/${gold.length}; pairwise precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
  const lost = items.filter((it) => !it.pred).map((it) => `${gold[it.gold].canonical}: ${it.alias}`);
  if (lost.length) t.diagnostic(`aliases not found: ${lost.join('; ')}`);
  assert.deepEqual(missing.map((g) => g.canonical), [], 'every gold entity is found with its type');
  assert.deepEqual(merged, [], 'no two gold entities are merged');
  assert.ok(precision >= 0.9, `pairwise precision ${precision}`);
  assert.ok(recall >= 0.9, `pairwise recall ${recall}`);
});
