// Merges and refusals on hand-made document entities (no recognizer involved), invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeCorpusEntities } from './index.ts';
import { corpus, corpusOf, docFromText, holding, L, O, P } from './test-corpus.ts';

test('spelling variants of a full name merge across documents; the most complete form is the name', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Dara Venn-Ostrik', ['Dara Venn-Ostrik', 'Venn-Ostrik'])], [P('Dara Vennostrik')], [P('Dára Venn Ostrik')]));
  const e = holding(ents, 'Dara Vennostrik');
  assert.equal(e.length, 1);
  assert.deepEqual(e[0].documents, ['d1', 'd2', 'd3']);
  assert.ok(e[0].aliases.includes('Dára Venn Ostrik'));
  assert.ok(e[0].aliases.includes('Venn-Ostrik'));
  // The most complete form (three name words), never the bare surname.
  assert.equal(e[0].name.split(/[\s-]+/).length, 3);
});

test('a bare surname joins the one person who has it', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Ilsa Varro')], [P('Varro')], [P('I. Varro')]));
  assert.equal(ents.length, 1);
  assert.deepEqual(ents[0].aliases.sort(), ['I. Varro', 'Ilsa Varro', 'Varro']);
});

test('two people sharing a surname are never merged, and the bare surname joins neither', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Ilsa Varro')], [P('Teodor Varro')], [P('Varro')]));
  assert.equal(ents.length, 3);
  for (const a of ['Ilsa Varro', 'Teodor Varro', 'Varro']) assert.equal(holding(ents, a).length, 1);
  assert.equal(holding(ents, 'Varro')[0].aliases.length, 1);
});

test('an initial decides between two people with one surname', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Ilsa Varro')], [P('Teodor Varro')], [P('T. Varro')]));
  assert.deepEqual(holding(ents, 'T. Varro')[0].aliases.sort(), ['T. Varro', 'Teodor Varro']);
  assert.equal(holding(ents, 'Ilsa Varro')[0].aliases.length, 1);
});

test('a surname used for a people or group (MISC) stays apart from the person', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Mirela Kesh', ['Mirela Kesh', 'Kesh'])], [{ name: 'Kesh', type: 'MISC' }]));
  const misc = ents.filter((e) => e.type === 'MISC');
  assert.equal(misc.length, 1);
  assert.deepEqual(misc[0].aliases, ['Kesh']);
  assert.equal(holding(ents, 'Mirela Kesh').length, 1);
});

test('a full-name person and a place with the same spelling are not merged; a lone mistyped word is', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Dara Venn')], [L('Dara Venn')], [L('Kalsund')], [P('Kalsund')]));
  assert.equal(holding(ents, 'Dara Venn').length, 2);
  const k = holding(ents, 'Kalsund');
  assert.equal(k.length, 1);
  assert.deepEqual(k[0].documents, ['d3', 'd4']);
});

test('an acronym joins the group that defines it, or the single name that spells it', () => {
  const defined = mergeCorpusEntities(corpusOf([O('Ostland Harbour Authority', ['Ostland Harbour Authority', 'OHA'], 'OHA')], [O('OHA')]));
  assert.equal(defined.length, 1);
  assert.equal(defined[0].name, 'Ostland Harbour Authority');
  const spelled = mergeCorpusEntities(corpusOf([O('Ostland Harbour Authority')], [O('OHA')]));
  assert.equal(spelled.length, 1);
  const twoFit = mergeCorpusEntities(corpusOf([O('Ostland Harbour Authority')], [O('Orvin Hill Association')], [O('OHA')]));
  assert.equal(twoFit.length, 3, 'two names spell OHA and neither defines it: refuse');
});

test('a partial organization name joins the one longer name containing it, and is refused between two', () => {
  const one = mergeCorpusEntities(corpusOf([O('Ostland Harbour Guard Corps')], [O('Harbour Guards')]));
  assert.equal(one.length, 1);
  assert.equal(one[0].name, 'Ostland Harbour Guard Corps');
  const two = mergeCorpusEntities(corpusOf([O('Ostland Harbour Guard Corps')], [O('Kalsund Harbour Guard Corps')], [O('Harbour Guards')]));
  assert.equal(two.length, 3);
});

test('qualified and long place forms join the short one', () => {
  const ents = mergeCorpusEntities(corpusOf([L('Ostland')], [L('Republic of Ostland')], [L('Vessa province')], [L('Vessa')]));
  assert.equal(holding(ents, 'Ostland')[0].aliases.length, 2);
  assert.equal(holding(ents, 'Vessa')[0].aliases.length, 2);
});

test('roles and documents are gathered once each, in first-seen order', () => {
  const c = corpusOf([{ ...P('Ilsa Varro'), roles: ['harbour commissioner'] }], [{ ...P('Ilsa Varro'), roles: ['commissioner', 'harbour commissioner'] }], [P('Ilsa Varro')]);
  const ents = mergeCorpusEntities(c);
  assert.equal(ents.length, 1);
  assert.deepEqual(ents[0].roles, ['harbour commissioner', 'commissioner']);
  assert.deepEqual(ents[0].documents, ['d1', 'd2', 'd3']);
  assert.equal(ents[0].mentions.length, 3);
});

