import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { findDocEntities } from './index.ts';
import {
  cutAffixes, ellipticalInstitutions, joinOfNames, namedThings, numeralWords, orgShortForms, sentenceStartWords, splitPossessives, tagLists, trimLowercaseTail, typeByShape,
} from './name-shape.ts';
import { view, cand, shown } from './test-helpers.ts';

const never = (): boolean => false;

function entities(text: string): { name: string; type: string }[] {
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  return (doc.layers.entities ?? []).map((e) => ({ name: e.name, type: e.type }));
}

test('a lowercase noun the model ran into is not part of the name', () => {
  // 0 raids 1 on 2 Velmar 3 Front 4 camps 5 ended
  const v = view('raids on Velmar Front camps ended');
  assert.deepEqual(shown(v, trimLowercaseTail([cand(2, 5, 'ORG')], v)), ['Velmar Front/ORG']);
});

test('"X\'s City Hall" is the owner and the hall, but "X\'s Hospital" stays one name', () => {
  // 0 Flags 1 flew 2 over 3 Brennick 4 's 5 City 6 Hall 7 today
  const v = view("Flags flew over Brennick's City Hall today");
  assert.deepEqual(shown(v, splitPossessives([cand(3, 6, 'ORG')], v, never)), ['Brennick/ORG', 'City Hall/ORG']);
  // 0 at 1 St 2 Oda 3 's 4 Hospital
  const w = view("at St Oda's Hospital");
  assert.deepEqual(shown(w, splitPossessives([cand(1, 5, 'ORG')], w, never)), ["St Oda's Hospital/ORG"]);
  // An owner that is an ordinary word names no one: "the Children's Front" is one name.
  // 0 the 1 Children 2 's 3 Front
  const x = view("the Children's Front");
  assert.deepEqual(shown(x, splitPossessives([cand(1, 4, 'ORG')], x, never)), ["Children's Front/ORG"]);
  // Nor does a saint: "St Ilva's Square" is one name.
  // 0 at 1 St 2 Ilva 3 's 4 Square
  const y = view("at St Ilva's Square");
  assert.deepEqual(shown(y, splitPossessives([cand(1, 5, 'PLACE')], y, never)), ["St Ilva's Square/PLACE"]);
});

test('"X-based" names place X; "anti-X" names X; the mention keeps the word as written', () => {
  // 0 a 1 Tarrow-based 2 builder 3 and 4 anti-Tarrow 5 posters
  const v = view('a Tarrow-based builder and anti-Tarrow posters');
  const cs = [cand(1, 2, 'MISC'), cand(4, 5, 'MISC')];
  cutAffixes(cs, v);
  assert.deepEqual(cs.map((c) => [v.nameOf(c), c.type, c.mentionType]), [['Tarrow', 'PLACE', 'MISC'], ['Tarrow', 'MISC', 'MISC']]);
  const ents = entities('Crews worked in Tarrow all night. A Tarrow-based builder did the repairs.');
  assert.deepEqual(ents.filter((e) => e.name.startsWith('Tarrow')), [{ name: 'Tarrow', type: 'PLACE' }]);
});

test('faith words are a description, a gulf is a place, an institute a group, "X intelligence agency" a group', () => {
  // 0 the 1 Coptic 2 Christian 3 minority 4 , 5 the 6 Orvan 7 Gulf 8 , 9 the 10 Kessel 11 Policy 12 Institute
  // 13 and 14 Vantor 15 intelligence 16 agency
  const v = view('the Coptic Christian minority, the Orvan Gulf, the Kessel Policy Institute and Vantor intelligence agency');
  const cs = [cand(1, 3, 'PERSON'), cand(6, 8, 'ORG'), cand(10, 13, 'PLACE'), cand(14, 15, 'PLACE')];
  typeByShape(cs, v);
  assert.deepEqual(shown(v, cs), ['Coptic Christian/MISC', 'Orvan Gulf/PLACE', 'Kessel Policy Institute/ORG', 'Vantor/ORG']);
  // A group ending in a group word keeps its type ("X Gulf Council").
  const w = view('the Orvan Gulf Council met');
  const ds = [cand(1, 4, 'ORG')];
  typeByShape(ds, w);
  assert.deepEqual(shown(w, ds), ['Orvan Gulf Council/ORG']);
});

test('"the Y" after "The X Y" is that organization; a place in a club name is not', () => {
  // 0 The 1 Brennick 2 Ledger 3 reported 4 it 5 . 6 Records 7 seen 8 by 9 the 10 Ledger 11 agree
  const v = view('The Brennick Ledger reported it. Records seen by the Ledger agree');
  const cs = [cand(1, 3, 'ORG'), cand(10, 11, 'PERSON')];
  orgShortForms(cs, v);
  assert.equal(cs[1].linkTo, 0);
  assert.equal(cs[1].type, 'ORG');
  // 0 Dynamo 1 Tarrow 2 lost 3 ; 4 the 5 Tarrow 6 side 7 fell
  const w = view('Dynamo Tarrow lost; the Tarrow side fell');
  const ds = [cand(0, 2, 'ORG'), cand(5, 6, 'PLACE')];
  orgShortForms(ds, w);
  assert.equal(ds[1].linkTo, null);
});

