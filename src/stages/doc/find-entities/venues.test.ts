import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { withCandidates } from './candidate.ts';
import { findDocEntities } from './index.ts';
import { numberedFeatures, placeInstitutions, venueNames } from './venues.ts';
import { cand, entities, shown, view } from './test-helpers.ts';

test('"X Stadium", "X Arena" and "Camp X" are places whatever the model typed them', () => {
  // 0 at 1 the 2 Osgar 3 Stadium 4 and 5 Brenna 6 Arena 7 ; 8 Halm 9 Park 10 ; 11 Camp 12 Rovna
  const v = view('at the Osgar Stadium and Brenna Arena; Halm Park; Camp Rovna');
  const cs = [cand(2, 4, 'ORG'), cand(5, 7, 'PERSON'), cand(8, 10, 'ORG'), cand(11, 13, 'ORG')];
  venueNames(cs, v);
  assert.deepEqual(shown(v, cs), ['Osgar Stadium/PLACE', 'Brenna Arena/PLACE', 'Halm Park/ORG', 'Camp Rovna/PLACE']);
});

test('a capitalized site part with its number is a place; lowercase or a longer name is left alone', () => {
  // 0 through 1 Gate 2 4 3 , 4 then 5 gate 6 9 7 and 8 Harbour 9 Gate 10 2 11 Road
  const v = view('through Gate 4, then gate 9 and Harbour Gate 2 Road');
  const out = numberedFeatures([cand(1, 2, 'PERSON'), cand(8, 12, 'PLACE')], v);
  assert.deepEqual(shown(v, out), ['Gate 4/PLACE', 'Harbour Gate 2 Road/PLACE']);
  // 0 Gates 1 3 2 and 3 4 4 were 5 locked: the plural head is no name.
  const w = view('Gates 3 and 4 were locked');
  assert.deepEqual(shown(w, numberedFeatures([cand(0, 1, 'ORG')], w)), []);
});

test('candidates put in text order keep their links to the candidates they name', () => {
  const a = cand(5, 8, 'ORG');
  const b = { ...cand(10, 11, 'ORG'), linkTo: 0 };
  const added = cand(1, 3, 'PLACE');
  const out = withCandidates([a, b], [added]);
  assert.deepEqual(out, [added, a, b]);
  assert.equal(out[b.linkTo!], a);
});

test('a place right before "Regional Hospital" is one institution; not before other organizations', () => {
  // 0 at 1 the 2 Orsk 3 Regional 4 Hospital 5 and 6 Orsk 7 Football 8 Union
  const v = view('at the Orsk Regional Hospital and Orsk Football Union');
  const out = placeInstitutions([cand(2, 3, 'PLACE'), cand(3, 5, 'ORG'), cand(6, 7, 'PLACE'), cand(7, 9, 'ORG')], v);
  assert.deepEqual(shown(v, out), ['Orsk Regional Hospital/ORG', 'Orsk/PLACE', 'Football Union/ORG']);
});

test('whole pipeline: the gate, the stadium and the town hospital', () => {
  const ents = entities(
    'Fans in Orsk mourned. Hundreds tried to leave through Gate 4, where the doors were shut, behind the Osgar Stadium. ' +
      'The regional police say 900 people were led out. Six are dead, a nurse at the Orsk Regional Hospital said, asking not to be named.',
  );
  for (const e of ['Gate 4/PLACE', 'Osgar Stadium/PLACE', 'Orsk Regional Hospital/ORG']) assert.ok(ents.includes(e), `${e} in ${ents.join(' | ')}`);
  assert.ok(!ents.some((e) => e.startsWith('Gate/') || e.startsWith('Regional Hospital/')), ents.join(' | '));
  const more = entities('Traffic on Highway 9 and Interstate 4 was stopped, and patients in Ward 7 were moved. The fire started in Hold 2 of a ship.');
  assert.deepEqual(more, ['Highway 9/PLACE', 'Interstate 4/PLACE', 'Ward 7/PLACE', 'Hold 2/PLACE']);
});

test('whole pipeline: an acronym used after a numbered site part names its own organization (links survive the insertion)', () => {
  const text =
    'The Coastal Rescue Agency (CRA) said 12 died. Crowds pushed toward Pier 4 at once. The Lurren Rowing League (LRL) said 9,000 tickets were sold. Later the LRL said more, and the CRA agreed.';
  const doc = entitiesWithAliases(text);
  assert.ok(doc.some((e) => e.name === 'Lurren Rowing League' && e.aliases.includes('LRL')), JSON.stringify(doc));
  assert.ok(!doc.some((e) => e.name !== 'Lurren Rowing League' && e.aliases.includes('LRL')), JSON.stringify(doc));
});

