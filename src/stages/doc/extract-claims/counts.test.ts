// Counts that are not casualties: things handled, people on duty or present, a place's room, a figure
// compared with. Every sentence is invented (a speedway race, a concert hall, a ferry line, a flood).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumericClaims } from './find-quantities.ts';

const read = (s: string): [string, number, string | null][] => findNumericClaims(s).map((c) => [c.kind, c.value, c.counted]);

test('things sold, received or issued are counted with their noun', () => {
  assert.deepEqual(read('The league said 12,300 tickets had been sold for the derby.'), [['count', 12300, 'tickets']]);
  assert.deepEqual(read('The promoter has said it sold 8,200 tickets for the concert.'), [['count', 8200, 'tickets']]);
  assert.deepEqual(read('The council said it had received about 450 calls by Tuesday night.'), [['count', 450, 'calls']]);
  assert.deepEqual(read('The ferry line, criticised for selling 900 passes, apologised.'), [['count', 900, 'passes']]);
  assert.deepEqual(read('The club still repeats its figure of 12,300 tickets.'), [['count', 12300, 'tickets']]);
});

test('people on duty or inside are counted, not hurt', () => {
  assert.deepEqual(read('A total of 85 marshals were on duty for the race.'), [['count', 85, 'marshals']]);
  assert.deepEqual(read('The club said 85 marshals had been on duty.'), [['count', 85, 'marshals']]);
  assert.deepEqual(read('The inspector says about 20,000 people were inside.'), [['count', 20000, 'people']]);
  // A place that held a crowd; but police who held people arrested them.
  assert.deepEqual(read('They sold 9,000 passes for a hall that, the mayor says, held about 11,000 people that night.'), [
    ['count', 9000, 'passes'],
    ['count', 11000, 'people'],
  ]);
  assert.deepEqual(read('Police held five people overnight.'), []);
});

test('things on what the sentence named are counted; dozens are twelves', () => {
  assert.deepEqual(read('The deck fell with a van, a lorry and more than thirty cars on it.'), [['count', 30, 'cars']]);
  assert.deepEqual(read('The deck fell, taking a van, a lorry and more than three dozen cars with it.'), [['count', 36, 'cars']]);
  assert.deepEqual(read('About two dozen people were hurt.'), [['injured', 24, 'people']]);
  assert.deepEqual(read('Half a dozen people were hurt.'), [['injured', 6, 'people']]);
});

test('things told in the passive are counted; a state, a raising verb or a count told before are not', () => {
  assert.deepEqual(read('About 120 flights were cancelled on Monday.'), [['count', 120, 'flights']]);
  assert.deepEqual(read('Some 45 schools have been closed.'), [['count', 45, 'schools']]);
  assert.deepEqual(read('Police say the two fires are related.'), []);
  assert.deepEqual(read('Two ferries were supposed to sail at noon.'), []);
  assert.deepEqual(read('Both ferries were cancelled.'), []);
  // What befalls people the person nouns lack is no count of things.
  assert.ok(!read('Two joggers were grazed by bullets.').some(([kind]) => kind === 'count'));
  // A singular ending in s is no plural.
  assert.deepEqual(read('One witness was contacted.'), []);
});

test('people carried, things seized or found, a count named before its figure', () => {
  assert.deepEqual(read('A ferry carrying 412 people capsized on Tuesday.'), [['count', 412, 'people']]);
  assert.deepEqual(read('Police seized 40 rifles and recovered six shell casings.'), [['count', 40, 'rifles'], ['count', 6, 'shell casings']]);
  assert.deepEqual(read('The coast guard put the number of people on board at 412; the operator said 398.'), [['count', 412, 'people'], ['count', 398, 'people']]);
  assert.deepEqual(read('The hotline has taken more than 3,000 calls.'), [['count', 3000, 'calls']]);
  // Not a count: people taken to hospital, a number pointing back, a distance, people found hurt.
  assert.deepEqual(read('The ambulance service took five people to hospital.').filter(([kind]) => kind === 'count'), []);
  assert.deepEqual(read('Officers found both parties inside the flat.'), []);
  assert.deepEqual(read('The rifle was found two blocks away.'), []);
  assert.ok(!read('Officers found two hikers with gunshot wounds.').some(([kind]) => kind === 'count'));
});

