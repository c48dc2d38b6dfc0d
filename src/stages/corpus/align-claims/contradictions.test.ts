import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, ClaimValue } from '../../../core/index.ts';
import { slotStatus } from './status.ts';
import { alignDated, datesIn } from './test-helpers.ts';

/** A bare label from one independence group (invented). */
function label(value: string, group: string): ClaimValue {
  return {
    document: `doc-${group}`, value, low: null, high: null, text: value, attribution: null,
    quantity: { document: `doc-${group}`, start: 0, end: value.length, text: value }, vague: false, parts: [], hedge: null, published: '2031-09-14', group,
  };
}

test('accounts of how a standoff ended or what caused it conflict across their pair, agree within a side', () => {
  assert.equal(slotStatus('statement', [label('surrendered', 'g1'), label('stormed', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('ended peacefully', 'g1'), label('stormed', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('surrendered', 'g1'), label('ended peacefully', 'g2')]).status, 'agreed');
  assert.equal(slotStatus('statement', [label('accident', 'g1'), label('arson', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('sabotage', 'g1'), label('deliberate', 'g2')]).status, 'agreed');
  assert.equal(slotStatus('statement', [label('shots fired', 'g1'), label('no shots fired', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('overloaded', 'g1'), label('not overloaded', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('left early', 'g1'), label('stayed to the end', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('away from post', 'g1'), label('at post', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('asleep', 'g1'), label('awake', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('did not surrender', 'g1'), label('surrendered', 'g2')]).status, 'conflicting');
  assert.equal(slotStatus('statement', [label('did not surrender', 'g1'), label('stormed', 'g2')]).status, 'agreed');
  assert.equal(slotStatus('statement', [label('no foul play', 'g1'), label('arson', 'g2')]).status, 'conflicting');
  // Asleep at the controls is still at them: the two pairs do not cross.
  assert.equal(slotStatus('statement', [label('asleep', 'g1'), label('at post', 'g2')]).status, 'agreed');
  // A speaker's own words that mention a raid are no account of an ending: only the labels pair.
  assert.equal(slotStatus('statement', [label('surrendered', 'g1'), label('police stormed the market stalls last year', 'g2')]).status, 'agreed');
});

/**
 * Invented reports of a bank siege, each with its own wording, read by the real claim extractor and
 * aligned. `dates`: date words in a report and the day they name, as the time stage would give them.
 */
function accountSlots(texts: readonly string[], dates: readonly (readonly [string, string])[] = []): ClaimSlot[] {
  const specs = texts.map((text, i) => ({ id: `siege-${i + 1}`, published: '2031-09-14', outlet: `Outlet ${i + 1}`, text, dates: datesIn(text, dates) }));
  return alignDated(specs, true).layers.claims!.filter((s) => s.kind === 'statement');
}

const GAVE_UP = 'Siege at Farrow Street bank over\n\nThe two robbers who had held clerks at the Farrow Street branch since Tuesday gave themselves up at dusk, the regional police chief told a news conference.';
const STORMED = 'Clerks freed in Farrow Street\n\nA special police squad stormed the bank at dusk, according to a clerk who was inside, and the robbers were led out in handcuffs.';
const ENDED_WITHOUT = 'Farrow Street: the hostages are home\n\nA spokeswoman for the bank said the standoff ended without bloodshed after nine hours of talks with the pair.';

test('reports telling one ending two ways meet in one conflicting slot', () => {
  const slots = accountSlots([GAVE_UP, STORMED]);
  assert.equal(slots.length, 1);
  assert.deepEqual(slots[0].values.map((v) => v.value).sort(), ['stormed', 'surrendered']);
  assert.equal(slots[0].status, 'conflicting');
  assert.match(slots[0].statusReason, /surrendered vs stormed/);
});

test('reports telling one ending the same way agree; a denial is no account', () => {
  const agreed = accountSlots([GAVE_UP, ENDED_WITHOUT]);
  assert.equal(agreed.length, 1);
  assert.equal(agreed[0].status, 'agreed');
  const denied = 'Police deny the bank was stormed\n\nThe regional police chief denied that officers stormed the Farrow Street branch at any point.';
  const slots = accountSlots([GAVE_UP, denied]);
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'single-source');
});

test('the word on the ending given days later is still an account of that ending', () => {
  const later = 'Bank siege: minister speaks\n\nThe interior minister said on Friday that the two robbers had given themselves up.';
  const slots = accountSlots([STORMED.replace('at dusk', 'at dusk on Tuesday'), later], [['on Tuesday', '2031-09-13'], ['on Friday', '2031-09-16']]);
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'conflicting');
});

test('both sides told by one report in its own voice are a sequence, not a dispute', () => {
  const told = 'Farrow Street siege ends\n\nA special police squad stormed the bank at dusk. The two robbers surrendered without a fight.';
  assert.equal(accountSlots([told, GAVE_UP])[0].status, 'agreed');
  // Credited to two speakers, the same two sentences are two accounts.
  const credited = 'Two accounts of Farrow Street\n\nThe clerks\' union says a special police squad stormed the bank at dusk. The robbers surrendered without a fight, the bank said.';
  assert.equal(accountSlots([credited, GAVE_UP])[0].status, 'conflicting');
});

test('both sides told in one sentence in one voice are a sequence, not a dispute', () => {
  const sequence = 'Farrow Street siege ends\n\nA special police squad stormed the bank at dusk and the two robbers surrendered without a fight.';
  const slots = accountSlots([sequence, GAVE_UP]);
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'agreed');
  // Two voices in one sentence are two accounts.
  const voices = 'Two accounts of Farrow Street\n\nThe bank says the robbers surrendered, while the clerks\' union says a police squad stormed the branch.';
  assert.equal(accountSlots([voices, GAVE_UP])[0].status, 'conflicting');
});

test('reports telling a person in charge fled or stayed meet in one conflicting slot, across kinds of happening', () => {
  // A bus crash: passengers against the operator.
  const fled = 'Coach crash on the Veller pass\n\nPassengers say the coach driver jumped from the cab as the brakes failed.';
  const stayed = 'Operator defends driver\n\nThe coach operator says its driver stayed at the wheel until the coach came to rest against the barrier.';
  const bus = accountSlots([fled, stayed]);
  assert.equal(bus.length, 1);
  assert.deepEqual(bus[0].values.map((v) => v.value).sort(), ['left early', 'stayed to the end']);
  assert.equal(bus[0].status, 'conflicting');
  assert.match(bus[0].statusReason, /left early vs stayed/);
  // A warehouse fire: residents against the firm, told of a night guard.
  const asleep = 'Depot fire\n\nNeighbours said the night guard was asleep when the first flames were seen.';
  const awake = 'Firm answers neighbours\n\nThe security firm said its guard was awake and raised the alarm at once.';
  assert.equal(accountSlots([asleep, awake])[0].status, 'conflicting');
});
