// One happening's toll, counted over days and disputed between authorities, is one slot; a vague
// quantity agrees only with figures in its range; one facility's intake is a part, not the toll.
// Invented event: a ferry capsized off Tarrow Point in the invented province of Lessary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeDoc } from '../../../../test/fixtures/corpus/builder.ts';
import type { ClaimSpec, DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { readValue, vagueRange } from './intervals.ts';
import { careFacility, isCountDate } from './toll-context.ts';
import { alignDated } from './test-helpers.ts';

/** Each report's date words, as the time stage would give them: [phrase, day]. */
type Dates = [string, string][];

const of = (corpus: Corpus, kind: string): ClaimSlot[] => corpus.layers.claims!.filter((s) => s.kind === kind);
const holding = (slots: ClaimSlot[], doc: string, value: number) => slots.filter((s) => s.values.some((v) => v.document === doc && v.value === value));

const PLACES = [
  { name: 'Tarrow Point', type: 'PLACE' as const },
  { name: 'Lessary', type: 'PLACE' as const },
];
const killed = (quantity: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ kind: 'killed', quantity, value, counted: 'people', ...extra });

// Day one: the happening's own date ("late on Sunday"). Later days: the day each count was given.
const DAY_ONE: DocSpec & { dates: Dates } = {
  id: 'wire',
  published: '2031-06-02',
  outlet: 'Lessary Press Agency',
  entities: PLACES,
  text: 'Ferry capsizes off Tarrow Point\n\nA crowded ferry capsized off Tarrow Point late on Sunday, killing at least 14 people, the coast guard said.',
  claims: [killed('at least 14', 14, { low: 14, place: 'Tarrow Point', date: '2031-06-01' })],
  dates: [['Sunday', '2031-06-01']],
};
const DAY_THREE: DocSpec & { dates: Dates } = {
  id: 'courier',
  published: '2031-06-03',
  outlet: 'Lessary Courier',
  entities: PLACES,
  text: 'Sinking toll disputed\n\nThe coast guard said on Tuesday that 31 people had died in the sinking in Lessary, more than the 26 dead announced by the port authority.',
  claims: [killed('31', 31, { place: 'Lessary', date: '2031-06-03' }), killed('26', 26, { place: 'Lessary', date: '2031-06-03' })],
  dates: [['Tuesday', '2031-06-03']],
};
const DAY_SIX: DocSpec & { dates: Dates } = {
  id: 'weekly',
  published: '2031-06-06',
  outlet: 'Harbour Weekly',
  entities: PLACES,
  text: 'A week of grief on the coast\n\nBy Friday the coast guard had counted 52 dead; the provincial governor says 61.',
  claims: [killed('52', 52, { date: '2031-06-06' }), killed('61', 61, { date: '2031-06-06' })],
  dates: [['Friday', '2031-06-06']],
};

test('a toll counted on later days and disputed between authorities is one slot, dated by the happening', () => {
  const corpus = alignDated([DAY_ONE, DAY_THREE, DAY_SIX]);
  const slots = of(corpus, 'killed');
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.deepEqual(slots[0].values.map((v) => v.value).sort((a, b) => Number(a) - Number(b)), [14, 26, 31, 52, 61]);
  // Two authorities' figures on the same days: not a clean rise.
  assert.equal(slots[0].status, 'conflicting');
  assert.equal(slots[0].independentSources, 3);
  assert.match(slots[0].subject, /on 2031-06-01/);
});

test('without the disputes, the same counts are one evolving slot whose best figure is the latest', () => {
  const corpus = alignDated([
    DAY_ONE,
    { ...DAY_THREE, claims: [DAY_THREE.claims![0]] },
    { ...DAY_SIX, claims: [DAY_SIX.claims![0]] },
  ]);
  const slots = of(corpus, 'killed');
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'evolving');
  assert.equal(slots[0].reconciled!.best, 52);
});