test('people taking part or at work are counted', () => {
  assert.deepEqual(read('Police said 300 people took part.'), [['count', 300, 'people']]);
  assert.deepEqual(read('More than 1,400 firefighters, backed by 22 aircraft, are battling the blaze.'), [['count', 1400, 'firefighters']]);
  assert.deepEqual(read('More than 250 people attended a vigil on Friday.'), [['count', 250, 'people']]);
  assert.deepEqual(read('Two of the five victims attended local colleges.'), []);
  // Fighting for their lives is hurt, read first.
  assert.deepEqual(read('Five hikers are fighting for their lives.').map(([kind]) => kind), ['injured']);
});

test("a place's room is its capacity", () => {
  assert.deepEqual(read('The league sold 12,300 tickets, against a capacity of 15,000.'), [['count', 12300, 'tickets'], ['count', 15000, 'capacity']]);
  assert.deepEqual(read('About 20,000 people were inside an arena that holds 15,000.'), [['count', 20000, 'people'], ['count', 15000, 'capacity']]);
  assert.deepEqual(read('Fans packed the 15,000-seat arena.'), [['count', 15000, 'capacity']]);
  assert.deepEqual(read('The hall can seat 2,400.'), [['count', 2400, 'capacity']]);
  assert.deepEqual(read('The hall can hold 500 people.'), [['count', 500, 'capacity']]);
  assert.deepEqual(read('The vessel, licensed to carry 350 passengers, sank.'), [['count', 350, 'capacity']]);
  assert.deepEqual(read('The arena on 15 thousand places is located near the river.'), [['count', 15000, 'capacity']]);
  assert.deepEqual(read('The clinic has 300 beds.'), [['count', 300, 'capacity']]);
  // Holding what is no room for people.
  assert.deepEqual(read('The council plans to hold six public meetings.'), []);
});

test('a figure compared with is read', () => {
  // The other source's bare figure counts what the sentence counted.
  assert.deepEqual(read('The mayor said 14 people had died, three more than the 11 counted by the fire brigade.'), [['killed', 14, 'people'], ['killed', 11, null]]);
  assert.deepEqual(read('The hospital says 40 were injured, far more than the 25 the police gave.'), [['injured', 40, null], ['injured', 25, null]]);
  // With its own noun, it counts that noun.
  assert.deepEqual(read('About 20,000 people had been inside, far more than the 12,300 tickets the league said it had sold.'), [
    ['count', 20000, 'people'],
    ['count', 12300, 'tickets'],
  ]);
  // Nothing counted before it: nothing to inherit.
  assert.deepEqual(read('Turnout was higher than the 11 expected.'), []);
});

test('a person named by words is the agent of a handling verb, not a count', () => {
  assert.deepEqual(read('The woman received a call from the school.'), []);
  assert.deepEqual(read('An officer was issued a new radio.'), []);
  assert.ok(!read('Two of the victims received wounds to the head.').some(([kind]) => kind === 'count'));
  // An emergency line's number before "calls" is no count.
  assert.deepEqual(read('Police received 911 calls about the shots.'), []);
  // "a total of" alone makes no count: the casualty reading decides.
  assert.ok(!read('A total of six people, including Ms. Lund, were hurt in the raid.').some(([kind]) => kind === 'count'));
});

test('a plural after a number is no count without a verb that says so', () => {
  assert.deepEqual(read('The river rose 3 metres in 12 hours.').map((c) => c[0]), ['distance']);
  assert.deepEqual(read('The report runs to 40 pages.'), []);
});

