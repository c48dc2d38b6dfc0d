// Entities on invented fixtures: spelling variants across documents, acronyms, roles, shared
// surnames, and a surname that is also a people's name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CorpusEntity } from '../src/core/index.ts';
import { fixtureDir, runCorpus } from './entity-harness.ts';

const fx = (name: string): { id: string; path: string } => ({ id: name, path: path.join(fixtureDir, `${name}.txt`) });

function withAlias(entities: CorpusEntity[], alias: string): CorpusEntity[] {
  return entities.filter((e) => e.aliases.includes(alias));
}

test('spelling variants and acronyms merge across documents, with roles', async () => {
  const corpus = await runCorpus([fx('bridge-a'), fx('bridge-b')]);
  const ents = corpus.layers.entities!;
  const minister = withAlias(ents, 'Lukas Brennhaupt-Solberg');
  assert.equal(minister.length, 1);
  assert.equal(minister[0].type, 'PERSON');
  assert.ok(minister[0].aliases.includes('Lukas Brenhaupt Solberg'), `aliases: ${minister[0].aliases}`);
  assert.deepEqual(minister[0].documents.sort(), ['bridge-a', 'bridge-b']);
  assert.ok(minister[0].roles.some((r) => /Transport Minister/.test(r)), `roles: ${minister[0].roles}`);
  const expert = withAlias(ents, 'Amara Okonkwo-Reyes');
  assert.equal(expert.length, 1);
  assert.ok(expert[0].aliases.includes('Amara Okonkwo Reyes'));
  assert.ok(expert[0].roles.some((r) => /director of the Institute/.test(r)), `roles: ${expert[0].roles}`);
  // "Dr." is a title, not part of the name.
  assert.ok(!ents.some((e) => e.aliases.some((a) => a.startsWith('Dr.'))));
  const via = withAlias(ents, 'VIA');
  assert.equal(via.length, 1);
  assert.ok(via[0].aliases.includes('Valdorian Infrastructure Authority'));
  assert.equal(via[0].type, 'ORG');
  const province = ents.filter((e) => e.aliases.includes('Ostreva') && e.type === 'PLACE');
  assert.equal(province.length, 1, 'the province of Ostreva is a place');
});

test('a surname shared by two people is not merged with either, nor are the two people', async () => {
  const corpus = await runCorpus([fx('bridge-a'), fx('bridge-b'), fx('shared-surname')]);
  const ents = corpus.layers.entities!;
  const pieter = withAlias(ents, 'Pieter Solberg');
  assert.equal(pieter.length, 1);
  assert.ok(!pieter[0].aliases.includes('Lukas Brennhaupt-Solberg'), 'different given names, one surname: two people');
  const marco = withAlias(ents, 'Marco Delvecchio');
  const anselmo = withAlias(ents, 'Antonio Delvecchio');
  assert.equal(marco.length, 1);
  assert.equal(anselmo.length, 1);
  assert.notEqual(marco[0], anselmo[0]);
  assert.ok(!marco[0].aliases.includes('Delvecchio') && !anselmo[0].aliases.includes('Delvecchio'), 'ambiguous bare surname stays apart');
  const cec = withAlias(ents, 'CEC');
  assert.equal(cec.length, 1);
  assert.ok(cec[0].aliases.includes('Castellan Electoral Commission'));
});

test('a surname used as a people name is not merged with the person', async () => {
  const corpus = await runCorpus([fx('people-adjective')]);
  const ents = corpus.layers.entities!;
  const person = withAlias(ents, 'Noor Talvani Kessari');
  assert.equal(person.length, 1);
  assert.equal(person[0].type, 'PERSON');
  const doc = corpus.documents[0];
  const text = doc.text;
  const militants = text.indexOf('Kessari militants');
  const said = text.lastIndexOf('Kessari said');
  const spans = person[0].mentions.map((m) => m.start);
  assert.ok(spans.includes(said), 'the bare surname used as a person joins the person');
  assert.ok(!spans.includes(militants), 'the group adjective does not');
  assert.ok(person[0].roles.some((r) => /spokeswoman/i.test(r)), `roles: ${person[0].roles}`);
});