test('a common word capitalized only as the first of a line before "service" is not a name', () => {
  const text = '• Rescue service puts the toll at six.\nThe Tarrow Rescue Service said so.\nTarrow police closed the road.';
  const ents = entities(text);
  assert.ok(!ents.some((e) => e.name === 'Rescue'), JSON.stringify(ents));
  // A word the text also capitalizes on its own mid-sentence is kept.
  const v = view('Hollin service resumed and crews praised Hollin staff');
  const kept = sentenceStartWords([cand(0, 1, 'ORG'), cand(6, 7, 'ORG')], v, (i) => i === 0);
  assert.equal(kept.length, 2);
  const dropped = sentenceStartWords([cand(0, 1, 'ORG')], v, (i) => i === 0);
  assert.equal(dropped.length, 1, 'the mid-sentence use keeps it even when not a candidate');
});

test('a section heading made of common words is not a name; a name on its own line is', () => {
  const text = [
    'Regional Reactions and Provincial Responses Following the Quarry Collapse',
    '',
    'Officials in Tarrow said the collapse drew reactions across the province.',
    '',
    'Tarrow Quarry Workers Union',
    '',
    'The Tarrow Quarry Workers Union called a strike.',
  ].join('\n');
  const ents = entities(text);
  assert.ok(!ents.some((e) => /Reactions|Responses/.test(e.name)), JSON.stringify(ents));
  assert.ok(ents.some((e) => e.name === 'Tarrow Quarry Workers Union'), JSON.stringify(ents));
});

test('"X Bridge" and the X of "the X bridge" are places; "X-Y" of two places is a description', () => {
  // 0 the 1 Orla 2 Bridge 3 , 4 the 5 Vessel 6 bridge 7 , 8 Tarrow 9 and 10 Ostvik 11 on 12 the 13 Tarrow-Ostvik 14 road
  const v = view('the Orla Bridge, the Vessel bridge, Tarrow and Ostvik on the Tarrow-Ostvik road');
  const cs = [cand(1, 3, 'ORG'), cand(5, 6, 'ORG'), cand(8, 9, 'PLACE'), cand(10, 11, 'PLACE'), cand(13, 14, 'PLACE')];
  typeByShape(cs, v);
  assert.deepEqual(shown(v, cs), ['Orla Bridge/PLACE', 'Vessel/PLACE', 'Tarrow/PLACE', 'Ostvik/PLACE', 'Tarrow-Ostvik/MISC']);
});

test('a name after "named \'...\'" or "the phrase" is a thing, but "a man named X" is a person', () => {
  // 0 an 1 operation 2 named 3 ‘ 4 Dawn 5 Vessel 6 ’ 7 and 8 a 9 man 10 named 11 Oskar 12 Brill
  const v = view('an operation named ‘Dawn Vessel’ and a man named Oskar Brill');
  const cs = [cand(4, 6, 'PERSON'), cand(11, 13, 'PERSON')];
  namedThings(cs, v);
  assert.deepEqual(shown(v, cs), ['Dawn Vessel/MISC', 'Oskar Brill/PERSON']);
});

test('"Ministry" + "of" + "Y Affairs" split by the model is one organization', () => {
  // 0 the 1 Ministry 2 of 3 Harbour 4 Affairs 5 said
  const v = view('the Ministry of Harbour Affairs said');
  assert.deepEqual(shown(v, joinOfNames([cand(1, 2, 'ORG'), cand(3, 5, 'ORG')], v, never)), ['Ministry of Harbour Affairs/ORG']);
  // Not across a sentence start, and not onto a place ("the Ministry of Tarrow" is the model's call).
  assert.equal(joinOfNames([cand(1, 2, 'ORG'), cand(3, 5, 'PLACE')], v, never).length, 2);
});

test('"Committee" + "on" + "Y" and "Republic" + "of" + "Y" split by the model are one name', () => {
  // 0 a 1 Cabinet 2 Committee 3 on 4 Harbour 5 Safety 6 met 7 in 8 the 9 Free 10 Republic 11 of 12 Ostvik
  const v = view('a Cabinet Committee on Harbour Safety met in the Free Republic of Ostvik');
  const out = joinOfNames([cand(1, 3, 'ORG'), cand(4, 6, 'ORG'), cand(9, 11, 'PLACE'), cand(12, 13, 'PLACE')], v, never);
  assert.deepEqual(shown(v, out), ['Cabinet Committee on Harbour Safety/ORG', 'Free Republic of Ostvik/PLACE']);
  // "the capital of X": a lowercase or non-name head is no part of a name.
  // 0 Tarrow 1 of 2 Ostvik
  const w = view('Tarrow of Ostvik');
  assert.equal(joinOfNames([cand(0, 1, 'PLACE'), cand(2, 3, 'PLACE')], w, never).length, 2);
});

