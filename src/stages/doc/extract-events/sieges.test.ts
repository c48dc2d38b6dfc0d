// Sieges, riots, jailbreaks, kidnappings and their aftermath: the triggers and the context checks
// that keep their everyday senses out. Invented sentences (a hijacked coach, an occupied clinic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './find-events.ts';
import { findTimexes } from '../resolve-time/find-timexes.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';

const REF = '2031-05-08';
function lemmas(text: string): string[] {
  const sentences = splitSimpleSentences(text);
  return findEvents(text, sentences, [], findTimexes(text, sentences, REF), REF).map((e) => `${e.lemma}:${e.type}`);
}

test('taking hostages, overpowering a driver and seizing a vehicle are assaults; drugs seized and a state of being held are not', () => {
  assert.deepEqual(lemmas('Two gunmen overpowered the driver and took 14 passengers hostage.'), ['overpower:attack', 'hostage:attack']);
  assert.deepEqual(lemmas('Eight nurses were taken hostage in the east wing.'), ['hostage:attack']);
  assert.deepEqual(lemmas('Armed men seized the coach near the toll gate.'), ['seize:attack']);
  assert.deepEqual(lemmas('Customs officers seized 40 kg of cocaine.'), []);
  assert.deepEqual(lemmas('They were still holding six nurses hostage.'), []);
});

test('a revolt, a mutiny and an uprising are riots', () => {
  assert.deepEqual(lemmas('A mutiny broke out on the frigate.'), ['mutiny:protest']);
  assert.deepEqual(lemmas('The revolt spread to the second block.'), ['revolt:protest']);
});

test('captives freed or released are a rescue; names released, a statement released and bail are not', () => {
  assert.deepEqual(lemmas('The hijackers freed five passengers at noon.'), ['free:rescue']);
  assert.deepEqual(lemmas('Two of the hostages were released on Sunday.'), ['release:rescue']);
  assert.deepEqual(lemmas('Police released the names of the passengers.'), []);
  assert.deepEqual(lemmas('The patient was released from the clinic.'), []);
  // Bail is no rescue: it is a legal step of its own (aftermath.test.ts).
  assert.deepEqual(lemmas('The driver was freed on bail after the hijackers let him go.'), ['bail:arrest']);
  assert.deepEqual(lemmas('The two crew members were released without charge.'), []);
});

test('escapes from custody and escapees caught again; not an escape from injury, nor caught on camera', () => {
  assert.deepEqual(lemmas('Six detainees escaped through a hole in the wall.'), ['escape:other']);
  assert.deepEqual(lemmas('Nine prisoners broke out of the county jail.'), ['break out:other']);
  assert.deepEqual(lemmas('A fire broke out in the prison laundry.'), ['fire:accident']);
  assert.deepEqual(lemmas('The passengers escaped injury.'), []);
  assert.deepEqual(lemmas('Four of the escapees were caught at a bus station; two were recaptured later.'), ['catch:arrest', 'recapture:arrest']);
  assert.deepEqual(lemmas('The hijacker was caught on camera.'), []);
});

test('forces surrounding and arriving are deployments; a person surrounded by family is not', () => {
  assert.deepEqual(lemmas('Some 300 gendarmes have surrounded the clinic.'), ['surround:military']);
  assert.deepEqual(lemmas('Reinforcements from the capital arrived on Tuesday.'), ['arrive:military']);
  assert.deepEqual(lemmas('When officers arrived, the coach was empty.'), []);
  assert.deepEqual(lemmas('She was surrounded by her family.'), []);
});

test('a siege ends in a surrender or the siege ending; a suspect surrendering to police gives himself up', () => {
  assert.deepEqual(lemmas('The occupiers surrendered late on Friday.'), ['surrender:military']);
  assert.deepEqual(lemmas('The three-day siege at the clinic ended on Friday.'), ['end:military']);
  assert.deepEqual(lemmas('The concert ended on Friday.'), []);
  assert.deepEqual(lemmas('The suspect surrendered to police on Friday.'), ['surrender:arrest']);
  assert.deepEqual(lemmas('The driver surrendered his passport to the court.'), []);
});

test('a later death of the injured is a death of its own; "died" alone is the toll', () => {
  assert.deepEqual(lemmas('A passenger died of his wounds in hospital.'), ['die:kill']);
  assert.deepEqual(lemmas('One of the nurses died on Thursday morning.'), ['die:kill']);
  assert.deepEqual(lemmas('On Sunday at the hospital of Brava died a second passenger.'), ['die:kill']);
  assert.deepEqual(lemmas('Eleven people died.'), []);
});

test('people moved to other prisons; the injured taken to hospitals are not; a promise of money; a sum received', () => {
  assert.deepEqual(lemmas('Eighty detainees were moved to two jails in the north.'), ['move:other']);
  assert.deepEqual(lemmas('The injured were moved to two hospitals in the north.'), []);
  assert.deepEqual(lemmas('The company moved to a new office.'), []);
  assert.deepEqual(lemmas('Last year the council promised €3 million to repair the depot.'), ['promise:statement']);
  assert.deepEqual(lemmas('The mayor promised that the town would recover.'), []);
  assert.deepEqual(lemmas('The drivers received the €2,000 on Monday.'), ['receive:aid']);
  assert.deepEqual(lemmas('The drivers received a warm welcome.'), []);
});

test('charges with people as their object; nouns that only look like acts are none', () => {
  assert.deepEqual(lemmas('Prosecutors charged two more suspects on Monday.'), ['charge:arrest']);
  assert.deepEqual(lemmas('The convicts used the exercise bikes in the jail gym.'), []);
  // "The fire on the roof" is no firing on anything.
  assert.deepEqual(lemmas('The fire on the roof was out by dawn.'), []);
  assert.deepEqual(lemmas('The crew were met by relatives at the port.'), []);
  assert.deepEqual(lemmas('Two men set the parked cars on fire.'), ['fire:attack']);
});

test('in a report of a riot or a mutiny, hostages taken, guards overpowered and fires set are the riot; killings stay killings', () => {
  assert.deepEqual(
    lemmas('The mutiny on the frigate started before dawn. Sailors overpowered two officers, took the captain hostage and set the wardroom on fire. One officer was killed.'),
    ['mutiny:protest', 'overpower:protest', 'hostage:protest', 'fire:protest', 'kill:kill'],
  );
  // With no riot named, the same acts are an armed attack.
  assert.deepEqual(lemmas('Gunmen overpowered two guards and took the captain hostage.'), ['overpower:attack', 'hostage:attack']);
});

test('works completed in a month or a year are the site\'s history; a task completed is not', () => {
  assert.deepEqual(lemmas('The renovation of the depot was completed in 2027.'), ['complete:other']);
  assert.deepEqual(lemmas('The students completed the course last year.'), []);
});

test('an accusation in the passive is a charge in law; an accusation made by someone stays one', () => {
  assert.deepEqual(lemmas('Nine inmates are accused of arson.'), ['accuse:arrest']);
  assert.deepEqual(lemmas('The union accused the ministry of neglect.'), ['accuse:accuse']);
});

test('"the police stormed" is an assault; "the storm" is weather', () => {
  assert.deepEqual(lemmas('The police stormed the coach at dawn.'), ['storm:attack']);
  assert.deepEqual(lemmas('The storm flattened the depot.'), ['storm:disaster']);
});

test('"the escaped inmates" name people, they tell no escape', () => {
  assert.deepEqual(lemmas('Two of the escaped detainees were caught at a bus station.'), ['catch:arrest']);
});
