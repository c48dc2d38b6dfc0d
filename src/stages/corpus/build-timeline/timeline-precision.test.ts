// Timeline precision on invented reports: one happening named at different place levels, dates
// that belong to another clause, copies, retellings in a report's body, background sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpusStages } from '../../../core/index.ts';
import type { Corpus, TimelineEntry } from '../../../core/index.ts';
import { createCorpusStages } from '../../index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec, EventSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import type { DayTimexSpec } from '../../../../test/fixtures/corpus/run-corpus.ts';
import { EntityResolver } from '../../../corpus-index/index.ts';
import { PlaceLevels } from './place-levels.ts';

async function timeline(specs: readonly DocSpec[], timexes: readonly DayTimexSpec[] = []): Promise<{ corpus: Corpus; entries: TimelineEntry[] }> {
  const corpus = await runCorpus(specs, timexes);
  return { corpus, entries: corpus.layers.timeline! };
}

/** An event dated by a date in its own sentence, as the event stage writes it. */
const dated = (e: EventSpec, text: string, value: string): EventSpec => ({ ...e, date: value, basis: `"${text}" in the same sentence: fixture` });

const SOLVARY = [
  { name: 'Solvary', type: 'PLACE' as const },
  { name: 'Kaldor', type: 'PLACE' as const },
  { name: 'Brennik', type: 'PLACE' as const },
  { name: 'Tarsa', type: 'PLACE' as const },
  { name: 'Ulm', type: 'PLACE' as const },
  { name: 'Red Ash Brigade', type: 'ORG' as const },
];

test('place levels: "Brennik, Kaldor" and "Solvary\'s northern Kaldor province" relate the three; a list relates nothing', () => {
  const corpus = makeCorpus([
    { id: 'a', published: '2032-04-08', entities: SOLVARY, text: 'Shelling near Brennik, Kaldor\n\nShells fell on Brennik, Kaldor before dawn. Solvary\'s northern Kaldor province has been shelled before. Aid reached Tarsa, Ulm and Brennik later.' },
  ]);
  const resolver = new EntityResolver(corpus);
  const levels = new PlaceLevels(corpus, resolver);
  const key = (name: string) => resolver.resolve('a', corpus.documents[0].layers.entities!.find((e) => e.name === name)!.id)!;
  assert.ok(levels.within(key('Brennik'), key('Kaldor')));
  assert.ok(levels.within(key('Kaldor'), key('Solvary')));
  assert.ok(levels.within(key('Brennik'), key('Solvary')), 'through the province');
  assert.ok(levels.related(key('Solvary'), key('Brennik')));
  assert.ok(!levels.related(key('Tarsa'), key('Ulm')), '"Tarsa, Ulm and Brennik" is a list');
  assert.ok(!levels.within(key('Solvary'), key('Kaldor')));
});

test('one strike told at the town, province and country level is one entry; another country stays apart', async () => {
  const doc = (id: string, sentence: string, place: string): DocSpec => ({
    id,
    published: '2032-04-09',
    outlet: `${id} news`,
    entities: SOLVARY,
    text: `Strike in the north\n\n${sentence} The Red Ash Brigade denied any role. Officials counted the damage in the afternoon.`,
    events: [dated({ type: 'attack', trigger: 'struck', lemma: 'strike', location: place }, 'on Tuesday', '2032-04-08')],
  });
  const { entries } = await timeline([
    doc('town', 'Missiles struck Brennik, Kaldor on Tuesday.', 'Brennik'),
    doc('province', 'Missiles struck Solvary\'s northern Kaldor province on Tuesday.', 'Kaldor'),
    doc('country', 'Missiles struck Solvary on Tuesday, the government said.', 'Solvary'),
    doc('elsewhere', 'Missiles struck Tarsa on Tuesday, officials there said.', 'Tarsa'),
  ]);
  const strikes = entries.filter((e) => e.date === '2032-04-08');
  assert.equal(strikes.length, 2);
  assert.deepEqual([...strikes.find((e) => e.documents.includes('town'))!.documents].sort(), ['country', 'province', 'town']);
  assert.deepEqual(strikes.find((e) => e.documents.includes('elsewhere'))!.documents, ['elsewhere']);
});

