import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFeatures } from './features.ts';
import { DEFAULT_STORY_OPTIONS, StoryIndex, TopicMergeOrder, clusterStories } from './story-index.ts';
import type { StoryFeatures, TopicSeed } from './story-index.ts';

// Invented events only.
const BRIDGE_1 =
  'Footbridge collapses in Velmora. A pedestrian footbridge over the Tarkan river in Velmora collapsed on Thursday ' +
  'evening, throwing a dozen people into the water. Rescue crews pulled nine survivors from the river and divers ' +
  'searched for three missing. Mayor Idris Fenwold promised an inquiry into the collapse of the footbridge.';
const BRIDGE_2 =
  'Divers search Tarkan river after Velmora footbridge collapse. Three people were still missing on Friday after the ' +
  'footbridge in Velmora gave way under a crowd. Idris Fenwold, the mayor, said the footbridge had passed an ' +
  'inspection in spring. Rescue crews and divers worked through the night along the river.';
const BRIDGE_3 =
  'Velmora mourns as footbridge collapse toll rises. The body of a third victim was recovered from the Tarkan river ' +
  'on Saturday, two days after the Velmora footbridge collapse. Mayor Fenwold declared a day of mourning while divers ' +
  'continued the search and engineers examined the broken cables of the footbridge.';
const CHESS =
  'Teenager wins Brinmouth chess championship. The regional chess championship in Brinmouth ended with a surprise ' +
  'as Orla Tessaly, fourteen, defeated the defending champion in a final game lasting six hours. Organisers praised ' +
  'the volunteers who kept the clocks running during a power cut at the tournament hall.';
const ORCHARD =
  'Frost ruins apple harvest in Quillby valley. Growers in the Quillby valley lost most of their apple blossom to a ' +
  'late frost, the growers cooperative said. Its chair, Bram Aldous, asked the province for emergency grants to ' +
  'replant orchards damaged by the frost before the harvest season.';

const f = (id: string, text: string, date: string | null): StoryFeatures => storyFeatures(id, text, date);

