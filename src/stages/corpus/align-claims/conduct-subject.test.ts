// Accounts of what a person in charge did, slotted by who they are about: invented train crashes, a hotel
// fire, a runway overrun and a level-crossing crash, read by the real claim extractor and aligned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, runPipeline } from '../../../core/index.ts';
import type { ClaimSlot, RawDocument } from '../../../core/index.ts';
import type { EntitySpec } from '../../../../test/fixtures/corpus/builder.ts';
import { createStages } from '../../index.ts';
import { craftOf, roleOf } from './conduct-subject.ts';
import { alignDated } from './test-helpers.ts';

/** Each report's statement slots; `people` are the names a recognizer would find in them. */
function accounts(texts: readonly string[], people: readonly string[] = []): ClaimSlot[] {
  const specs = texts.map((text, i) => ({
    id: `r${i + 1}`, published: '2032-02-14', outlet: `Outlet ${i + 1}`, text,
    entities: people.filter((p) => text.includes(p)).map((name): EntitySpec => ({ name, type: 'PERSON' })),
  }));
  return alignDated(specs, true).layers.claims!.filter((s) => s.kind === 'statement');
}

const values = (s: ClaimSlot): string[] => s.values.map((v) => `${v.document}:${String(v.value)}`).sort();

test('the role an account names: its last word with a rank, none for a pronoun or a lawyer\'s client', () => {
  assert.equal(roleOf('the ferry\'s captain'), 'captain');
  assert.equal(roleOf('The train driver'), 'driver');
  assert.equal(roleOf('the First Officer'), 'first officer');
  assert.equal(roleOf('two supervisors'), 'supervisor');
  assert.equal(roleOf('Captain '), 'captain');
  assert.equal(roleOf('he'), null);
  assert.equal(roleOf('his client'), null);
  assert.equal(roleOf('the '), null);
  assert.equal(roleOf('47'), null);
  assert.equal(roleOf('the driver who'), 'driver');
  // Other names of one post.
  assert.equal(roleOf('the trawler\'s skipper'), 'captain');
  assert.equal(craftOf('the freight train\'s'), 'train');
  assert.equal(craftOf('the driver of the coaches'), 'coach');
  assert.equal(craftOf('the 58-year-old'), null);
});

const FLED = 'Derailment at Ostrel\n\nPassengers said the driver of the night train fled the cab before the crash.';

test('two reports telling one train driver fled and stayed are one conflicting slot', () => {
  const stayed = 'Rail union defends driver\n\nThe union says the driver stayed at the controls until the train left the rails.';
  const slots = accounts([FLED, stayed]);
  assert.equal(slots.length, 1);
  assert.deepEqual(values(slots[0]!), ['r1:left early', 'r2:stayed to the end']);
  assert.equal(slots[0]!.status, 'conflicting');
  assert.match(slots[0]!.subject, /of the driver/);
});

test('the driver fleeing and the conductor staying are two people: two slots, no conflict', () => {
  const conductor = 'Conductor praised\n\nThe conductor stayed with the passengers until rescuers arrived, the rail company said.';
  const slots = accounts([FLED, conductor]);
  assert.equal(slots.length, 2);
  assert.ok(slots.every((s) => s.status !== 'conflicting'), slots.map((s) => `${s.subject}: ${s.status}`).join(' | '));
  assert.deepEqual(slots.map((s) => values(s)).sort(), [['r1:left early'], ['r2:stayed to the end']]);
});

test('in a hotel fire, the night manager and the manager meet; the manager and the guard do not', () => {
  const fled = 'Hotel fire in Parvek\n\nGuests said the night manager fled the building as smoke filled the stairs.';
  const denied = 'Hotel answers guests\n\nThe hotel group said its manager never left the building and led guests to the roof.';
  const guard = 'Guard hailed\n\nThe security guard stayed behind to wake sleeping guests, the fire brigade said.';
  const one = accounts([fled, denied]);
  assert.equal(one.length, 1);
  assert.equal(one[0]!.status, 'conflicting');
  const two = accounts([fled, guard]);
  assert.equal(two.length, 2);
  assert.ok(two.every((s) => s.status === 'single-source'));
});

test('the first officer away from the controls and the captain at them are two accounts, not a dispute', () => {
  const away = 'Plane skids off runway\n\nThe first officer was not at the controls at landing, investigators said.';
  const at = 'Airline statement\n\nThe airline said the captain was at the controls throughout the landing.';
  const slots = accounts([away, at]);
  assert.equal(slots.length, 2);
  assert.ok(slots.every((s) => s.status !== 'conflicting'));
});

test('a role with the name after it meets the role alone', () => {
  const named = 'River cruiser fire at Velm\n\nCaptain Rufus Okonta stayed at the helm until the end, his union said.';
  const role = 'Velm cruiser fire: deckhands speak\n\nDeckhands said the captain was one of the first to be rescued.';
  const slots = accounts([named, role], ['Rufus Okonta']);
  assert.equal(slots.length, 1);
  assert.equal(slots[0]!.status, 'conflicting');
});

