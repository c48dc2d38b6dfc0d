// The stages of a siege or an escape each in a slot of their own, a batch apart from the next, a step of a
// running total left out, and counts of what a place holds kept apart however far apart their days. Invented
// reports (a plane hijack at Korso, a jailbreak at Varna, a detention camp), read by the real claim extractor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot } from '../../../core/index.ts';
import { PART_BEFORE } from './patterns.ts';
import { alignDated, datesIn } from './test-helpers.ts';

/** Reports [published, text], their date words [phrase, day] set as the time stage would, read and aligned. */
function slotsOf(reports: readonly (readonly [string, string])[], dates: readonly (readonly [string, string])[], kind: string): ClaimSlot[] {
  const specs = reports.map(([published, text], i) => ({ id: `r${i + 1}`, published, outlet: `Outlet ${i + 1}`, text, dates: datesIn(text, dates) }));
  return alignDated(specs, true).layers.claims!.filter((s) => s.kind === kind);
}

const figures = (s: ClaimSlot): number[] => s.values.map((v) => v.value as number).sort((a, b) => a - b);
const slotWith = (slots: ClaimSlot[], label: RegExp): ClaimSlot | undefined => slots.find((s) => label.test(s.subject));

const HIJACK: readonly (readonly [string, string])[] = [
  ['2031-05-11', 'Korso flight seized\n\nHijackers took 80 passengers hostage on Sunday. They were still holding 70 on Monday after releasing ten.'],
  ['2031-05-12', 'Korso hostages\n\nThe gunmen seized 80 passengers on Sunday. They freed ten on Monday and 25 more on Tuesday, leaving 45 in their hands.'],
  ['2031-05-12', 'Korso talks go on\n\nThe hijackers released 25 passengers on Tuesday but are still holding 45 hostages, officials said.'],
];
const HIJACK_DATES: readonly (readonly [string, string])[] = [['on Sunday', '2031-05-10'], ['on Monday', '2031-05-11'], ['on Tuesday', '2031-05-12']];

test('hostages taken, still held and released are three slots; two releases two batches', () => {
  const slots = slotsOf(HIJACK, HIJACK_DATES, 'hostages');
  const taken = slotWith(slots, /taken hostage/);
  assert.ok(taken, slots.map((s) => s.subject).join(' | '));
  assert.deepEqual(figures(taken), [80, 80]);
  assert.equal(taken.status, 'agreed');
  const held = slotWith(slots, /still held/)!;
  assert.deepEqual(figures(held), [45, 45, 70]);
  assert.equal(held.status, 'evolving');
  const released = slots.filter((s) => /released/.test(s.subject)).map(figures);
  assert.deepEqual(released.sort((a, b) => a[0]! - b[0]!), [[10, 10], [25, 25]]);
});

test('an undated batch joins the batch of its size, not another', () => {
  const undated = ['2031-05-20', 'Korso: the pilots speak\n\nThe pilots were among 25 passengers released by the hijackers, the airline said.'] as const;
  const slots = slotsOf([...HIJACK, undated], HIJACK_DATES, 'hostages');
  const released = slots.filter((s) => /released/.test(s.subject)).map(figures);
  assert.deepEqual(released.sort((a, b) => a[0]! - b[0]!), [[10, 10], [25, 25, 25]]);
});

test('an escape, those recaptured and those still at large are three slots', () => {
  const slots = slotsOf(
    [
      ['2031-06-03', 'Varna jailbreak\n\nTwelve inmates escaped from Varna jail on Friday. Police said eight were recaptured by Saturday.'],
      ['2031-06-04', 'Varna escapees\n\nPolice said nine of the 12 who broke out were back in custody, and three remain at large.'],
    ],
    [['on Friday', '2031-06-01'], ['by Saturday', '2031-06-02']],
    'escaped',
  );
  assert.deepEqual(figures(slotWith(slots, /people escaped/)!), [12, 12]);
  const caught = slotWith(slots, /recaptured/)!;
  assert.deepEqual(figures(caught), [8, 9]);
  assert.equal(caught.status, 'evolving');
  assert.deepEqual(figures(slotWith(slots, /at large/)!), [3]);
});

test('the step of a running total ("two more ..., which took the count to 13") is no figure of the slot', () => {
  const slots = slotsOf(
    [
      ['2031-06-10', 'Varna trial\n\nProsecutors charged eleven men with arson on Monday.'],
      ['2031-06-17', 'Varna trial widens\n\nTwo more drivers were indicted, which took the count of defendants to 13.'],
    ],
    [['on Monday', '2031-06-09']],
    'arrested',
  );
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.deepEqual(figures(slots[0]!), [11, 13]);
  assert.match(slots[0]!.subject, /charged/);
});