test("a rival's bare figure after a count in the sentence before counts the same", () => {
  assert.deepEqual(findNumericClaims('A charity puts the figure closer to 2,400.', undefined, 'count', 'refugees').map((c) => [c.kind, c.value, c.counted]), [['count', 2400, 'refugees']]);
  assert.deepEqual(findNumericClaims('A charity puts the figure at 2,400.', undefined, 'count', 'refugees').map((c) => [c.kind, c.value, c.counted]), [['count', 2400, 'refugees']]);
  // Not after a place's room, and not without a count before.
  assert.deepEqual(findNumericClaims('A charity puts the figure at 2,400.', undefined, 'count', 'capacity'), []);
  assert.deepEqual(findNumericClaims('A charity puts the figure at 2,400.'), []);
});

test('what a place holds and is built for, and people around it, are counted', () => {
  assert.deepEqual(read('The fire began in the east block, which houses 280 patients.'), [['count', 280, 'patients']]);
  assert.deepEqual(read('Designed for 600 refugees, the camp held 2,050 by Friday.'), [
    ['count', 600, 'capacity'],
    ['count', 2050, 'refugees'],
  ]);
  assert.deepEqual(read('At the shelter were kept during the flood 940 persons.'), [['count', 940, 'persons']]);
  assert.deepEqual(read('Some 300 soldiers encircled the barracks overnight.'), [['count', 300, 'soldiers']]);
  assert.deepEqual(read('Four mediators are in radio contact with the crew.'), [['count', 4, 'mediators']]);
  assert.deepEqual(read('Some 150 families of the miners waited outside the pithead.'), [['count', 150, 'families']]);
  // Victims waiting, gunshots ringing out and things of something inside are no such counts.
  assert.deepEqual(read('The shooter fired on five students waiting for a tram.').filter(([kind]) => kind === 'count'), []);
  assert.deepEqual(read('Residents heard five or six shots ring out after midnight.'), []);
  assert.deepEqual(read('Officers said 40 bags of powder were inside the car.'), []);
  assert.deepEqual(read('They lease that home to one of their nephews.'), []);
  assert.deepEqual(read('Some 300 soldiers arrived and surrounded the barracks.'), [['count', 300, 'soldiers']]);
  assert.deepEqual(read('Some 90 patients in the east wing were transferred to nearby clinics overnight.'), [['count', 90, 'patients moved']]);
  // The hurt taken to hospitals are no people moved.
  assert.ok(!read('Six victims were being taken to nearby hospitals.').some(([kind]) => kind === 'count'));
  // A rival figure compared with by "not the" counts the same people.
  assert.deepEqual(read('The union says the camp held 2,400 refugees, not the 2,050 given by the agency.'), [
    ['count', 2400, 'refugees'],
    ['count', 2050, 'refugees'],
  ]);
});

test('counts joined by "and" share the verb after the last one', () => {
  // A warehouse fire, a flood, a manhunt, a landslide: the first conjunct was left unread.
  assert.deepEqual(read('Some 300 firefighters and 40 engines were battling the blaze at the depot.'), [
    ['count', 300, 'firefighters'],
    ['count', 40, 'engines'],
  ]);
  assert.deepEqual(read('About 200 soldiers, 30 trucks and six helicopters were deployed to the flooded valley.'), [
    ['count', 200, 'soldiers'],
    ['count', 30, 'trucks'],
    ['count', 6, 'helicopters'],
  ]);
  assert.deepEqual(read('Nearly 90 police officers and a dozen dogs were searching the woods.'), [
    ['count', 90, 'police officers'],
    ['count', 12, 'dogs'],
  ]);
  assert.deepEqual(read('More than 150 volunteers and 20 excavators were involved in the search for the hikers.'), [
    ['count', 150, 'volunteers'],
    ['count', 20, 'excavators'],
  ]);
  // The hurt or the dead after the last conjunct are no count of the first.
  assert.ok(!read('About 40 climbers and 12 bodies were recovered from the slope.').some(([kind, value]) => kind === 'count' && value === 40));
});