test('a tag list keeps the names the text uses, not the topic words', () => {
  const text = 'Crews worked in Tarrow overnight, and Ostvik sent help.\n\nTopics: Tarrow, Ostvik, Infrastructure, Weather';
  const ents = entities(text);
  assert.ok(!ents.some((e) => e.name === 'Infrastructure' || e.name === 'Weather'), JSON.stringify(ents));
  assert.ok(ents.some((e) => e.name === 'Tarrow'));
  // Unit: an ORG-typed word in the list not written elsewhere is dropped, a person is kept.
  // 0 Tags 1 : 2 Brill 3 , 4 Harbour 5 , 6 Safety
  const v = view('Tags: Brill, Harbour, Safety');
  const out = tagLists([cand(2, 3, 'PERSON'), cand(4, 5, 'ORG'), cand(6, 7, 'ORG')], v, [0]);
  assert.deepEqual(shown(v, out), ['Brill/PERSON']);
});

test('a tag-list word the text writes in lowercase is a topic even when typed a place or a person', () => {
  // 0 The 1 landslide 2 hit 3 Brill 4 . 5 Topics 6 : 7 Brill 8 , 9 Landslides 10 , 11 Rain 12 , 13 Orvan
  const v = view('The landslide hit Brill. Topics: Brill, Landslides, Rain, Orvan');
  const out = tagLists([cand(3, 4, 'PLACE'), cand(7, 8, 'PLACE'), cand(9, 10, 'PLACE'), cand(11, 12, 'PERSON'), cand(13, 14, 'PERSON')], v, [0, 5]);
  // "Rain" is kept: the text never writes "rain".
  assert.deepEqual(shown(v, out), ['Brill/PLACE', 'Brill/PLACE', 'Rain/PERSON', 'Orvan/PERSON']);
});

test('"taken to St X\'s." and "the hospital of Saint X" name the institution, the possessive part of the short name', () => {
  // 0 taken 1 to 2 St 3 Oda 4 's 5 . 6 the 7 hospital 8 of 9 Saint 10 Oda 11 and 12 St 13 Oda 14 's 15 Day
  const v = view("taken to St Oda's. the hospital of Saint Oda and St Oda's Day");
  const cs = [cand(2, 4, 'PLACE'), cand(9, 11, 'PERSON'), cand(12, 14, 'MISC')];
  ellipticalInstitutions(cs, v);
  assert.deepEqual(shown(v, cs), ["St Oda's/ORG", 'Saint Oda/ORG', 'St Oda/MISC']);
  const ents = entities("Two were taken to St Oda's. St Oda's Hospital said 23 were admitted.");
  assert.ok(ents.some((e) => e.name === "St Oda's" && e.type === 'ORG'), JSON.stringify(ents));
});

test('a place ending in a school word ("X Polytechnic", "X Seminary") is an institution', () => {
  // 0 at 1 Varnok 2 Polytechnic 3 and 4 Orsa 5 Seminary
  const v = view('at Varnok Polytechnic and Orsa Seminary');
  const cs = [cand(1, 3, 'PLACE'), cand(4, 6, 'PLACE')];
  typeByShape(cs, v);
  assert.deepEqual(shown(v, cs), ['Varnok Polytechnic/ORG', 'Orsa Seminary/ORG']);
  // A service's name: "X County Fire Rescue", "X Police".
  // 0 from 1 Carn 2 County 3 Fire 4 Rescue 5 and 6 Orsa 7 Police
  const w = view('from Carn County Fire Rescue and Orsa Police');
  const ws = [cand(1, 5, 'PLACE'), cand(6, 8, 'PLACE')];
  typeByShape(ws, w);
  assert.deepEqual(shown(w, ws), ['Carn County Fire Rescue/ORG', 'Orsa Police/ORG']);
  const found = entities('Tami Vell is an engineer and a professor at the Varnok Polytechnic. She advised the government.');
  assert.ok(found.some((e) => e.name === 'Varnok Polytechnic' && e.type === 'ORG'), JSON.stringify(found));
});

