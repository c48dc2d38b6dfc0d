import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimValue } from '../../../core/index.ts';
import { slotStatus } from './status.ts';

/** One statement from one independence group (invented). */
function said(value: string, group: string): ClaimValue {
  return {
    document: `doc-${group}`, value, low: null, high: null, text: value, attribution: 'the river authority',
    quantity: { document: `doc-${group}`, start: 0, end: value.length, text: value }, vague: false, parts: [], hedge: null, published: '2032-04-02', group,
  };
}

test('statements on two sides of a contradiction conflict when they are about the same thing', () => {
  const r = slotStatus('statement', [said('the city expelled the dredging contractor from the harbour', 'g1'), said('the dredging contractor was asked not to return', 'g2')]);
  assert.equal(r.status, 'conflicting');
  assert.match(r.reason, /expelled vs kept from returning/);
});

test('one speaker\'s statements about different people are two facts, not a contradiction', () => {
  const r = slotStatus('statement', [said('Four people are now confirmed dead', 'g1'), said('two people, a woman and a boy, were pulled alive from a car', 'g2')]);
  assert.equal(r.status, 'agreed');
  // A short statement with nothing but generic words is no bare predicate either.
  assert.equal(slotStatus('statement', [said('14 people had died.', 'g1'), said('two people were pulled alive from a car', 'g2')]).status, 'agreed');
});