function entitiesWithAliases(text: string): { name: string; aliases: string[] }[] {
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  return (doc.layers.entities ?? []).map((e) => ({ name: e.name, aliases: e.aliases }));
}

test('"X Penitentiary", "X Barracks", "X Mine" are places; a plant stays as the model read it', () => {
  // 0 from 1 Holbrin 2 Penitentiary 3 , 4 Sorvet 5 Barracks 6 , 7 Tulm 8 Mine 9 and 10 Tulm 11 Plant
  const v = view('from Holbrin Penitentiary, Sorvet Barracks, Tulm Mine and Tulm Plant');
  const cs = [cand(1, 3, 'PERSON'), cand(4, 6, 'ORG'), cand(7, 9, 'ORG'), cand(10, 12, 'ORG')];
  venueNames(cs, v);
  assert.deepEqual(shown(v, cs), ['Holbrin Penitentiary/PLACE', 'Sorvet Barracks/PLACE', 'Tulm Mine/PLACE', 'Tulm Plant/ORG']);
});

test('a site part named by a capital letter is a place ("Wing D", "Cell F"); not "I", not "Z"', () => {
  // 0 inmates 1 held 2 Wing 3 D 4 and 5 Cell 6 F 7 , 8 Gate 9 I 10 said 11 near 12 Hangar 13 Z
  const v = view('inmates held Wing D and Cell F, Gate I said near Hangar Z');
  const out = numberedFeatures([cand(2, 3, 'PERSON'), cand(8, 9, 'ORG'), cand(12, 14, 'ORG')], v);
  assert.deepEqual(shown(v, out), ['Wing D/PLACE', 'Cell F/PLACE', 'Gate/ORG', 'Hangar Z/ORG']);
});

test('a lettered site part at a sentence end leaves its full stop out, and a name run on past the stop ends there', () => {
  // 0 waited 1 at 2 Wing 3 D. 4 Guards 5 came
  const v = view('waited at Wing D. Guards came');
  const out = numberedFeatures([cand(2, 5, 'ORG')], v);
  assert.deepEqual(out.map((c) => `${v.nameOf(c)}/${c.type}`), ['Wing D/PLACE']);
});

test('"A" before a capitalized word is the article of a Title Case line, not a site letter', () => {
  // 0 Crews 1 Block 2 A 3 Road 4 ; 5 fans 6 left 7 by 8 Exit 9 A 10 and 11 Exit 12 B
  const v = view('Crews Block A Road; fans left by Exit A and Exit B');
  assert.deepEqual(shown(v, numberedFeatures([], v)), ['Exit A/PLACE', 'Exit B/PLACE']);
});

test('a place right before "Air Base" / "Coal Mine" is one site with it; not before other names', () => {
  // 0 from 1 Tulvik 2 Air 3 Base 4 , 5 Tulvik 6 Coal 7 Mine 8 and 9 Tulvik 10 Rovers 11 Base
  const v = view('from Tulvik Air Base, Tulvik Coal Mine and Tulvik Rovers Base');
  const out = placeInstitutions([cand(1, 2, 'PLACE'), cand(2, 4, 'PERSON'), cand(5, 6, 'PLACE'), cand(6, 8, 'ORG'), cand(9, 10, 'PLACE'), cand(10, 12, 'ORG')], v);
  assert.deepEqual(shown(v, out), ['Tulvik Air Base/PLACE', 'Tulvik Coal Mine/PLACE', 'Tulvik/PLACE', 'Rovers Base/ORG']);
});

test('a shopping centre or a mall is a place; a body named "Centre for ..." is not', () => {
  // A shooting and a gas blast in shopping buildings; a flood research body.
  const shooting = entities('A gunman killed three people at the Eastgate Shopping Centre in Harwick on Saturday.');
  assert.ok(shooting.includes('Eastgate Shopping Centre/PLACE'), shooting.join(' | '));
  const blast = entities('Smoke filled the Brightwater Mall after the gas blast.');
  assert.ok(blast.includes('Brightwater Mall/PLACE'), blast.join(' | '));
  const body = entities('The Centre for Flood Studies said the river would peak on Monday.');
  assert.ok(body.includes('Centre for Flood Studies/ORG'), body.join(' | '));
});