test('a tag list with items of several words drops the ordinary phrases and the group words, keeps the names', () => {
  // 0 The 1 flood 2 shut 3 the 4 coastal 5 road 6 near 7 Brill 8 . 9 Tags 10 : 11 Brill 12 , 13 Coastal 14 Roads 15 ,
  // 16 Harbour 17 , 18 Orvan 19 Pell 20 , 21 Dam 22 Failures
  const v = view('The flood shut the coastal road near Brill. Tags: Brill, Coastal Roads, Harbour, Orvan Pell, Dam Failures');
  const cs = [cand(7, 8, 'PLACE'), cand(11, 12, 'PLACE'), cand(13, 15, 'PERSON'), cand(16, 17, 'ORG'), cand(18, 20, 'PERSON'), cand(21, 23, 'ORG')];
  // "Dam Failures": under a tags label one ordinary word ("dam") makes it a topic, though "failures"
  // is on no list and never lowercase here. "Orvan Pell" has no ordinary word: a name.
  assert.deepEqual(shown(v, tagLists(cs, v, [0, 9])), ['Brill/PLACE', 'Brill/PLACE', 'Orvan Pell/PERSON']);
  // Without the label (a line-up, say) every word must be ordinary: "Dam Failures" stays.
  const w = view('The flood shut the coastal road near Brill. Squad: Brill, Coastal Roads, Harbour, Orvan Pell, Dam Failures');
  const ws = [cand(7, 8, 'PLACE'), cand(11, 12, 'PLACE'), cand(13, 15, 'PERSON'), cand(16, 17, 'ORG'), cand(18, 20, 'PERSON'), cand(21, 23, 'ORG')];
  assert.deepEqual(shown(w, tagLists(ws, w, [0, 9])), ['Brill/PLACE', 'Brill/PLACE', 'Orvan Pell/PERSON', 'Dam Failures/ORG']);
  const text = 'Firefighters said the industrial fire at the Kessel Works depot was out by dawn. Mara Dunhill of Kessel Works said the depot would reopen.\n\nRelated Topics: Ostvik, Industrial Fires, Depots, Kessel Works';
  const ents = entities(text);
  for (const junk of ['Industrial Fires', 'Depots']) assert.ok(!ents.some((e) => e.name === junk), `${junk} in ${JSON.stringify(ents)}`);
  assert.ok(ents.some((e) => e.name === 'Kessel Works'), JSON.stringify(ents));
});

test('under a tags label an item with one ordinary word is a topic, unless the text names it or it starts with a given name', () => {
  const text =
    'The crowd surged at the Osgar ground, and officials in Talvern spoke. Mark Field was hurt, and the Harbour Works said so.\n\n' +
    'Related Topics: Talvern, Crowd Disasters, Arena Safety, Mark Field, Harbour Works';
  const ents = entities(text).map((e) => `${e.name}/${e.type}`);
  for (const junk of ['Crowd Disasters', 'Arena Safety']) assert.ok(!ents.some((e) => e.startsWith(`${junk}/`)), `${junk} in ${ents.join(' | ')}`);
  for (const name of ['Talvern/PLACE', 'Mark Field/PERSON']) assert.ok(ents.includes(name), `${name} not in ${ents.join(' | ')}`);
  assert.ok(ents.some((e) => e.startsWith('Harbour Works/')), ents.join(' | '));
});

test('a lone number word before a lowercase word is a count, not a name', () => {
  // 0 Eight 1 people 2 died 3 ; 4 Hundreds 5 of 6 fans 7 ; 8 Radio 9 One 10 said
  const v = view('Eight people died; Hundreds of fans; Radio One said');
  assert.deepEqual(shown(v, numeralWords([cand(0, 1, 'MISC'), cand(4, 5, 'ORG'), cand(8, 10, 'ORG')], v)), ['Radio One/ORG']);
  const found = entities('Fans in Orsk mourned. Nine people died, medics said.');
  assert.deepEqual(found, [{ name: 'Orsk', type: 'PLACE' }]);
});

test('a sentence-start word the document writes only in the middle of a longer name is an ordinary word', () => {
  const found = entities('Rescue teams from the State Mining Rescue Corps reached the shaft by nightfall.');
  assert.deepEqual(found, [{ name: 'State Mining Rescue Corps', type: 'ORG' }]);
});

test('"Hospital General" + "de" + "X" (a Romance name led by its head) is one organization, whatever X was typed', () => {
  // 0 the 1 Hospital 2 General 3 de 4 San 5 Miguel 6 and 7 Orsk 8 General 9 de 10 Velm
  const v = view('the Hospital General de San Miguel and Orsk General de Velm');
  const out = joinOfNames([cand(1, 3, 'ORG'), cand(4, 6, 'PERSON'), cand(7, 9, 'ORG'), cand(10, 11, 'PLACE')], v, never);
  assert.deepEqual(shown(v, out), ['Hospital General de San Miguel/ORG', 'Orsk General/ORG', 'Velm/PLACE']);
});
