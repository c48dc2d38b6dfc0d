import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';
import { alignDated } from './test-helpers.ts';

function aligned(specs: readonly DocSpec[]): ClaimSlot[] {
  const c: Corpus = makeCorpus(specs);
  c.layers.provenance = buildProvenance(c.documents);
  alignClaims.run(c, { options: {} });
  return c.layers.claims!;
}

const slot = (slots: ClaimSlot[], kind: string) => slots.filter((s) => s.kind === kind);

test('nine against seven from independent sources is a conflict; copies count once', () => {
  const killed = slot(aligned(BRIDGE), 'killed');
  assert.equal(killed.length, 1);
  assert.equal(killed[0].status, 'conflicting');
  assert.equal(killed[0].values.length, 6);
  assert.equal(killed[0].independentSources, 3);
  assert.equal(killed[0].reconciled!.low, 7);
  assert.equal(killed[0].reconciled!.high, 9);
  assert.match(killed[0].statusReason, /courier/);
});

test('"roughly 40 kilometers" and "about 40 km" from two groups agree', () => {
  const d = slot(aligned(BRIDGE), 'distance');
  assert.equal(d.length, 1);
  assert.equal(d[0].status, 'agreed');
  assert.equal(d[0].independentSources, 2);
  assert.equal(d[0].reconciled!.best, 40);
});

test('a figure only one independence group gives is single-source', () => {
  const injured = slot(aligned(BRIDGE), 'injured');
  assert.equal(injured.length, 1);
  assert.equal(injured[0].status, 'single-source');
  assert.equal(injured[0].independentSources, 1);
});

test('copies of one wire story alone are single-source however many there are', () => {
  const killed = slot(aligned(BRIDGE.filter((d) => ['wire', 'republished-1', 'rewrite'].includes(d.id))), 'killed');
  assert.equal(killed[0].values.length, 3);
  assert.equal(killed[0].status, 'single-source');
});

test('"expelled" against "asked not to return" from the same speaker conflicts', () => {
  // Speaker slots (what the mayor said) sit beside it; the contradiction is its own slot.
  const st = slot(aligned(BRIDGE), 'statement').filter((s) => !s.subject.startsWith('what ') && s.values.some((v) => /expelled/.test(String(v.value))));
  assert.equal(st.length, 1);
  assert.ok(st[0].values.some((v) => /not to return/.test(String(v.value))));
  assert.equal(st[0].status, 'conflicting');
  assert.match(st[0].statusReason, /expelled/);
});

// Independent wording per report, so provenance keeps them apart.
const OPENINGS: Record<string, string> = {
  a: 'Rising water swept through farms overnight and the flooding in',
  b: 'Rescue boats worked along submerged streets while the deluge in',
  c: 'With the river still climbing past old records, the disaster around',
};

const tollDoc = (id: string, published: string, quantity: string, value: number, extra: Partial<DocSpec> = {}): DocSpec => ({
  id,
  published,
  text: `${OPENINGS[id]} Kellan Vale has killed ${quantity} people, officials said.`,
  entities: [{ name: 'Kellan Vale', type: 'PLACE' }],
  claims: [{ kind: 'killed', quantity, value, counted: 'people', attribution: 'officials', place: 'Kellan Vale' }],
  ...extra,
});

test('a toll that rises with publication date from independent sources is evolving, best = latest', () => {
  const slots = slot(aligned([tollDoc('a', '2031-05-01', '3', 3), tollDoc('b', '2031-05-02', '5', 5), tollDoc('c', '2031-05-03', '8', 8)]), 'killed');
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'evolving');
  assert.equal(slots[0].reconciled!.best, 8);
  assert.equal(slots[0].reconciled!.latestOfficial, 8);
});

test('overlapping ranges agree; lowest corroborated figure follows ACLED', () => {
  const slots = slot(
    aligned([
      tollDoc('a', '2031-05-01', 'between 10 and 20', 10, { claims: [{ kind: 'killed', quantity: 'between 10 and 20', value: 10, low: 10, high: 20, counted: 'people', place: 'Kellan Vale' }] }),
      tollDoc('b', '2031-05-01', '15 to 25', 15, { claims: [{ kind: 'killed', quantity: '15 to 25', value: 15, low: 15, high: 25, counted: 'people', place: 'Kellan Vale' }] }),
    ]),
    'killed',
  );
  assert.equal(slots[0].status, 'agreed');
  assert.equal(slots[0].reconciled!.lowestCorroborated, 15);
});

test('different counted nouns and different places are different slots; a part of a total is not a slot', () => {
  const spec: DocSpec = {
    id: 'x',
    published: '2031-05-01',
    text: 'Attack on Orvel\n\nThe attack in Orvel killed 11 people, including four children. Separately, three police officers were killed in Brask.',
    entities: [
      { name: 'Orvel', type: 'PLACE' },
      { name: 'Brask', type: 'PLACE' },
    ],
    claims: [
      { kind: 'killed', quantity: '11', value: 11, counted: 'people', place: 'Orvel', parts: [{ label: 'children', value: 4 }] },
      { kind: 'killed', quantity: 'four', value: 4, counted: 'children', place: 'Orvel' },
      { kind: 'killed', quantity: 'three', value: 3, counted: 'police officers', place: 'Brask' },
    ],
  };
  const killed = slot(aligned([spec]), 'killed');
  assert.deepEqual(killed.map((s) => s.values[0].value).sort(), [11, 3]);
});

test('quoted words become one statement slot per speaker; one outlet quoting is single-source', () => {
  const withQuote = BRIDGE.map((d) =>
    d.id === 'wire' ? { ...d, quotes: [{ text: 'corrosion in the steel cables had been reported twice', speaker: 'Orla Fenwright' }] } : d,
  );
  const st = slot(aligned(withQuote), 'statement').filter((s) => s.values.some((v) => v.attribution === 'Orla Fenwright'));
  assert.equal(st.length, 1);
  assert.equal(st[0].status, 'single-source');
  assert.match(st[0].subject, /Orla Fenwright/);
});

test('an account slot is titled contested only when its accounts conflict', () => {
  // A hijacked coach on a ring road: two outlets say the hijacker gave up, a third that police stormed it.
  const reports = [
    'Coach siege on the ring road over\n\nThe man who had held passengers on a coach near Wendle junction since the morning gave himself up at noon, the highway police said.',
    'Wendle coach passengers freed\n\nA spokesman for the coach company said the standoff ended without bloodshed after four hours of talks with the hijacker.',
    'Police end coach hijack\n\nArmed officers stormed the coach at Wendle junction shortly after noon, a passenger who was inside told reporters.',
  ].map((text, i) => ({ id: `coach-${i + 1}`, published: '2033-02-08', outlet: `Outlet ${i + 1}`, text }));
  const accounts = (specs: typeof reports) => alignDated(specs, true).layers.claims!.filter((s) => s.kind === 'statement' && s.values.some((v) => /surrendered|ended peacefully|stormed/.test(String(v.value))));
  const agreed = accounts(reports.slice(0, 2));
  assert.equal(agreed.length, 1);
  assert.equal(agreed[0].status, 'agreed');
  assert.match(agreed[0].subject, /^account: /);
  const contested = accounts(reports);
  assert.equal(contested.length, 1);
  assert.equal(contested[0].status, 'conflicting');
  assert.match(contested[0].subject, /^contested account: /);
});