test('a date after "said on" or "by" is the count\'s; a date the happening has is not', () => {
  const corpus = alignDated([DAY_ONE, DAY_THREE, DAY_SIX]);
  const [wire, courier, weekly] = corpus.documents;
  assert.equal(isCountDate(wire, wire.layers.claims![0], '2031-06-01'), false);
  assert.equal(isCountDate(courier, courier.layers.claims![0], '2031-06-03'), true);
  assert.equal(isCountDate(weekly, weekly.layers.claims![0], '2031-06-06'), true);
});

test('a happening on another day with its own toll stays apart (an aftershock, a second sinking)', () => {
  const corpus = alignDated([
    DAY_ONE,
    DAY_THREE,
    {
      id: 'radio',
      published: '2031-06-05',
      outlet: 'Radio Lessary',
      entities: PLACES,
      text: 'Second boat lost\n\nA fishing boat sank near Tarrow Point on Thursday, killing four people, rescuers said.',
      claims: [killed('four', 4, { place: 'Tarrow Point', date: '2031-06-05' })],
      dates: [['Thursday', '2031-06-05']],
    },
  ]);
  const slots = of(corpus, 'killed');
  assert.equal(slots.length, 2);
  assert.equal(holding(slots, 'radio', 4)[0].values.length, 1);
});

const later = (id: string, published: string, sentence: string, quantity: string, value: number): DocSpec => ({
  id,
  published,
  outlet: `${id} news`,
  entities: PLACES,
  text: `Coast news\n\n${sentence}`,
  claims: [killed(quantity, value)],
});

test('a day later, a toll far above the first count joins it only when told as a rise', () => {
  const first = later('first', '2031-06-02', 'Eight people died when the ferry went down, officials said.', 'Eight', 8);
  const rose = alignDated([first, later('rose', '2031-06-03', 'The toll from the ferry disaster has risen to 40, officials said.', '40', 40)]);
  assert.equal(of(rose, 'killed').length, 1);
  const other = alignDated([first, later('other', '2031-06-03', 'Forty people died when a bus left the coast road, police said.', 'Forty', 40)]);
  assert.equal(of(other, 'killed').length, 2);
  // A running count ("since Sunday night") is told as a rise too.
  const since = alignDated([first, later('since', '2031-06-03', 'Forty people have died since the ferry went down on Sunday night, officials said.', 'Forty', 40)]);
  assert.equal(of(since, 'killed').length, 1);
});

test('one report giving two close figures for a big toll keeps them in one slot; two small tolls, or two places, stay apart', () => {
  const close = alignDated([DAY_THREE]);
  assert.equal(of(close, 'killed').length, 1);
  const small = alignDated([
    {
      id: 'roundup',
      published: '2031-06-03',
      entities: PLACES,
      text: 'Weekend on the coast\n\nTwo people drowned at Tarrow Point on Saturday. Three people died in a house fire in Lessary.',
      claims: [killed('Two', 2, { place: 'Tarrow Point' }), killed('Three', 3, { place: 'Lessary' })],
    },
  ]);
  assert.equal(of(small, 'killed').length, 2);
  const places = alignDated([
    {
      id: 'roundup',
      published: '2031-06-03',
      entities: PLACES,
      text: 'Storm on the coast\n\nTwelve people died at Tarrow Point and ten in Lessary when the storm hit.',
      claims: [killed('Twelve', 12, { place: 'Tarrow Point' }), killed('ten', 10, { place: 'Lessary' })],
    },
  ]);
  assert.equal(of(places, 'killed').length, 2);
});

const missing = (id: string, published: string, sentence: string, quantity: string, value: number, extra: Partial<ClaimSpec> = {}): DocSpec => ({
  id,
  published,
  outlet: `${id} news`,
  entities: PLACES,
  text: `Ferry search\n\n${sentence}`,
  claims: [{ kind: 'missing', quantity, value, counted: 'people', ...extra }],
});

