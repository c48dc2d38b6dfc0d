// Hostages, escapes and charges: one kind each, stages told by `partOf`. Every sentence is invented (a
// bank siege, a plane hijack, a kidnapping, a jailbreak, a trial).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cuesOf, findNumericClaims } from './find-quantities.ts';

/** Each sentence read with the cues of the whole text, as the stage reads a document. */
const readDoc = (...sentences: string[]): [string, number, string | null][] => {
  const cues = cuesOf(sentences.join(' '));
  return sentences.flatMap((s) => findNumericClaims(s, cues).map((c): [string, number, string | null] => [c.kind, c.value, c.partOf ?? null]));
};

test('hostages taken, still held and released are one kind in three stages', () => {
  assert.deepEqual(readDoc('Robbers took 14 customers hostage inside the Velm savings bank on Friday.'), [['hostages', 14, null]]);
  assert.deepEqual(readDoc('The hijackers seized 60 passengers and flew the plane to Dask as hostages.'), [['hostages', 60, null]]);
  assert.deepEqual(readDoc('The gang was still holding eight tellers hostage at dawn, after releasing two overnight.'), [
    ['hostages', 8, 'still held'],
    ['hostages', 2, 'released'],
  ]);
  assert.deepEqual(readDoc('Police say 30 hostages are being held on board.'), [['hostages', 30, 'still held']]);
  assert.deepEqual(readDoc('The hijackers released all 45 pilgrims at dawn.', 'The hostage crisis is over.'), [['hostages', 45, 'released']]);
  assert.deepEqual(readDoc('Police say 30 hostages were freed and driven to the airport.'), [['hostages', 30, 'released']]);
  assert.deepEqual(readDoc('The kidnappers freed six more workers on Sunday, leaving four in their hands.'), [
    ['hostages', 6, 'released'],
    ['hostages', 4, 'still held'],
  ]);
  // "four more" with no verb of its own is another release.
  assert.deepEqual(readDoc('Two tellers were released on Monday and four more on Tuesday night.', 'The hostage-takers gave up.'), [
    ['hostages', 2, 'released'],
    ['hostages', 4, 'released'],
  ]);
  // The first figure is those taken, told in the past, whatever verb; "the last five" are those left.
  assert.deepEqual(readDoc('Each of the 14 customers who were held hostage will be paid.'), [['hostages', 14, null]]);
  assert.deepEqual(readDoc('The gang took 14 customers hostage and held the last three until midnight.'), [
    ['hostages', 14, null],
    ['hostages', 3, 'still held'],
  ]);
  // Past "were held" with where or how long is the whole taken, read past a relative clause; held in custody is not.
  assert.deepEqual(readDoc('For a day, nine men who work at the bank were held in the vault by the robbers.', 'The hostage drama ended at dusk.'), [['hostages', 9, null]]);
  assert.deepEqual(readDoc('Five robbers were held in custody overnight.', 'The hostage drama ended at dusk.').filter(([k]) => k === 'hostages'), []);
  // "two kidnapped pupils were found": the participle names them, it tells no taking.
  assert.deepEqual(readDoc('Two kidnapped pupils were found in the forest.').filter(([k]) => k === 'hostages'), []);
  // Captives with no stage verb are those taken; captives killed are a toll.
  assert.deepEqual(readDoc('Three hostages were seen at a window of the bank.'), [['hostages', 3, null]]);
  assert.deepEqual(readDoc('Three hostages were killed in the raid.'), [['killed', 3, null]]);
  // A part picked out of those taken: let go.
  assert.deepEqual(readDoc('The gang let four of the 14 customers it had seized go free at noon.', 'The hostage drama lasted a day.'), [
    ['hostages', 4, 'released'],
    ['hostages', 14, null],
  ]);
});

