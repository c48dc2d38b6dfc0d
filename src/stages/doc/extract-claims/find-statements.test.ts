import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStatements } from './find-statements.ts';
import { STATEMENT_CUE } from './statement-patterns.ts';

/** [label, what it is about] of every statement in an (invented) sentence. */
const read = (s: string): [string, string][] => findStatements(s).map((x) => [x.label, x.object]);
const labels = (s: string): string[] => findStatements(s).map((x) => x.label);

test('how a standoff ended, told many ways, comes to two labels with what it is about', () => {
  assert.deepEqual(read('The robbers gave themselves up shortly after midnight, the bank said.'), [['surrendered', 'The robbers']]);
  assert.deepEqual(read('The hijackers had finally surrendered to border guards.'), [['surrendered', 'The hijackers']]);
  assert.deepEqual(read('The occupiers laid down their arms on Sunday.'), [['surrendered', 'The occupiers']]);
  assert.deepEqual(read('After six hours the kidnapper gave up peacefully.'), [['surrendered', 'the kidnapper']]);
  assert.deepEqual(read('Divers gave up the search at dusk.'), []);
  assert.deepEqual(read('Riot police finally moved in before dawn.'), [['stormed', '']]);
  assert.deepEqual(read('Riot police burst into the occupied depot before dawn.'), [['stormed', 'the occupied depot']]);
  // Entering to look, or a burglar the police name, is no storming.
  assert.deepEqual(read('Police went into the flat to check on the tenant.'), []);
  assert.deepEqual(read('The man who police said broke into the flat was later charged.'), []);
  assert.deepEqual(read('The siege of the depot ended with the surrender of the gunmen.'), [['surrendered', '']]);
  assert.deepEqual(read('The quarry standoff ended peacefully after eleven hours.'), [['ended peacefully', 'The quarry standoff']]);
  assert.deepEqual(read('A tactical team stormed the bus at dawn, the drivers\' union said.'), [['stormed', 'the bus']]);
  assert.deepEqual(read('The union says the mine was raided by a special police squad.'), [['stormed', 'the mine']]);
  assert.deepEqual(read('Special forces went into the bank after the talks failed.'), [['stormed', 'the bank']]);
  assert.deepEqual(read('Troops launched an assault on the compound late on Friday.'), [['stormed', 'the compound']]);
  assert.deepEqual(read('Police retook the terminal by force early on Monday.'), [['stormed', 'the terminal']]);
  assert.deepEqual(read('The occupation of the mill was ended by force.'), [['stormed', 'the mill']]);
  assert.deepEqual(read('Marines blew open the steel doors of the pumping station.'), [['stormed', '']]);
});

test('what caused it: an accident against sabotage, arson or a deliberate act', () => {
  assert.deepEqual(read('Investigators said the blaze was an accident caused by faulty wiring.'), [['accident', 'the blaze']]);
  assert.deepEqual(read('The fire was caused by a short circuit in the kitchen, the owner said.'), [['accident', 'The fire']]);
  assert.deepEqual(read('Prosecutors say the warehouse fire was arson.'), [['arson', 'the warehouse fire']]);
  assert.deepEqual(read('The outage was an act of sabotage, the grid operator said.'), [['sabotage', 'The outage']]);
  assert.deepEqual(read('The operator said the outage was due to an equipment failure.'), [['accident', 'the outage']]);
  assert.deepEqual(read('The second outage was blamed on saboteurs.'), [['sabotage', 'The second outage']]);
  assert.deepEqual(read('The derailment was no accident, the rail union said.'), [['deliberate', 'The derailment']]);
  assert.deepEqual(read('The barn was deliberately set alight.'), [['deliberate', 'The barn']]);
  assert.deepEqual(read('The coroner ruled the drowning an accident.'), [['accident', 'the drowning']]);
  assert.deepEqual(read('The drowning has been ruled accidental.'), [['accident', 'The drowning']]);
  assert.deepEqual(read('Firefighters said the blaze was started by arsonists.'), [['arson', 'the blaze']]);
  assert.deepEqual(read('The minister said the blast was a terrorist attack.'), [['attack', 'the blast']]);
  assert.deepEqual(read('The crash was caused by a bomb hidden in the hold.'), [['attack', 'The crash']]);
});

