// The aftermath families on the timeline, through the real pipeline: which of the dead recovered, the
// measures declared or announced, the rites and the legal steps are entries, and on which day. An
// invented flood and an invented trawler lost in a storm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holds, raw, show, timeline } from './test-helpers.ts';

// 2031-03-04 is a Tuesday.
const FLOOD = raw(
  'flood.txt',
  '2031-03-04',
  [
    'Floods kill nine in Varel valley',
    'VAREL — Floodwater swept through the Varel valley on Monday night, killing at least nine people, the civil protection agency said.',
    'Rescue teams evacuated 300 people from the lower town on Tuesday.',
    'Boat crews have pulled 23 people alive from rooftops since Monday night.',
    'In all, helicopters lifted 60 people alive from the valley.',
    'Police divers brought up the bodies of two fishermen from the river on Tuesday.',
    'The toll climbed to nine on Tuesday, as search teams found two more bodies near the weir.',
    'Governor Ilse Marant declared a state of emergency in the valley and said she would tour the worst-hit villages on Friday.',
    'The agency said it would suspend the search at nightfall.',
    'The river authority said on Monday that it would halt barge traffic from next week.',
    'Interior Minister Karl Osten ordered an inquiry into the warnings.',
    'The evacuations came a day after the agency met the mayors and closed the schools in the valley.',
  ].join('\n\n'),
);

// 2031-03-08 is a Saturday.
const VILLAGES = raw(
  'villages.txt',
  '2031-03-05',
  ['Hill villages mourn', 'In the hill villages of Varel, farmers have buried the victims in their own gardens.'].join('\n\n'),
);

const COASTGUARD = raw(
  'coastguard.txt',
  '2031-03-08',
  ['Kesh trawler lost with six crew', 'KESH — The trawler Morna sank in a storm off Kesh on Friday evening, the coastguard said.', 'Six of her crew are missing.'].join('\n\n'),
);
const FEATURE = raw(
  'feature.txt',
  '2031-03-10',
  [
    'The last hours of the Morna',
    'KESH — The harbour was quiet on Monday.',
    'The crew had loaded ice and nets all afternoon.',
    'The Morna left the quay at five.',
    'About 40 minutes later, heavy seas struck the wheelhouse.',
    'The funeral of the skipper was held on Monday in Kesh.',
  ].join('\n\n'),
);

test("the dead recovered join the day's rescue of the living; recoveries told as the reason a toll rose are no entry", async () => {
  const t = await timeline([FLOOD]);
  const rescue = t.find((e) => holds(e, 'evacuated 300 people'));
  assert.ok(rescue, show(t));
  assert.ok(holds(rescue, 'brought up the bodies of two fishermen'), show(t));
  assert.ok(!t.some((e) => holds(e, 'two more bodies near the weir')), show(t));
});

test("a measure declared is news of its report's day, not of a plan's date later in the sentence", async () => {
  const t = await timeline([FLOOD]);
  const emergency = t.filter((e) => holds(e, 'declared a state of emergency'));
  assert.deepEqual(emergency.map((e) => e.date), ['2031-03-04'], show(t));
});

test("a measure announced as what the authority would do is a decision of the saying's day; an inquiry ordered in a report's body is not placed", async () => {
  const t = await timeline([FLOOD]);
  assert.deepEqual(t.filter((e) => holds(e, 'would suspend the search')).map((e) => e.date), ['2031-03-04'], show(t));
  // "that it would halt": "that" opens the said clause here, it is no determiner of a noun "halt".
  assert.deepEqual(t.filter((e) => holds(e, 'would halt barge traffic')).map((e) => e.date), ['2031-03-03'], show(t));
  assert.ok(!t.some((e) => holds(e, 'ordered an inquiry')), show(t));
});

test('an act in a clause after "after" in the body is background, however long the clause', async () => {
  const t = await timeline([FLOOD]);
  assert.ok(!t.some((e) => holds(e, 'closed the schools in the valley')), show(t));
});

test('burials and funerals are entries only with a day of their own', async () => {
  const t = await timeline([FLOOD, VILLAGES, COASTGUARD, FEATURE]);
  assert.ok(!t.some((e) => holds(e, 'have buried the victims')), show(t));
  assert.deepEqual(t.filter((e) => holds(e, 'funeral of the skipper was held')).map((e) => e.date), ['2031-03-10'], show(t));
});

test('wind and waves striking a boat, told undated in a later feature, retell the sinking', async () => {
  const t = await timeline([COASTGUARD, FEATURE]);
  const struck = t.filter((e) => holds(e, 'heavy seas struck the wheelhouse'));
  assert.equal(struck.length, 1, show(t));
  assert.equal(struck[0]!.date, '2031-03-07', show(t));
  assert.ok(holds(struck[0]!, 'sank in a storm off Kesh'), show(t));
});

test('a running total of people rescued, since a day or in all, is no rescue of a day', async () => {
  const t = await timeline([FLOOD]);
  assert.ok(!t.some((e) => holds(e, 'pulled 23 people alive')), show(t));
  assert.ok(!t.some((e) => holds(e, 'lifted 60 people alive')), show(t));
});

test('a happening counted back from the report ("five days after the dam collapsed") is no news of its day, even in a lead', async () => {
  const digest = raw('digest.txt', '2031-03-09', ['Varel counts its losses', 'Officials are still counting the losses in Varel, five days after the old dam collapsed.'].join('\n\n'));
  const t = await timeline([digest]);
  assert.ok(!t.some((e) => e.date === '2031-03-09' && holds(e, 'old dam collapsed')), show(t));
});

test("a past inspection that found a fault is an entry of its own date, and only with one", async () => {
  const wire = raw('history.txt', '2031-03-05', ['Dam warnings', 'The dam burst on Monday.', 'An inspection of the dam in January found cracks in the spillway.', 'Another inspection found nothing wrong.'].join('\n\n'));
  const t = await timeline([wire]);
  assert.deepEqual(t.filter((e) => holds(e, 'found cracks in the spillway')).map((e) => e.date), ['2031-01'], show(t));
  assert.ok(!t.some((e) => holds(e, 'found nothing wrong')), show(t));
});

test("an earlier accident named with its year ('the leak of 2019') is the site's history on that year", async () => {
  const wire = raw('refinery.txt', '2031-03-05', ['Refinery fire', 'A fire broke out at the Osk refinery on Monday.', 'Its emergency drills had lapsed since the leak of 2019, the union said.'].join('\n\n'));
  const t = await timeline([wire]);
  assert.deepEqual(t.filter((e) => holds(e, 'the leak of 2019')).map((e) => e.date), ['2019'], show(t));
});
