// Reading a toll's sentence: whose date it carries and whether it is a part of a larger toll.
// Invented event: a landslide buried part of the hill town of Ostrava Vell in the invented region of Kerrin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { ClaimSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';
import { isCountDate, isPartOfLarger } from './toll-context.ts';
import { alignDated } from './test-helpers.ts';
import type { DatedSpec } from './test-helpers.ts';

const PLACES = [{ name: 'Ostrava Vell', type: 'PLACE' as const }];
const killed = (quantity: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ kind: 'killed', quantity, value, counted: 'people', ...extra });
const report = (id: string, published: string, sentence: string, claims: ClaimSpec[], dates: [string, string][] = []): DatedSpec => ({
  id, published, outlet: `${id} news`, entities: PLACES, text: `Landslide\n\n${sentence}`, claims, dates,
});
const killedSlots = (corpus: Corpus): ClaimSlot[] => corpus.layers.claims!.filter((s) => s.kind === 'killed');

const NIGHT = report('wire', '2033-03-05', 'A landslide buried homes in Ostrava Vell on Saturday night, killing at least 20 people.', [killed('at least 20', 20, { low: 20, place: 'Ostrava Vell', date: '2033-03-05' })], [['Saturday', '2033-03-05']]);
const FRIDAY = report('weekly', '2033-03-12', 'On Friday the regional rescue agency put the number of dead at 26, after two more bodies were found.', [killed('26', 26, { date: '2033-03-11' })], [['Friday', '2033-03-11']]);

test('a date leading a clause whose verb is one of saying or counting is the count\'s date, not the happening\'s', () => {
  const corpus = alignDated([NIGHT, FRIDAY]);
  const weekly = corpus.documents[1];
  assert.equal(isCountDate(weekly, weekly.layers.claims![0], '2033-03-11'), true);
  // So the count given six days later joins the night's toll instead of making a slot of its own.
  const slots = killedSlots(corpus);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
});

test('a date leading a clause that tells the happening keeps it', () => {
  const other = report('radio', '2033-03-12', 'On Friday a second slide killed 4 people in Ostrava Vell, the agency said.', [killed('4', 4, { place: 'Ostrava Vell', date: '2033-03-11' })], [['Friday', '2033-03-11']]);
  const corpus = alignDated([NIGHT, other]);
  const radio = corpus.documents[1];
  assert.equal(isCountDate(radio, radio.layers.claims![0], '2033-03-11'), false);
  assert.equal(killedSlots(corpus).length, 2);
});

test('a figure a list or a toll "includes" is a part of the larger toll the report gives, not a toll of its own', () => {
  const mayor = report(
    'bulletin', '2033-03-08',
    'The mayor said 31 people had died in Ostrava Vell. Her list includes three people who died at home after the slide.',
    [killed('31', 31, { place: 'Ostrava Vell' }), killed('three', 3)],
  );
  const corpus = alignDated([NIGHT, mayor]);
  const bulletin = corpus.documents[1];
  assert.equal(isPartOfLarger(bulletin, bulletin.layers.claims![1]), true);
  assert.equal(isPartOfLarger(bulletin, bulletin.layers.claims![0]), false);
  const part = killedSlots(corpus).find((s) => s.values.some((v) => v.value === 3))!;
  assert.match(part.subject, /part of a larger toll/);
  assert.equal(part.values.length, 1);
});

test('"of them, N are in serious condition" is a part, and a part that falls as patients recover evolves', () => {
  const injured = (quantity: string, value: number): ClaimSpec => ({ kind: 'injured', quantity, value, counted: 'people' });
  const corpus = alignDated([
    report('wire', '2033-03-06', 'At least 60 people were injured in Ostrava Vell. Twelve of the injured were in serious condition.', [
      injured('At least 60', 60), injured('Twelve', 12),
    ]),
    report('herald', '2033-03-08', 'The hospital in Ostrava Vell has treated 70 people since the slide. Of them, 9 are in serious condition.', [
      injured('70', 70), injured('9', 9),
    ]),
  ]);
  const herald = corpus.documents[1];
  assert.equal(isPartOfLarger(herald, herald.layers.claims![1]), true);
  const slots = corpus.layers.claims!.filter((s) => s.kind === 'injured');
  const serious = slots.find((s) => s.values.some((v) => v.document === 'herald' && v.value === 9))!;
  assert.deepEqual(serious.values.map((v) => v.value), [12, 9], slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.equal(serious.status, 'evolving', serious.statusReason);
});

test('a live blog\'s earlier posts are its toll as it stood: one slot, and no disagreement with its own latest figure', () => {
  const blog: DatedSpec = {
    id: 'blog', published: '2033-03-05', outlet: 'Kerrin Radio', kind: 'live-blog', entities: PLACES,
    text: 'LIVE: landslide\n\n23:40\nThe rescue agency now says at least 20 people have died.\n\n22:10\nThree people have died, a doctor at the clinic says.',
    claims: [killed('at least 20', 20, { low: 20 }), killed('Three', 3)],
  };
  const corpus = alignDated([blog, { ...NIGHT, id: 'wire', published: '2033-03-06' }]);
  const slots = killedSlots(corpus);
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.equal(slots[0].status, 'agreed', slots[0].statusReason);
  // A report that is no live blog keeps the one-figure rule: two small tolls are two happenings.
  const roundup = alignDated([{ ...blog, kind: 'report' }]);
  assert.equal(killedSlots(roundup).length, 2);
});

test('a figure of the same group as a part before it in its sentence ("includes three ... and two ...") is a part too', () => {
  const corpus = makeCorpus([
    report(
      'bulletin', '2033-03-08',
      'The mayor said 31 people had died in Ostrava Vell. Her list includes three people who died at home and two who died in care homes.',
      [killed('31', 31, { place: 'Ostrava Vell' }), killed('three', 3), killed('two', 2)],
    ),
  ]);
  // The extractor records the group each part was picked out of.
  const [, three, two] = corpus.documents[0].layers.claims!;
  three.partOf = 'her list';
  two.partOf = 'her list';
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  const slots = killedSlots(corpus);
  // Two different parts of one list: each its own part slot, neither a toll of its own.
  for (const value of [3, 2]) {
    const part = slots.find((s) => s.values.some((v) => v.value === value))!;
    assert.match(part.subject, /part of a larger toll/, slots.map((s) => s.subject).join(' | '));
  }
});
