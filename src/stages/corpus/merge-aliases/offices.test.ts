// Offices every country has, on hand-made documents with text (invented countries and names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus, EntityType } from '../../../core/index.ts';
import { mergeCorpusEntities } from './index.ts';
import { isOfficeName, ownerInName } from './offices.ts';
import { corpus, docFromText, holding } from './test-corpus.ts';

/** One document: each entity gets a mention wherever the text writes one of its forms. */
const docOf = (id: string, text: string, ents: [string, EntityType, string[]?][]): Corpus['documents'][number] =>
  docFromText(id, text, ents, (f) => new RegExp(`(?<![\\p{L}])${f}(?![\\p{L}])`, 'gu'));

test('office names are an office head with portfolio words only', () => {
  assert.ok(isOfficeName('Foreign Ministry') && isOfficeName('Ministry of Foreign Affairs') && isOfficeName('Ministry'));
  assert.ok(!isOfficeName('Kessel Ministry') && !isOfficeName('Foreign Affairs') && !isOfficeName('Harbour Office'));
  assert.deepEqual(ownerInName('Ostrava Ministry of Health')?.owner, 'ustrav', 'in the name, any proper word is the owner');
  assert.equal(ownerInName('Regional Health Ministry'), null, 'a common word is not');
  assert.equal(ownerInName('Kestavian Ministry of Health')?.owner, ownerInName('Kestavia’s Ministry of Health')?.owner);
});

test('two countries\' foreign ministries stay apart; a ministry without its country joins neither', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'Kestavia’s Foreign Ministry protested, and the Foreign Ministry said talks would go on.', [['Foreign Ministry', 'ORG']]),
      docOf('d2', 'The Kestavian Foreign Ministry summoned the envoy.', [['Foreign Ministry', 'ORG']]),
      docOf('d3', 'Speaking in Brell, the Orlanian Foreign Ministry urged restraint.', [['Foreign Ministry', 'ORG']]),
    ),
  );
  const offices = holding(ents, 'Foreign Ministry');
  assert.equal(offices.length, 3, offices.map((e) => `${e.name}: ${e.documents.join(' ')}`).join(' | '));
  const kestavia = offices.find((e) => e.aliases.includes('Kestavian Foreign Ministry'))!;
  assert.deepEqual(kestavia.documents.sort(), ['d1', 'd2']);
  assert.ok(kestavia.aliases.includes('Kestavia’s Foreign Ministry'), kestavia.aliases.join(', '));
  const orlania = offices.find((e) => e.aliases.includes('Orlanian Foreign Ministry'))!;
  assert.deepEqual(orlania.documents, ['d3']);
  // "the Foreign Ministry said" in d1: whose, the text does not say once two countries are named.
  const bare = offices.find((e) => e !== kestavia && e !== orlania)!;
  assert.equal(bare.name, 'Foreign Ministry');
  assert.equal(bare.mentions.length, 1);
});

test('with one country named, the ministry written without it is that country\'s', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'The Kestavian Health Ministry said 40 were treated.', [['Health Ministry', 'ORG']]),
      docOf('d2', 'The Health Ministry later raised the figure.', [['Health Ministry', 'ORG']]),
    ),
  );
  assert.equal(ents.length, 1);
  assert.equal(ents[0].name, 'Kestavian Health Ministry');
});

test('a ministry named with its country is not joined by another country\'s ministry of the same words', () => {
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'The Kestavia Ministry of Foreign Affairs said so.', [['Kestavia Ministry of Foreign Affairs', 'ORG']]),
      docOf('d2', 'Orlania’s Ministry of Foreign Affairs replied.', [['Ministry of Foreign Affairs', 'ORG']]),
    ),
  );
  assert.equal(ents.length, 2, ents.map((e) => e.name).join(' | '));
});

test('an office with its country after it, or in another word order, is the office named with its country first', () => {
  // A border clash reported in a translated word order and in English.
  assert.equal(ownerInName('Ministry of Defence of Veldania')?.owner, ownerInName('Veldanian Defence Ministry')?.owner);
  assert.equal(ownerInName('Ministry of Defence of Veldania')?.key, ownerInName('Veldanian Defence Ministry')?.key);
  assert.equal(ownerInName('Ministry of Defence of the Harbour'), null, 'a common word is no owner');
  const ents = mergeCorpusEntities(
    corpus(
      docOf('d1', 'The Ministry of Defence of Veldania said six soldiers died.', [['Ministry of Defence of Veldania', 'ORG']]),
      docOf('d2', 'The Veldanian Defence Ministry blamed artillery fire.', [['Veldanian Defence Ministry', 'ORG']]),
      // An air strike: "Affairs" is left out of the office's words, as "Foreign Ministry" leaves it out.
      docOf('d3', 'The Ministry of Foreign Affairs of Ostrava denied it.', [['Ministry of Foreign Affairs of Ostrava', 'ORG']]),
      docOf('d4', 'Ostrava’s Foreign Ministry called it a provocation.', [['Foreign Ministry', 'ORG']]),
      docOf('d5', 'The Veldanian Foreign Ministry protested.', [['Veldanian Foreign Ministry', 'ORG']]),
    ),
  );
  const defence = holding(ents, 'Veldanian Defence Ministry');
  assert.equal(defence.length, 1);
  assert.ok(defence[0].aliases.includes('Ministry of Defence of Veldania'), defence[0].aliases.join(', '));
  const ostrava = holding(ents, 'Ministry of Foreign Affairs of Ostrava')[0];
  assert.deepEqual(ostrava.documents.sort(), ['d3', 'd4']);
  // Another country's foreign ministry stays apart.
  assert.notEqual(holding(ents, 'Veldanian Foreign Ministry')[0], ostrava);
});
