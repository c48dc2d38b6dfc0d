import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flightNumbers, untaggedVessels, vesselNames } from './vessels.ts';
import { cand, entities, shown, view } from './test-helpers.ts';

test('a name after "the ferry", "the tanker" is the vessel\'s, a thing', () => {
  // 0 the 1 ferry 2 Santa 3 Ilse 4 and 5 Ferry 6 Road 7 and 8 the 9 tanker 10 Orla
  const v = view('the ferry Santa Ilse and Ferry Road and the tanker Orla');
  const cs = [cand(2, 4, 'PLACE'), cand(5, 7, 'PLACE'), cand(10, 11, 'PERSON')];
  vesselNames(cs, v);
  assert.deepEqual(shown(v, cs), ['Santa Ilse/MISC', 'Ferry Road/PLACE', 'Orla/MISC']);
  // One lowercase word between the article and the noun: "the fishing boat X".
  // 0 the 1 fishing 2 boat 3 Veska 4 and 5 a 6 boat 7 from 8 Tarn
  const w = view('the fishing boat Veska and a boat from Tarn');
  const ws = [cand(3, 4, 'PERSON'), cand(8, 9, 'PLACE')];
  vesselNames(ws, w);
  assert.deepEqual(shown(w, ws), ['Veska/MISC', 'Tarn/PLACE']);
  // "the vessel, the X", and the vessel's other mentions in the text.
  // 0 The 1 vessel 2 , 3 the 4 Orm 5 Star 6 , 7 sank 8 . 9 Orm 10 Star 11 sank 12 ; 13 the 14 ship 15 Anna 16 Veld 17 and 18 Anna 19 Veld
  const x = view('The vessel, the Orm Star, sank. Orm Star sank; the ship Anna Veld and Anna Veld');
  const xs = [cand(4, 6, 'ORG'), cand(9, 11, 'PERSON'), cand(15, 17, 'PLACE'), cand(18, 20, 'PERSON')];
  vesselNames(xs, x);
  assert.deepEqual(shown(x, xs), ['Orm Star/MISC', 'Orm Star/MISC', 'Anna Veld/MISC', 'Anna Veld/PERSON']);
});

test('a vessel the model left untagged or cut after its noun is one name', () => {
  // 0 the 1 trawler 2 North 3 Wind 4 sank 5 ; 6 the 7 tanker 8 " 9 Orla 10 Grey 11 " 12 burned
  const v = view('the trawler North Wind sank; the tanker "Orla Grey" burned');
  const out = untaggedVessels([cand(10, 11, 'PERSON')], v, () => false);
  assert.deepEqual(shown(v, out), ['North Wind/MISC', 'Orla Grey/MISC']);
  // A name running past the words after the noun is left as the model read it; a weekday is no name.
  // 0 the 1 ferry 2 Tarn 3 Lines 4 Company 5 and 6 the 7 ferry 8 Thursday
  const w = view('the ferry Tarn Lines Company and the ferry Thursday');
  assert.deepEqual(shown(w, untaggedVessels([cand(1, 5, 'ORG')], w, () => false)), ['ferry Tarn Lines Company/ORG']);
});

test('vessels named with a prefix, aboard, or as a wreck are things, in reports of other events', () => {
  // A cargo ship fire, a naval collision, a river cruise sinking, a cross-channel smuggling case.
  const fire = entities('A fire started in the engine room of the MV Karsa Light off the coast on Monday. The Karsa Light was carrying timber.');
  assert.ok(fire.includes('Karsa Light/MISC') && !fire.some((e) => e.startsWith('MV')), fire.join(' | '));
  const navy = entities('Two sailors were hurt aboard the HMS Tarrant when it struck a fishing vessel.');
  assert.ok(navy.includes('Tarrant/MISC'), navy.join(' | '));
  const cruise = entities('Salvage crews filmed the wreck of the Belmira Queen on Sunday, police in Ostvik said.');
  assert.ok(cruise.includes('Belmira Queen/MISC'), cruise.join(' | '));
  // "aboard the X flight": X is the airline, not the plane.
  const flight = entities('Passengers aboard the Kestrel flight were told to stay seated.');
  assert.ok(!flight.includes('Kestrel/MISC'), flight.join(' | '));
  // "MS" without "the" is not a vessel's prefix: 0 MS 1 Society 2 staff 3 helped 4 ; 5 the 6 MS 7 Orla 8 capsized
  const v = view('MS Society staff helped; the MS Orla capsized');
  const cs = untaggedVessels([cand(0, 2, 'ORG')], v, () => false);
  vesselNames(cs, v);
  assert.deepEqual(shown(v, cs), ['MS Society/ORG', 'Orla/MISC']);
  // Nor before a body's name: 0 the 1 MS 2 Society 3 helped
  const w = view('the MS Society helped');
  const ws = untaggedVessels([], w, () => false);
  assert.deepEqual(shown(w, ws), []);
});

test('a headline ending in a vessel noun does not make the dateline under it a vessel', () => {
  const ents = entities('Court hears the owner of the sunken ferry\n\nMARSVIK, Norland — The trial of the ferry owner began on Monday.');
  assert.ok(!ents.some((e) => e.endsWith('/MISC')), ents.join(' | '));
});

test('a flight named by its number is a thing, and the airline written before it an organization', () => {
  // A plane crash: 0 Kestrel 1 Air 2 Flight 3 302 4 crashed 5 ; 6 Flight 7 KA302 8 landed 9 ; 10 Flight 11 crews
  const v = view('Kestrel Air Flight 302 crashed; Flight KA302 landed; Flight crews');
  const out = flightNumbers([cand(0, 3, 'PERSON'), cand(10, 11, 'MISC')], v);
  assert.deepEqual(shown(v, out), ['Kestrel Air/ORG', 'Flight 302/MISC', 'Flight KA302/MISC', 'Flight/MISC']);
  const ents = entities('Passengers on Flight 418 were told to brace before the landing at Orvik.');
  assert.ok(ents.includes('Flight 418/MISC'), ents.join(' | '));
});

test('a named train in a sentence about rail is a thing; a paper of the same shape is not', () => {
  // A train derailment, twice named; a paper in a sentence about a flood.
  const train = entities('The Marrow Express derailed near Tosk Junction on Friday. The Marrow Express had left at noon.');
  assert.ok(train.includes('Marrow Express/MISC'), train.join(' | '));
  const paper = entities('The mayor told the Daily Express that the flood water was falling.');
  assert.ok(!paper.includes('Daily Express/MISC'), paper.join(' | '));
});
