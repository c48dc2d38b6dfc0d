// A siege and its aftermath across reports, through the real pipeline: how it began, how it ended
// (a surrender told by one side, a storming by the other), later deaths, running totals. An invented
// hijacked coach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holds, raw, show, timeline } from './test-helpers.ts';

// 2031-03-03 is a Monday.
const WIRE = raw(
  'wire.txt',
  '2031-03-04',
  [
    'Hijackers hold coach passengers near Brava',
    'BRAVA — Two gunmen who took a coach on the Brava ring road late on Monday were still holding 14 of its passengers on Tuesday, and at least two of them have been killed since the hijacking began, police said.',
    'The gunmen stopped the coach near a toll booth at about 19:20 on Monday, forced the driver out and took 16 passengers hostage. Two rows of seats were set on fire, and smoke poured from the windows for an hour.',
  ].join('\n\n'),
);

const LATER = raw(
  'later.txt',
  '2031-03-07',
  [
    'Coach standoff over as accounts differ',
    'BRAVA — The three-day standoff on the Brava ring road ended late on Thursday, police said.',
    'Interior Minister Lena Sarr, who visited the depot on Friday, said the hijackers had surrendered at about 22:00.',
    'A lawyer for the two men said the police had stormed the coach with smoke bombs.',
    'One of the passengers died of his burns at a clinic on Thursday morning.',
  ].join('\n\n'),
);

test('an undated sentence that goes on from a dated one in its paragraph joins that happening', async () => {
  const t = await timeline([WIRE, LATER]);
  const fire = t.find((e) => holds(e, 'seats were set on fire'));
  assert.ok(fire, show(t));
  assert.equal(fire.date, '2031-03-03', show(t));
  assert.ok(holds(fire, 'forced the driver out'), show(t));
});

test('a running total is no killing of its day', async () => {
  const t = await timeline([WIRE, LATER]);
  // The sentence dates the holding (Tuesday) and the seizure (Monday); the deaths it counts have no day of their own.
  assert.ok(!t.some((e) => e.date === '2031-03-04' && holds(e, 'have been killed since')), show(t));
});

test("a siege's end told as a surrender and as a storming is one happening, on the day it ended", async () => {
  const t = await timeline([WIRE, LATER]);
  const end = t.find((e) => holds(e, 'ended late on Thursday'));
  assert.ok(end, show(t));
  assert.equal(end.date, '2031-03-06');
  // The minister's Friday visit dates the visit, not the surrender she reports; the storming is undated.
  assert.ok(holds(end, 'had surrendered'), show(t));
  assert.ok(holds(end, 'had stormed the coach'), show(t));
  assert.ok(!t.some((e) => e.date === '2031-03-07' && (holds(e, 'had surrendered') && e.type !== 'meet')), show(t));
});

test('a later death of the injured is its own entry, apart from a storming on its day', async () => {
  const clinic = raw(
    'clinic.txt',
    '2031-03-07',
    ['Clinic occupation ends', 'Police stormed the occupied clinic in Brava late on Thursday, officials said.', 'A nurse died of her injuries at a clinic on Thursday morning.'].join('\n\n'),
  );
  const t = await timeline([clinic]);
  const death = t.find((e) => holds(e, 'died of her injuries'));
  assert.ok(death, show(t));
  assert.equal(death.date, '2031-03-06');
  assert.ok(!holds(death, 'stormed the occupied clinic'), show(t));
});

test('a feature nine days on retells the siege\'s end, it does not make it news of its own day', async () => {
  const feature = raw(
    'feature.txt',
    '2031-03-15',
    [
      'Nine days after the Brava coach siege',
      'BRAVA — The coach is gone from the ring road, and the depot is quiet again.',
      'The drivers are still on leave.',
      'In a letter to the courts, a lawyer for the two men says the police stormed the coach without warning.',
    ].join('\n\n'),
  );
  const t = await timeline([WIRE, LATER, feature]);
  const end = t.find((e) => holds(e, 'ended late on Thursday'));
  assert.ok(end, show(t));
  assert.ok(end.documents.includes('feature.txt'), show(t));
  assert.ok(!t.some((e) => e.date === '2031-03-15'), show(t));
});
