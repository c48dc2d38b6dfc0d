import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNumericClaims } from './find-quantities.ts';
import { findStatements } from './find-statements.ts';
import { runTimeEventsClaims } from './test-helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../../../../test/fixtures/claims');

const one = (s: string) => findNumericClaims(s).map((c) => ({ kind: c.kind, value: c.value, low: c.low, high: c.high, vague: c.vague, unit: c.unit, text: s.slice(c.start, c.end).trim() }));

test('bounds, number words and vague amounts', () => {
  assert.deepEqual(one('The blast killed at least nine people.')[0], { kind: 'killed', value: 9, low: 9, high: null, vague: false, unit: null, text: 'at least nine' });
  assert.equal(one('Up to 1,200 residents were evacuated.')[0]!.high, 1200);
  assert.equal(one('Up to 1,200 residents were evacuated.')[0]!.kind, 'evacuated');
  const dozens = one('Dozens of villagers were injured in the quake.')[0]!;
  assert.equal(dozens.kind, 'injured');
  assert.equal(dozens.value, 12);
  assert.equal(dozens.vague, true);
  assert.equal(one('A number of fighters were killed.')[0]!.vague, true);
  assert.equal(one('Around a dozen guards were killed in the raid.')[0]!.value, 12);
  assert.equal(one('The mutiny left twenty-one sailors dead.')[0]!.value, 21);
});

test('compositions: "including" breakdowns and lists without a total', () => {
  const [c] = findNumericClaims('At least nine workers, including two women and five children, were killed.');
  assert.equal(c!.kind, 'killed');
  assert.equal(c!.value, 9);
  assert.deepEqual(c!.parts, [{ label: 'women', value: 2 }, { label: 'children', value: 5 }]);
  const [sum] = findNumericClaims('Two miners and five engineers were killed by the flood.');
  assert.equal(sum!.value, 7);
  assert.equal(sum!.parts.length, 2);
});

test('kinds from verbs before and after, units, singular and zero counts', () => {
  assert.deepEqual(one('The collapse killed 21 workers and injured 35 others.').map((c) => [c.kind, c.value]), [['killed', 21], ['injured', 35]]);
  assert.deepEqual(one('Soldiers hit seven positions near the border.').map((c) => [c.kind, c.value]), [['count', 7]]);
  assert.deepEqual(one('The dam lies 80 kilometers from the city.').map((c) => [c.kind, c.value, c.unit]), [['distance', 80, 'km']]);
  assert.deepEqual(one('A 6.1-magnitude quake struck.').map((c) => [c.kind, c.value]), [['magnitude', 6.1]]);
  assert.deepEqual(one('A man was shot and killed on the pier.').map((c) => [c.kind, c.value]), [['killed', 1]]);
  // Shot, outcome unsaid: a casualty (hurt or killed), not yet an injury.
  assert.deepEqual(one('A woman was shot in the leg.').map((c) => [c.kind, c.value]), [['casualties', 1]]);
  assert.deepEqual(one('Three men were shot, one of them fatally.').map((c) => [c.kind, c.value]), [['casualties', 3], ['killed', 1]]);
  assert.deepEqual(one('The driver was taken to a clinic nearby, where he died.').map((c) => [c.kind, c.value]), [['killed', 1]]);
  assert.deepEqual(one('No one was hurt in the fire.').map((c) => [c.kind, c.value]), [['injured', 0]]);
  // A noun of age before the person noun ("a baby girl", "an infant son") is one person, named by the second noun.
  assert.deepEqual(one('Rangers said a baby girl was fatally hurt by the falling branch.').map((c) => [c.kind, c.value]), [['killed', 1]]);
  assert.deepEqual(one('A driver was shot and an infant boy was killed.').map((c) => [c.kind, c.value]), [['casualties', 1], ['killed', 1]]);
  // A possessive after any verb of a blow names the one hurt or hit.
  assert.deepEqual(one('The falling beam injured his son.').map((c) => [c.kind, c.value]), [['injured', 1]]);
  assert.deepEqual(one('A stray round struck her daughter.').map((c) => [c.kind, c.value]), [['casualties', 1]]);
  // "and" after a clause with its own passive verb opens a new clause with its own person.
  assert.deepEqual(one('Two guards were hurt in the riot and a baby girl was killed.').map((c) => [c.kind, c.value]), [['injured', 2], ['killed', 1]]);
  // People named by where they were: "a customer", "a pedestrian".
  assert.deepEqual(one('A pedestrian was struck by a stray bullet.').map((c) => [c.kind, c.value]), [['casualties', 1]]);
  // Two modifiers between an age and the person noun: "a 40-year-old night shift worker".
  assert.deepEqual(one('A 40-year-old night shift worker was shot on Monday.').map((c) => [c.kind, c.value]), [['casualties', 1]]);
  // Ages, years and addresses are not counts.
  assert.deepEqual(one('The 17-year-old was arrested in 2019 at 1700 Hill Street.').map((c) => c.value), [1]);
});