test('counts of what a place holds far apart are two counts, whatever their days', () => {
  const corpus = alignDated([
    { id: 'a', published: '2031-07-01', text: 'Camp report\n\nThe east block houses 300 detainees.', claims: [{ kind: 'count', quantity: '300', value: 300, counted: 'detainees' }] },
    { id: 'b', published: '2031-07-05', text: 'Camp report\n\nThe camp held 1,100 prisoners.', claims: [{ kind: 'count', quantity: '1,100', value: 1100, counted: 'prisoners' }] },
  ]);
  assert.equal(corpus.layers.claims!.filter((s) => s.kind === 'count').length, 2);
});

test('a figure set against another with "not the" is that source\'s whole, no part', () => {
  assert.doesNotMatch('held 1,400 prisoners, not the ', PART_BEFORE);
  assert.match('the camp also counts the ', PART_BEFORE);
});

test("a live blog's later post raising the toll is the same toll, a post later", () => {
  const corpus = alignDated([
    {
      id: 'blog', published: '2031-08-02', kind: 'live-blog',
      text: 'LIVE: Farrow mine fire\n\n21:10\nOne miner has died, the operator says.\n\n23:40\nThe death toll now stands at three, the operator said.',
      claims: [{ kind: 'killed', quantity: 'One', value: 1, counted: 'miner' }, { kind: 'killed', quantity: 'three', value: 3, counted: 'people' }],
    },
    { id: 'wire', published: '2031-08-03', text: 'Farrow mine fire\n\nFive miners died in the fire, the operator said.', claims: [{ kind: 'killed', quantity: 'Five', value: 5, counted: 'miners' }] },
  ]);
  const killed = corpus.layers.claims!.filter((s) => s.kind === 'killed');
  assert.equal(killed.length, 1, killed.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.deepEqual(figures(killed[0]!), [1, 3, 5]);
});

test('"N more" of a toll is a step, not the toll; a batch of captives "N more" is its own figure', () => {
  const corpus = alignDated([
    { id: 'a', published: '2031-08-04', text: 'Farrow mine fire\n\nSeven miners have died, the operator said.', claims: [{ kind: 'killed', quantity: 'Seven', value: 7, counted: 'miners' }] },
    { id: 'b', published: '2031-08-04', text: 'Farrow mine fire\n\nTwo more miners died in hospital overnight.', claims: [{ kind: 'killed', quantity: 'Two', value: 2, counted: 'miners' }] },
  ]);
  const killed = corpus.layers.claims!.filter((s) => s.kind === 'killed');
  assert.deepEqual(killed.map(figures), [[7]]);
  const freed = slotsOf([['2031-05-12', 'Korso hostages\n\nThe gunmen freed 25 more passengers on Tuesday.']], HIJACK_DATES, 'hostages');
  assert.deepEqual(freed.map(figures), [[25]]);
});

test("a toll's breakdown after its colon is a part, so a rival's toll in the same report meets the toll", () => {
  const slots = slotsOf([['2031-08-05', 'Farrow mine fire\n\nThe operator counts 9 dead: eight miners and Halvorsen. The union counts 11 dead.']], [], 'killed');
  const whole = slots.find((s) => !/part of/.test(s.subject))!;
  assert.deepEqual(figures(whole), [9, 11]);
  assert.ok(slots.some((s) => /part of/.test(s.subject) && figures(s).join() === '8'), slots.map((s) => `${s.subject}: ${figures(s).join(',')}`).join(' | '));
});

test('a rewrite giving its source\'s batch retells it, whatever day its own wording is read as', () => {
  const story = (when: string) =>
    'Korso talks go on\n\nThe hijackers released 25 passengers ' + when + ' but are still holding 45 hostages, officials said. ' +
    'Negotiators from the airline and the interior ministry spent the night at the control tower. ' +
    'Relatives of those on board gathered at the terminal, where the airline set up a help desk. ' +
    'The released passengers were taken to a hotel near the airport and questioned by police. ' +
    'The hijackers have demanded fuel and a crew to fly the aircraft on to another country. ' +
    'The interior minister said no demand would be met while passengers remained on board.';
  const original = ['2031-05-12', story('on Tuesday')] as const;
  // The rewrite reads its release as a day earlier ("the previous evening" taken for the day before).
  const rewrite = ['2031-05-13', story('the previous evening')] as const;
  const slots = slotsOf([...HIJACK.slice(0, 2), original, rewrite], [...HIJACK_DATES, ['the previous evening', '2031-05-11']], 'hostages');
  const released = slots.filter((s) => /released/.test(s.subject)).map(figures);
  assert.deepEqual(released.sort((a, b) => a[0]! - b[0]!), [[10, 10], [25, 25, 25]]);
  // The batch is named by the day most reports give it, not by the rewrite's reading.
  assert.match(slots.find((s) => /released/.test(s.subject) && s.values.length === 3)!.subject, /on 2031-05-12/);
});
