import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { buildProvenance, detectProvenance } from './index.ts';

function groupWith(p: ReturnType<typeof buildProvenance>, id: string): string[] {
  return p.groups.find((g) => g.documents.includes(id))!.documents.slice().sort();
}

test('copies, light republications and a paraphrased rewrite of a wire story form one group', () => {
  const c = makeCorpus(BRIDGE);
  detectProvenance.run(c, { options: {} });
  const p = c.layers.provenance!;
  assert.deepEqual(groupWith(p, 'wire'), ['republished-1', 'republished-2', 'rewrite', 'wire']);
  assert.ok(p.relations.some((r) => r.a === 'wire' && r.b === 'republished-1' && r.relation === 'duplicate'));
  assert.ok(p.relations.some((r) => [r.a, r.b].includes('rewrite') && r.relation === 'rewrite'));
  assert.equal(p.groups.find((g) => g.documents.includes('wire'))!.outlet, 'Northgate Press');
});

test('independent reports of the same event stay in groups of their own', () => {
  const p = buildProvenance(makeCorpus(BRIDGE).documents);
  assert.deepEqual(groupWith(p, 'courier'), ['courier']);
  assert.deepEqual(groupWith(p, 'ledger'), ['ledger']);
  assert.equal(p.groups.length, 3);
});

test('two documents crediting the same original outlet are grouped even when their text differs', () => {
  const specs = BRIDGE.filter((d) => d.id === 'courier' || d.id === 'ledger').map((d) => ({ ...d, outlet: 'The Associated Press' }));
  specs[1].outlet = 'AP';
  const p = buildProvenance(makeCorpus(specs).documents);
  assert.equal(p.groups.length, 1);
  assert.match(p.groups[0].reasons.join(' '), /credit/);
  assert.equal(p.relations.length, 0);
});

test('two reports published by one outlet (its site or feed names it, nothing credits it) are separate stories, not one group', () => {
  const docs = makeCorpus(BRIDGE.filter((d) => d.id === 'courier' || d.id === 'ledger').map((d) => ({ ...d, outlet: 'Fellgate Evening Star' }))).documents;
  for (const d of docs) {
    d.layers.metadata!.outletEvidence = [{ outlet: 'Fellgate Evening Star', kind: 'site-name', span: null }];
    d.layers.metadata!.site = 'Fellgate Evening Star';
  }
  const p = buildProvenance(docs);
  assert.equal(p.groups.length, 2);
  assert.deepEqual(p.groups.map((g) => g.outlet), ['Fellgate Evening Star', 'Fellgate Evening Star']);
  // The same two crediting that outlet as the origin of their text are one group.
  for (const d of docs) d.layers.metadata!.outletEvidence.push({ outlet: 'Fellgate Evening Star', kind: 'agency-tag', span: null });
  assert.equal(buildProvenance(docs).groups.length, 1);
});
