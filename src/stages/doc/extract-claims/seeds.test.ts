// The five example reports against gold.json: numeric slots and timeline dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, runDocStages } from '../../../core/index.ts';
import type { ClaimKind, Doc } from '../../../core/index.ts';
import { createDocStages } from '../../index.ts';
import { resolveTime } from '../resolve-time/index.ts';
import { extractEvents } from '../extract-events/index.ts';
import { extractClaims } from './index.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const seeds = path.join(path.resolve(repo, '../shared'), 'seeds');

interface Gold {
  documents: Record<string, { published: string | null; content_date?: string }>;
  claims: { slot: string; numbers?: Record<string, number> }[];
  timeline: { date: string; documents: string[] }[];
}

async function load(): Promise<{ gold: Gold; docs: Map<string, Doc> }> {
  const gold = JSON.parse(readFileSync(path.join(seeds, 'gold.json'), 'utf8')) as Gold;
  const docs = new Map<string, Doc>();
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(seeds, file), 'utf8');
    // No hints: the reference date comes from read-metadata (the content's date when the stated one
    // is anomalous), as it does for a text file given on the command line.
    const doc = createDoc({ id: file, source: file, format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
    await runDocStages(doc, createDocStages(), { options: {} });
    docs.set(file.slice(0, 3), doc);
  }
  return { gold, docs };
}

/** The kind a gold slot's number must have, read from the slot's own wording. */
function kindOf(slot: string): ClaimKind {
  if (/killed|dead/.test(slot)) return 'killed';
  if (/distance|length/.test(slot)) return 'distance';
  return 'count';
}

test('seeds: each gold numeric slot is extracted from each listed document with the right kind', async (t) => {
  if (!existsSync(path.join(seeds, 'gold.json'))) return t.skip('shared seeds not present');
  const { gold, docs } = await load();
  const misses: string[] = [];
  for (const slot of gold.claims) {
    if (!slot.numbers) continue;
    const kind = kindOf(slot.slot);
    for (const [id, value] of Object.entries(slot.numbers)) {
      const claims = docs.get(id)!.layers.claims ?? [];
      if (!claims.some((c) => c.kind === kind && c.value === value)) misses.push(`${id}: ${slot.slot} = ${value} (${kind})`);
    }
  }
  assert.deepEqual(misses, []);
});

/** Timeline (event, document) pairs whose date is found neither on a dated event nor as a time expression. */
function timelineMisses(gold: Gold, docs: Map<string, Doc>, ids: ReadonlySet<string>): string[] {
  const misses: string[] = [];
  for (const item of gold.timeline) {
    for (const id of item.documents) {
      if (!ids.has(id)) continue;
      const doc = docs.get(id)!;
      // An event dated by a time expression in its own sentence (not the reference-date fallback).
      const dated = (doc.layers.events ?? []).some((e) => e.date?.value === item.date && !/reference date \d/.test(e.date.basis.slice(0, 40)) && !e.date.basis.startsWith('no date'));
      const timex = (doc.layers.timexes ?? []).some((x) => x.value === item.date);
      if (!dated && !timex) misses.push(`${id}: ${item.date}`);
    }
  }
  return misses;
}

/** The documents whose reference date (from read-metadata) is the one gold.json reads. */
function rightReference(gold: Gold, docs: Map<string, Doc>): Set<string> {
  const ok = new Set<string>();
  for (const [file, g] of Object.entries(gold.documents)) {
    const want = g.content_date ?? g.published;
    if (want && docs.get(file.slice(0, 3))!.layers.metadata?.referenceDate === want) ok.add(file.slice(0, 3));
  }
  return ok;
}

test('seeds: with the real metadata, the gold timeline dates are found in every document whose reference date is right', async (t) => {
  if (!existsSync(path.join(seeds, 'gold.json'))) return t.skip('shared seeds not present');
  const { gold, docs } = await load();
  const ok = rightReference(gold, docs);
  // The stated date is the reference for plain reports; at least those must be read right.
  for (const id of ['000', '003']) assert.ok(ok.has(id), `read-metadata reference date for ${id}`);
  assert.deepEqual(timelineMisses(gold, docs, ok), []);
});

test('seeds: given the content date, the gold timeline dates are found in every document', async (t) => {
  if (!existsSync(path.join(seeds, 'gold.json'))) return t.skip('shared seeds not present');
  const { gold, docs } = await load();
  // Documents whose reference date read-metadata does not yet find (001's stated date is five weeks
  // late; 002 states none): time, events and claims rerun on the date gold.json reads, to check
  // these stages apart from the metadata.
  for (const [file, g] of Object.entries(gold.documents)) {
    const doc = docs.get(file.slice(0, 3))!;
    const want = g.content_date ?? g.published;
    if (!want || doc.layers.metadata?.referenceDate === want) continue;
    doc.layers.metadata = { ...doc.layers.metadata!, referenceDate: want };
    for (const stage of [resolveTime, extractEvents, extractClaims]) await stage.run(doc, { options: {} });
  }
  // 001 mentions Iran's strike with no time expression at all; dating it needs cross-document
  // alignment (the timeline stage), not this one. Known gap, reported in docs/quality/time-claims.md.
  assert.deepEqual(timelineMisses(gold, docs, new Set(docs.keys())), ['001: 2024-01-16']);
});