test('a bare predicate was slotted by what it is about, so it still conflicts', () => {
  assert.equal(slotStatus('statement', [said('expelled', 'g1'), said('barred from returning', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [said('expelled the envoy', 'g1'), said('barred from returning', 'g2')]).status, 'conflicting', 'either side bare');
});

/** One toll figure from one independence group on one day (invented). */
function counted(value: number, group: string, published: string, low: number | null = value, high: number | null = value): ClaimValue {
  return {
    document: `doc-${group}-${published}`, value, low, high, text: String(value), attribution: null,
    quantity: { document: `doc-${group}`, start: 0, end: 2, text: String(value) }, vague: false, parts: [], hedge: null, published, group,
  };
}

test('a rising toll whose authorities disagreed on the way but whose latest reports agree is evolving', () => {
  const values = [
    counted(30, 'g1', '2032-04-02', 30, null),
    counted(61, 'g2', '2032-04-03'),
    counted(74, 'g2', '2032-04-03'),
    counted(70, 'g3', '2032-04-06'),
  ];
  assert.equal(slotStatus('injured', values).status, 'evolving');
  // Still disputed in the latest reports: conflicting.
  assert.equal(slotStatus('injured', [...values, counted(82, 'g4', '2032-04-06')]).status, 'conflicting');
  // Ending below where it started is no rise.
  assert.equal(slotStatus('injured', [...values.slice(1), counted(90, 'g1', '2032-04-02')]).status, 'conflicting');
});

/** An approximate figure as written ("more than 40"): a reading with a bound, not a stated total. */
function approx(value: number, group: string, published: string): ClaimValue {
  return { ...counted(value, group, published, value, null), text: `more than ${value}`, quantity: { document: `doc-${group}`, start: 0, end: 12, text: `more than ${value}` } };
}

test('"more than 40" first says which way a toll went, like a stated figure', () => {
  const values = [approx(40, 'g1', '2032-04-02'), counted(61, 'g2', '2032-04-03'), counted(74, 'g3', '2032-04-03'), counted(95, 'g4', '2032-04-05')];
  assert.equal(slotStatus('injured', values).status, 'evolving');
});

test('a later report that only repeats one side of the last dispute has not settled it', () => {
  const values = [counted(30, 'g1', '2032-04-02'), counted(61, 'g2', '2032-04-03'), counted(74, 'g3', '2032-04-03'), counted(61, 'g4', '2032-04-05')];
  assert.equal(slotStatus('injured', values).status, 'conflicting');
  // A figure the count moved on to does settle it.
  assert.equal(slotStatus('injured', [...values.slice(0, 3), counted(80, 'g4', '2032-04-05')]).status, 'evolving');
});

/** A figure as written, with the bounds the extractor gives it (invented). */
function written(text: string, value: number, group: string, low: number | null, high: number | null = null): ClaimValue {
  return { ...counted(value, group, '2032-04-02', low, high), text, quantity: { document: `doc-${group}`, start: 0, end: text.length, text } };
}

test('a floor ("more than two dozen", "over 20") agrees with an approximate figure above it, and with a stated one', () => {
  // Cars in a flooded underpass; rooms burnt in a hotel fire.
  const cars = [written('around 30', 30, 'g1', null), written('more than two dozen', 24, 'g2', 24), written('over 20', 20, 'g3', 20)];
  assert.equal(slotStatus('count', cars).status, 'agreed');
  assert.equal(slotStatus('count', [written('some 60', 60, 'g1', null), written('in excess of 50', 50, 'g2', 50), written('58', 58, 'g3', null)]).status, 'agreed');
  // A floor above the figure still disagrees: "more than 40" is no account of "around 30".
  assert.equal(slotStatus('count', [written('around 30', 30, 'g1', null), written('more than 40', 40, 'g2', 40)]).status, 'conflicting');
  // Two stated floors are two sources' totals, which differ.
  assert.equal(slotStatus('count', [written('at least 24', 24, 'g1', 24), written('at least 20', 20, 'g2', 20)]).status, 'conflicting');
});

/** A figure credited to an authority, in a sentence of its own (invented). */
function credited(value: number, group: string, published: string, attribution: string, text = `${attribution} said ${value}.`, low: number | null = null): ClaimValue {
  return { ...counted(value, group, published, low, null), attribution, text, quantity: { document: `doc-${group}`, start: 0, end: String(value).length, text: String(value) } };
}

test('a count of who was there, given by two authorities a day apart, is disputed, not evolving', () => {
  // A collapsed warehouse: the owners' roster, then the labour inspectorate's count.
  const inside = [credited(140, 'g1', '2032-07-01', 'the owners'), credited(210, 'g2', '2032-07-02', 'the labour inspectorate')];
  assert.equal(slotStatus('count', inside).status, 'conflicting');
  // The same authority's later count, or a later count told as a change, moved.
  assert.equal(slotStatus('count', [inside[0], credited(210, 'g2', '2032-07-02', 'the owners of the warehouse')]).status, 'evolving');
  assert.equal(slotStatus('count', [inside[0], credited(210, 'g2', '2032-07-02', 'the labour inspectorate', 'The number of workers known to have been inside has risen to 210, the labour inspectorate said.')]).status, 'evolving');
  // Two days apart is not about the same time.
  assert.equal(slotStatus('count', [inside[0], credited(210, 'g2', '2032-07-03', 'the labour inspectorate')]).status, 'evolving');
});

test('a toll counted by one authority, then another, rises: it evolves', () => {
  // A flash flood: the police count, then the governor's.
  const values = [credited(12, 'g1', '2032-09-10', 'police'), credited(19, 'g2', '2032-09-11', 'the regional governor'), credited(23, 'g3', '2032-09-13', 'the regional governor')];
  assert.equal(slotStatus('killed', values).status, 'evolving');
});

test('a toll that falls below a figure no one disputed on its day is two sources\' counts, not a settled dispute', () => {
  // A train derailment: the first reports, the rail operator's "more than 50", then the health ministry's 44.
  const values = [
    credited(30, 'g1', '2032-02-03', 'the county hospital'),
    credited(50, 'g2', '2032-02-04', 'the rail operator', 'More than 50 people were hurt, the rail operator said.', 50),
    credited(44, 'g3', '2032-02-06', 'the health ministry'),
    credited(44, 'g4', '2032-02-08', 'the health ministry'),
  ];
  values[1] = { ...values[1], quantity: { ...values[1].quantity, text: 'More than 50' } };
  assert.equal(slotStatus('injured', values).status, 'conflicting');
  // Had the ministry's count moved above it, the toll rose.
  assert.equal(slotStatus('injured', [...values.slice(0, 2), credited(58, 'g3', '2032-02-06', 'the health ministry')]).status, 'evolving');
});

test('a toll that rose and ends with two authorities\' counts is conflicting, and its reason tells both', () => {
  // A tower-block fire: the fire brigade's count over three days, then the brigade and the council apart.
  const values = [
    credited(4, 'g1', '2032-11-01', 'the fire brigade'),
    credited(11, 'g2', '2032-11-02', 'the fire brigade'),
    credited(19, 'g3', '2032-11-04', 'the fire brigade'),
    credited(23, 'g3', '2032-11-04', 'the borough council'),
  ];
  const r = slotStatus('killed', values);
  assert.equal(r.status, 'conflicting');
  assert.match(r.reason, /rose with publication date, then the latest reports disagree: 19 .* vs 23/);
  // Without the rise it is a plain disagreement.
  assert.match(slotStatus('killed', [credited(19, 'g1', '2032-11-04', 'the fire brigade'), credited(23, 'g2', '2032-11-04', 'the borough council')]).reason, /^independent sources disagree/);
});
