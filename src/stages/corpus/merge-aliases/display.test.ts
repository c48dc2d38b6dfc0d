// Display names, country short forms and the corpus type vote, on hand-made entities (invented names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus } from '../../../core/index.ts';
import { mergeCorpusEntities } from './index.ts';
import { corpusOf, holding, L, O, P } from './test-corpus.ts';

test('the short forms of a country are one place', () => {
  const ents = mergeCorpusEntities(corpusOf([L('United States')], [L('U.S.')], [O('US')], [L('America')], [L('Britain')], [L('UK')], [L('United Kingdom')]));
  const us = holding(ents, 'U.S.');
  assert.equal(us.length, 1);
  assert.deepEqual([...us[0].aliases].sort(), ['America', 'U.S.', 'US', 'United States']);
  assert.equal(us[0].type, 'PLACE');
  const uk = holding(ents, 'UK');
  assert.deepEqual([...uk[0].aliases].sort(), ['Britain', 'UK', 'United Kingdom']);
  assert.notEqual(us[0], uk[0]);
});

test('the display name is the form most documents write, not one with a lowercase tail', () => {
  const ents = mergeCorpusEntities(
    corpusOf([O('Velmar Front', ['Velmar Front', 'Velmar Front camps'])], [O('Velmar Front camps')], [O('Velmar Front')], [O('Velmar Front')]),
  );
  assert.equal(ents.length, 1);
  assert.equal(ents[0].name, 'Velmar Front');
  // A fragment does not outvote the whole name it is part of; a qualifier does not lead the name.
  const two = mergeCorpusEntities(corpusOf([O('Quarry Board', ['Quarry Board', 'Tarrow Quarry Board'])], [O('Quarry Board')], [O('US Quarry Board', ['US Quarry Board', 'Quarry Board'])]));
  assert.equal(two.length, 1);
  assert.equal(two[0].name, 'Tarrow Quarry Board');
  const three = mergeCorpusEntities(corpusOf([O('US Brill Center')], [O('Brill Center')], [O('Brill Center')]));
  assert.equal(three[0].name, 'Brill Center');
});

test('a place one document typed as a group is one entity, typed as most of its mentions', () => {
  const ents = mergeCorpusEntities(corpusOf([L('Ostvoss')], [L('Ostvoss')], [O('Ostvoss')]));
  assert.equal(ents.length, 1);
  assert.equal(ents[0].type, 'PLACE');
});

test('a full name typed person in one document, a group in two others, is the group', () => {
  const ents = mergeCorpusEntities(corpusOf([O('Harran Vosk')], [O('Harran Vosk')], [P('Harran Vosk')]));
  assert.equal(ents.length, 1);
  assert.equal(ents[0].type, 'ORG');
  // Written as a person in two documents, it stays a person.
  const kept = mergeCorpusEntities(corpusOf([O('Harran Vosk')], [O('Harran Vosk')], [P('Harran Vosk')], [P('Harran Vosk')]));
  assert.equal(kept.length, 2);
});

test('a mention written as more than the name ("X-based") is not shown as an alias', () => {
  const ents = mergeCorpusEntities(corpusOf([{ name: 'Tarrow', type: 'PLACE', aliases: ['Tarrow'], written: ['Tarrow', 'Tarrow-based'] }], [L('Tarrow')]));
  assert.equal(ents.length, 1);
  assert.deepEqual(ents[0].aliases, ['Tarrow']);
  assert.equal(ents[0].mentions.length, 3);
});

test('a one-word name always written before the rest of one longer name joins it', () => {
  // d1 names the structure in full; d2 writes "the Orla Vessel bridge" and the recognizer kept "Orla".
  const corpus = (written: string): Corpus => {
    const c = corpusOf([L('Orla Vessel Bridge')], [O('Orla')], [L('Orla Vessel Bridge')]);
    const at = written.indexOf('Orla');
    c.documents[1].text = written;
    c.documents[1].layers.mentions = [{ start: at, end: at + 4, text: 'Orla', type: 'ORG', entity: 'e1', role: null }];
    return c;
  };
  for (const written of ['the Orla Vessel bridge fell', 'the Orla bridge fell']) {
    const ents = mergeCorpusEntities(corpus(written));
    assert.equal(ents.length, 1, written);
    assert.equal(ents[0].type, 'PLACE');
  }
  // Followed by an unrelated word, it stays apart.
  assert.equal(mergeCorpusEntities(corpus('Orla rose to speak')).length, 2);
});

test('"X bridge" named from its mention X joins the one longer name "X ... Bridge"; "X river" does not', () => {
  // d2 writes "the Orla bridge": the entity is named "Orla bridge", its mention is "Orla".
  const corpus = (name: string, written: string): Corpus => {
    const c = corpusOf([L('Orla Vessel Bridge')], [L(name)], [L('Orla Vessel Bridge')]);
    const at = written.indexOf('Orla');
    c.documents[1].text = written;
    c.documents[1].layers.mentions = [{ start: at, end: at + 4, text: 'Orla', type: 'PLACE', entity: 'e1', role: null }];
    return c;
  };
  const ents = mergeCorpusEntities(corpus('Orla bridge', 'the Orla bridge fell'));
  assert.equal(ents.length, 1);
  assert.deepEqual([...ents[0].aliases].sort(), ['Orla Vessel Bridge', 'Orla bridge']);
  assert.equal(mergeCorpusEntities(corpus('Orla river', 'the Orla river rose')).length, 2);
});

test('an institution written "St X" joins "Saint X\'s Hospital", and "Saint X" joins "St X\'s Hospital"', () => {
  for (const [long, short] of [["Saint Oda's Hospital", 'St Oda'], ["St Oda's Hospital", 'Saint Oda']]) {
    const ents = mergeCorpusEntities(corpusOf([O(long)], [O(short)], [O('Oda Vessel')]));
    assert.equal(ents.length, 2, JSON.stringify(ents.map((e) => e.name)));
    assert.deepEqual([...holding(ents, long)[0].aliases].sort(), [long, short].sort());
  }
});

test('British and American spellings of a group\'s or place\'s name are one entity; persons are left as written', () => {
  const ents = mergeCorpusEntities(corpusOf([O('Orsk Medical Centre')], [O('Orsk Medical Center')], [O('Velm Defence Council')], [O('Velm Defense Council')]));
  assert.equal(ents.length, 2, ents.map((e) => e.name).join(' | '));
  const people = mergeCorpusEntities(corpusOf([P('Ivo Andre')], [P('Ivo Ander')]));
  assert.equal(people.length, 2);
});

test('a one-word name typed a place in one document and a person in another is a place (a tie goes to the place)', () => {
  const ents = mergeCorpusEntities(corpusOf([L('Dalvora')], [P('Dalvora')]));
  assert.equal(ents.length, 1);
  assert.equal(ents[0].type, 'PLACE');
});

test('a site is shown by its full name ("X Penitentiary") even where more reports write the bare X', () => {
  const ents = mergeCorpusEntities(corpusOf([L('Holbrin Penitentiary', ['Holbrin Penitentiary', 'Holbrin'])], [L('Holbrin')], [L('Holbrin')], [L('Holbrin Penitentiary')]));
  assert.equal(ents.length, 1);
  assert.equal(ents[0].name, 'Holbrin Penitentiary');
});