test('whether forces fired: a force opening fire against no shot fired', () => {
  assert.deepEqual(read('Witnesses said riot police opened fire on the marchers near the bridge.'), [['shots fired', 'riot police']]);
  assert.deepEqual(read('Shots were fired by the police as the crowd surged.'), [['shots fired', 'the police']]);
  assert.deepEqual(read('Not a single round was fired, the interior ministry said.'), [['no shots fired', '']]);
  assert.deepEqual(read('The army did not open fire at any point, a spokesman said.'), [['no shots fired', 'The army']]);
  assert.deepEqual(read('The officers held their fire as the crowd moved back.'), [['no shots fired', 'The officers']]);
  // A gunman firing is the happening itself, not a force's conduct; "fired" from a job is no shot.
  assert.deepEqual(read('The gunman opened fire on shoppers.'), []);
  assert.deepEqual(read('The manager was fired by the company.'), []);
});

test('whether it held more than it may: a denial is the other account', () => {
  assert.deepEqual(read('Survivors said the minibus was badly overloaded when it left the depot.'), [['overloaded', 'the minibus']]);
  assert.deepEqual(read('The coach was carrying far more passengers than it was licensed to carry.'), [['overloaded', 'The coach']]);
  assert.deepEqual(read('The lift had exceeded its load limit, engineers found.'), [['overloaded', 'The lift']]);
  assert.deepEqual(read('The operator denied that the minibus was overloaded.'), [['not overloaded', 'the minibus']]);
  assert.deepEqual(read('The barge was well within its licensed capacity, the owner said.'), [['not overloaded', 'The barge']]);
  assert.deepEqual(read('The barge was not overloaded, the owner insisted.'), [['not overloaded', 'The barge']]);
  // Swamped with work, a capacity stated, a speed limit, a question, a guess: none of them.
  for (const s of ['Hospitals in the region were overloaded with patients.', 'The hall has a capacity of 900 people.', 'The driver had exceeded the speed limit.', 'Was the barge overloaded?', 'The stand may have been over capacity.']) {
    assert.deepEqual(read(s), [], s);
  }
});

test('what a person in charge did during the happening: left early against stayed, across kinds of happening', () => {
  // A train crash.
  assert.deepEqual(labels('The driver of the night train jumped from the cab seconds before the collision, a union official said.'), ['left early']);
  assert.deepEqual(labels('The motorman stayed at the controls until the last carriage stopped.'), ['stayed to the end']);
  assert.deepEqual(labels('Rail investigators said the driver was asleep when the freight train passed the red signal.'), ['asleep']);
  assert.deepEqual(labels('The operator insists the driver was wide awake.'), ['awake']);
  assert.deepEqual(labels('The union says the driver was at the controls when the train left the rails.'), ['at post']);
  // A bus crash.
  assert.deepEqual(labels('Witnesses said the coach driver fled on foot before police arrived.'), ['left early']);
  assert.deepEqual(labels('The bus driver, 47, was reportedly among the first to get out.'), ['left early']);
  assert.deepEqual(labels('His lawyer said the driver never left the scene and helped pull passengers out.'), ['stayed to the end']);
  // A fire.
  assert.deepEqual(labels('The night manager abandoned the guests and left through a side door, two residents said.'), ['left early']);
  assert.deepEqual(labels('Staff say the security guard went back inside three times to wake residents.'), ['stayed to the end']);
  assert.deepEqual(labels('The fire warden was absent when the alarm sounded.'), ['away from post']);
  // Off duty is a shift, and most often said of a victim.
  assert.deepEqual(labels('The officer was off duty when he was shot outside a bakery.'), []);
  // A building collapse.
  assert.deepEqual(labels('The site foreman was the last to leave the building before it came down.'), ['stayed to the end']);
  assert.deepEqual(labels('Workers said the site supervisor had left the building well before the other workers.'), ['left early']);
  // Translated word order and the passive: who did it is written after the verb.
  assert.deepEqual(read('Among the first to escape the burning hotel was the night manager, guests said.'), [['left early', 'the night manager']]);
  assert.deepEqual(read('The pupils were left behind by the coach crew, parents said.'), [['left early', 'the coach crew']]);
  assert.deepEqual(read('Relatives accused the hostel manager of fleeing without raising the alarm.'), [['left early', 'the hostel manager']]);
  // A full name is enough where a post is named; a pronoun stands for the one in charge.
  assert.deepEqual(read('Her union says Ilse Varga remained in the cockpit until the plane stopped.'), [['stayed to the end', 'Ilse Varga']]);
  assert.deepEqual(labels('Survivors say she was in the first rescue boat.'), ['left early']);
  // Inside a quote, the quote mark is not part of who it is about.
  assert.deepEqual(read('"The skipper was aboard the first rescue helicopter," a deckhand said.'), [['left early', 'The skipper']]);
  // An oil-rig fire: the cue must let the compound noun through.
  assert.deepEqual(labels('Rig workers say the platform supervisor was aboard the first lifeboat.'), ['left early']);
});