test('full names equal under looser transliteration merge; a shared surname alone does not', () => {
  const ents = mergeCorpusEntities(corpusOf([P('Olha Hrynko', ['Olha Hrynko', 'Hrynko'])], [P('Olga Grinko')], [P('Olga Hrynkova')], [P('Taras Grinko')]));
  assert.deepEqual(holding(ents, 'Olga Grinko')[0].aliases.sort(), ['Hrynko', 'Olga Grinko', 'Olha Hrynko']);
  assert.equal(holding(ents, 'Olga Hrynkova')[0].aliases.length, 1);
  assert.equal(holding(ents, 'Taras Grinko')[0].aliases.length, 1);
});

test('an organization named in another word order is one organization; other word sets are not', () => {
  const ents = mergeCorpusEntities(corpusOf([O('Kelmarsh Technical University')], [O('Technical University of Kelmarsh')], [O('Kelmarsh University')]));
  assert.equal(holding(ents, 'Kelmarsh Technical University')[0].aliases.length, 2);
  assert.equal(holding(ents, 'Kelmarsh University')[0].aliases.length, 1);
});

test('a name spelled the Central European way reads its "ch" as kh; an English "ch" stays the ch of "church"', () => {
  const ents = mergeCorpusEntities(
    corpusOf([P('Bogdan Khalerin')], [P('Bogdan Chalerin')], [P('Bohdan Halerin')], [P('Wadim Chalerin')], [P('Vadim Khalerin')], [P('Andrij Chorvat')], [P('Andriy Khorvat')]),
  );
  assert.equal(holding(ents, 'Bogdan Khalerin')[0], holding(ents, 'Bohdan Halerin')[0]);
  // "Bogdan Chalerin" has no Polish or German letter: its ch is the English one, another name.
  assert.notEqual(holding(ents, 'Bogdan Chalerin')[0], holding(ents, 'Bogdan Khalerin')[0]);
  assert.equal(holding(ents, 'Wadim Chalerin')[0], holding(ents, 'Vadim Khalerin')[0]);
  // A final -ij (for -iy) is the Czech and Ukrainian-Latin spelling, whose ch is kh too.
  assert.equal(holding(ents, 'Andrij Chorvat')[0], holding(ents, 'Andriy Khorvat')[0]);
});

test('a w in an English name does not make its ch a kh: Edward Chandler is not Edward Handler', () => {
  const ents = mergeCorpusEntities(
    corpusOf([P('Edward Chandler')], [P('Edward Handler')], [P('Lewis Chase')], [P('Lewis Hase')]),
  );
  assert.notEqual(holding(ents, 'Edward Chandler')[0], holding(ents, 'Edward Handler')[0]);
  assert.notEqual(holding(ents, 'Lewis Chase')[0], holding(ents, 'Lewis Hase')[0]);
});

test('a surname with j inside reads it as zh, the French spelling; English zh and German sch meet it', () => {
  // A pilot named in an English, a German and a French report of one plane crash.
  const ents = mergeCorpusEntities(corpusOf([P('Arkadiy Bazhenov')], [P('Arkadij Baschenow')], [P('Arkadi Bajenov')], [P('Marta Jelen')], [P('Marta Zhelen')]));
  assert.equal(holding(ents, 'Arkadi Bajenov')[0], holding(ents, 'Arkadiy Bazhenov')[0]);
  assert.equal(holding(ents, 'Arkadij Baschenow')[0], holding(ents, 'Arkadiy Bazhenov')[0]);
  // An opening J is the y of a Central European spelling ("Jelen" for "Yelen"), not a zh.
  assert.notEqual(holding(ents, 'Marta Jelen')[0], holding(ents, 'Marta Zhelen')[0]);
});

test('a full name typed a group or thing in one report joins the person two other reports name', () => {
  // A factory owner: two reports name him, a translated one reads "the owner of the plant X Y" as a thing.
  const ents = mergeCorpusEntities(corpusOf([P('Ruslan Tarkov')], [P('Ruslan Tarkov')], [{ name: 'Ruslan Tarkow', type: 'MISC' }]));
  assert.equal(ents.length, 1);
  assert.equal(ents[0].type, 'PERSON');
  assert.deepEqual(ents[0].documents, ['d1', 'd2', 'd3']);
  // A defendant typed an organization by a court report's byline-like line: the same.
  const org = mergeCorpusEntities(corpusOf([P('Elin Dravska')], [P('Elin Dravska')], [P('Elin Dravska')], [O('Elin Dravska')]));
  assert.equal(org.length, 1);
  assert.equal(org[0].type, 'PERSON');
  // A border clash: the minister's compound given name written closed up in a translated report.
  const closed = mergeCorpusEntities(corpusOf([P('Abdel-Karim Sarrafi')], [P('Sarrafi')], [O('Abdelkarim Sarrafi')]));
  assert.equal(holding(closed, 'Abdelkarim Sarrafi')[0], holding(closed, 'Abdel-Karim Sarrafi')[0]);
});

