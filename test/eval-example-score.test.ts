// Lives in test/ because the CI runner (scripts/test.js) collects tests from src/ and test/ only.
// The example scorer on a tiny invented key (a dam failure in an invented town): a dossier that
// matches the key scores full marks, and each kind of mistake lowers the figure it should and only
// that one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEntry } from '../src/core/index.ts';
import type { Dossier, DossierDocument } from '../src/report/dossier-types.ts';
import type { AnswerKey } from '../scripts/eval/example-key.ts';
import { scoreExample } from '../scripts/eval/example-score.ts';

const TEXT_A = 'The Orlen dam broke on Friday, the River Board said.\nMara Quill said five people were killed.\nShare on Facebook';
const TEXT_B = 'The Orlen dam broke on Friday, the River Board (RB) said.\nQuill said five people were killed.';
const TEXT_C = 'Seven people died when the Orlen dam broke, the mayor said on Saturday.';

const key: AnswerKey = {
  stories: [{ title: 'dam failure', documents: ['a.txt', 'b.txt', 'c.txt'] }],
  documents: {
    'a.txt': { format: 'text', published: '2030-05-03', content_date: '2030-05-03', title: 'Dam breaks', kind: 'report', outlet: 'Wire' },
    'b.txt': { format: 'text', published: '2030-05-04', content_date: '2030-05-03', title: 'Dam breaks in Orlen', kind: 'republished', outlet: 'Wire' },
    'c.txt': { format: 'text', published: '2030-05-04', content_date: '2030-05-04', title: 'Seven dead at Orlen', kind: 'report', outlet: 'Valley Post' },
  },
  junk: { 'a.txt': [{ text: 'Share on Facebook', reason: 'share-widget' }], 'b.txt': [], 'c.txt': [] },
  metadata_lines: {},
  entities: [
    { canonical: 'Mara Quill', type: 'PERSON', aliases: ['Mara Quill', 'Quill'], documents: ['a.txt', 'b.txt'] },
    { canonical: 'River Board', type: 'ORG', aliases: ['River Board', 'RB'], documents: ['a.txt', 'b.txt'] },
  ],
  claims: [
    {
      slot: 'people killed',
      kind: 'killed',
      status: 'conflicting',
      values: [
        { document: 'a.txt', value: 5, text: 'five people were killed' },
        { document: 'c.txt', value: 7, text: 'Seven people died' },
      ],
    },
  ],
  timeline: [{ date: '2030-05-02', what: 'the Orlen dam breaks', documents: ['a.txt', 'c.txt'] }],
  provenance: { groups: [{ documents: ['a.txt', 'b.txt'] }, { documents: ['c.txt'] }] },
};

const lines = new Map([
  ['a.txt', TEXT_A.split('\n')],
  ['b.txt', TEXT_B.split('\n')],
  ['c.txt', TEXT_C.split('\n')],
]);

function doc(id: string, text: string): DossierDocument {
  const k = key.documents[id];
  return { id, title: k.title, published: k.published, publishedBasis: 'explicit', outlet: k.outlet, kind: k.kind as DossierDocument['kind'], language: 'en', text, removed: [], flags: [] };
}

function value(document: string, v: number) {
  return { document, value: v, low: v, high: v, text: '', attribution: null };
}

function perfect(): Dossier {
  return {
    schemaVersion: '1',
    generatedAt: '2000-01-01T00:00:00.000Z',
    documents: [doc('a.txt', TEXT_A.replace('\nShare on Facebook', '')), doc('b.txt', TEXT_B), doc('c.txt', TEXT_C)],
    entities: [
      { id: 'e1', name: 'Mara Quill', type: 'PERSON', aliases: ['Mara Quill', 'Quill'], documents: ['a.txt', 'b.txt'], mentions: [] },
      { id: 'e2', name: 'River Board', type: 'ORG', aliases: ['River Board', 'RB'], documents: ['a.txt', 'b.txt'], mentions: [] },
    ],
    claims: [{ id: 'c1', kind: 'killed', subject: 'people killed', status: 'conflicting', values: [value('a.txt', 5), value('b.txt', 5), value('c.txt', 7)] }],
    timeline: [],
    summary: [],
    stories: [{ id: 's1', title: 'dam', documents: ['a.txt', 'b.txt', 'c.txt'] }],
    provenance: {
      groups: [
        { id: 'g1', documents: ['a.txt', 'b.txt'], outlet: 'Wire', reasons: [] },
        { id: 'g2', documents: ['c.txt'], outlet: null, reasons: [] },
      ],
      relations: [],
    },
  };
}