test('a passenger or a rescuer among the first out, or a denial, is no account of conduct', () => {
  for (const x of [
    'Passengers were among the first to get off the carriage.',
    'Two firefighters went back in to search the third floor.',
    'Residents fled the building in their night clothes.',
    'Nadia Brel was among the first to be rescued from the rubble.',
    'The driver did not stay on the bus after the crash, the company denied.',
    'Prosecutors are examining whether the pilot left the cockpit.',
    'The captain was on board the first ferry of the day.',
    // Fleeing, sleeping, running back in: anyone may, so only a role makes it an account of conduct.
    'The gunman fired twice and he fled on foot toward the park.',
    'Her mother said she was asleep when the shots were fired.',
    'She ran back inside to fetch her son.',
    'As the river rose she stayed behind to look after her father.',
    'Her son Jonas Ferrer was in the cab of the pickup with his uncle.',
  ]) assert.deepEqual(labels(x), [], x);
});

test('each older family read in its other common wordings: gerund, passive, noun, hedge, cause named first, negation', () => {
  // How a standoff ended: a farm siege, a radio station, an occupied factory.
  assert.deepEqual(labels('The gunman was taken into custody after surrendering to deputies.'), ['surrendered']);
  assert.deepEqual(labels('The two kidnappers came out with their hands up shortly before noon.'), ['surrendered']);
  assert.deepEqual(labels('The hostage-taker did not surrender until the early hours.'), ['surrendered']);
  assert.deepEqual(labels('The occupiers never surrendered, their spokesman said.'), ['did not surrender']);
  assert.deepEqual(read('A SWAT team forced entry into the farmhouse at dawn.'), [['stormed', 'the farmhouse']]);
  assert.deepEqual(labels('The storming of the radio station left three attackers dead.'), ['stormed']);
  assert.deepEqual(labels('The embassy was reportedly stormed by security forces.'), ['stormed']);
  // Whether forces fired: a port protest, a court riot.
  assert.deepEqual(labels('Soldiers shot dead two protesters near the port.'), ['shots fired']);
  assert.deepEqual(labels('Police shot at the crowd outside the court.'), ['shots fired']);
  assert.deepEqual(labels('Security forces used live ammunition against the marchers.'), ['shots fired']);
  // Whether it held more than it may: a ferry, a minibus, a lift.
  assert.deepEqual(labels('The ferry was overcrowded when it left port, survivors said.'), ['overloaded']);
  assert.deepEqual(labels('The capsizing was caused by overloading, the inquiry found.'), ['overloaded']);
  assert.deepEqual(labels('The minibus was carrying twice its licensed capacity.'), ['overloaded']);
  assert.deepEqual(labels('The lift was not overcrowded, the building manager said.'), ['not overloaded']);
  // What caused it: a wildfire, a gas explosion, a derailment.
  assert.deepEqual(labels('The wildfire was started accidentally by a farmer burning stubble.'), ['accident']);
  assert.deepEqual(labels('The explosion was caused by a gas leak in the basement.'), ['accident']);
  assert.deepEqual(labels('The blaze was sparked by an electrical fault.'), ['accident']);
  assert.deepEqual(labels('The cause of the fire was a short circuit.'), ['accident']);
  assert.deepEqual(labels('Investigators ruled out sabotage as a cause of the derailment.'), ['no foul play']);
  assert.deepEqual(labels('The coroner found no evidence of foul play.'), ['no foul play']);
  assert.deepEqual(labels('The blaze was not suspicious, fire crews said.'), ['no foul play']);
  assert.deepEqual(labels('Arsonists set fire to the warehouse overnight, police said.'), ['arson']);
  // Diplomacy: the passive and the noun.
  assert.deepEqual(read('The ambassador was ordered to leave the country within 48 hours.'), [['expelled', 'The ambassador']]);
  assert.deepEqual(read('The consul was declared persona non grata on Monday.'), [['expelled', 'The consul']]);
  assert.deepEqual(read('The expulsion of the Norlandic envoy was announced on Friday.'), [['expelled', 'the Norlandic envoy']]);
  // Officers shot dead are the victims; not yet ruled out, or asked if, is no account.
  for (const x of ['Nine officers shot dead on duty were honoured.', 'Police have not ruled out foul play.', 'Investigators are still working out if the fire was an accident.', 'The gang did not surrender by the deadline.']) {
    assert.deepEqual(labels(x), [], x);
  }
});