test('people carried are counted, whatever the vehicle and however it is said', () => {
  // A coach crash, a derailment, a plane crash, a cable car, a factory fire.
  assert.deepEqual(read('Police said 48 passengers were on the coach when it left the road.'), [['count', 48, 'passengers']]);
  assert.deepEqual(read('About 300 commuters had been on the train, the operator said.'), [['count', 300, 'commuters']]);
  assert.deepEqual(read('Investigators say 212 people were travelling on the train.'), [['count', 212, 'people']]);
  assert.deepEqual(read('Some 160 passengers had been on board, the carrier said.'), [['count', 160, 'passengers']]);
  assert.deepEqual(read('The airline said 140 passengers had boarded the flight.'), [['count', 140, 'passengers']]);
  assert.deepEqual(read('On board were 64 passengers and four crew.'), [['count', 64, 'passengers']]);
  assert.deepEqual(read('About 90 workers had been inside the plant at the time.'), [['count', 90, 'workers']]);
  // People in a car without a verb of being there, and those on it who died, are not counted so.
  assert.deepEqual(read('Witnesses said the shots came from two men in a grey van.'), []);
  assert.ok(!read('Three people were on the bus and were killed.').some(([kind]) => kind === 'count'));
});

test('what a record lists is counted: the list, then its verb, or the passive on it', () => {
  assert.deepEqual(read('The airline said its passenger list showed 140 names.'), [['count', 140, 'names']]);
  assert.deepEqual(read('The roster for the night shift listed 85 workers and two guards.'), [['count', 85, 'workers']]);
  assert.deepEqual(read('Only 96 passengers were listed on the booking records.'), [['count', 96, 'passengers']]);
  assert.deepEqual(read('The rail company said 300 passengers were booked on the train.'), [['count', 300, 'passengers']]);
  // Listed in a condition is hurt, booked into jail is an arrest: neither is a record's count.
  assert.ok(!read('One patient was listed in serious condition.').some(([kind]) => kind === 'count'));
  assert.ok(!read('Two suspects were booked into the county jail.').some(([kind]) => kind === 'count'));
});

test('a licence or a rating is a room, and the bare figure it carried after it counts people', () => {
  assert.deepEqual(read('The coach was certified for 49 passengers, the regulator said.'), [['count', 49, 'capacity']]);
  assert.deepEqual(read('The hall, rated for 800 people, held more than 1,300 on the night.'), [
    ['count', 800, 'capacity'],
    ['count', 1300, 'people'],
  ]);
  assert.deepEqual(read('The barge had a licence for 60 passengers but carried 95.'), [
    ['count', 60, 'capacity'],
    ['count', 95, 'passengers'],
  ]);
  assert.deepEqual(read('Witnesses say 70 people were aboard a minibus licensed for 18, police said.'), [
    ['count', 70, 'people'],
    ['count', 18, 'capacity'],
  ]);
  assert.deepEqual(read('The plane had seating for 180 passengers.'), [['count', 180, 'capacity']]);
  // What is left of the room is no room.
  assert.deepEqual(read('The jail had room for two more suspects.'), []);
});

test('room written into the noun or a licence\'s verb', () => {
  assert.deepEqual(read('It was a 150-passenger ferry.'), [['count', 150, 'capacity']]);
  assert.deepEqual(read("The town's 300-bed hospital was overwhelmed."), [['count', 300, 'capacity']]);
  assert.deepEqual(read('Its operating permit allowed 45 passengers.'), [['count', 45, 'capacity']]);
  // A squad or a fight of so many people is no room.
  assert.deepEqual(read('The council plans two-person patrols on the beach.'), []);
});

