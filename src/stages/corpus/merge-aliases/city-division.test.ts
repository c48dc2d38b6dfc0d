// A city and the division named after it ("X Region"), and a city written in capitals as a
// dateline, on hand-made documents with text (invented names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus, EntityType } from '../../../core/index.ts';
import { mergeCorpusEntities } from './index.ts';
import { corpus, corpusOf, docFromText, holding, L, O, P } from './test-corpus.ts';

/** One document from its text: each [name, type] entity gets a mention wherever the text writes it, not before "Region". */
const docOf = (id: string, text: string, ents: [string, EntityType, string[]?][]): Corpus['documents'][number] =>
  docFromText(id, text, ents, (f) => new RegExp(`\\b${f}\\b(?! Region)`, 'g'));

test('a city written as a dateline stays apart from the region named after it, and its capitals join it', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'BRELMONT. A dam gave way north of the city on Friday.', [['BRELMONT', 'PLACE']]),
      docOf('d2', 'Water reached Brelmont by noon, officials said.', [['Brelmont', 'PLACE']]),
      docOf('d3', 'The governor of Brelmont Region asked for help.', [['Brelmont Region', 'PLACE']]),
    ),
  );
  const city = holding(ents, 'Brelmont');
  assert.equal(city.length, 1);
  // The capitals join the city (its dateline document counts) but are no alias of their own.
  assert.deepEqual(city[0].documents.sort(), ['d1', 'd2']);
  assert.ok(!city[0].aliases.includes('BRELMONT'), city[0].aliases.join(', '));
  assert.equal(holding(ents, 'BRELMONT').length, 0);
  assert.ok(!city[0].aliases.includes('Brelmont Region'), city[0].aliases.join(', '));
  assert.equal(holding(ents, 'Brelmont Region').length, 1);
});

test('without city evidence "X Region" and "X" stay one place, and a lowercase "X region" always joins', () => {
  const ents = mergeCorpusEntities(corpusOf([L('Ostravel Region')], [L('Ostravel')], [L('Ostravel')]));
  assert.equal(ents.length, 1);
  const lower = mergeCorpusEntities(
    corpus(
      docOf('d1', 'DUNMERE — Roads were cut.', [['DUNMERE', 'PLACE']]),
      docOf('d2', 'Roads into the Dunmere region were cut.', [['Dunmere region', 'PLACE']]),
    ),
  );
  assert.equal(lower.length, 1);
});

test('an acronym in capitals that is not a dateline stays an acronym', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'Crews from the VARN reached the site.', [['VARN', 'PLACE']]),
      docOf('d2', 'Rain fell on Varn all week.', [['Varn', 'PLACE']]),
    ),
  );
  assert.equal(ents.length, 2);
  // An acronym joined to its written-out name keeps its alias.
  const org = mergeCorpusEntities(corpusOf([O('Tessar Rowing League', ['Tessar Rowing League', 'TRL'], 'TRL')], [O('TRL')]));
  assert.deepEqual(holding(org, 'Tessar Rowing League')[0]?.aliases.sort(), ['TRL', 'Tessar Rowing League']);
});

test('"the X plant" in one document is the company "X Chemicals" that others write before "plant"; a town X is not', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'Smoke rose from the Kessel Chemicals plant at dawn.', [['Kessel Chemicals', 'ORG']]),
      docOf('d2', 'Workers at the Kessel Chemicals plant were sent home.', [['Kessel Chemicals', 'ORG']]),
      docOf('d3', 'Inspectors visited the Kessel plant twice last year.', [['Kessel', 'MISC']]),
    ),
  );
  const firm = holding(ents, 'Kessel Chemicals');
  assert.equal(firm.length, 1);
  assert.ok(firm[0].aliases.includes('Kessel'), firm[0].aliases.join(', '));
  // A different noun after it ("depot"): not shown to be the firm; a place is never joined this way.
  const other = mergeCorpusEntities(
    corpus(
      docOf('d1', 'Smoke rose from the Kessel Chemicals plant at dawn.', [['Kessel Chemicals', 'ORG']]),
      docOf('d2', 'The Kessel depot was shut.', [['Kessel', 'ORG']]),
      docOf('d3', 'Buses left the Kessel plant for the shelters.', [['Kessel', 'PLACE']]),
    ),
  );
  assert.equal(holding(other, 'Kessel Chemicals')[0].aliases.length, 1);
});

test('a place written only in capitals (a dateline) is named in ordinary case; its alias stays as written', () => {
  const ents = mergeCorpusEntities(corpus(docOf('d1', 'TRESKA-VOLL — A dam gave way north of the city.', [['TRESKA-VOLL', 'PLACE']])));
  assert.equal(ents[0].name, 'Treska-Voll');
  assert.deepEqual(ents[0].aliases, ['TRESKA-VOLL']);
  const acronym = mergeCorpusEntities(corpusOf([L('VARN')]));
  assert.equal(acronym[0].name, 'VARN');
});

test('"X Prison" and the bare "X" another report writes are one site, unless X is a dateline city', () => {
  const site = mergeCorpusEntities(corpusOf([L('Holbrin Penitentiary')], [L('Holbrin')], [P('Ilka Morv')]));
  assert.equal(holding(site, 'Holbrin').length, 1);
  assert.deepEqual(holding(site, 'Holbrin')[0].aliases.sort(), ['Holbrin', 'Holbrin Penitentiary']);
  const town = mergeCorpusEntities(
    corpus(
      docFromText('d1', 'TESSEN — Inmates rioted overnight.', [['TESSEN', 'PLACE']], (f) => new RegExp(`\\b${f}\\b`, 'g')),
      docFromText('d2', 'Inmates at Tessen Barracks rioted; Tessen was calm.', [['Tessen Barracks', 'PLACE'], ['Tessen', 'PLACE']], (f) => new RegExp(`\\b${f}\\b(?! Barracks)`, 'g')),
    ),
  );
  assert.equal(holding(town, 'Tessen Barracks').length, 1);
  assert.ok(!holding(town, 'Tessen Barracks')[0].aliases.includes('Tessen'), JSON.stringify(town));
  // "X" beside "X Airport" is the town the airport serves, dateline or not.
  const served = mergeCorpusEntities(corpusOf([L('Marrowby Airport')], [L('Marrowby')]));
  assert.equal(served.length, 2);
});
