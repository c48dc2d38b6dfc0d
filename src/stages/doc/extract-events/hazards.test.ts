import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './find-events.ts';
import { hasOwnDate } from './find-events.ts';
import { findTimexes } from '../resolve-time/find-timexes.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';

// A Thursday.
const REF = '2031-05-08';

function run(text: string) {
  const sentences = splitSimpleSentences(text);
  return findEvents(text, sentences, [], findTimexes(text, sentences, REF), REF);
}
const typed = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);

test('an act whose subject is a natural hazard is the disaster, not an attack', () => {
  assert.deepEqual(typed('A powerful tremor struck the Velm hills on Tuesday.'), ['tremor:disaster', 'strike:disaster']);
  assert.deepEqual(typed('The flood, which hit Orrin overnight, cut the rail line.'), ['flood:disaster', 'hit:disaster']);
  // A human subject keeps the attack.
  assert.deepEqual(typed('Gunmen struck a checkpoint near Orrin on Tuesday.'), ['strike:attack']);
});

test('a killing participle hanging on a hazard clause is the disaster; on an attack clause it stays a killing', () => {
  assert.deepEqual(typed('A landslide buried the hamlet of Tesk on Monday, killing at least nine people.'), ['landslide:disaster', 'kill:disaster']);
  assert.deepEqual(typed('Rebels shelled the hamlet of Tesk on Monday, killing at least nine people.'), ['shell:attack', 'kill:kill']);
});

test('a killing caused by a hazard named after it takes the hazard\'s date, or none, not the date of the speech', () => {
  const dated = run('The ministry said on Wednesday that 40 people were killed in the cyclone that struck the coast on Sunday.');
  const kill = dated.find((e) => e.lemma === 'kill')!;
  assert.equal(kill.type, 'disaster');
  assert.equal(kill.date?.value, '2031-05-04');
  const undated = run('The ministry said on Wednesday that 40 people were killed in the cyclone.');
  const k2 = undated.find((e) => e.lemma === 'kill')!;
  assert.equal(k2.type, 'disaster');
  assert.equal(hasOwnDate(k2), false);
  // A killing in an attack keeps its kind and its date.
  // A killing in fighting that came after a hazard is not the hazard's.
  assert.equal(run('Ten men were killed in the fighting after the flood.').find((e) => e.lemma === 'kill')!.type, 'kill');
  const attack = run('The ministry said on Wednesday that 40 people were killed in the raid.').find((e) => e.lemma === 'kill')!;
  assert.equal(attack.type, 'kill');
  assert.equal(attack.date?.value, '2031-05-07');
});

test('a storm with its determiner is weather; storming a building is an assault', () => {
  assert.deepEqual(typed('A tropical storm flattened the Pell harbour.'), ['storm:disaster']);
  assert.deepEqual(typed('Troops stormed the Pell compound.'), ['storm:attack']);
  assert.deepEqual(typed('The plan drew a storm of criticism in Pell.'), []);
});

test('label lines, newsletter sign-ups and a fundraising target are no events', () => {
  assert.deepEqual(typed('Tags: Velm, flood, relief, Orrin'), []);
  assert.deepEqual(typed('Get the news first: sign up for our evening briefing.'), []);
  assert.deepEqual(typed('The fund passed its target within a day.'), []);
  assert.deepEqual(typed('The two sides signed a truce in Pell.'), ['sign:cooperate', 'truce:cooperate']);
  assert.deepEqual(typed('Drones targeted the depot.'), ['target:attack']);
});

test('decisions dated in their sentence are events', () => {
  const evs = run('On Tuesday the council approved an emergency fund. Since Monday, when the brigade called off the search, no one has been found.');
  assert.deepEqual(evs.map((e) => `${e.lemma}:${e.date?.value}`), ['approve:2031-05-06', 'call off:2031-05-05']);
});

test('a date in a reported clause does not date the act of saying it', () => {
  const warn = run('The charity warned that the camps could flood by early June.').find((e) => e.lemma === 'warn')!;
  assert.equal(hasOwnDate(warn), false);
  // Its own date before the clause still dates it.
  const said = run('The charity warned on Tuesday that the camps could flood by early June.').find((e) => e.lemma === 'warn')!;
  assert.equal(said.date?.value, '2031-05-06');
});
