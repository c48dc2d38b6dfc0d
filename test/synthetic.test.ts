import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../src/core/index.ts';
import { allWords } from '../src/corpus-index/index.ts';
import { expand } from '../scripts/bench/phrase.ts';
import { generateReports, toRawDocument } from '../scripts/bench/synthetic.ts';
import type { SyntheticReport } from '../scripts/bench/synthetic.ts';

/** A fixed cycle of draws, so which alternative `expand` takes is known in advance. */
function draws(...xs: number[]): () => number {
  let i = 0;
  return () => xs[i++ % xs.length];
}

/** Runs of five words (every word, stopwords kept) of a text. */
function runs(text: string): Set<string> {
  const w = allWords(text);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
}

/** Share of the smaller text's five-word runs that the other text also has. */
function sharedRuns(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const r of small) if (big.has(r)) n++;
  return small.size ? n / small.size : 0;
}

const quantile = (xs: number[], q: number): number => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

test('expand picks one alternative per bracket, fills slots, drops optional parts on a high draw', () => {
  const t = 'the {who} [ran|walked [fast|slowly]] home[? at night|]';
  // Draws: first bracket -> index 0 ("ran"); optional: 0.9 >= 0.5 so left out.
  assert.equal(expand(t, draws(0, 0.9), { who: 'dog' }), 'The dog ran home');
  // Second alternative, its nested second choice; optional kept (0.1) with its first alternative (0.1).
  assert.equal(expand(t, draws(0.9, 0.9, 0.1, 0.1), { who: 'cat' }), 'The cat walked slowly home at night');
  assert.equal(expand('go [now|] , then stop [|here] .', draws(0.9), {}), 'Go, then stop here.', 'empty alternatives leave no stray spaces');
  assert.equal(expand('go [now|] , then stop [|here] .', draws(0.1), {}), 'Go now, then stop.');
  assert.throws(() => expand('{nope}', draws(0), {}), /nope/);
  assert.throws(() => expand('[open', draws(0), {}), /unclosed/);
});

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
  assert.ok(share(/"[^"]+," (?:said|stated|[A-Z]\w+ [A-Z]\w+)|(?:said|stated|recalled): "/) > 0.8, 'quotes with speakers');
  assert.ok(share(/\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b/) > 0.8, 'relative dates');
  assert.ok(share(/\bkilometres\b/) > 0.3, 'distances');
  assert.ok(share(/\(([A-Z]{3})\) — /) > 0.05, 'agency tags in datelines');
});

test('independent reports share few five-word runs; copies and rewrites share most of their source', () => {
  const reports = generateReports(400, 5);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const tree = (r: SyntheticReport): string => (r.source ? tree(byId.get(r.source)!) : r.id);
  const sets = new Map(reports.map((r) => [r.id, runs(r.text)]));
  const share = (a: SyntheticReport, b: SyntheticReport): number => sharedRuns(sets.get(a.id)!, sets.get(b.id)!);
  const sameEvent: number[] = [];
  const otherEvent: number[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const [a, b] = [reports[i], reports[j]];
      if (a.event === b.event && tree(a) !== tree(b)) sameEvent.push(share(a, b));
      else if (a.event !== b.event && (i + j) % 5 === 0) otherEvent.push(share(a, b));
    }
  }
  assert.ok(sameEvent.length > 150 && otherEvent.length > 5000, `${sameEvent.length} and ${otherEvent.length} pairs`);
  // Two outlets telling one event share names, figures and some stock phrases, not whole passages.
  assert.ok(quantile(sameEvent, 0.5) < 0.2, `same event, median ${quantile(sameEvent, 0.5)}`);
  assert.ok(Math.max(...sameEvent) < 0.45, `same event, max ${Math.max(...sameEvent)}`);
  assert.ok(quantile(otherEvent, 0.5) < 0.05, `other events, median ${quantile(otherEvent, 0.5)}`);
  assert.ok(Math.max(...otherEvent) < 0.35, `other events, max ${Math.max(...otherEvent)}`);
  const derived = reports.filter((r) => r.source);
  const copies = derived.filter((r) => r.origin === 'copy').map((r) => share(r, byId.get(r.source!)!));
  const rewrites = derived.filter((r) => r.origin === 'rewrite').map((r) => share(r, byId.get(r.source!)!));
  assert.ok(copies.length > 15 && rewrites.length > 15, `${copies.length} copies, ${rewrites.length} rewrites`);
  assert.ok(Math.min(...copies) > 0.8, `copies, min ${Math.min(...copies)}`);
  assert.ok(Math.min(...rewrites) > 0.55, `rewrites, min ${Math.min(...rewrites)}`);
  assert.ok(quantile(rewrites, 0.5) < 0.98, 'rewrites do change words');
});

test('events of one kind are told in different words: headlines and ledes rarely repeat', () => {
  const reports = generateReports(1000, 2).filter((r) => r.origin === 'original');
  // Names and numbers differ per event anyway: mask them, so only the wording is compared.
  const mask = (line: string): string => line.replace(/\b[A-Z][\w'’-]*/g, 'N').replace(/\b\d+(?:\.\d+)?\b/g, '#');
  const ledes = reports.map((r) => mask(r.text.split('\n\n').find((p) => p.length > 80)!));
  assert.ok(new Set(ledes).size > 0.8 * ledes.length, `${new Set(ledes).size} distinct ledes of ${ledes.length}`);
});

test('toRawDocument makes a text RawDocument the pipeline accepts', () => {
  const [r] = generateReports(1, 3);
  const raw = toRawDocument(r);
  assert.deepEqual(raw, { id: r.id, source: r.id, format: 'text', raw: r.text, text: r.text, hints: { published: r.published }, flags: [], removed: [] });
  const doc = createDoc(raw);
  assert.equal(doc.text, r.text);
  assert.equal(doc.hints.published, r.published);
});
