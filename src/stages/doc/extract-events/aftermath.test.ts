// The aftermath of a disaster, an attack or a crime, whatever its kind: the dead recovered and buried,
// the authorities' measures, the legal steps. Invented sentences from floods, shootings, a factory
// fire, a train crash, an air strike and a trawler lost at sea.
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

test('the dead recovered, found, pulled out or identified are a recovery; findings and suspects identified are not', () => {
  assert.deepEqual(lemmas('Divers recovered the bodies of two children from the swollen river.'), ['recover:rescue']);
  assert.deepEqual(lemmas('The remains of the driver were found in the cab of the second carriage.'), ['find:rescue']);
  assert.deepEqual(lemmas('Firefighters pulled four more bodies out of the gutted warehouse.'), ['pull:rescue']);
  assert.deepEqual(lemmas('The last missing hiker was identified by her dental records.'), ['identify:rescue']);
  assert.deepEqual(lemmas('Investigators found that the signal had failed.'), []);
  assert.deepEqual(lemmas('The inquiry found bodies of evidence that were ignored.'), []);
  assert.deepEqual(lemmas('Police identified the gunman as a former employee.'), []);
  assert.deepEqual(lemmas('The list now holds 11 identified victims.'), []);
  assert.deepEqual(lemmas('She recovered from her injuries in a clinic.'), []);
});

test('burials, funerals and vigils held are rites of their own; people buried under rubble are trapped', () => {
  assert.deepEqual(lemmas('The first victims of the shooting were buried on Sunday.'), ['shoot:attack', 'bury:other']);
  assert.deepEqual(lemmas('Funerals for the six workers were held on Thursday.'), ['funeral:other']);
  assert.deepEqual(lemmas('Hundreds attended a vigil outside the school.'), ['vigil:other']);
  assert.deepEqual(lemmas('Four victims were buried under mud and stones.'), []);
  assert.deepEqual(lemmas('Classes will resume after the funerals.'), ['resume:other']);
});

test('a measure declared is an act of authority; other declarations stay statements', () => {
  assert.deepEqual(lemmas('The governor declared a state of emergency in the river districts.'), ['declare:other']);
  assert.deepEqual(lemmas('The premier declared a week of mourning for the pilots.'), ['declare:other']);
  assert.deepEqual(lemmas('A curfew was declared in the port after the air strike.'), ['declare:other', 'strike:attack']);
  assert.deepEqual(lemmas('The mayor announced a day of mourning for the crash victims.'), ['announce:other', 'crash:accident']);
  assert.deepEqual(lemmas('The ministry declared that the river was safe.'), ['declare:statement']);
  assert.deepEqual(lemmas('The clinic declared an emergency overnight.'), ['declare:statement']);
});

test('operations halted, scaled down or resumed, a fleet grounded, a licence revoked, an inquiry ordered or opened', () => {
  assert.deepEqual(lemmas('Rail operators halted all services on the coastal line.'), ['halt:other']);
  assert.deepEqual(lemmas('The search for the trawler crew was resumed at dawn.'), ['resume:other']);
  assert.deepEqual(lemmas('The coastguard will scale down the search.'), ['scale down:other']);
  assert.deepEqual(lemmas('The airline grounded its fleet of turboprops.'), ['ground:other']);
  assert.deepEqual(lemmas("The regulator revoked the factory's operating licence."), ['revoke:other']);
  assert.deepEqual(lemmas('The ministry withdrew the operating permit of the rail company.'), ['withdraw:other']);
  assert.deepEqual(lemmas('The prime minister ordered an independent inquiry into the derailment.'), ['order:other']);
  assert.deepEqual(lemmas('Prosecutors opened a criminal investigation into the warehouse fire.'), ['open:other', 'fire:accident']);
  assert.deepEqual(lemmas('Police launched an investigation into the shooting.'), ['launch:other', 'shoot:attack']);
  assert.deepEqual(lemmas('He resumed his speech after a pause.'), []);
  assert.deepEqual(lemmas('The senator revoked her support for the bill.'), []);
  assert.deepEqual(lemmas('The officer ordered the crowd to move back.'), []);
  assert.deepEqual(lemmas('Two men on a private motor launch saw the flames.'), []);
  assert.deepEqual(lemmas('Crews reopened the road into the valley.'), ['reopen:other']);
});

test('suspects questioned, arraigned, remanded, pleading and bailed are legal steps; figures questioned are not', () => {
  assert.deepEqual(lemmas('Detectives questioned the driver at the depot.'), ['question:arrest']);
  assert.deepEqual(lemmas('The gunman was questioned by detectives overnight.'), ['question:arrest']);
  assert.deepEqual(lemmas('Experts questioned the figures given by the council.'), []);
  assert.deepEqual(lemmas("Officials questioned Varga's account of the night."), []);
  assert.deepEqual(lemmas('Reporters questioned whether the dam had been inspected.'), []);
  assert.deepEqual(lemmas('The factory owner was arraigned on Monday.'), ['arraign:arrest']);
  assert.deepEqual(lemmas('The two guards were remanded in custody.'), ['remand:arrest']);
  assert.deepEqual(lemmas('The driver pleaded not guilty to manslaughter.'), ['plead:arrest']);
  assert.deepEqual(lemmas('The site manager was released on bail.'), ['bail:arrest']);
  assert.deepEqual(lemmas('The bank was bailed out by the state.'), []);
  assert.deepEqual(lemmas('Two teenagers were taken into custody outside the station.'), ['take into custody:arrest']);
});

