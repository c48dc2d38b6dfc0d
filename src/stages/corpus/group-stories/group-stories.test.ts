import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { QUAKE } from '../../../../test/fixtures/corpus/quake.ts';
import { EntityResolver, StoryIndex } from '../../../corpus-index/index.ts';
import { mergeAliases } from '../merge-aliases/index.ts';
import { docStoryFeatures, groupCorpusTopics, groupStories } from './index.ts';
import { STORY_OPTIONS } from './patterns.ts';

const sorted = (xs: string[]) => [...xs].sort();

test('reports of one event form one story and an unrelated event another', () => {
  const c = makeCorpus([...BRIDGE, ...QUAKE]);
  groupStories.run(c, { options: {} });
  const stories = c.layers.stories!;
  assert.equal(stories.length, 2);
  const bridge = stories.find((s) => s.documents.includes('wire'))!;
  assert.deepEqual(sorted(bridge.documents), sorted(BRIDGE.map((d) => d.id)));
  assert.deepEqual(sorted(stories.find((s) => s.documents.includes('quake-a'))!.documents), ['quake-a', 'quake-b']);
});

test('the same kind of event in the same place a year later is a different story', () => {
  const later: DocSpec[] = BRIDGE.filter((d) => d.id === 'courier' || d.id === 'ledger').map((d) => ({
    ...d,
    id: `${d.id}-next-year`,
    published: '2032-03-04',
  }));
  const c = makeCorpus([...BRIDGE, ...later]);
  groupStories.run(c, { options: {} });
  const withLater = c.layers.stories!.find((s) => s.documents.includes('courier-next-year'))!;
  assert.ok(!withLater.documents.includes('wire'));
});

test('sub-events split the collapse from the later recovery', () => {
  const c = makeCorpus(BRIDGE);
  groupStories.run(c, { options: {} });
  const subs = c.layers.stories![0].subEvents;
  assert.equal(subs.length, 2);
  assert.equal(subs[0].documents.length, 6);
  assert.deepEqual(subs[1].documents, ['ledger']);
});

test('adding one document compares it with candidate stories only and joins the right one', () => {
  const index = new StoryIndex(STORY_OPTIONS);
  const corpus = makeCorpus([...BRIDGE, ...QUAKE]);
  const resolver = new EntityResolver(corpus);
  const assigned = new Map<string, number>();
  for (const d of corpus.documents) assigned.set(d.id, index.add(docStoryFeatures(d, resolver)).cluster);
  assert.equal(index.size, 2);
  assert.equal(assigned.get('rewrite'), assigned.get('wire'));
  assert.notEqual(assigned.get('quake-b'), assigned.get('wire'));
});

// Two floods of the same week in one invented country, told in much the same words for two towns.
function floodReport(id: string, town: string, opening: string, detail: string): DocSpec {
  return {
    id,
    published: '2034-09-12',
    entities: [
      { name: town, type: 'PLACE' },
      { name: 'Castavia', type: 'PLACE' },
      { name: 'Civil Protection Agency', type: 'ORG' },
    ],
    text: `Floods hit ${town}\n\n${opening} ${town}, Castavia, on Monday after the river burst its banks, the Civil Protection Agency said. ${detail} The agency said it would assess the damage to farms and roads once the water falls.`,
  };
}

test('same kind of event, same week, same wording, different towns: two stories', () => {
  const c = makeCorpus([
    floodReport('north-a', 'Harrowgate', 'Floodwater swept through', 'Rescue boats took residents from rooftops near the old mill.'),
    floodReport('north-b', 'Harrowgate', 'Muddy water filled the streets of', 'Residents near the old mill were lifted from rooftops by rescue boats.'),
    floodReport('south-a', 'Pellmoor', 'Floodwater swept through', 'The army set up shelters in two schools and a stadium.'),
    floodReport('south-b', 'Pellmoor', 'Muddy water filled the streets of', 'Soldiers opened shelters in a stadium and two schools.'),
  ]);
  groupStories.run(c, { options: {} });
  const groups = c.layers.stories!.map((s) => sorted(s.documents)).sort();
  assert.deepEqual(groups, [['north-a', 'north-b'], ['south-a', 'south-b']]);
});

test('topics: two floods in two towns are two stories but one topic; a bridge collapse is another topic', () => {
  const c = makeCorpus([
    floodReport('north-a', 'Harrowgate', 'Floodwater swept through', 'Rescue boats took residents from rooftops near the old mill.'),
    floodReport('north-b', 'Harrowgate', 'Muddy water filled the streets of', 'Residents near the old mill were lifted from rooftops by rescue boats.'),
    floodReport('south-a', 'Pellmoor', 'Floodwater swept through', 'The army set up shelters in two schools and a stadium.'),
    floodReport('south-b', 'Pellmoor', 'Muddy water filled the streets of', 'Soldiers opened shelters in a stadium and two schools.'),
    ...BRIDGE,
  ]);
  groupStories.run(c, { options: {} });
  assert.ok(!c.layers.stories!.some((s) => s.documents.includes('north-a') && s.documents.includes('south-a')));
  const topics = groupCorpusTopics(c).map(sorted);
  assert.ok(topics.some((t) => ['north-a', 'north-b', 'south-a', 'south-b'].every((id) => t.includes(id))));
  assert.ok(topics.every((t) => !(t.includes('north-a') && t.includes('wire'))));
});

