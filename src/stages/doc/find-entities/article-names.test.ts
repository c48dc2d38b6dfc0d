import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { articleNames } from './article-names.ts';
import { findDocEntities } from './index.ts';
import { view, cand } from './test-helpers.ts';

test('a mid-sentence capital "The" before an organization is part of its name, not of the mention', () => {
  // 0 she 1 told 2 The 3 Tarrow 4 Ledger 5 . 6 The 7 Orsa 8 Agency 9 said 10 so 11 to 12 The 13 Velk 14 Times 15 Group
  const v = view('she told The Tarrow Ledger. The Orsa Agency said so to The Velk Times Group');
  const cs = [cand(3, 5, 'ORG'), cand(7, 9, 'ORG'), cand(13, 15, 'ORG')];
  articleNames(cs, v, (i) => i === 0 || i === 6);
  // A sentence start is no evidence; "The Velk Times Group" after a Title Case run is left alone.
  assert.deepEqual(cs.map((c) => v.nameOf(c)), ['The Tarrow Ledger', 'Orsa Agency', 'Velk Times']);
  assert.deepEqual(cs.map((c) => v.slice(c.ts, c.te)), ['Tarrow Ledger', 'Orsa Agency', 'Velk Times']);
});

test('whole pipeline: "told The X Ledger" names the paper with its article; the mention stays without it', () => {
  const text = 'The mayor, Kara Vell, told The Tarrow Ledger on Monday that the dam would hold.';
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  const org = (doc.layers.entities ?? []).find((e) => e.type === 'ORG');
  assert.equal(org?.name, 'The Tarrow Ledger');
  const m = (doc.layers.mentions ?? []).find((x) => x.entity === org?.id);
  assert.equal(m && text.slice(m.start, m.end), 'Tarrow Ledger');
});