test('denied, doubted, supposed or asked is not asserted', () => {
  for (const s of [
    'The interior ministry denied that the depot was stormed.',
    'No hijacker surrendered before the coach was boarded.',
    'Not one of the occupiers gave themselves up.',
    'The strikers would have surrendered if the company had talked to them.',
    'Police said they would not storm the mine while talks went on.',
    'Did the police storm the mine?',
    'Was the bus stormed, or did the hijackers give up?',
    'Reports that the embassy was stormed are false, the ministry said.',
    'Police have not ruled out sabotage.',
    'The fire may have been deliberately set.',
    'Investigators are examining whether the collapse was an accident.',
    'The hijackers had not surrendered by nightfall.',
    'The foreign ministry denied that it had expelled the Ruvian envoy.',
    'The government said it would not recall its ambassador.',
    'The ministry denied that troops fired on the protesters.',
    'The blaze appears to have been accidental.',
    'The collapse was probably an accident.',
    'There is no reason to believe the blast was a terrorist attack.',
  ]) assert.deepEqual(read(s), [], s);
  // A denial in another clause does not reach this one.
  assert.deepEqual(read('The minister denied any abuse, but the gang surrendered.'), [['surrendered', 'the gang']]);
  // "suspect" the noun is who did it, not a doubt; the verb is a doubt.
  assert.deepEqual(read('The suspect surrendered to deputies at noon.'), [['surrendered', 'The suspect']]);
  assert.deepEqual(read('Detectives suspect the fire was arson.'), []);
});

test('the same words in other senses are no account', () => {
  assert.deepEqual(read('Two councillors stormed out of the meeting.'), []);
  assert.deepEqual(read('The accident happened at about seven on the ring road.'), []);
  assert.deepEqual(read('The striking miners laid down their tools.'), []);
  // Handing a thing over is no giving up.
  assert.deepEqual(read('The accused surrendered his passport to the court.'), []);
  // A gang storming a place starts a crime; it ends no standoff.
  assert.deepEqual(read('Three men in balaclavas stormed the jeweller\'s and fled with watches.'), []);
  assert.deepEqual(read('A riot squad stormed the jeweller\'s where the gang had held out.'), [['stormed', 'the jeweller\'s']]);
});

test('what it is about starts at its determiner, or is the pronoun before the verb', () => {
  assert.deepEqual(read('Rangers told reporters the collapse was accidental.'), [['accident', 'the collapse']]);
  assert.deepEqual(read('The inquiry concluded it was an accident.'), [['accident', 'it']]);
});

test('the one cue test lets through every sentence that holds a statement', () => {
  for (const s of ['The robbers gave themselves up.', 'The depot was stormed.', 'It was arson.', 'The ministry expelled the envoy.']) {
    assert.ok(STATEMENT_CUE.test(s), s);
    assert.equal(findStatements(s).length, 1, s);
  }
  assert.equal(STATEMENT_CUE.test('The river rose two metres overnight.'), false);
});
