// The corpus stages over the five seed reports, through the real pipeline, against gold.json.
// Skips cleanly when ../shared is absent; the same behaviours are tested on invented fixtures
// beside each stage.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, runPipeline } from '../src/core/index.ts';
import type { ClaimSlot, Corpus, TimelineEntry } from '../src/core/index.ts';
import { createStages } from '../src/stages/index.ts';
import { readGold, readSeeds, seedsAvailable } from './fixtures/corpus/seeds.ts';
import type { Gold, GoldClaim, GoldTimelineEntry } from './fixtures/corpus/seeds.ts';

const available = seedsAvailable();
let corpus: Corpus;
let gold: Gold;
let fullId: (short: string) => string;

before(async () => {
  if (!available) return;
  corpus = await runPipeline(buildPipeline(createStages()), readSeeds());
  gold = readGold();
  fullId = (short) => corpus.documents.find((d) => d.id.startsWith(short))!.id;
});

const STATUS: Record<string, string> = { conflict: 'conflicting', agree: 'agreed', 'single-source': 'single-source' };

function point(v: ClaimSlot['values'][number]): number | null {
  return v.low ?? (typeof v.value === 'number' ? v.value : null);
}

/** The slot holding the most of the gold slot's per-document numbers. */
function matchSlot(g: GoldClaim): { slot: ClaimSlot | null; hits: number } {
  let best: ClaimSlot | null = null;
  let hits = 0;
  for (const s of corpus.layers.claims ?? []) {
    if (s.kind === 'statement') continue;
    const n = Object.entries(g.numbers!).filter(([doc, num]) => s.values.some((v) => v.document === fullId(doc) && point(v) === num)).length;
    if (n > hits) {
      best = s;
      hits = n;
    }
  }
  return { slot: best, hits };
}

function numericGold(status: string): GoldClaim[] {
  return gold.claims.filter((c) => c.numbers && c.status === status);
}

test('seeds: one story holding all five reports', (t) => {
  if (!available) return t.skip('../shared not present');
  const stories = corpus.layers.stories!;
  assert.equal(stories.length, 1);
  assert.equal(stories[0].documents.length, 5);
});

test('seeds: five independence groups unless two reports credit the same outlet', (t) => {
  if (!available) return t.skip('../shared not present');
  const outlets = corpus.documents.map((d) => d.layers.metadata?.outlet?.toLowerCase()).filter(Boolean);
  const shared = outlets.length - new Set(outlets).size;
  assert.equal(corpus.layers.provenance!.groups.length, 5 - shared);
  assert.equal(corpus.layers.provenance!.relations.length, 0);
});

test('seeds: the conflicting tolls are found (nine against seven)', (t) => {
  if (!available) return t.skip('../shared not present');
  for (const g of numericGold('conflict')) {
    const { slot, hits } = matchSlot(g);
    assert.ok(slot && hits >= Object.keys(g.numbers!).length - 1, `${g.slot}: best slot has ${hits} of the gold values`);
    assert.equal(slot.status, 'conflicting', `${g.slot}: ${slot.statusReason}`);
    assert.ok(slot.independentSources >= 2);
    const r = slot.reconciled!;
    assert.equal(r.low, Math.min(...Object.values(g.numbers!)));
    assert.equal(r.high, Math.max(...Object.values(g.numbers!)));
  }
});

test('seeds: agreed and single-source numeric slots carry their gold status', (t) => {
  if (!available) return t.skip('../shared not present');
  for (const status of ['agree', 'single-source']) {
    for (const g of numericGold(status)) {
      const { slot, hits } = matchSlot(g);
      assert.ok(slot && hits === Object.keys(g.numbers!).length, `${g.slot}: best slot has ${hits} of ${Object.keys(g.numbers!).length} gold values`);
      assert.equal(slot.status, STATUS[status], `${g.slot}: ${slot.status} (${slot.statusReason})`);
    }
  }
});

test("seeds: what happened to the ambassador is a non-numeric conflict", (t) => {
  if (!available) return t.skip('../shared not present');
  const g = gold.claims.find((c) => !c.numbers && c.status === 'conflict')!;
  const docs = Object.keys(g.values).map(fullId);
  const slot = (corpus.layers.claims ?? []).find(
    (s) => s.kind === 'statement' && s.status === 'conflicting' && s.values.filter((v) => docs.includes(v.document)).length >= 2,
  );
  assert.ok(slot, 'no conflicting statement slot over the gold documents');
  assert.ok(slot.independentSources >= 2);
});

test('seeds: the quoted comments of one source only are single-source statement slots', (t) => {
  if (!available) return t.skip('../shared not present');
  const quoted = gold.claims.filter((c) => !c.numbers && c.status === 'single-source');
  for (const g of quoted) {
    const [doc, said] = Object.entries(g.values)[0];
    const speaker = said.split(':')[0].trim().split(/\s+/).pop()!;
    const slot = (corpus.layers.claims ?? []).find(
      (s) => s.kind === 'statement' && s.values.some((v) => v.document === fullId(doc) && (v.attribution ?? '').includes(speaker)),
    );
    assert.ok(slot, `${g.slot}: no statement slot attributed to ${speaker}`);
    assert.equal(slot.status, 'single-source');
  }
});

/** Gold entries matched one-to-one by an entry of the same date citing all their documents and at most one more. */
function timelineHits(entries: readonly TimelineEntry[], goldEntries: readonly GoldTimelineEntry[]): GoldTimelineEntry[] {
  const used = new Set<string>();
  const hits: GoldTimelineEntry[] = [];
  for (const g of goldEntries) {
    const want = g.documents.map(fullId);
    const e = entries.find(
      (x) => !used.has(x.id) && x.date === g.date && want.every((d) => x.documents.includes(d)) && x.documents.length <= want.length + 1,
    );
    if (e) {
      used.add(e.id);
      hits.push(g);
    }
  }
  return hits;
}

test('seeds: at least 10 of the 13 gold timeline events on the right date citing the right documents', (t) => {
  if (!available) return t.skip('../shared not present');
  const hits = timelineHits(corpus.layers.timeline!, gold.timeline);
  assert.ok(hits.length >= 10, `${hits.length} of ${gold.timeline.length}: ${hits.map((h) => h.what.slice(0, 30)).join(' | ')}`);
});

test('seeds: summary of 5-10 cited sentences stating the disputed toll as a range', (t) => {
  if (!available) return t.skip('../shared not present');
  const s = corpus.layers.summary!;
  assert.ok(s.length >= 5 && s.length <= 10);
  for (const line of s) assert.ok(line.citations.length > 0);
  assert.ok(s.some((x) => x.source === null && /\b7\b/.test(x.text) && /\b9\b/.test(x.text)));
});