test('a group named like a person stays apart unless more other reports name the person', () => {
  // One report each: nothing says which reading is right.
  const one = mergeCorpusEntities(corpusOf([P('Ruslan Tarkov')], [{ name: 'Ruslan Tarkov', type: 'MISC' }]));
  assert.equal(one.length, 2);
  // Two reports write the firm, two the person: the firm's reports are as many, it stays a firm.
  const firm = mergeCorpusEntities(corpusOf([O('Hale Brandt')], [O('Hale Brandt')], [P('Hale Brandt')], [P('Hale Brandt')]));
  assert.equal(holding(firm, 'Hale Brandt').length, 2);
  // A Polish-looking spelling fits two people (its ch read as in "church" and as kh): refuse.
  const two = mergeCorpusEntities(
    corpusOf([P('Vadim Chalerin')], [P('Vadim Chalerin')], [P('Vadim Khalerin')], [P('Vadim Khalerin')], [{ name: 'Wadim Chalerin', type: 'MISC' }]),
  );
  assert.equal(holding(two, 'Wadim Chalerin')[0].type, 'MISC');
  assert.equal(holding(two, 'Wadim Chalerin')[0].aliases.length, 1);
});

test('a company called by the first word of its name is that company; not a town or a surname', () => {
  // A plane crash's airline ("X said", read as a person) and a factory fire's owner ("X's director").
  const air = mergeCorpusEntities(corpusOf([O('Kestrel Air Lines')], [P('Kestrel')], [O('Kestrel')]));
  assert.equal(air.length, 1);
  assert.equal(air[0].name, 'Kestrel Air Lines');
  assert.equal(air[0].type, 'ORG');
  // A wildfire's sawmill owner: "X Timber Group" called "X".
  const mill = mergeCorpusEntities(corpusOf([O('Delvin Timber Group')], [O('Delvin')]));
  assert.equal(mill.length, 1);
  // The town the firm is named after: "X" is the town.
  const town = mergeCorpusEntities(corpusOf([O('Harlow Chemicals')], [L('Harlow')], [O('Harlow')]));
  assert.notEqual(holding(town, 'Harlow')[0], holding(town, 'Harlow Chemicals')[0]);
  // A founder's surname: "X" is the person.
  const founder = mergeCorpusEntities(corpusOf([O('Brandt Logistics')], [P('Ilse Brandt')], [P('Brandt')]));
  assert.notEqual(holding(founder, 'Brandt')[0], holding(founder, 'Brandt Logistics')[0]);
  // Two firms start with the word: refuse. A people's word is no firm's short name.
  const two = mergeCorpusEntities(corpusOf([O('Orna Shipping')], [O('Orna Mining')], [O('Orna')], [O('Velsian Air Lines')], [{ name: 'Velsian', type: 'MISC' }]));
  assert.equal(holding(two, 'Orna')[0].aliases.length, 1);
  assert.equal(holding(two, 'Velsian')[0].aliases.length, 1);
});

test('a bare surname joins a person whose full name other reports write with and without a middle initial', () => {
  // A wildfire's fire chief: the report with the bare surname comes between the two full forms.
  const ents = mergeCorpusEntities(corpusOf([P('Johan K. Lindahl')], [P('Lindahl')], [P('Johan Lindahl')]));
  assert.equal(ents.length, 1, ents.map((e) => e.name).join(' | '));
  assert.equal(ents[0].name, 'Johan K. Lindahl');
});

test('a given name typed a group, always followed by the rest of one person\'s full name, is that person cut short', () => {
  // A factory fire: the byline names the reporter in full, another report's credit line only "Ilka" + "Varn".
  const ents = mergeCorpusEntities(
    corpus(
      docFromText('d1', 'By Ilka Varn. The fire spread fast. (Reporting by Ilka Varn in Tosk)', [['Ilka Varn', 'PERSON']], (f) => new RegExp(f, 'g')),
      docFromText('d2', '(Reporting by Ilka Varn in Tosk)', [['Ilka', 'ORG']], (f) => new RegExp(f, 'g')),
    ),
  );
  const person = holding(ents, 'Ilka Varn')[0];
  assert.deepEqual(person.documents.sort(), ['d1', 'd2']);
  assert.equal(person.type, 'PERSON');
  // "Ilka" followed by another word, or also written elsewhere as a group, stays apart.
  const firm = mergeCorpusEntities(
    corpus(
      docFromText('d1', 'By Ilka Varn. The fire spread fast.', [['Ilka Varn', 'PERSON']], (f) => new RegExp(f, 'g')),
      docFromText('d2', '(Reporting by Ilka Varn in Tosk)', [['Ilka', 'ORG']], (f) => new RegExp(f, 'g')),
      docFromText('d3', 'Ilka Steelworks said', [['Ilka', 'ORG']], (f) => new RegExp(f, 'g')),
    ),
  );
  assert.deepEqual(holding(firm, 'Ilka Varn')[0].documents, ['d1']);
});
