// A live blog's posts are dated by their stamps: the real pipeline, from the raw page on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, runPipeline } from '../../../core/index.ts';
import type { RawDocument, TimelineEntry } from '../../../core/index.ts';
import { createStages } from '../../index.ts';

async function timeline(text: string, published: string): Promise<TimelineEntry[]> {
  const raw: RawDocument = { id: 'live.txt', source: 'live.txt', format: 'text', raw: text, text, hints: { published }, flags: [], removed: [] };
  const corpus = await runPipeline(buildPipeline(createStages()), [raw], { workers: 1 });
  return corpus.layers.timeline ?? [];
}

// 2031-06-09 is a Monday; the page runs newest first and crosses midnight.
const BLOG = [
  'LIVE: Fire at the Kaldo ferry terminal',
  '9 June 2031',
  'Harbour Radio desk. Latest posts first.',
  '01:20',
  'Police have arrested two dock workers at the terminal, a police spokesman said.',
  '00:05',
  'A second fire crew has reached the pier.',
  '23:40',
  'Smoke is still rising from the car deck of the ferry.',
  '22:55',
  'A fire broke out on the car deck of the ferry Ostrel Star at the Kaldo terminal.',
].join('\n\n');

test('an undated happening in a post stamped past midnight is on the next day; the posts before it on the page\'s day', async () => {
  const t = await timeline(BLOG, '2031-06-09');
  const arrest = t.find((e) => e.type === 'arrest');
  assert.ok(arrest, JSON.stringify(t.map((e) => [e.date, e.type, e.summary])));
  assert.equal(arrest.date, '2031-06-10');
  assert.match(arrest.basis, /01:20/);
  assert.ok(t.every((e) => e === arrest || e.date === '2031-06-09'), JSON.stringify(t.map((e) => [e.date, e.type, e.summary])));
});