test('a date dates only the trigger of its clause, and a definite event noun only when beside it', async () => {
  const text =
    'Week of raids\n\nThe army carried out raids in Tarsa; the Red Ash Brigade attacked a convoy near Ulm on Monday. ' +
    'The attack also came as the navy held drills on Monday. Tuesday\'s ambush near Ulm followed.';
  const { entries } = await timeline(
    [
      {
        id: 'a',
        published: '2032-04-09',
        entities: SOLVARY,
        text,
        events: [
          dated({ type: 'attack', trigger: 'carried out raids', lemma: 'raid', location: 'Tarsa' }, 'on Monday', '2032-04-05'),
          dated({ type: 'attack', trigger: 'attacked', lemma: 'attack', agent: 'Red Ash Brigade', location: 'Ulm' }, 'on Monday', '2032-04-05'),
          dated({ type: 'attack', trigger: 'attack', lemma: 'attack', nth: 1 }, 'on Monday', '2032-04-05'),
          dated({ type: 'military', trigger: 'held drills', lemma: 'drill' }, 'on Monday', '2032-04-05'),
          dated({ type: 'attack', trigger: 'ambush', lemma: 'ambush', location: 'Ulm' }, 'Tuesday', '2032-04-06'),
        ],
      },
    ],
    [
      { doc: 'a', text: 'on Monday', value: '2032-04-05' },
      { doc: 'a', text: 'on Monday. Tuesday', value: '2032-04-05' },
      { doc: 'a', text: 'Tuesday', value: '2032-04-06' },
    ],
  );
  const cited = (date: string) => entries.filter((e) => e.date === date).flatMap((e) => e.evidence.map((x) => x.text));
  const monday = cited('2032-04-05');
  // The raids in Tarsa are across the semicolon from "on Monday": undated lead news, on the article's day.
  assert.equal(entries.find((e) => e.location === 'Tarsa')?.date, '2032-04-09');
  assert.equal(entries.filter((e) => e.date === '2032-04-05' && e.type === 'attack').length, 1);
  assert.ok(monday.some((t) => t.includes('attacked a convoy')));
  assert.ok(monday.some((t) => t.includes('held drills')));
  // "The attack also came as ... on Monday": Monday is the drills' date; "Tuesday's ambush" is dated by its possessive.
  const attack = entries.find((e) => e.date === '2032-04-05' && e.type === 'attack')!;
  assert.equal(attack.location, 'Ulm');
  assert.ok(!attack.evidence.some((x) => x.text.startsWith('The attack also came')));
  assert.ok(cited('2032-04-06').some((t) => t.includes('ambush')));
});

test('a copy published a day later places its undated and same-day happenings on the original\'s day', async () => {
  const body =
    'A fuel tanker overturned on the coast road outside Brennik, spilling diesel into the harbour. ' +
    'Firefighters contained the spill this morning, the port authority said. ' +
    'The road will stay closed while crews clear the wreck and test the water near the moorings. ' +
    'Fishermen were told to keep their boats in port until the tests are done.';
  const { entries } = await timeline(
    [
      {
        id: 'wire',
        published: '2032-05-02',
        entities: SOLVARY,
        text: `Tanker spill near Brennik\n\n${body}`,
        events: [
          { type: 'accident', trigger: 'overturned', lemma: 'overturn', location: 'Brennik' },
          dated({ type: 'rescue', trigger: 'contained', lemma: 'contain' }, 'this morning', '2032-05-02'),
        ],
      },
      {
        id: 'copy',
        published: '2032-05-03',
        entities: SOLVARY,
        text: `Tanker spill near Brennik\n\n${body}`,
        events: [
          { type: 'accident', trigger: 'overturned', lemma: 'overturn', location: 'Brennik' },
          dated({ type: 'rescue', trigger: 'contained', lemma: 'contain' }, 'this morning', '2032-05-03'),
        ],
      },
    ],
    [
      { doc: 'wire', text: 'this morning', value: '2032-05-02' },
      { doc: 'copy', text: 'this morning', value: '2032-05-03' },
    ],
  );
  assert.deepEqual(entries.map((e) => e.date), ['2032-05-02', '2032-05-02']);
  for (const e of entries) assert.deepEqual([...e.documents].sort(), ['copy', 'wire']);
});

