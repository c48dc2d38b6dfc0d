// What the days after a siege or a riot say that is no happening of its own day: the crimes a charge
// names, a condition, an indirect question, deaths that explain a toll, people a list holds; and
// works told at two precisions. The real pipeline, on invented reports of an occupied clinic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holds, raw, show, timeline } from './test-helpers.ts';

// 2031-06-06 is a Friday.
test('the crimes a charge names are no killing of the charge\'s day', async () => {
  const text = 'Clinic occupiers charged\n\nA guard was shot dead at the clinic gate on Friday.\n\nThe state attorney on Friday charged four men with the guard\'s murder and with kidnapping.';
  const t = await timeline([raw('a.txt', '2031-06-07', text)]);
  const shooting = t.find((e) => holds(e, 'shot dead'));
  assert.ok(shooting, show(t));
  assert.ok(!holds(shooting, 'charged four men'), show(t));
  assert.ok(t.some((e) => e.type === 'arrest' && e.date === '2031-06-06'), show(t));
});

test('a condition and an indirect question tell no happening', async () => {
  const t = await timeline([
    raw(
      'b.txt',
      '2031-06-07',
      [
        'Accounts differ on clinic siege',
        'The health minister will travel to the clinic on Friday if the blockade has ended.',
        'On Friday the two sides disputed how the last nurses were freed.',
      ].join('\n\n'),
    ),
  ]);
  assert.ok(!t.some((e) => holds(e, 'if the blockade has ended') && e.type === 'military'), show(t));
  assert.ok(!t.some((e) => e.type === 'rescue'), show(t));
});

test('deaths that explain a toll, and people a list holds, are no deaths of their own', async () => {
  const t = await timeline([
    raw(
      'c.txt',
      '2031-06-07',
      [
        'Toll of clinic siege rises',
        'The health board\'s count of the dead reached 12 by Friday, after three of the wounded died in a city hospital.',
        'Her office\'s tally also covers three patients who died in a private hospital.',
      ].join('\n\n'),
    ),
  ]);
  assert.ok(!t.some((e) => holds(e, 'died in a city hospital') || holds(e, 'died in a private hospital')), show(t));
});

test('works completed "last year" and "last August" are one entry, at the finer date', async () => {
  const t = await timeline([
    raw('d.txt', '2031-06-07', 'Clinic wing reopened\n\nThe renovation of the east wing, which was completed last August, cost €2 million.'),
    raw('e.txt', '2031-06-07', 'Clinic wing history\n\nThe hospital board said the renovation was completed last year.'),
  ]);
  const works = t.filter((e) => holds(e, 'completed last'));
  assert.equal(works.length, 1, show(t));
  assert.equal(works[0]!.date, '2030-08');
  assert.deepEqual([...works[0]!.documents].sort(), ['d.txt', 'e.txt']);
});

test('a season dates its happening to the year', async () => {
  const t = await timeline([raw('f.txt', '2031-11-04', 'Clinic rules\n\nEvening visiting hours at the clinic were shortened in the spring.')]);
  const cut = t.find((e) => holds(e, 'in the spring'));
  assert.ok(cut, show(t));
  assert.equal(cut.date, '2031');
  assert.equal(cut.precision, 'year');
});

test('an undated death of the injured retells the toll; it is no happening of the report\'s day', async () => {
  // 2031-11-03 is a Monday.
  const text = [
    'Two shot outside bar',
    'A gunman shot two men outside a bar in Brava late on Saturday, police said on Monday.',
    'One of them was taken to hospital, where he later died.',
  ].join('\n\n');
  const t = await timeline([raw('g.txt', '2031-11-03', text)]);
  assert.ok(!t.some((e) => e.date === '2031-11-03' && holds(e, 'later died')), show(t));
});

test('a charge told as "charged with" by one report and "are accused of" by another is one entry', async () => {
  const t = await timeline([
    raw('h.txt', '2031-06-07', 'Occupiers charged\n\nProsecutors charged four men with hostage-taking at a hearing on Friday.'),
    raw('i.txt', '2031-06-07', 'Occupiers in court\n\nOn Friday four men were accused of hostage-taking by the regional prosecutor.'),
  ]);
  const charges = t.filter((e) => e.date === '2031-06-06');
  assert.equal(charges.length, 1, show(t));
  assert.deepEqual([...charges[0]!.documents].sort(), ['h.txt', 'i.txt']);
});

test('people named by a known happening ("the seven who escaped") tell no happening of the sentence\'s day', async () => {
  const text = 'Escapees found\n\nTwo men were caught at a petrol station outside the town.\n\nFive of the seven who escaped are in custody again.';
  const t = await timeline([raw('j.txt', '2031-06-07', text)]);
  assert.ok(t.some((e) => e.type === 'arrest'), show(t));
  assert.ok(!t.some((e) => e.type === 'other'), show(t));
});

test("a visit of one day does not take in visiting hours shortened in the spring: only catch-all acts fold into a finer entry", async () => {
  const text = 'Clinic rules\n\nThe health minister visited the clinic on Friday.\n\nEvening visiting hours at the clinic were shortened in the spring.';
  const t = await timeline([raw('k.txt', '2031-06-07', text)]);
  assert.ok(t.some((e) => e.date === '2031' && holds(e, 'in the spring')), show(t));
  assert.ok(t.some((e) => e.date === '2031-06-06' && holds(e, 'visited the clinic')), show(t));
});