test('statements: what was done to an envoy, normalized', () => {
  assert.deepEqual(findStatements('The ministry expelled the Ruvian envoy on Friday.').map((s) => s.label), ['expelled']);
  assert.deepEqual(findStatements('It barred the envoy, now abroad, from returning.').map((s) => s.label), ['barred from returning']);
  assert.deepEqual(findStatements('Officials asked the ambassador not to return.').map((s) => s.label), ['barred from returning']);
  assert.deepEqual(findStatements('The country recalled its ambassador.').map((s) => s.label), ['recalled']);
});

test('invented report: every expected claim is found with kind, value, attribution and hedge', () => {
  const text = readFileSync(path.join(fixtures, 'bridge-collapse.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as {
    reference: string;
    claims: { kind: string; value: number | string; low?: number; unit?: string; vague?: boolean; quantity: string; parts?: Record<string, number>; attribution?: string; hedge?: string }[];
  };
  const doc = runTimeEventsClaims(text, expected.reference);
  const claims = doc.layers.claims!;
  for (const e of expected.claims) {
    const c = claims.find((x) => x.kind === e.kind && x.value === e.value && x.quantity.text.startsWith(e.quantity));
    assert.ok(c, `missing ${e.kind} ${e.value} "${e.quantity}"; got ${claims.map((x) => `${x.kind}:${x.value}`).join(', ')}`);
    assert.equal(text.slice(c.quantity.start, c.quantity.end), c.quantity.text);
    if (e.low !== undefined) assert.equal(c.low, e.low);
    if (e.unit !== undefined) assert.equal(c.unit, e.unit);
    if (e.vague !== undefined) assert.equal(c.vague, e.vague);
    if (e.parts) assert.deepEqual(Object.fromEntries(c.parts.map((p) => [p.label, p.value])), e.parts);
    if (e.attribution) assert.equal(c.attribution?.text, e.attribution);
    if (e.hedge) assert.equal(c.hedge, e.hedge);
  }
  // Each claim points into its sentence, and the killed claim is dated by its event ("on Tuesday").
  for (const c of claims) assert.ok(c.sentenceText.includes(c.quantity.text));
  const killed = claims.find((c) => c.kind === 'killed')!;
  assert.equal(killed.date?.value, '2031-05-06');
});

test('people joined by "and", ages between commas, shot counts and gallery captions', () => {
  assert.deepEqual(one('A woman and her 7-year-old nephew were found dead.').map((c) => [c.kind, c.value]), [['killed', 2]]);
  assert.deepEqual(one('Dana Roe, 24, was fatally shot.').map((c) => [c.kind, c.value]), [['killed', 1]]);
  assert.deepEqual(one('He and two others were shot behind a diner.').map((c) => [c.kind, c.value]), [['casualties', 3]]);
  assert.deepEqual(one('The victim was shot five times.').map((c) => [c.kind, c.value]), [['casualties', 1]]);
  assert.deepEqual(one('Marlow was one of six people shot near the depot.').map((c) => [c.kind, c.value]), [['casualties', 6]]);
  assert.deepEqual(one('Image 2 of 6 A child was shot in a yard.').map((c) => c.value), [1]);
  // The one before an active verb is the shooter, not a victim.
  assert.deepEqual(one('A gunman killed three people at a farm.').map((c) => [c.kind, c.value]), [['killed', 3]]);
});

test('an apposition between the count and its verb is read past', () => {
  assert.deepEqual(one('Four others, a nurse and three boys, are being treated for their injuries.').map((c) => [c.kind, c.value]), [['injured', 4]]);
});

test('lists of people add up; ages are not counts', () => {
  assert.deepEqual(one('Two soldiers, three police officers and a driver were killed.').map((c) => [c.kind, c.value]), [['killed', 6]]);
  assert.deepEqual(one('Two women, ages 34 and 61, were wounded.').map((c) => [c.kind, c.value]), [['injured', 2]]);
});