test('a crowd in its place, "there were" on a vehicle, and rescuers who attended', () => {
  // A roof collapse at an arena, a plane crash, a warehouse fire.
  assert.deepEqual(read('Nearly 3,000 people were in the arena when the roof gave way.'), [['count', 3000, 'people']]);
  assert.deepEqual(read('The airline confirmed there were 79 passengers and 7 crew on the aircraft.'), [['count', 79, 'passengers']]);
  assert.deepEqual(read('A spokesman said 120 firefighters and 25 appliances attended the blaze.'), [
    ['count', 120, 'firefighters'],
    ['count', 25, 'appliances'],
  ]);
  // One man in a place, shots heard in it, and a participle in a conjunct are no such counts.
  assert.deepEqual(read('One woman was in the nightclub cloakroom before the fire.'), []);
  assert.deepEqual(read('A guard heard about 15 shots in the arena.'), []);
  assert.ok(!read('Five people were found dead, three men and one woman found inside the flat.').some(([kind]) => kind === 'count'));
});

test('people carried by any subject, what a vehicle had, people counted by "numbered", and ranges', () => {
  // A plane crash, a migrant boat, a derailment, a stand collapse.
  assert.deepEqual(read('The Airbus was carrying 150 people, including 6 crew, when it went down.').slice(0, 1), [['count', 150, 'people']]);
  assert.deepEqual(read('The vessel had a crew of 12 and was carrying 300 migrants.').slice(-1), [['count', 300, 'migrants']]);
  assert.deepEqual(read('The plane had 133 passengers and 7 crew members.'), [['count', 133, 'passengers']]);
  assert.deepEqual(read('Passengers numbered 212, the railway said.'), [['count', 212, 'passengers']]);
  assert.deepEqual(findNumericClaims('Between 600 and 700 fans were in the stand that collapsed.').map((c) => [c.value, c.low, c.high]), [[650, 600, 700]]);
  // People with someone, a dispute with men in a car: no one carried.
  assert.deepEqual(read('An argument broke out with two men in a grey van.'), []);
  // A range of times or of ages is no count.
  assert.ok(!read('The guard was stabbed two to three times.').some(([, value]) => value > 1));
});

test('"from N to M" is a change, not a range', () => {
  assert.deepEqual(findNumericClaims('The council widened the exclusion zone from 3 to 6 kilometres.').map((c) => [c.kind, c.value, c.low, c.high]), [['distance', 6, null, null]]);
});

test('people and things sent to the scene are counted; people sent into care are not', () => {
  // A flood, a tower fire.
  assert.deepEqual(read('About 500 soldiers were mobilised overnight.'), [['count', 500, 'soldiers']]);
  assert.deepEqual(read('More than 70 ambulances and 30 fire engines were sent to the tower.').slice(0, 1), [['count', 70, 'ambulances']]);
  assert.ok(!read('Three men were sent to Orlen Regional Medical Center.').some(([kind]) => kind === 'count'));
  assert.ok(!read('One man was taken by ambulance to the district clinic.').some(([kind]) => kind === 'count'));
});

test('a bare number right before "on board" counts the people carried', () => {
  // A coach crash headline, a plane crash.
  assert.deepEqual(read('Coach crash: 52 on board, 9 dead'), [['count', 52, 'people'], ['killed', 9, null]]);
  assert.deepEqual(read('The plane, with 140 aboard, crashed.'), [['count', 140, 'people']]);
  // Those on board who were killed are a toll.
  assert.deepEqual(read('All 52 on board were killed.'), [['killed', 52, null]]);
});

test('"no more than N" is a ceiling, and a limit on attendance is room', () => {
  // A lift failure, a bus crash, a concert crush.
  assert.deepEqual(findNumericClaims('The lift is certified for no more than 8 people.').map((c) => [c.kind, c.value, c.low, c.high, c.counted]), [['count', 8, null, 8, 'capacity']]);
  assert.deepEqual(findNumericClaims('The bus was meant to carry no more than 30.').map((c) => [c.value, c.high, c.counted]), [[30, 30, 'capacity']]);
  assert.deepEqual(read("The venue's licence limited attendance to 500."), [['count', 500, 'capacity']]);
});
