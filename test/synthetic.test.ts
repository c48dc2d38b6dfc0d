import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../src/core/index.ts';
import { generateReports, toRawDocument } from '../scripts/bench/synthetic.ts';

test('the same seed gives the same reports, another seed different ones', () => {
  const a = generateReports(300, 7);
  const b = generateReports(300, 7);
  const c = generateReports(300, 8);
  assert.deepEqual(a, b);
  assert.notDeepEqual(
    a.map((r) => r.text),
    c.map((r) => r.text),
  );
  assert.equal(a.length, 300);
  assert.equal(new Set(a.map((r) => r.id)).size, 300, 'ids are unique');
});

test('reports are mostly 2-5 KB and dated over several years', () => {
  const reports = generateReports(2000);
  const sizes = reports.map((r) => Buffer.byteLength(r.text)).sort((x, y) => x - y);
  const median = sizes[sizes.length >> 1];
  assert.ok(median >= 2000 && median <= 5000, `median ${median} bytes`);
  assert.ok(sizes[Math.floor(sizes.length * 0.9)] <= 5000, 'few reports above 5 KB');
  const years = new Set(reports.map((r) => r.published.slice(0, 4)));
  assert.ok(years.size >= 5, `years: ${[...years].join(',')}`);
  for (const r of reports) assert.match(r.published, /^\d{4}-\d{2}-\d{2}$/);
});

test('events are reported by several documents, with copies and rewrites inside the group', () => {
  const reports = generateReports(2000);
  const byEvent = new Map<string, typeof reports>();
  for (const r of reports) byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
  const sizes = [...byEvent.values()].map((g) => g.length);
  assert.ok(byEvent.size > 200 && byEvent.size < 1500, `${byEvent.size} events`);
  assert.ok(sizes.filter((n) => n >= 2).length / sizes.length > 0.8, 'most events have several reports');
  const byId = new Map(reports.map((r) => [r.id, r]));
  const derived = reports.filter((r) => r.origin !== 'original');
  assert.ok(derived.length > 100, 'copies and rewrites exist');
  for (const r of derived) {
    const src = byId.get(r.source!);
    assert.ok(src, `${r.id} names its source`);
    assert.equal(src.event, r.event, 'a copy reports the same event');
    assert.ok(r.published >= src.published, 'a copy is not older than its source');
  }
  const copy = derived.find((r) => r.origin === 'copy')!;
  assert.ok(copy.text.includes('Source link'), 'copies carry content-farm junk');
  assert.ok(copy.text.includes(byId.get(copy.source!)!.text.split('\n\n')[2]), 'copies keep the source paragraphs');
});

test('texts carry numbers, quotes, relative dates and filled slots', () => {
  const reports = generateReports(500);
  const all = reports.map((r) => r.text).join('\n');
  assert.doesNotMatch(all, /\{\w+\}/, 'no unfilled template slot');
  const share = (re: RegExp) => reports.filter((r) => re.test(r.text)).length / reports.length;
  assert.ok(share(/\b\d+ people\b/) > 0.5, 'casualty-like numbers');
  assert.ok(share(/"[^"]+," (?:said|stated) /) > 0.8, 'quotes with speakers');
  assert.ok(share(/\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b/) > 0.8, 'relative dates');
  assert.ok(share(/\bkilometres\b/) > 0.3, 'distances');
  assert.ok(share(/\(([A-Z]{3})\) — /) > 0.05, 'agency tags in datelines');
});

test('toRawDocument makes a text RawDocument the pipeline accepts', () => {
  const [r] = generateReports(1, 3);
  const raw = toRawDocument(r);
  assert.deepEqual(raw, { id: r.id, source: r.id, format: 'text', raw: r.text, text: r.text, hints: { published: r.published }, flags: [], removed: [] });
  const doc = createDoc(raw);
  assert.equal(doc.text, r.text);
  assert.equal(doc.hints.published, r.published);
});