test('a charge whose object is a list of names and roles; a crowd charged at is no charge', () => {
  assert.deepEqual(lemmas('The prosecutor charged the driver, Tomas Reyl, and the signal supervisor, Ana Kors, with manslaughter.'), ['charge:arrest']);
  assert.deepEqual(lemmas('Riot police charged into the crowd with batons.'), []);
});

test('a storm in a headline and wind and waves striking a boat are the weather, not an assault', () => {
  assert.deepEqual(lemmas('Six crew missing after trawler founders in storm'), ['storm:disaster']);
  assert.deepEqual(lemmas('The trawler listed and sank when a gale struck the wheelhouse.'), ['sink:accident', 'strike:disaster']);
  assert.deepEqual(lemmas('Commandos stormed the building at dawn.'), ['storm:attack']);
  assert.deepEqual(lemmas('Lorries reached the worst-hit villages.'), []);
});

test('cooperating with investigators as a stance is no act; an agreement to cooperate is', () => {
  assert.deepEqual(lemmas('The rail operator says it is cooperating with investigators.'), []);
  assert.deepEqual(lemmas('The owner of the warehouse is fully cooperating with the police.'), []);
  assert.deepEqual(lemmas('The two militias agreed to cooperate on the evacuation.'), ['agree:cooperate', 'cooperate:cooperate', 'evacuation:rescue']);
});

test('rescue naming who acts ("rescue teams", "rescue workers said") is no rescue; a rescue told is', () => {
  assert.deepEqual(lemmas('Rescue teams and volunteers searched the cellars.'), []);
  assert.deepEqual(lemmas('Rescue workers said the smoke had reached the roof.'), []);
  assert.deepEqual(lemmas('Firefighters rescued eight workers from the roof.'), ['rescue:rescue']);
});

test('the living dug out, pulled out or found alive are rescued the same way the dead are recovered', () => {
  assert.deepEqual(lemmas('Rescuers dug a woman out alive after 30 hours.'), ['dig:rescue']);
  assert.deepEqual(lemmas('A boy was found alive under the debris of the garage.'), ['find:rescue']);
  assert.deepEqual(lemmas('Divers pulled two men alive from the river.'), ['pull:rescue']);
  assert.deepEqual(lemmas('Police found the stolen car near the station.'), []);
  assert.deepEqual(lemmas('Volunteers dug a trench around the houses.'), []);
});

test('a measure lifted is an act of authority; people lifted out are rescued; a memorial held is a rite', () => {
  assert.deepEqual(lemmas('The governor lifted the curfew on Sunday.'), ['lift:other']);
  assert.deepEqual(lemmas('The state of emergency was lifted after a week.'), ['lift:other']);
  assert.deepEqual(lemmas('Firefighters lifted four workers alive from the garage.'), ['lift:rescue']);
  assert.deepEqual(lemmas('She lifted the box onto the cart.'), []);
  assert.deepEqual(lemmas('A memorial service was held at the school.'), ['memorial:other']);
  assert.deepEqual(lemmas('The war memorial stands in the square.'), []);
});

test('an inspection that found a fault is the site\'s history; an inspection report or inspections ordered are not', () => {
  assert.deepEqual(lemmas('An inspection of the dam last spring found cracks in the spillway.'), ['inspection:other']);
  assert.deepEqual(lemmas('The inspection report was published on the city website.'), []);
});

test('a leak or a spill of a substance is an accident; documents leaked and fans spilling onto a pitch are not', () => {
  assert.deepEqual(lemmas('A chemical spill closed the river to anglers.'), ['spill:accident']);
  assert.deepEqual(lemmas('The ammonia leak was traced to a valve.'), ['leak:accident']);
  assert.deepEqual(lemmas('Documents were leaked to the press.'), []);
  assert.deepEqual(lemmas('Fans spilled onto the pitch at the final whistle.'), []);
});

test('what a crash leaves to be found (flight recorders, the wreck) is recovered; a rail line or a route is closed and reopened', () => {
  assert.deepEqual(lemmas('Investigators recovered both flight recorders on Sunday.'), ['recover:rescue']);
  assert.deepEqual(lemmas('Navy divers located the wreck of the trawler.'), ['locate:rescue']);
  assert.deepEqual(lemmas('The office is located in the old town.'), []);
  assert.deepEqual(lemmas('The rail line was reopened on Friday.'), ['reopen:other']);
  assert.deepEqual(lemmas('Police closed two bus routes.'), ['close:other']);
  assert.deepEqual(lemmas('The bank closed the lines of credit.'), []);
});
