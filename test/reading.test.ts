// The reading stages against a reference reading: ../shared/seeds/gold.json when present (skipped
// otherwise) and our own invented fixtures in test/fixtures/reading (always).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc } from '../src/core/index.ts';
import type { Expected } from './reading-checker.ts';
import { checkLines, expectedKind, expectedOutlet, fixturesDir, readThrough, sharedDir } from './reading-checker.ts';

interface Loaded {
  expected: Expected;
  docs: Map<string, Doc>;
  raw: Map<string, string>;
}

async function load(dir: string, file: string): Promise<Loaded> {
  const expected = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Expected;
  const docs = new Map<string, Doc>();
  const raw = new Map<string, string>();
  for (const name of Object.keys(expected.documents)) {
    docs.set(name, await readThrough(path.join(dir, name)));
    raw.set(name, readFileSync(path.join(dir, name), 'utf8'));
  }
  return { expected, docs, raw };
}

const sets: { label: string; dir: string; file: string }[] = [
  { label: 'fixtures', dir: fixturesDir, file: 'expected.json' },
  { label: 'seeds', dir: path.join(sharedDir, 'seeds'), file: 'gold.json' },
];

for (const set of sets) {
  const available = existsSync(path.join(set.dir, set.file));
  let cache: Promise<Loaded> | null = null;
  const get = (): Promise<Loaded> => (cache ??= load(set.dir, set.file));
  const skip = available ? false : `${set.dir} not available`;

  test(`${set.label}: every junk item is removed and every other line survives`, { skip }, async () => {
    const { expected, docs, raw } = await get();
    for (const [name, doc] of docs) {
      const title = expected.documents[name].title ?? null;
      const { missingLines, junkLeft } = checkLines(raw.get(name)!, doc.text, expected.junk[name] ?? [], title);
      assert.deepEqual(junkLeft, [], `${name}: junk left in the clean text`);
      assert.deepEqual(missingLines, [], `${name}: real lines lost`);
      assert.ok(doc.removed.every((r) => r.reason.length > 0), `${name}: every removal has a reason`);
      assert.deepEqual(doc.issues, [], `${name}: no stage failed`);
    }
  });

  test(`${set.label}: titles, published dates, datelines, credits, tags and kinds match`, { skip }, async () => {
    const { expected, docs } = await get();
    for (const [name, doc] of docs) {
      const e = expected.documents[name];
      const m = doc.layers.metadata!;
      if (e.title !== undefined) assert.equal(m.title, e.title, `${name}: title`);
      if (e.published) {
        assert.equal(m.published, e.published, `${name}: published`);
        assert.equal(m.publishedBasis, 'explicit', `${name}: published basis`);
      } else if (e.published === null) assert.notEqual(m.publishedBasis, 'explicit', `${name}: no stated date`);
      // Content dates are only asserted where we find one: never a wrong one.
      if (e.content_date && m.contentDate !== null) assert.equal(m.contentDate, e.content_date, `${name}: content date`);
      if (e.dateline !== undefined) assert.equal(m.dateline?.text ?? null, e.dateline, `${name}: dateline`);
      if (e.credits) assert.deepEqual(m.credits, e.credits, `${name}: credits`);
      if (e.tags) assert.deepEqual(m.tags, e.tags, `${name}: tags`);
      if (e.kind) assert.equal(m.kind, expectedKind(e.kind), `${name}: kind`);
      const outlet = expectedOutlet(e.provenance);
      if (outlet) {
        assert.equal(m.outlet, outlet, `${name}: outlet`);
        assert.ok(m.outletEvidence.some((ev) => ev.outlet === outlet && ev.span !== null && doc.text.slice(ev.span.start, ev.span.end) === ev.span.text), `${name}: outlet evidence in the text`);
      }
      if (e.provenance?.includes('machine-translated')) assert.ok(doc.flags.some((f) => f.code === 'machine-translated'), `${name}: machine-translated flag`);
      const kindFlag = doc.flags.find((f) => f.code === m.kind);
      if (m.kind !== 'report') assert.ok(kindFlag, `${name}: the kind has a flag with its reasons`);
      if (!e.anomaly) assert.ok(!doc.flags.some((f) => f.code === 'date-anomaly'), `${name}: no date anomaly`);
    }
  });

  test(`${set.label}: a stated date far from the content's own day is flagged`, {
    // The seed anomaly (a page dated weeks after the events it calls "today", with no full date in
    // its text) needs the other reports of its story: test/seeds-dates.test.ts asserts it through
    // the whole pipeline (the check-dates corpus stage).
    skip: skip || (set.label === 'seeds' ? 'per-document stages cannot see it; see test/seeds-dates.test.ts' : undefined),
  }, async () => {
    const { expected, docs } = await get();
    for (const [name, doc] of docs) {
      if (!expected.documents[name].anomaly) continue;
      const flag = doc.flags.find((f) => f.code === 'date-anomaly');
      assert.ok(flag, `${name}: date-anomaly flag`);
      assert.equal(doc.layers.metadata!.referenceDate, expected.documents[name].content_date, `${name}: reference date`);
    }
  });

  test(`${set.label}: subheadings are heading paragraphs and body text is not`, { skip }, async () => {
    const { expected, docs } = await get();
    for (const [name, doc] of docs) {
      const e = expected.documents[name];
      if (!e.subheadings) continue;
      // Gold writes a quoted subheading without its marks.
      const headings = doc.layers.paragraphs!.filter((p) => p.heading).map((p) => doc.text.slice(p.start, p.end).replace(/^[“"](.*)[”"]$/, '$1'));
      const allowed = new Set([...e.subheadings.map((s) => s.replace(/^[“"](.*)[”"]$/, '$1')), ...(e.title ? [e.title] : [])]);
      assert.deepEqual(headings.filter((h) => !allowed.has(h)), [], `${name}: only title and subheadings are headings`);
      for (const s of allowed) if (s !== e.title) assert.ok(headings.includes(s), `${name}: "${s}" is a heading`);
    }
  });

  test(`${set.label}: sentences and quotes are exact spans of the clean text`, { skip }, async () => {
    const { docs } = await get();
    for (const [name, doc] of docs) {
      const sentences = doc.layers.sentences!;
      assert.ok(sentences.length > 0, `${name}: sentences`);
      for (let i = 1; i < sentences.length; i++) assert.ok(sentences[i].start >= sentences[i - 1].end, `${name}: sentences in order, not overlapping`);
      for (const q of doc.layers.quotes!) {
        assert.match(doc.text.slice(q.start, q.end), /^["“‘]/, `${name}: a quote starts with its mark`);
        if (q.speaker) assert.equal(doc.text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      }
    }
  });
}

test('fixtures: an anomalous stated date is flagged and relative dates are read against the content date', async () => {
  const dir = fixturesDir;
  const doc = await readThrough(path.join(dir, '107_stale_date_ferry.txt'));
  const m = doc.layers.metadata!;
  assert.equal(m.published, '2031-09-30');
  assert.equal(m.contentDate, '2031-08-14');
  assert.equal(m.referenceDate, '2031-08-14');
  const flag = doc.flags.find((f) => f.code === 'date-anomaly');
  assert.ok(flag);
  assert.equal(doc.text.slice(flag.evidence![0].start, flag.evidence![0].end), flag.evidence![0].text);
});