test('an update that reuses the original\'s text keeps its new news on its own day', async () => {
  const body =
    'A fuel tanker overturned on the coast road outside Brennik, spilling diesel into the harbour. ' +
    'The road will stay closed while crews clear the wreck and test the water near the moorings. ' +
    'Fishermen were told to keep their boats in port until the tests are done. ' +
    'The port authority said the clean-up would take several days and cost the city dearly.';
  const { entries } = await timeline([
    {
      id: 'wire',
      published: '2032-05-02',
      entities: SOLVARY,
      text: `Tanker spill near Brennik\n\n${body}`,
      events: [{ type: 'accident', trigger: 'overturned', lemma: 'overturn', location: 'Brennik' }],
    },
    {
      id: 'update',
      published: '2032-05-03',
      entities: SOLVARY,
      text: `Tanker spill near Brennik\n\nPolice arrested the driver of the tanker at his home in Ulm, officers said. ${body}`,
      events: [
        { type: 'arrest', trigger: 'arrested', lemma: 'arrest', location: 'Ulm' },
        { type: 'accident', trigger: 'overturned', lemma: 'overturn', location: 'Brennik' },
      ],
    },
  ]);
  const spill = entries.find((e) => e.type === 'accident')!;
  assert.equal(spill.date, '2032-05-02');
  assert.deepEqual([...spill.documents].sort(), ['update', 'wire']);
  assert.equal(entries.find((e) => e.type === 'arrest')!.date, '2032-05-03');
});

test('an undated retelling in a later report\'s body joins the earlier happening; its lead news stays on its own day', async () => {
  const filler = 'Traders along the quay closed early. Schools in the district stayed open. ';
  const other = 'Ferry crews went back to their timetable. Buses ran on the usual routes. ';
  const { entries } = await timeline([
    {
      id: 'day1',
      published: '2032-06-10',
      entities: SOLVARY,
      text: `Warehouse fire in Brennik\n\nA fire gutted a grain warehouse in Brennik on Thursday, the fire service said. ${filler}`,
      events: [dated({ type: 'disaster', trigger: 'gutted', lemma: 'gut', location: 'Brennik' }, 'on Thursday', '2032-06-10')],
    },
    {
      id: 'day3',
      published: '2032-06-12',
      entities: SOLVARY,
      text: `Brennik port reopens\n\nThe port of Brennik reopened to ships, the harbour master said. ${other}The fire gutted a grain warehouse, and the smoke closed the port for a day. Police arrested a night guard.`,
      events: [
        { type: 'cooperate', trigger: 'reopened', lemma: 'reopen', location: 'Brennik' },
        { type: 'disaster', trigger: 'gutted', lemma: 'gut', location: 'Brennik' },
        { type: 'arrest', trigger: 'arrested', lemma: 'arrest' },
      ],
    },
  ]);
  const fire = entries.filter((e) => e.type === 'disaster');
  assert.equal(fire.length, 1);
  assert.equal(fire[0].date, '2032-06-10');
  assert.deepEqual([...fire[0].documents].sort(), ['day1', 'day3']);
  assert.match(fire[0].evidence.find((x) => x.document === 'day3')!.text, /^The fire gutted/);
  // The lead's news and a body happening with nothing earlier to retell keep the report's date.
  assert.equal(entries.find((e) => e.type === 'cooperate')!.date, '2032-06-12');
  assert.equal(entries.find((e) => e.type === 'arrest')!.date, '2032-06-12');
});

test('deaths told in the sentence of their cause are that happening, not a second one', async () => {
  const { entries } = await timeline([
    {
      id: 'a',
      published: '2032-07-01',
      entities: SOLVARY,
      text: 'Dam breach near Ulm\n\nA dam near Ulm burst on Tuesday, flooding two villages and killing eleven people. Rescue teams were still searching.',
      events: [
        dated({ type: 'disaster', trigger: 'burst', lemma: 'burst', location: 'Ulm' }, 'on Tuesday', '2032-06-29'),
        dated({ type: 'kill', trigger: 'killing', lemma: 'kill' }, 'on Tuesday', '2032-06-29'),
      ],
    },
    {
      id: 'b',
      published: '2032-07-01',
      entities: SOLVARY,
      text: 'Ulm mourns\n\nEleven people were killed on Tuesday near Ulm, officials said. Rescue teams were still searching.',
      events: [dated({ type: 'kill', trigger: 'killed', lemma: 'kill', location: 'Ulm' }, 'on Tuesday', '2032-06-29')],
    },
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].type, 'disaster');
  assert.deepEqual([...entries[0].documents].sort(), ['a', 'b']);
});