test('"dozens missing" does not agree with 19; it does with 30', () => {
  const dozens = missing('wire', '2031-06-02', 'The ferry capsized, leaving dozens missing in the cold water.', 'dozens', 12, { vague: true });
  const nineteen = alignDated([dozens, missing('radio', '2031-06-02', 'Rescuers said 19 people are missing after the ferry capsized.', '19', 19)]);
  const slot = holding(of(nineteen, 'missing'), 'radio', 19)[0];
  assert.ok(slot.values.some((v) => v.document === 'wire'));
  assert.notEqual(slot.status, 'agreed');
  const thirty = alignDated([dozens, missing('radio', '2031-06-02', 'Rescuers said 30 people are missing after the ferry capsized.', '30', 30)]);
  assert.equal(holding(of(thirty, 'missing'), 'radio', 30)[0].status, 'agreed');
});

test('vague words read as the range they name for agreement, as ACLED\'s figure for reconciliation', () => {
  assert.deepEqual(vagueRange('dozens'), [24, 199]);
  assert.deepEqual(vagueRange('a few'), [2, 5]);
  assert.deepEqual(vagueRange('a handful of'), [2, 6]);
  assert.equal(vagueRange('forty'), null);
  const dozens = { value: 12, low: null, high: null, vague: true, quantity: { text: 'dozens of' } };
  assert.deepEqual([readValue(dozens)!.low, readValue(dozens)!.high, readValue(dozens)!.point], [24, 199, 12]);
  assert.deepEqual([readValue(dozens, false)!.low, readValue(dozens, false)!.high], [6, 24]);
});

test('a count of the missing that falls over the days is evolving; a copy repeats its original as of its day', () => {
  const wire = missing('wire', '2031-06-02', 'Forty people were missing after the ferry capsized off Tarrow Point, the coast guard said.', 'Forty', 40);
  const copy = { ...wire, id: 'copy', published: '2031-06-04', outlet: null };
  const corpus = alignDated([
    wire,
    missing('courier', '2031-06-03', 'Divers said 25 people were still missing on Tuesday.', '25', 25),
    copy,
    missing('radio', '2031-06-04', 'Nine people remain missing, the governor said.', 'Nine', 9),
  ]);
  const slots = of(corpus, 'missing');
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
});

test('a named care facility after "admitted to" or leading the clause makes a figure one facility\'s part', () => {
  const doc = (sentence: string) =>
    makeDoc({ id: 'd', text: `Hospital news\n\n${sentence}`, claims: [{ kind: 'injured', quantity: sentence.match(/\d+/)![0], value: Number(sentence.match(/\d+/)![0]) }] });
  const facility = (sentence: string) => {
    const d = doc(sentence);
    return careFacility(d, d.layers.claims![0]);
  };
  assert.equal(facility('At Corran Bay General Hospital, 35 injured people had been admitted by nightfall.'), 'Corran Bay General Hospital');
  assert.equal(facility('Staff said 35 of the injured were taken to St Aldric\'s Hospital.'), 'St Aldric\'s Hospital');
  // A hospital as the source, hospitals in general, and a figure before another figure's clause are the toll.
  assert.equal(facility('St Aldric\'s Hospital said it had admitted 35 injured people.'), null);
  assert.equal(facility('In all, 135 have been treated in hospitals across the province.'), null);
  assert.equal(facility('More than 120 were hurt; 35 of them were taken to St Aldric\'s Hospital.'), null);
});

/** A local paper's count of one hospital's intake: a part of the injured, with its own slot. */
const LOCAL_INTAKE: DocSpec = {
  id: 'local',
  published: '2031-06-02',
  outlet: 'Lessary Courier',
  entities: PLACES,
  text: 'Hospitals fill up\n\nAt Corran Bay General Hospital, 35 injured people had been admitted by Monday night.',
  claims: [{ kind: 'injured', quantity: '35', value: 35, counted: 'people' }],
};

