import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus, makeDoc } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';
import { reportedSpeechClaims } from './reported-speech.ts';

// An invented dam breach told by two independent outlets.
const ENTITIES = [
  { name: 'Alda Brennick', type: 'PERSON' as const, aliases: ['Brennick'] },
  { name: 'Corvel Pask', type: 'PERSON' as const },
  { name: 'Ostry Water Board', type: 'ORG' as const },
  { name: 'Lune Valley', type: 'PLACE' as const },
];

const DOCS: DocSpec[] = [
  {
    id: 'dam-a',
    published: '2033-05-10',
    outlet: 'Valley Courier',
    entities: ENTITIES,
    text: `Dam breach floods Lune Valley\n\nGovernor Alda Brennick said that every household below the dam would be moved before nightfall. Corvel Pask, the board's chief engineer, remarked that the spillway had been blocked for weeks. The Ostry Water Board told reporters nothing.`,
  },
  {
    id: 'dam-b',
    published: '2033-05-10',
    outlet: 'Northern Ledger',
    entities: ENTITIES,
    text: `Evacuation ordered in Lune Valley\n\nBrennick warned residents to leave the valley before the next high water. The water level kept rising through the afternoon, said the Ostry Water Board.`,
  },
];

function aligned(): ClaimSlot[] {
  const c: Corpus = makeCorpus(DOCS);
  c.layers.provenance = buildProvenance(c.documents);
  alignClaims.run(c, { options: {} });
  return c.layers.claims!.filter((s) => s.kind === 'statement');
}

test('reported speech: a named speaker before or after a speech verb, the clause as the value', () => {
  const claims = reportedSpeechClaims(makeDoc(DOCS[0]));
  const bySpeaker = new Map(claims.map((c) => [c.attribution!.text, String(c.value)]));
  assert.equal(bySpeaker.get('Alda Brennick'), 'every household below the dam would be moved before nightfall.');
  // An appositive between the speaker and the verb does not hide the speaker.
  assert.equal(bySpeaker.get('Corvel Pask'), 'the spillway had been blocked for weeks.');
  // "told reporters" with nothing reported after "that" is not a statement.
  assert.ok(!bySpeaker.has('Ostry Water Board'));
  const after = reportedSpeechClaims(makeDoc(DOCS[1]));
  assert.deepEqual(after.map((c) => c.attribution!.text).sort(), ['Brennick', 'Ostry Water Board']);
  assert.equal(String(after.find((c) => c.attribution!.text === 'Ostry Water Board')!.value), 'The water level kept rising through the afternoon');
});

test('reported speech: one slot per speaker entity, agreed across outlets, single-source otherwise', () => {
  const slots = aligned();
  const brennick = slots.filter((s) => s.subject === 'what Alda Brennick said');
  assert.equal(brennick.length, 1);
  assert.equal(brennick[0].values.length, 2);
  assert.equal(brennick[0].status, 'agreed');
  assert.equal(brennick[0].independentSources, 2);
  const pask = slots.find((s) => s.subject === 'what Corvel Pask said')!;
  assert.equal(pask.status, 'single-source');
  assert.equal(pask.values[0].document, 'dam-a');
});

test('reported speech: words before ", X said" are what X said; a name inside a place phrase is not a speaker', () => {
  const doc = makeDoc({
    id: 'dam-c',
    published: '2033-05-11',
    entities: ENTITIES,
    text: `Water level falls\n\nThe water level fell by a metre overnight, the Ostry Water Board said, as pumps ran at full power. Volunteers at the Ostry Water Board say the pumps failed twice before dawn.`,
  });
  const claims = reportedSpeechClaims(doc);
  assert.deepEqual(
    claims.map((c) => [c.attribution!.text, String(c.value)]),
    [['Ostry Water Board', 'The water level fell by a metre overnight']],
  );
});

test('reported speech: a name set off by commas before the verb speaks; a name after "says" that goes on to act does not; "that," opens what was said', () => {
  const doc = makeDoc({
    id: 'dam-d',
    published: '2033-05-12',
    entities: ENTITIES,
    text: `Spillway row\n\nA spokeswoman for the valley, Alda Brennick, says the sluice gates jammed twice in the night. A farmer downstream says the Ostry Water Board opened the spillway without warning. The reservoir fell two metres overnight, according to Ostry Water Board figures. Corvel Pask said on Monday that, by his count, forty homes were flooded.`,
  });
  assert.deepEqual(
    reportedSpeechClaims(doc).map((c) => [c.attribution!.text, String(c.value)]),
    [['Alda Brennick', 'the sluice gates jammed twice in the night.'], ['Ostry Water Board', 'The reservoir fell two metres overnight'], ['Corvel Pask', 'by his count, forty homes were flooded.']],
  );
});