// One invented happening whose outlets place it at different levels: a town, a county, a building.
function rescueReport(id: string, place: string, opening: string): DocSpec {
  return {
    id,
    published: '2035-02-03',
    entities: [
      { name: place, type: 'PLACE' },
      { name: 'Orla Venstrom', type: 'PERSON' },
      { name: 'Tomas Greddel', type: 'PERSON' },
    ],
    text: `Climber rescued\n\n${opening} ${place} on Sunday, where Orla Venstrom had been stranded on a ledge for two nights. Her guide Tomas Greddel raised the alarm when she failed to return. Orla Venstrom was flown to hospital with frostbite, Tomas Greddel said.`,
  };
}

test('reports about the same named people join one story though each places it differently', () => {
  const c = makeCorpus([
    rescueReport('town', 'Brask', 'A helicopter crew lifted a climber off a cliff above'),
    rescueReport('county', 'Vell County', 'Mountain rescuers brought a climber down from a peak in'),
    rescueReport('hut', 'Kettle Hut', 'Rescuers reached a stranded climber near'),
  ]);
  groupStories.run(c, { options: {} });
  assert.equal(c.layers.stories!.length, 1);
  // The exemption is what joins them: without it the place gate keeps them apart.
  const gated = makeCorpus([
    rescueReport('town', 'Brask', 'A helicopter crew lifted a climber off a cliff above'),
    rescueReport('county', 'Vell County', 'Mountain rescuers brought a climber down from a peak in'),
  ]);
  const index = new StoryIndex({ ...STORY_OPTIONS, minPeopleOverlap: 2 });
  const resolver = new EntityResolver(gated);
  const clusters = new Set(gated.documents.map((d) => index.add(docStoryFeatures(d, resolver)).cluster));
  assert.equal(clusters.size, 2);
});

test('the topic lead skips page addresses, time stamps and very short sentences; the story text keeps them', () => {
  const text =
    'https: / / ledger-example / 2031 / quillby-orchard-frost\n' +
    'Updated 10: 40 AM\n' +
    'Late frost ruins most of the apple blossom across the Quillby valley orchards this spring.\n' +
    'Growers lost everything.\n' +
    'The growers cooperative asked the province for emergency grants to replant the damaged orchards.';
  const c = makeCorpus([{ id: 'frost', text, published: '2031-04-20' }]);
  const f = docStoryFeatures(c.documents[0], new EntityResolver(c));
  const lead = new Set(f.leadWords);
  for (const w of ['frost', 'blossom', 'cooperative', 'grant']) assert.ok(lead.has(w), w);
  for (const w of ['ledger-example', 'updated', 'lost', 'everything']) assert.ok(!lead.has(w), w);
  // The address still names the happening in the story text.
  assert.ok(f.words.includes('quillby-orchard-frost'));
});

// An invented kiln explosion: the plant's owner speaks from the capital and names the town only
// in its own name.
function kilnReports(): DocSpec[] {
  return [
    {
      id: 'wire',
      published: '2034-06-12',
      entities: [{ name: 'Ostrel', type: 'PLACE' }, { name: 'Ilse Marrow', type: 'PERSON' }],
      text: 'Kiln blast kills three at cement works\n\nA kiln exploded at the cement works in Ostrel on Monday, killing three workers and injuring nine, the fire brigade said. Ilse Marrow, the brigade commander, said the kiln had been relit that morning after repairs.',
    },
    {
      id: 'owner',
      published: '2034-06-13',
      entities: [{ name: 'Ostrel Cement', type: 'ORG' }, { name: 'Darnow', type: 'PLACE' }, { name: 'Pavel Quist', type: 'PERSON' }],
      text: 'Cement maker says kiln passed inspection before deadly blast\n\nOstrel Cement said in Darnow on Tuesday that the kiln that exploded, killing three workers and injuring nine, had passed its inspection in the spring. Its chief executive, Pavel Quist, said Ostrel Cement would pay for the funerals of the workers killed in the blast.',
    },
  ];
}

test('a report naming the place only in an organization named after it joins the story there', () => {
  const c = makeCorpus(kilnReports());
  mergeAliases.run(c, { options: {} });
  groupStories.run(c, { options: {} });
  assert.equal(c.layers.stories!.length, 1);
  const resolver = new EntityResolver(c);
  const features = c.documents.map((d) => docStoryFeatures(d, resolver));
  assert.deepEqual(features.find((f) => f.id === 'owner')!.namedAfter, [resolver.resolve('wire', c.documents[0]!.layers.entities![0]!.id)]);
  // Without what the organization is named after, the place gate keeps the capital's report apart.
  const index = new StoryIndex(STORY_OPTIONS);
  const clusters = new Set(features.map(({ namedAfter: _, ...f }) => index.add(f).cluster));
  assert.equal(clusters.size, 2);
});
