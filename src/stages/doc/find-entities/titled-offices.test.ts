import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titledOffices } from './titled-offices.ts';
import { cand, entities, shown, view } from './test-helpers.ts';

test('"the X\'s Advocate", "the Ombudsman", "the Inspector General" are one organization each, over the words the model read apart', () => {
  // 0 the 1 Citizens 2 ' 3 Advocate 4 , 5 the 6 Ombudsman 7 and 8 the 9 Inspector 10 General 11 wrote
  const v = view("the Citizens' Advocate, the Ombudsman and the Inspector General wrote");
  const out = titledOffices([cand(1, 2, 'ORG'), cand(3, 4, 'PERSON'), cand(9, 10, 'PERSON')], v);
  assert.deepEqual(shown(v, out), ["Citizens' Advocate/ORG", 'Ombudsman/ORG', 'Inspector General/ORG']);
});

test('an office title before a name, without "the", alone where it needs a qualifier, or across a longer name is left alone', () => {
  // 0 the 1 Public 2 Defender 3 Ana 4 Roth 5 , 6 Advocate 7 Lis 8 , 9 the 10 Defender 11 and 12 the 13 Varo 14 Advocate 15 Group
  const v = view('the Public Defender Ana Roth, Advocate Lis, the Defender and the Varo Advocate Group');
  const cs = [cand(3, 5, 'PERSON'), cand(7, 8, 'PERSON'), cand(13, 16, 'ORG')];
  assert.deepEqual(shown(v, titledOffices(cs, v)), ['Ana Roth/PERSON', 'Lis/PERSON', 'Varo Advocate Group/ORG']);
});

test('whole pipeline: the possessive office is one organization, its holder a person', () => {
  const ents = entities("The Workers' Advocate, Irma Tolvek, said her staff counted eleven dead. By the count of the Workers' Advocate of Norvale, eleven died.");
  assert.ok(ents.includes("Workers' Advocate/ORG"), ents.join(' | '));
  assert.ok(ents.includes('Irma Tolvek/PERSON'), ents.join(' | '));
  assert.ok(!ents.some((e) => e.startsWith('Workers/') || e.startsWith('Advocate/')), ents.join(' | '));
});

test('the office\'s field after "of" is part of its name; a place, or a name running past the field, is not', () => {
  // 0 the 1 Inspector 2 General 3 of 4 Mines 5 , 6 the 7 Ombudsman 8 of 9 Norvale 10 and 11 the 12 Auditor 13 General 14 of 15 Roads 16 and 17 Ports
  const v = view('the Inspector General of Mines, the Ombudsman of Norvale and the Auditor General of Roads and Ports');
  const out = titledOffices([cand(4, 5, 'PERSON'), cand(9, 10, 'PLACE'), cand(15, 18, 'ORG')], v);
  assert.deepEqual(shown(v, out), ['Inspector General of Mines/ORG', 'Ombudsman/ORG', 'Norvale/PLACE', 'Auditor General/ORG', 'Roads and Ports/ORG']);
});