test('one facility\'s intake is its own slot beside the injured total', () => {
  const corpus = alignDated([
    {
      id: 'wire',
      published: '2031-06-02',
      outlet: 'Lessary Press Agency',
      entities: PLACES,
      text: 'Ferry capsizes\n\nMore than 120 people were injured when the ferry capsized off Tarrow Point, the coast guard said.',
      claims: [{ kind: 'injured', quantity: 'More than 120', value: 120, low: 120, counted: 'people' }],
    },
    LOCAL_INTAKE,
  ]);
  const slots = of(corpus, 'injured');
  assert.equal(slots.length, 2);
  const part = holding(slots, 'local', 35)[0];
  assert.equal(part.values.length, 1);
  assert.match(part.subject, /at Corran Bay General Hospital/);
  assert.equal(holding(slots, 'wire', 120)[0].status, 'single-source');
});

test('a hospital\'s own count of a part of the injured ("said it had admitted 35 of the injured") is its intake, beside "At X Hospital, 35 ..."', () => {
  const corpus = alignDated([
    {
      id: 'wire',
      published: '2031-06-02',
      outlet: 'Lessary Press Agency',
      entities: PLACES,
      text: 'Ferry capsizes\n\nMore than 120 people were injured off Tarrow Point. Corran Bay General Hospital said it had admitted 35 of the injured.',
      claims: [{ kind: 'injured', quantity: 'More than 120', value: 120, low: 120, counted: 'people' }, { kind: 'injured', quantity: '35', value: 35, counted: 'people' }],
    },
    LOCAL_INTAKE,
  ]);
  const slots = of(corpus, 'injured');
  const intake = holding(slots, 'wire', 35);
  assert.equal(intake.length, 1);
  assert.equal(intake[0], holding(slots, 'local', 35)[0], slots.map((s) => s.subject).join(' | '));
  assert.match(intake[0].subject, /at Corran Bay General Hospital/);
});

const quake = (id: string, text: string, claims: ClaimSpec[], events: DocSpec['events'] = []): DocSpec => ({
  id,
  published: '2031-06-02',
  outlet: `${id} news`,
  entities: PLACES,
  text: `Quake off Tarrow Point\n\n${text}`,
  claims,
  events,
});
const magnitude = (quantity: string, value: number): ClaimSpec => ({ kind: 'magnitude', quantity, value, unit: 'magnitude', counted: null });

test('two agencies\' magnitudes of one quake in one report are one slot; an aftershock a step lower is another', () => {
  const corpus = alignDated([
    quake('wire', 'The Lessary Seismic Service put the magnitude at 5.8, while the Harrow Observatory measured it at 5.5.', [magnitude('5.8', 5.8), magnitude('5.5', 5.5)]),
    quake('radio', 'The quake had a magnitude of 5.8. An aftershock of magnitude 4.2 followed an hour later.', [magnitude('5.8', 5.8), magnitude('4.2', 4.2)]),
  ]);
  const slots = of(corpus, 'magnitude');
  assert.equal(slots.length, 2, slots.map((s) => s.values.map((v) => v.value).join(',')).join(' | '));
  const main = holding(slots, 'wire', 5.8)[0];
  assert.deepEqual(main.values.map((v) => v.value).sort(), [5.5, 5.8, 5.8]);
  assert.equal(main.status, 'conflicting');
  assert.equal(holding(slots, 'radio', 4.2)[0].values.length, 1);
});

test('a measure told in a statement ("the service said the depth was 10 km") joins the same measure told as the happening', () => {
  const depth: ClaimSpec = { kind: 'distance', quantity: '10 km', value: 10, unit: 'km', counted: null };
  const corpus = alignDated([
    quake('wire', 'The quake struck at a depth of 10 km off Tarrow Point.', [{ ...depth, event: 'struck' }], [{ type: 'disaster', trigger: 'struck' }]),
    quake('radio', 'The seismic service said the depth was 10 km.', [{ ...depth, event: 'said' }], [{ type: 'statement', trigger: 'said' }]),
  ]);
  const slots = of(corpus, 'distance');
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'agreed');
});
