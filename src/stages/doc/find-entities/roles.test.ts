// Roles through the whole stage, on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type EntityMention } from '../../../core/index.ts';
import { findDocEntities } from './index.ts';
import { entities } from './test-helpers.ts';

function mentions(text: string): EntityMention[] {
  const doc = createDoc({ id: 'd', source: 'd', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  return doc.layers.mentions!;
}

const person = (ms: EntityMention[], name: string): EntityMention | undefined => ms.find((m) => m.text === name && m.type === 'PERSON');

test('a title before a name is its role, with the capitalized title words before the model span', () => {
  const ms = mentions('"We keep searching," Chief Fire Officer Ilka Dorrance told reporters on Monday.\nLater, Mayor Bram Tolliver visited the site.\n');
  assert.equal(person(ms, 'Ilka Dorrance')?.role, 'Chief Fire Officer');
  assert.equal(person(ms, 'Bram Tolliver')?.role, 'Mayor');
  assert.ok(!ms.some((m) => /^(Chief|Fire|Mayor)\b/.test(m.text) && m.type === 'PERSON'));
});

test('an appositive role ends before a relative clause', () => {
  const ms = mentions('Oren Vask, a professor of civil engineering at Kelmarsh University who studied the bridge, said the joints had failed.\n');
  assert.equal(person(ms, 'Oren Vask')?.role, 'professor of civil engineering at Kelmarsh University');
});

test('an occupation written as a title opening a sentence ("Driver X") is the role, not part of the name', () => {
  const ms = mentions('The coach left the road at dawn. Driver Tomasz Kerrel survived, the operator said. Skipper Ana Voss was rescued.');
  const names = ms.filter((m) => m.type === 'PERSON').map((m) => `${m.text}|${m.role ?? ''}`);
  assert.ok(names.includes('Tomasz Kerrel|Driver'), names.join(' ; '));
  assert.ok(names.includes('Ana Voss|Skipper'), names.join(' ; '));
});

test('police ranks before a name are roles, not part of the name', () => {
  // A shooting's police chief and a flood's county sheriff.
  const chief = entities('Chief Constable Priya Raman said officers arrived within four minutes.');
  assert.ok(chief.includes('Priya Raman/PERSON'), chief.join(' | '));
  const sheriff = entities('Sheriff Tom Ardley said the road would stay shut.');
  assert.ok(sheriff.includes('Tom Ardley/PERSON'), sheriff.join(' | '));
});