test('one sentence read under two kinds joins the larger entry even when the smaller comes first', async () => {
  const { entries } = await timeline([
    {
      id: 'a',
      published: '2032-08-03',
      entities: SOLVARY,
      text: 'Envoys called home\n\nSolvary on Wednesday condemned the shelling and recalled its envoy from Tarsa. On Wednesday Solvary also recalled its consul from Ulm.',
      events: [
        dated({ type: 'accuse', trigger: 'condemned', lemma: 'condemn', agent: 'Solvary' }, 'on Wednesday', '2032-08-03'),
        dated({ type: 'diplomatic', trigger: 'recalled', lemma: 'recall', agent: 'Solvary', location: 'Tarsa' }, 'on Wednesday', '2032-08-03'),
        dated({ type: 'diplomatic', trigger: 'recalled', lemma: 'recall', agent: 'Solvary', location: 'Ulm', nth: 1 }, 'On Wednesday', '2032-08-03'),
      ],
    },
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].type, 'diplomatic');
  assert.equal(entries[0].evidence.length, 2);
});

test('background is no entry: past perfect, time spans, possibilities and aims; reported past perfect and offers are', async () => {
  const one = (id: string, sentence: string, e: EventSpec): DocSpec => ({
    id,
    published: '2032-09-01',
    outlet: `${id} desk`,
    entities: SOLVARY,
    text: `Solvary and Tarsa\n\nTalks stalled in the capital. Delegates left early. Officials gave few details. ${sentence}`,
    events: [e],
  });
  const { entries } = await timeline(
    [
      one('perfect', 'Before the talks, Solvary had already closed the crossing into Tarsa.', { type: 'military', trigger: 'closed', lemma: 'close', agent: 'Solvary' }),
      one('span', 'Solvary has blockaded the Tarsa road since the spring.', { type: 'military', trigger: 'blockaded', lemma: 'blockade', agent: 'Solvary' }),
      one('maybe', 'Solvary would consider any possible reprisal next month.', dated({ type: 'attack', trigger: 'reprisal', lemma: 'reprisal', agent: 'Solvary' }, 'next month', '2032-10')),
      one('aim', 'Solvary called a rally on Monday to protest the shelling.', dated({ type: 'protest', trigger: 'protest', lemma: 'protest', agent: 'Solvary' }, 'on Monday', '2032-08-30')),
      one('reported', 'Tarsa said it had expelled two Solvary diplomats.', { type: 'diplomatic', trigger: 'expelled', lemma: 'expel', agent: 'Tarsa' }),
      one('offer', 'Ulm offered to negotiate between Solvary and Tarsa.', { type: 'cooperate', trigger: 'negotiate', lemma: 'negotiate', agent: 'Ulm' }),
      one('call', 'Let them agree on one crossing for Solvary and Tarsa.', { type: 'cooperate', trigger: 'agree', lemma: 'agree' }),
    ],
    [
      { doc: 'maybe', text: 'next month', value: '2032-10' },
      { doc: 'aim', text: 'on Monday', value: '2032-08-30' },
    ],
  );
  const cited = new Set(entries.flatMap((e) => e.documents));
  assert.deepEqual([...cited].sort(), ['offer', 'reported']);
  for (const e of entries) assert.equal(e.date, '2032-09-01');
});

test('a heading takes the date of the paragraph below it and joins that happening', async () => {
  const text = 'Harbour news\n\nThe harbour reopened to ships after the spill. Crews worked through the night.\n\nArrest of the skipper\n\nOn Friday police in Brennik arrested the skipper of the tanker. He was released on bail.';
  const corpus = makeCorpus([
    {
      id: 'a',
      published: '2032-05-10',
      entities: SOLVARY,
      text,
      events: [
        { type: 'arrest', trigger: 'Arrest', lemma: 'arrest' },
        dated({ type: 'arrest', trigger: 'arrested', lemma: 'arrest', location: 'Brennik' }, 'On Friday', '2032-05-07'),
      ],
    },
  ]);
  const doc = corpus.documents[0];
  // The builder does not see headings: mark the heading line as its own heading paragraph.
  const at = text.indexOf('Arrest of');
  doc.layers.sentences = [...doc.layers.sentences!, { start: at, end: at + 'Arrest of the skipper'.length, paragraph: 0 }].sort((x, y) => x.start - y.start);
  let paragraph = -1;
  let last = -1;
  doc.layers.paragraphs = [];
  for (const s of doc.layers.sentences) {
    const breakBefore = last < 0 || /\n\s*\n/.test(text.slice(last, s.start));
    if (breakBefore) {
      paragraph++;
      doc.layers.paragraphs.push({ start: s.start, end: s.end, heading: s.start === at });
    }
    s.paragraph = paragraph;
    last = s.end;
  }
  for (const ev of doc.layers.events!) ev.sentence = doc.layers.sentences.findIndex((s) => s.start <= ev.trigger.start && ev.trigger.start < s.end);
  await runCorpusStages(corpus, createCorpusStages().filter((s) => s.name !== 'merge-aliases'), { options: {} });
  const entries = corpus.layers.timeline!;
  assert.equal(entries.length, 1);
  assert.equal(entries[0].date, '2032-05-07');
  assert.equal(entries[0].evidence.length, 2);
});