const entry = (date: string, documents: string[], sentence: string): TimelineEntry => ({
  id: `t-${date}`,
  date,
  precision: 'day',
  type: 'disaster',
  summary: sentence,
  documents,
  basis: 'relative',
  evidence: documents.map((d) => ({ document: d, start: 0, end: sentence.length, text: sentence })),
  actors: [],
  location: null,
  fatalities: null,
});

const onTime = [entry('2030-05-02', ['a.txt', 'c.txt'], 'The Orlen dam broke on Friday')];

test('a dossier that matches the key scores full marks on every measure', () => {
  const s = scoreExample(key, perfect(), onTime, lines);
  assert.equal(s.stories.f1, 1);
  assert.deepEqual([s.provenance.precision, s.provenance.recall], [1, 1]);
  assert.deepEqual(s.junk.removed, { hit: 1, of: 1 });
  assert.equal(s.junk.realLost.hit, 0);
  assert.ok(s.junk.realLost.of >= 4);
  for (const m of [s.metadata.published, s.metadata.title, s.metadata.kind, s.metadata.outlet]) assert.equal(m.hit, 3);
  assert.deepEqual(s.entities.found, { hit: 2, of: 2 });
  assert.deepEqual([s.entities.aliasPairs.tp, s.entities.aliasPairs.fp, s.entities.aliasPairs.fn], [2, 0, 0]);
  assert.deepEqual(s.claims.values, { hit: 2, of: 2 });
  assert.deepEqual([s.claims.held.hit, s.claims.status.hit, s.claims.meanFragments], [1, 1, 1]);
  assert.deepEqual([s.timeline.recall, s.timeline.precision], [1, 1]);
});

test('junk kept, a lost line and wrong metadata are counted where they belong', () => {
  const d = perfect();
  d.documents[0].text = TEXT_A;
  d.documents[2].text = '';
  d.documents[1].title = 'Breaking news';
  d.documents[1].kind = 'report';
  const s = scoreExample(key, d, onTime, lines);
  assert.deepEqual(s.junk.removed, { hit: 0, of: 1 });
  assert.equal(s.junk.realLost.hit, 1);
  assert.equal(s.metadata.title.hit, 2);
  assert.equal(s.metadata.kind.hit, 2);
  assert.equal(s.metadata.published.hit, 3);
  assert.equal(s.entities.found.hit, 2);
});

test('a value split off into a second slot is found but fragments the slot and loses its status', () => {
  const d = perfect();
  d.claims = [
    { id: 'c1', kind: 'killed', subject: 'people killed on Friday', status: 'agreed', values: [value('a.txt', 5), value('b.txt', 5)] },
    { id: 'c2', kind: 'killed', subject: 'people killed at Orlen', status: 'single-source', values: [value('c.txt', 7)] },
  ];
  const s = scoreExample(key, d, onTime, lines);
  assert.deepEqual(s.claims.values, { hit: 2, of: 2 });
  assert.equal(s.claims.held.hit, 0);
  assert.equal(s.claims.status.hit, 0);
  assert.equal(s.claims.meanFragments, 2);
});

test('a value of the wrong kind or number is not found', () => {
  const d = perfect();
  d.claims = [{ id: 'c1', kind: 'injured', subject: 'people hurt', status: 'agreed', values: [value('a.txt', 5)] }, { id: 'c2', kind: 'killed', subject: 'dead', status: 'agreed', values: [value('c.txt', 8)] }];
  const s = scoreExample(key, d, onTime, lines);
  assert.deepEqual(s.claims.values, { hit: 0, of: 2 });
  assert.equal(s.claims.slots[0].missed.length, 2);
  // The 5 was read, under another kind; the 8 is in the wrong document.
  assert.deepEqual(s.claims.anyKind, { hit: 1, of: 2 });
});