test('a name the recognizer missed in one report is the person another report found under it', () => {
  const fled = 'Grain ship lost off Sarn\n\nSailors said Captain Ivo Brandt fled the ship before the crew.';
  const stayed = 'Shipping line answers\n\nThe shipping line said Ivo Brandt stayed aboard until the end.';
  const specs = [
    { id: 'r1', published: '2032-02-14', outlet: 'Outlet 1', text: fled, entities: [{ name: 'Ivo Brandt', type: 'PERSON' as const }] },
    { id: 'r2', published: '2032-02-14', outlet: 'Outlet 2', text: stayed },
  ];
  const slots = alignDated(specs, true).layers.claims!.filter((s) => s.kind === 'statement');
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0]!.status, 'conflicting');
  assert.match(slots[0]!.subject, /of the captain/);
});

test('a name in apposition to a role is that person: the role and the name alone meet', () => {
  const fled = 'Fire at Korrin textile mill\n\nWorkers said the shift supervisor, Lena Orr, fled the building before raising the alarm.';
  const stayed = 'Mill owner speaks\n\nThe mill owner said Lena Orr stayed with the workers until the last of them was out.';
  const slots = accounts([fled, stayed], ['Lena Orr']);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0]!.status, 'conflicting');
  assert.match(slots[0]!.subject, /of the supervisor/);
});

test('a relative clause after an "of" tail is said of the tail: the guards on duty, not their supervisors', () => {
  const questioned = 'Depot blaze at Farn\n\nPolice questioned two supervisors of the guards who were on duty at the depot gate.';
  const firm = 'Security firm speaks\n\nThe security firm said its guards were on duty all night at the Farn depot.';
  const slots = accounts([questioned, firm]);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.match(slots[0]!.subject, /of the guard/);
});

test('a lawyer\'s "her client" is the role the sentence named before it; another role stays apart', () => {
  const fled = 'Tram crash\n\nPassengers say the conductor fled the train.';
  const client = 'Conductor defended\n\nA lawyer for the conductor said her client stayed with the passengers.';
  const driver = 'Driver praised\n\nThe driver stayed at the controls until the train stopped, the union said.';
  const slots = accounts([fled, client, driver]);
  assert.equal(slots.length, 2);
  const conductor = slots.find((s) => /conductor/.test(s.subject))!;
  assert.deepEqual(values(conductor), ['r1:left early', 'r2:stayed to the end']);
  assert.equal(conductor.status, 'conflicting');
  assert.equal(slots.find((s) => s !== conductor)!.status, 'single-source');
});

test('at a level crossing the bus driver and the train driver are two people; a bare driver beside both is neither', () => {
  const bus = 'Crossing crash at Holm\n\nPupils said the bus driver jumped from the cab as the barrier came down.';
  const train = 'Rail operator statement\n\nThe operator said the driver of the freight train stayed at the controls and braked hard.';
  const slots = accounts([bus, train]);
  assert.equal(slots.length, 2);
  assert.ok(slots.every((s) => s.status === 'single-source'), slots.map((s) => s.subject).join(' | '));
  const bare = 'Crossing crash: witnesses\n\nA farmer said the driver stayed at the wheel until the end.';
  const three = accounts([bus, train, bare]);
  assert.equal(three.length, 3);
  assert.ok(three.every((s) => s.status !== 'conflicting'));
  // Told of one craft only, the bare driver is that craft's.
  const one = accounts([train, 'Freight crash\n\nVillagers said the driver fled the cab before the impact.']);
  assert.equal(one.length, 1);
  assert.equal(one[0]!.status, 'conflicting');
});

test('a trawler\'s skipper and its captain are one post', () => {
  const fled = 'Trawler fire off Kessa\n\nDeckhands said the skipper abandoned the vessel before the crew.';
  const stayed = 'Owner defends captain\n\nThe owners said the captain stayed at the helm until the last deckhand was off.';
  const slots = accounts([fled, stayed]);
  assert.equal(slots.length, 1);
  assert.equal(slots[0]!.status, 'conflicting');
});

function raw(id: string, text: string): RawDocument {
  return { id, source: id, format: 'text', raw: text, text, hints: { published: '2032-03-02' }, flags: [], removed: [] };
}

test('a name another report gives the role (through the alias stage) meets that role, through the real pipeline', async () => {
  const docs = [
    raw('a.txt', 'Freight train hits bus in Dalvik\n\nDALVIK — A freight train struck a school bus at a level crossing in Dalvik on Tuesday. The bus driver, Pavel Denk, was treated for cuts, police said.\n\nPupils said the driver jumped from the cab before the train hit.'),
    raw('b.txt', 'Bus firm defends driver\n\nDALVIK — The bus company said on Wednesday that Pavel Denk stayed with the children until the last one was out.'),
  ];
  const corpus = await runPipeline(buildPipeline(createStages()), docs, { workers: 1 });
  const slots = corpus.layers.claims!.filter((s) => s.kind === 'statement' && /left early|stayed/.test(s.subject));
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0]!.status, 'conflicting');
});