test('a sentence dated only as "earlier this week" is not put on the article\'s day; a place across "after" is not the trigger\'s', async () => {
  const { entries } = await timeline(
    [
      {
        id: 'a',
        published: '2032-05-13',
        entities: SOLVARY,
        text: 'Talks and shelling\n\nEnvoys of Solvary and Tarsa met in Ulm earlier this week. Troops shelled positions in Tarsa two days after the Red Ash Brigade attacked a depot.',
        events: [
          { type: 'meet', trigger: 'met', lemma: 'meet', location: 'Ulm' },
          dated({ type: 'attack', trigger: 'shelled', lemma: 'shell', location: 'Tarsa' }, 'Thursday', '2032-05-13'),
          dated({ type: 'attack', trigger: 'attacked', lemma: 'attack', agent: 'Red Ash Brigade', location: 'Tarsa' }, 'two days after', '2032-05-11'),
        ],
      },
    ],
    [
      { doc: 'a', text: 'earlier this week', value: '2032-W20' },
      { doc: 'a', text: 'two days after', value: '2032-05-11' },
    ],
  );
  assert.ok(!entries.some((e) => e.type === 'meet'));
  const depot = entries.find((e) => e.date === '2032-05-11')!;
  assert.equal(depot.location, null);
  assert.ok(!depot.actors.some((a) => /tarsa/i.test(a)));
});

test('"the shooting occurred Monday night" dates the noun; "after" marks background in the body, not in the lead', async () => {
  const filler = 'Neighbours said the street is usually quiet. A vigil is planned. ';
  const { entries } = await timeline(
    [
      {
        id: 'a',
        published: '2032-03-03',
        entities: SOLVARY,
        text: `Shooting in Brennik\n\nThe two men were at home in Brennik on Monday night when the shooting occurred, police said. ${filler}`,
        events: [dated({ type: 'attack', trigger: 'shooting', lemma: 'shoot', location: 'Brennik' }, 'on Monday night', '2032-03-01')],
      },
      {
        id: 'b',
        published: '2032-03-04',
        entities: SOLVARY,
        text: `Girl in hospital\n\nA girl was taken to hospital after a shooting in Ulm. ${filler}The street closure followed clashes in Tarsa.`,
        events: [
          { type: 'attack', trigger: 'shooting', lemma: 'shoot', location: 'Ulm' },
          { type: 'attack', trigger: 'clashes', lemma: 'clash', location: 'Tarsa' },
        ],
      },
    ],
    [{ doc: 'a', text: 'on Monday night', value: '2032-03-01' }],
  );
  assert.equal(entries.find((e) => e.documents.includes('a'))?.date, '2032-03-01');
  // The lead's "after a shooting" is the news; the body's "followed clashes" is background.
  assert.ok(entries.some((e) => e.location === 'Ulm' && e.date === '2032-03-04'));
  assert.ok(!entries.some((e) => e.location === 'Tarsa'));
});

test('a later headline naming the happening after a preposition ("Man held in Brennik shooting") retells it', async () => {
  const { entries } = await timeline([
    {
      id: 'first',
      published: '2032-02-10',
      entities: SOLVARY,
      text: 'Gunfire in Brennik\n\nA man was shot dead in Brennik on Monday night, police said. Officers sealed off the street.',
      events: [dated({ type: 'attack', trigger: 'shot', lemma: 'shoot', location: 'Brennik' }, 'on Monday night', '2032-02-09')],
    },
    {
      id: 'later',
      published: '2032-02-13',
      entities: SOLVARY,
      text: 'Man held in Brennik shooting. Police in Ulm detained a 30-year-old man on Thursday. He appeared before a judge.',
      events: [
        { type: 'attack', trigger: 'shooting', lemma: 'shoot', location: 'Brennik' },
        dated({ type: 'arrest', trigger: 'detained', lemma: 'detain', location: 'Ulm' }, 'on Thursday', '2032-02-12'),
      ],
    },
  ]);
  const shooting = entries.filter((e) => e.type === 'attack');
  assert.equal(shooting.length, 1);
  assert.equal(shooting[0].date, '2032-02-09');
  assert.deepEqual([...shooting[0].documents].sort(), ['first', 'later']);
  assert.equal(entries.find((e) => e.type === 'arrest')!.date, '2032-02-12');
});