test('merged entities, split stories and a copy not grouped lower their own figures', () => {
  const d = perfect();
  d.entities = [{ id: 'e1', name: 'Mara Quill', type: 'ORG', aliases: ['Mara Quill', 'Quill', 'River Board'], documents: ['a.txt'], mentions: [] }];
  d.stories = [
    { id: 's1', title: 'dam', documents: ['a.txt', 'b.txt'] },
    { id: 's2', title: 'toll', documents: ['c.txt'] },
  ];
  d.provenance = { groups: ['a.txt', 'b.txt', 'c.txt'].map((x, i) => ({ id: `g${i}`, documents: [x], outlet: null, reasons: [] })), relations: [] };
  const s = scoreExample(key, d, [entry('2030-05-03', ['a.txt'], 'The Orlen dam broke')], lines);
  // The person has the wrong type; the board is found inside the merged ORG.
  assert.equal(s.entities.found.hit, 1);
  assert.ok(s.entities.missing[0].startsWith('Mara Quill'));
  assert.ok(s.entities.aliasPairs.fp > 0);
  assert.ok(s.stories.recall < 1 && s.stories.precision === 1);
  assert.deepEqual([s.provenance.recall, s.provenance.predictedPairs], [0, 0]);
  assert.equal(s.timeline.recall, 0, 'a day off is not the event');
});

// A levee breach told two ways: the engineers' account and the sheriff's.
const LEVEE = 'The levee gave way under the flood, engineers said. The sheriff said  it was   \u201cdeliberately breached\u201d upstream by farmers to save their fields.';
const at = (words: string): { start: number; end: number } => ({ start: LEVEE.indexOf(words), end: LEVEE.indexOf(words) + words.length });

function leveeKey(): AnswerKey {
  return {
    ...key,
    claims: [{
      slot: 'how the levee failed',
      kind: 'statement',
      status: 'conflicting',
      values: [
        { document: 'a.txt', value: 'overtopped by the flood', text: 'The levee gave way under the flood' },
        { document: 'a.txt', value: 'cut on purpose', text: 'it was "deliberately breached" upstream' },
      ],
    }],
  };
}

function statement(document: string, label: string, words: string) {
  const span = at(words);
  return { document, value: label, low: null, high: null, text: '', attribution: null, quantity: { document, ...span, text: words } };
}

function leveeDossier(claims: Dossier['claims']): Dossier {
  const d = perfect();
  d.documents[0].text = LEVEE;
  d.claims = claims;
  return d;
}

test('a statement value is met by a claim read from its quoted words, whatever the label', () => {
  const d = leveeDossier([
    { id: 'c1', kind: 'statement', subject: 'contested account', status: 'conflicting', values: [statement('a.txt', 'accident', 'gave way'), statement('a.txt', 'deliberate', 'deliberately breached')] },
  ]);
  const s = scoreExample(leveeKey(), d, onTime, lines);
  // The second quote is found across curly quotes and runs of spaces in the clean text.
  assert.deepEqual(s.claims.values, { hit: 2, of: 2 });
  assert.deepEqual([s.claims.held.hit, s.claims.status.hit], [1, 1]);
});

test('a statement claim from other words, or citing the whole sentence, does not meet a key value', () => {
  const sentence = 'The sheriff said  it was   \u201cdeliberately breached\u201d upstream by farmers to save their fields.';
  const d = leveeDossier([
    // The right label, read from words the key does not quote.
    { id: 'c1', kind: 'statement', subject: 'contested account', status: 'single-source', values: [statement('a.txt', 'overtopped by the flood', 'engineers said')] },
    // What the sheriff said: the whole sentence, not the words of the account.
    { id: 'c2', kind: 'statement', subject: 'what the sheriff said', status: 'single-source', values: [statement('a.txt', 'it was deliberately breached upstream', sentence)] },
  ]);
  const s = scoreExample(leveeKey(), d, onTime, lines);
  assert.deepEqual(s.claims.values, { hit: 0, of: 2 });
  assert.equal(s.claims.slots[0].missed.length, 2);
});

test('a conflicting statement slot whose two accounts were read as one label has the wrong status', () => {
  const d = leveeDossier([
    { id: 'c1', kind: 'statement', subject: 'contested account', status: 'conflicting', values: [statement('a.txt', 'deliberate', 'gave way'), statement('a.txt', 'deliberate', 'deliberately breached')] },
  ]);
  const s = scoreExample(leveeKey(), d, onTime, lines);
  assert.deepEqual([s.claims.values.hit, s.claims.held.hit, s.claims.status.hit], [2, 1, 0]);
});
