import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { RAID } from '../../../../test/fixtures/corpus/raid.ts';

test('a source omits what an independent source reports, not what only its own copies report', async () => {
  const c = await runCorpus(BRIDGE);
  const slots = c.layers.claims!;
  const injured = slots.find((s) => s.kind === 'injured')!.id;
  const cov = new Map(c.layers.coverage!.map((x) => [x.document, x]));
  assert.ok(cov.get('wire')!.omits.claims.includes(injured));
  assert.ok(cov.get('courier')!.reports.claims.includes(injured));
  assert.ok(!cov.get('courier')!.omits.claims.includes(injured));
  const distance = slots.find((s) => s.kind === 'distance')!.id;
  // Only the wire's own group and the courier carry the distance; the rewrite omits it (courier is independent).
  assert.ok(cov.get('rewrite')!.omits.claims.includes(distance));
  const recovery = c.layers.timeline!.find((e) => e.type === 'rescue')!.id;
  assert.ok(cov.get('courier')!.omits.events.includes(recovery));
  assert.equal(cov.get('ledger')!.kind, 'opinion');
});

test('different labels for the same group are a framing contrast tied to that group', async () => {
  const c = await runCorpus(RAID);
  const f = c.layers.framing!.find((x) => x.referent === 'Grey Hollow Front');
  assert.ok(f, JSON.stringify(c.layers.framing));
  const terms = new Map(f.terms.map((t) => [t.term, t.documents]));
  assert.deepEqual(terms.get('terrorist'), ['raid-a']);
  assert.deepEqual(terms.get('separatist'), ['raid-b']);
});

test('one label used by everyone is no contrast', async () => {
  const c = await runCorpus(RAID.map((d) => ({ ...d, text: d.text.replace(/Terrorists|terrorists|Separatist fighters|separatists/g, 'militants') })));
  assert.equal(c.layers.framing!.find((x) => x.referent === 'Grey Hollow Front'), undefined);
});

test('a nationality next to a label is not its referent; the named group in the sentence is', async () => {
  const french = { name: 'French', type: 'MISC' as const };
  const docs = RAID.map((d) => ({
    ...d,
    entities: [...d.entities!, french],
    text: `${d.text} French ${d.id === 'raid-a' ? 'terrorists' : 'separatists'} were behind it, the Grey Hollow Front said.`,
  }));
  const c = await runCorpus(docs);
  assert.equal(c.layers.framing!.find((x) => x.referent === 'French'), undefined, JSON.stringify(c.layers.framing));
  const group = c.layers.framing!.find((x) => x.referent === 'Grey Hollow Front')!;
  assert.equal(group.terms.find((t) => t.term === 'terrorist')!.count, 2);
});

test('how outlets name the happening itself is a contrast: accident against negligence', async () => {
  const docs = RAID.map((d, i) => ({ ...d, text: `${d.text} Officials described the fire at the depot as ${i === 0 ? 'an accident' : 'criminal negligence'}.` }));
  const c = await runCorpus(docs);
  const f = c.layers.framing!.find((x) => x.referent === 'what happened (all)');
  assert.ok(f, JSON.stringify(c.layers.framing));
  assert.deepEqual(new Map(f.terms.map((t) => [t.term, t.documents])), new Map([['accident', ['raid-a']], ['negligence', ['raid-b']]]));
});