test('"freed" and "holding" are a siege only in a report of captives', () => {
  // No captives in the report: freed from a collapsed mine is a rescue; a hall holding people is a crowd.
  assert.deepEqual(readDoc('Rescuers freed 12 miners from the shaft.'), [['rescued', 12, null]]);
  // A standoff in a jail: the wardens seized or let go are captives, though no sentence says "hostage".
  assert.deepEqual(readDoc('A week after the standoff at Marl jail, the inquiry opens.', 'Five wardens freed on the second day are back at work.'), [['hostages', 5, 'released']]);
  assert.deepEqual(readDoc('A week after the inspection at Marl jail, the inquiry opens.', 'Five wardens freed on the second day are back at work.'), [['rescued', 5, null]]);
  // Released from hospital is not from captivity.
  assert.deepEqual(readDoc('Two hostages were released from hospital on Monday.').filter(([k]) => k === 'hostages'), []);
  // A prison holding its inmates counts them: inmates are no hostages.
  assert.deepEqual(readDoc('The jail, where wardens were taken hostage, held 900 prisoners.'), [['count', 900, null]]);
});

test('an escape, those recaptured and those still at large are one kind', () => {
  const escape = readDoc(
    'Nine prisoners escaped from Hollin Gaol on Friday; by Sunday five were recaptured.',
    'The three convicts still at large are armed.',
    'Four escaped prisoners are still being sought.',
    'Six inmates got out over the roof.',
    'By Monday seven of the nine who escaped were back in custody.',
  );
  assert.deepEqual(escape, [
    ['escaped', 9, null],
    ['escaped', 5, 'recaptured'],
    ['escaped', 3, 'still at large'],
    ['escaped', 4, 'still at large'],
    ['escaped', 6, null],
    ['escaped', 7, 'recaptured'],
    ['escaped', 9, null],
  ]);
  // A follow-up naming no jail: the escape told with custody in one sentence is enough.
  assert.deepEqual(readDoc('Police said six of the ten who broke out were back in custody.'), [['escaped', 6, 'recaptured'], ['escaped', 10, null]]);
  // Escaping a fire unhurt is no escape from custody; nor passengers escaping a wreck in a report of arrests.
  assert.deepEqual(readDoc('Two guests escaped unhurt from the burning jail annex.'), []);
  assert.deepEqual(readDoc('Nine passengers escaped through a window.', 'The skipper was later taken into custody.').filter(([k]) => k === 'escaped'), []);
  assert.deepEqual(readDoc('Nine passengers escaped through a window of the prison van.').filter(([k]) => k === 'escaped'), []);
  // Nor one who got away from a gunman, a suspect sought, or men back in custody after an arrest, in a report that names a jail.
  const arrest = (s: string): [string, number, string | null][] => readDoc('The two were booked into the county jail.', s).filter(([k]) => k === 'escaped');
  assert.deepEqual(arrest('One escaped and hid in a shed until dark.'), []);
  assert.deepEqual(arrest('A second suspect is being sought.'), []);
  assert.deepEqual(arrest('Both men are back in custody, the sheriff said.'), []);
  // A person named by words is left to the toll readings.
  assert.deepEqual(readDoc('The hostage crisis ended; students will hold a vigil for an officer.').filter(([k]) => k === 'hostages'), []);
});

test('people charged are arrested, their stage "charged"', () => {
  assert.deepEqual(readDoc('Prosecutors in Dask charged nine men with arson.'), [['arrested', 9, 'charged']]);
  assert.deepEqual(readDoc('In Dask, 11 rioters are accused in the burning of the depot.'), [['arrested', 11, 'charged']]);
  assert.deepEqual(readDoc('Two more drivers were indicted, which took the count of defendants to 13.'), [
    ['arrested', 2, 'charged'],
    ['arrested', 13, 'charged'],
  ]);
  // An arrest is still an arrest, its own stage.
  assert.deepEqual(readDoc('Police arrested 20 people.'), [['arrested', 20, null]]);
  // An arrest told with why: "accused" does not make it a charge.
  assert.deepEqual(readDoc('Police have arrested two men accused of arson.'), [['arrested', 2, null]]);
  assert.deepEqual(readDoc('The driver who shot two and killed one was indicted on Friday.').filter(([k]) => k === 'killed'), [['killed', 1, null]]);
  // One person named by words is charged too.
  assert.deepEqual(readDoc('A Dask man has been charged with arson.'), [['arrested', 1, 'charged']]);
});