function sorted(groups: string[][]): string[][] {
  return groups.map((g) => [...g].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

const FEATURES = [
  f('bridge1', BRIDGE_1, '2031-03-13'),
  f('chess', CHESS, '2031-03-13'),
  f('bridge2', BRIDGE_2, '2031-03-14'),
  f('orchard', ORCHARD, '2031-03-14'),
  f('bridge3', BRIDGE_3, '2031-03-15'),
];

test('reports of one event share a story; unrelated reports stand apart', () => {
  assert.deepEqual(sorted(clusterStories(FEATURES)), [['bridge1', 'bridge2', 'bridge3'], ['chess'], ['orchard']]);
});

test('add reports whether it started a story and which one, matching groups()', () => {
  const idx = new StoryIndex();
  for (const x of FEATURES) idx.observe(x);
  const a = idx.add(FEATURES[0]);
  assert.deepEqual(a, { cluster: 0, similarity: 1, created: true });
  const chess = idx.add(FEATURES[1]);
  assert.equal(chess.created, true);
  assert.equal(chess.cluster, 1);
  const b = idx.add(FEATURES[2]);
  assert.equal(b.created, false);
  assert.equal(b.cluster, 0);
  assert.ok(b.similarity >= DEFAULT_STORY_OPTIONS.threshold && b.similarity <= 1, String(b.similarity));
  assert.equal(idx.size, 2);
  assert.deepEqual(idx.groups(), [['bridge1', 'bridge2'], ['chess']]);
});

test('observing a batch first then adding one at a time is what clusterStories does', () => {
  const idx = new StoryIndex();
  for (const x of FEATURES) idx.observe(x);
  for (const x of FEATURES) idx.add(x);
  assert.deepEqual(idx.groups(), clusterStories(FEATURES));
});

test('for clear-cut reports, adding them as they arrive groups them as the batch does', () => {
  // The batch weighs early reports with the whole batch's frequencies, so the two may differ at the
  // margin; on reports this distinct they must not.
  const live = new StoryIndex();
  for (const x of FEATURES) live.add(x);
  assert.deepEqual(sorted(live.groups()), sorted(clusterStories(FEATURES)));
});

test('the same event weeks later does not join the earlier story', () => {
  const groups = clusterStories([
    f('bridge1', BRIDGE_1, '2031-03-13'),
    f('bridge2', BRIDGE_2, '2031-03-14'),
    f('months-later', BRIDGE_3, '2031-05-20'),
  ]);
  assert.deepEqual(sorted(groups), [['bridge1', 'bridge2'], ['months-later']]);
  // Undated, it is not kept out by time.
  const undated = clusterStories([f('bridge1', BRIDGE_1, '2031-03-13'), f('bridge2', BRIDGE_2, '2031-03-14'), f('nodate', BRIDGE_3, null)]);
  assert.deepEqual(sorted(undated), [['bridge1', 'bridge2', 'nodate']]);
});

test('a story may not stretch beyond maxSpanDays by joining one day after another', () => {
  const chain = ['2031-03-01', '2031-03-08', '2031-03-15', '2031-03-22'].map((date, i) => f(`r${i}`, [BRIDGE_1, BRIDGE_2, BRIDGE_3][i % 3], date));
  assert.equal(clusterStories(chain).length, 1);
  const short = clusterStories(chain, { maxSpanDays: 10 });
  assert.ok(short.length > 1);
  for (const g of short) assert.ok(g.length <= 2, JSON.stringify(short));
});

test('a report naming only other places is kept out of a story by the place gate, unless it is about the same people', () => {
  const words = (t: string): string[] => storyFeatures('', t, null).words;
  const home = { names: ['p:velmora', 'p:tarkan', 'x:fenwold'], places: ['p:velmora', 'p:tarkan'] };
  const a: StoryFeatures = { id: 'a', words: words(BRIDGE_1), day: 100, ...home };
  const b: StoryFeatures = { id: 'b', words: words(BRIDGE_2), day: 101, ...home };
  // Same wording and a shared name, but places the story does not hold: another collapse of the kind.
  const away = { names: ['x:fenwold', 'p:dunhallow', 'p:oskar'], places: ['p:dunhallow', 'p:oskar'] };
  const c: StoryFeatures = { id: 'c', words: words(BRIDGE_3), day: 101, ...away };
  assert.deepEqual(sorted(clusterStories([a, b, c])), [['a', 'b'], ['c']]);
  // With the story's places it joins, so it was the places that kept it out.
  assert.deepEqual(sorted(clusterStories([a, b, { ...c, ...home }])), [['a', 'b', 'c']]);
  // Typed as being about the story's people, the places no longer veto it.
  const people = ['x:fenwold'];
  const withPeople = [{ ...a, people }, { ...b, people }, { ...c, people }];
  assert.deepEqual(sorted(clusterStories(withPeople)), [['a', 'b', 'c']]);
});

test('a higher threshold splits what the default joins', () => {
  const strict = clusterStories(FEATURES, { threshold: 1.01 });
  assert.equal(strict.length, FEATURES.length);
});

test('mergedGroups joins stories of one kind of happening and keeps others apart', () => {
  const idx = new StoryIndex();
  const lead = (t: string): string => t.split('. ').slice(0, 2).join('. ');
  const docs = [
    storyFeatures('bridge1', BRIDGE_1, '2031-03-13', undefined, undefined, lead(BRIDGE_1)),
    storyFeatures('bridge2', BRIDGE_2, '2031-03-14', undefined, undefined, lead(BRIDGE_2)),
    storyFeatures('chess', CHESS, '2031-03-14', undefined, undefined, lead(CHESS)),
    // Another footbridge collapse, in another town half a year later: another story, same topic.
    storyFeatures(
      'bridge-autumn',
      'Footbridge collapse in Dunhallow. A footbridge over the river in Dunhallow collapsed on Monday, and divers ' +
        'searched the river for two people missing after the collapse. Rescue crews pulled four survivors out.',
      '2031-09-20', undefined, undefined,
      'Footbridge collapse in Dunhallow. A footbridge over the river in Dunhallow collapsed on Monday, and divers searched the river for two people missing after the collapse',
    ),
  ];
  for (const x of docs) idx.observe(x);
  for (const x of docs) idx.add(x);
  assert.deepEqual(sorted(idx.groups()), [['bridge-autumn'], ['bridge1', 'bridge2'], ['chess']]);
  assert.deepEqual(sorted(idx.mergedGroups(Infinity)), sorted(idx.groups()));
  assert.deepEqual(sorted(idx.mergedGroups(0.1)), [['bridge-autumn', 'bridge1', 'bridge2'], ['chess']]);
});

test('resettle places a report that came before the reports linking it to a story', () => {
  const words = (t: string): string[] => storyFeatures('', t, null).words;
  // The first report names the river, the second only the town: the story holds no place of the
  // second yet, so the place gate keeps it out. The third names both.
  const a: StoryFeatures = { id: 'a', words: words(BRIDGE_1), day: 100, names: ['p:tarkan'], places: ['p:tarkan'] };
  const b: StoryFeatures = { id: 'b', words: words(BRIDGE_2), day: 101, names: ['p:velmora'], places: ['p:velmora'] };
  const c: StoryFeatures = { id: 'c', words: words(BRIDGE_3), day: 101, names: ['p:tarkan', 'p:velmora'], places: ['p:tarkan', 'p:velmora'] };
  const idx = new StoryIndex();
  for (const x of [a, b, c]) idx.add(x);
  assert.deepEqual(sorted(idx.groups()), [['a', 'c'], ['b']]);
  idx.resettle(new Map([a, b, c].map((x) => [x.id, x])), 1);
  assert.deepEqual(sorted(idx.groups()), [['a', 'b', 'c']]);
  assert.equal(idx.size, 1);
  // The batch function does the same, so its grouping does not depend on which report came first.
  assert.deepEqual(sorted(clusterStories([a, b, c])), [['a', 'b', 'c']]);
});

test('resettle leaves a report that no other story takes in a story of its own', () => {
  const idx = new StoryIndex();
  for (const x of FEATURES) idx.add(x);
  const before = sorted(idx.groups());
  idx.resettle(new Map(FEATURES.map((x) => [x.id, x])), 1);
  assert.deepEqual(sorted(idx.groups()), before);
});

test('an undated report needs undatedThreshold to join a dated story, and joins undated reports at the usual threshold', () => {
  const autumn =
    'Footbridge collapse in Dunhallow. A footbridge over the river in Dunhallow collapsed on Monday, and divers ' +
    'searched the river for two people missing after the collapse. Rescue crews pulled four survivors out.';
  const autumn2 =
    'Divers search river after Dunhallow footbridge collapse. Two people were missing after the footbridge in ' +
    'Dunhallow collapsed, and rescue crews pulled four survivors from the river.';
  const docs = [f('bridge1', BRIDGE_1, '2031-03-13'), f('bridge2', BRIDGE_2, '2031-03-14'), f('autumn', autumn, null), f('autumn2', autumn2, null)];
  const idx = new StoryIndex({ threshold: 0.1, undatedThreshold: 0.1 });
  for (const x of docs) idx.observe(x);
  const joined = docs.map((x) => idx.add(x));
  // Alike enough in kind to join at the usual threshold when no date tells them apart...
  assert.equal(joined[2].cluster, 0, JSON.stringify(joined));
  const sim = joined[2].similarity;
  // ...but below a stricter bar for undated reports, they form their own story.
  const strict = clusterStories(docs, { threshold: 0.1, undatedThreshold: sim + 0.01 });
  assert.deepEqual(sorted(strict), [['autumn', 'autumn2'], ['bridge1', 'bridge2']]);
});

/**
 * Average-link merging with a threshold as it ran before merges were kept: every round scans every
 * candidate pair, merges the closest and stops at the first one below the threshold.
 */
function mergeWithThreshold(seeds: readonly TopicSeed[], neighbourSets: readonly ReadonlySet<number>[], threshold: number): string[][] {
  const groups = seeds.map((s) => ({ sum: new Map(s.sum), size: s.members.length, members: [...s.members], alive: s.alive }));
  const neighbours = neighbourSets.map((n) => new Set(n));
  const link = (a: (typeof groups)[number], b: (typeof groups)[number]): number => {
    const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
    let dot = 0;
    for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
    return dot / (a.size * b.size);
  };
  for (;;) {
    let [best, bi, bj] = [-1, -1, -1];
    for (let i = 0; i < groups.length; i++) {
      if (!groups[i].alive) continue;
      for (const j of neighbours[i]) {
        if (j <= i || !groups[j].alive) continue;
        const s = link(groups[i], groups[j]);
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    const [a, b] = [groups[bi], groups[bj]];
    for (const [t, w] of b.sum) a.sum.set(t, (a.sum.get(t) ?? 0) + w);
    a.size += b.size;
    a.members.push(...b.members);
    b.alive = false;
    for (const j of neighbours[bj]) {
      if (j === bi) continue;
      neighbours[bi].add(j);
      neighbours[j].add(bi);
    }
  }
  return groups.filter((g) => g.alive).map((g) => g.members);
}

function symmetric(n: number, pairs: readonly [number, number][]): Set<number>[] {
  const out = Array.from({ length: n }, () => new Set<number>());
  for (const [i, j] of pairs) {
    out[i].add(j);
    out[j].add(i);
  }
  return out;
}

test('a topic merge order cut at a threshold stops at the first merge below it, even when a later merge links higher', () => {
  // a-b links 0.5 and merges first; b-k (0.9) is no candidate pair, a-k (0.3) is, and the merged
  // group inherits a's candidates: its link to k is (0.3 + 0.9) / 2 = 0.6, above the merge before.
  const seeds: TopicSeed[] = [
    { sum: new Map([['x', 0.5], ['y', 0.3]]), members: ['a'], alive: true },
    { sum: new Map([['x', 1], ['z', 0.9]]), members: ['b'], alive: true },
    { sum: new Map([['y', 1], ['z', 1]]), members: ['k'], alive: true },
  ];
  const neighbours = symmetric(3, [[0, 1], [0, 2]]);
  const order = new TopicMergeOrder(seeds, neighbours);
  assert.deepEqual(order.groups(0.55), [['a'], ['b'], ['k']]);
  assert.deepEqual(order.groups(0.5), [['a', 'b', 'k']]);
  assert.deepEqual(order.groups(0.7), [['a'], ['b'], ['k']]);
  for (const t of [0.55, 0.5, 0.7]) assert.deepEqual(order.groups(t), mergeWithThreshold(seeds, neighbours, t));
});

test('one topic merge order gives, at every threshold and in any order of asking, what merging with that threshold gives', () => {
  let state = 7;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 20; round++) {
    const n = 30;
    const seeds: TopicSeed[] = Array.from({ length: n }, (_, i) => {
      const size = 1 + Math.floor(random() * 3);
      const sum = new Map<string, number>();
      for (let k = 0; k < 4; k++) sum.set(`t${Math.floor(random() * 12)}`, random() * size);
      return { sum, members: Array.from({ length: size }, (_, m) => `s${i}m${m}`), alive: random() > 0.1 };
    });
    // A twin of the first seed: equal links, so ties are broken as before too.
    seeds.push({ ...seeds[0], members: ['twin'] });
    const pairs: [number, number][] = [];
    for (let i = 0; i <= n; i++) for (let j = i + 1; j <= n; j++) if (random() < 0.2) pairs.push([i, j]);
    const neighbours = symmetric(n + 1, pairs);
    const order = new TopicMergeOrder(seeds, neighbours);
    for (const t of [0.4, 0.05, 1.5, 0, 0.2, 0.8, Infinity, 0.1]) {
      assert.deepEqual(order.groups(t), mergeWithThreshold(seeds, neighbours, t), `round ${round}, threshold ${t}`);
    }
  }
});

test('a story index\'s topic merge order, cut at several thresholds, gives what each threshold merged alone gives', () => {
  const lead = (t: string): string => t.split('. ').slice(0, 2).join('. ');
  const SECOND_FROST =
    'Late frost hits Ardlow vineyards. Vine growers around Ardlow lost their young shoots to a late frost on Tuesday, ' +
    'and the growers cooperative asked for emergency grants before the harvest.';
  const docs: [string, string, string][] = [
    ['bridge1', BRIDGE_1, '2031-03-13'],
    ['chess', CHESS, '2031-03-13'],
    ['bridge2', BRIDGE_2, '2031-03-14'],
    ['orchard', ORCHARD, '2031-03-14'],
    ['bridge3', BRIDGE_3, '2031-03-15'],
    ['frost2', SECOND_FROST, '2031-05-02'],
  ];
  const features = docs.map(([id, text, date]) => storyFeatures(id, text, date, undefined, undefined, lead(text)));
  const idx = new StoryIndex();
  for (const x of features) idx.observe(x);
  for (const x of features) idx.add(x);
  const order = idx.topicMerge();
  const thresholds = [0.3, 0, 0.1, Infinity, 0.02, 0.05];
  const cut = thresholds.map((t) => order.groups(t));
  assert.deepEqual(cut, thresholds.map((t) => idx.mergedGroups(t)));
  assert.ok(cut[1].length < cut[3].length, 'the lowest threshold merges something');
});
