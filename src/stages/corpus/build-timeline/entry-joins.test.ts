// Undated mentions that retell a happening dated elsewhere: a headline, a count of the dead, a live
// blog's "now", a crowd crush told as "a stampede" in a later report; speakers; the catch-all kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEntry } from '../../../core/index.ts';
import type { DocSpec, EventSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import type { DayTimexSpec } from '../../../../test/fixtures/corpus/run-corpus.ts';

const PLACES = [
  { name: 'Dunmere', type: 'PLACE' as const },
  { name: 'Hollin Arena', type: 'PLACE' as const },
];

async function timeline(specs: readonly DocSpec[], timexes: readonly DayTimexSpec[] = []): Promise<TimelineEntry[]> {
  return (await runCorpus(specs, timexes)).layers.timeline!;
}

const dated = (e: EventSpec, text: string, value: string): EventSpec => ({ ...e, date: value, basis: `"${text}" in the same sentence: fixture` });

test("a wire's headline killing joins the day its lead dates, not the wire's own date", async () => {
  const entries = await timeline([
    {
      id: 'wire',
      published: '2034-06-12',
      entities: PLACES,
      // The builder takes the first line as the title; the headline stays in the text as its first sentence.
      text: 'Fire at Dunmere market kills nine.\nNine people were killed when a fire swept through the Dunmere market late on Sunday, officials said on Monday.',
      events: [
        { type: 'kill', trigger: 'kills', lemma: 'kill' },
        dated({ type: 'kill', trigger: 'killed', lemma: 'kill', location: 'Dunmere' }, 'late on Sunday', '2034-06-11'),
      ],
    },
  ]);
  const kills = entries.filter((e) => e.type === 'kill');
  assert.equal(kills.length, 1, kills.map((e) => `${e.date} ${e.summary}`).join(' | '));
  assert.equal(kills[0].date, '2034-06-11');
  assert.equal(kills[0].evidence.length, 2);
});

test('"the number of people killed ... rose to 12 on Tuesday" is a toll, not a killing of Tuesday', async () => {
  const entries = await timeline([
    {
      id: 'update',
      published: '2034-06-13',
      entities: PLACES,
      text: 'Dunmere toll rises.\nThe number of people killed in the fire at the Dunmere market rose to 12 on Tuesday, the city said.',
      events: [dated({ type: 'kill', trigger: 'killed', lemma: 'kill', location: 'Dunmere' }, 'on Tuesday', '2034-06-13')],
    },
  ]);
  assert.deepEqual(entries.map((e) => `${e.date} ${e.type}`), []);
});

test("a live blog's post that has \"now\" happened is of its day, and a later report's undated retelling joins it", async () => {
  const entries = await timeline(
    [
      {
        id: 'wire',
        published: '2034-06-12',
        entities: PLACES,
        text: 'Dunmere concert ends in panic.\nThe show at the Hollin Arena was stopped on Sunday night. Fans ran for the exits. Police closed the avenue. About 4,000 fans were later led out through the north doors, police said.',
        events: [{ type: 'rescue', trigger: 'led out', lemma: 'lead out' }],
      },
      {
        id: 'blog',
        published: '2034-06-11',
        entities: PLACES,
        text: 'Live: panic at Hollin Arena.\nThe show has stopped. Fans are running for the exits. Police are at the doors. Update: about 4,000 fans have now been led out of the Hollin Arena.',
        events: [{ type: 'rescue', trigger: 'led out', lemma: 'lead out', location: 'Hollin Arena' }],
      },
    ],
    [{ doc: 'blog', text: 'now', value: 'PRESENT_REF' }],
  );
  const rescue = entries.filter((e) => e.type === 'rescue');
  assert.equal(rescue.length, 1, rescue.map((e) => `${e.date} [${e.documents.join(' ')}]`).join(' | '));
  assert.equal(rescue[0].date, '2034-06-11');
  assert.deepEqual([...rescue[0].documents].sort(), ['blog', 'wire']);
});

test('a crowd crush dated by one report and told as "a stampede" in a later one is one entry', async () => {
  const entries = await timeline([
    {
      id: 'wire',
      published: '2034-06-12',
      entities: PLACES,
      text: 'Deaths at Hollin Arena.\nFans were crushed at the Hollin Arena late on Sunday, the rescue service said.',
      events: [dated({ type: 'accident', trigger: 'crushed', lemma: 'crush', location: 'Hollin Arena' }, 'late on Sunday', '2034-06-11')],
    },
    {
      id: 'weekly',
      published: '2034-06-16',
      entities: PLACES,
      text: 'A week of grief.\nFlowers lie along the fence. The club has closed its shop. Families still ask questions. Survivors describe a stampede near the north doors.',
      events: [{ type: 'accident', trigger: 'stampede', lemma: 'stampede' }],
    },
  ]);
  const accidents = entries.filter((e) => e.type === 'accident');
  assert.equal(accidents.length, 1, accidents.map((e) => `${e.date} [${e.documents.join(' ')}]`).join(' | '));
  assert.equal(accidents[0].date, '2034-06-11');
  assert.deepEqual([...accidents[0].documents].sort(), ['weekly', 'wire']);
});

test('two speakers stating figures on one day are two entries; one speaker told by two reports is one', async () => {
  const people = [
    { name: 'Ada Renk', type: 'PERSON' as const },
    { name: 'Tomas Vell', type: 'PERSON' as const },
  ];
  const say = (agent: string): EventSpec => dated({ type: 'statement', trigger: 'said', lemma: 'say', agent }, 'on Wednesday', '2034-06-14');
  const entries = await timeline([
    {
      id: 'daily',
      published: '2034-06-14',
      entities: people,
      text: 'Two counts.\nThe mayor, Ada Renk, said on Wednesday that 14 people had died. The coroner, Tomas Vell, said on Wednesday that 11 bodies had been named.',
      events: [say('Ada Renk'), { ...say('Tomas Vell'), nth: 1 }],
    },
    {
      id: 'digest',
      published: '2034-06-15',
      entities: people,
      text: 'Recap.\nAda Renk said on Wednesday that the town\'s figure is 14.',
      events: [say('Ada Renk')],
    },
  ]);
  const statements = entries.filter((e) => e.type === 'statement');
  assert.equal(statements.length, 2, statements.map((e) => `[${e.documents.join(' ')}] ${e.summary}`).join(' | '));
  const renk = statements.find((e) => /Renk/.test(e.summary))!;
  assert.deepEqual([...renk.documents].sort(), ['daily', 'digest']);
});

test('acts of the catch-all kind join only the same act; an undated domestic suspension is of its report\'s day', async () => {
  const entries = await timeline([
    {
      id: 'daily',
      published: '2034-06-14',
      text: 'Dunmere after the fire.\nThe market stays shut. Traders wait. The council met. The league suspended all matches. The council approved a relief fund on Wednesday. Crews put out the last embers on Wednesday.',
      events: [
        { type: 'other', trigger: 'suspended', lemma: 'suspend' },
        dated({ type: 'other', trigger: 'approved', lemma: 'approve' }, 'on Wednesday', '2034-06-14'),
        dated({ type: 'other', trigger: 'put out', lemma: 'put out' }, 'on Wednesday', '2034-06-14'),
      ],
    },
  ]);
  const others = entries.filter((e) => e.type === 'other').map((e) => `${e.date} ${e.summary}`).sort();
  assert.deepEqual(others, [
    '2034-06-14 Crews put out the last embers on Wednesday.',
    '2034-06-14 The council approved a relief fund on Wednesday.',
    '2034-06-14 The league suspended all matches.',
  ]);
});

test('one speaker\'s statements of a day are one entry, whichever words tell them', async () => {
  const people = [
    { name: 'Ilan Varo', type: 'PERSON' as const },
    { name: 'Varo', type: 'PERSON' as const },
    { name: 'Pell', type: 'PLACE' as const },
  ];
  const entries = await timeline([
    {
      id: 'gazette',
      published: '2034-06-14',
      entities: people,
      text: 'Governor disputes toll.\nGovernor Ilan Varo said on Wednesday that 40 people had died.',
      events: [dated({ type: 'statement', trigger: 'said', lemma: 'say', agent: 'Ilan Varo' }, 'on Wednesday', '2034-06-14')],
    },
    {
      id: 'digest',
      published: '2034-06-15',
      entities: people,
      text: 'Digest.\nGovernor Varo told a news conference in Pell on Wednesday that the national figure was too low.',
      events: [dated({ type: 'statement', trigger: 'news conference', lemma: 'news conference', agent: 'Varo', location: 'Pell' }, 'on Wednesday', '2034-06-14')],
    },
  ]);
  const statements = entries.filter((e) => e.type === 'statement');
  assert.equal(statements.length, 1, statements.map((e) => `[${e.documents.join(' ')}] ${e.summary}`).join(' | '));
  assert.deepEqual([...statements[0].documents].sort(), ['digest', 'gazette']);
});
