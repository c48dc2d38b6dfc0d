import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents, hasOwnDate } from './find-events.ts';
import { findTimexes } from '../resolve-time/find-timexes.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import type { EntityMention } from '../../../core/index.ts';

const REF = '2031-05-08';
function run(text: string, mentions: EntityMention[] = []) {
  const sentences = splitSimpleSentences(text);
  return findEvents(text, sentences, mentions, findTimexes(text, sentences, REF), REF);
}
function mention(text: string, name: string, type: EntityMention['type'], entity: string): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, entity, role: null };
}

test('agent, target, location and date from the clause (capitalized phrases without entities)', () => {
  const [ev] = run('Korvan Army shelled Drosk Valley in Ulmara on Tuesday.');
  assert.equal(ev!.type, 'attack');
  assert.equal(ev!.lemma, 'shell');
  assert.equal(ev!.agent?.text, 'Korvan Army');
  assert.equal(ev!.target?.text, 'Drosk Valley');
  assert.equal(ev!.location?.text, 'Ulmara');
  assert.equal(ev!.date?.value, '2031-05-06');
});

test('entity mentions are used when present, passive voice swaps agent and target', () => {
  const text = 'The Ferrin depot was struck by Vell Brigade near Ostra.';
  const mentions = [mention(text, 'Ferrin', 'PLACE', 'e1'), mention(text, 'Vell Brigade', 'ORG', 'e2'), mention(text, 'Ostra', 'PLACE', 'e3')];
  const [ev] = run(text, mentions);
  assert.equal(ev!.lemma, 'strike');
  assert.equal(ev!.agent?.entity, 'e2');
  assert.equal(ev!.location?.entity, 'e3');
});

test('types, negation, hedges and the reference-date fallback', () => {
  const evs = run('Lormia recalled its ambassador. The group did not attack Pell. Rebels reportedly seized Tarn.');
  assert.deepEqual(evs.map((e) => e.type).slice(0, 2), ['diplomatic', 'attack']);
  assert.equal(evs[0]!.date?.value, REF);
  assert.match(evs[0]!.date!.basis, /reference date/);
  assert.equal(evs[1]!.negated, true);
  assert.equal(evs[0]!.negated, false);
  const text2 = 'Militants allegedly bombed the bridge.';
  assert.equal(run(text2)[0]!.hedged, true);
});

test('trigger words checked against their context', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('She was a close friend of the family.'), []);
  assert.deepEqual(lemmas('Lormia closed its embassy in Pell.'), ['close:diplomatic']);
  assert.deepEqual(lemmas('The chief held a press conference.'), ['press conference:statement']);
  assert.deepEqual(lemmas('The envoy in charge of the port left.'), []);
  assert.deepEqual(lemmas('A guard fired shots at the crowd.'), ['fire:attack']);
  assert.deepEqual(lemmas('The firm fired its manager.'), []);
  assert.deepEqual(lemmas('A fire swept through the depot.'), ['fire:accident']);
  assert.deepEqual(lemmas('He was shot outside a bar.'), ['shoot:attack']);
});
test('senses outside their domain are not events: surgery, restraint, a fee', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('The clinic cancelled planned operations for the week.'), []);
  assert.deepEqual(lemmas('Army units began an operation in the hills.'), ['operation:military']);
  assert.deepEqual(lemmas('Envoys urged both sides to exercise restraint.'), ['urge:demand']);
  assert.deepEqual(lemmas('The two navies held a joint exercise off Pell.'), ['exercise:military']);
  assert.deepEqual(lemmas('Buses will run free of charge until Friday.'), []);
  assert.deepEqual(lemmas('Two men were charged with arson.'), ['charge:arrest']);
});
test('a date inside the object belongs to the object, not the act', () => {
  const [ev] = run('On Friday the minister defended the previous day\'s raid.');
  assert.equal(ev!.lemma, 'defend');
  assert.equal(ev!.date?.value, '2031-05-02');
});

test('a tour is a visit; a news conference is a statement that its own date can place', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('The envoy toured the ruined district of Pell.'), ['tour:meet']);
  const [ev] = run('The mayor told a news conference in Ostra on Tuesday that the dam held.');
  assert.equal(`${ev!.lemma}:${ev!.type}`, 'news conference:statement');
  assert.equal(ev!.date?.value, '2031-05-06');
});

test('a possessive date owns its noun: another act in the sentence takes the other date', () => {
  const text = "The mayor said on Wednesday that nine people had died in Sunday's collapse and accused the builder of cutting corners.";
  const accused = run(text).find((e) => e.lemma === 'accuse');
  assert.equal(accused?.date?.value, '2031-05-07');
  const collapse = run(text).find((e) => e.lemma === 'collapse');
  assert.equal(collapse?.date?.value, '2031-05-04');
});

test('a time that names its day ("Monday morning") dates the act; one that does not ("this morning") leaves the nearer date', () => {
  const widened = run("Wardens widened the evacuation zone from 2 km to 4 km on Monday morning, after Sunday's flood.");
  assert.deepEqual(widened.filter((e) => e.lemma === 'widen').map((e) => [e.type, e.date?.value]), [['rescue', '2031-05-05']]);
  // "this morning" repeats the document's day: the act stays undated, for the timeline to place as news of the day.
  const met = run('The envoys met again this morning.').find((e) => e.lemma === 'meet');
  assert.equal(met !== undefined && hasOwnDate(met), false);
});

test('widening or expanding is an event only for a zone people leave', () => {
  assert.equal(run('On Monday the authorities expanded the zone of the evacuation to 8 km.').some((e) => e.lemma === 'expand' && e.type === 'rescue'), true);
  assert.equal(run('The council widened the road on Monday.').some((e) => e.lemma === 'widen'), false);
});

test('a gerund that opens an opinion ("Arresting three men will not be enough") is no happening; a gerund noun is', () => {
  assert.equal(run('Arresting two clerks will not be enough').length, 0);
  assert.equal(run('Closing the mill is no answer.').length, 0);
  assert.equal(run('Shelling of the town was heavy on Monday.').some((e) => e.lemma === 'shell'), true);
});

test('residents allowed home end an evacuation, dated by their sentence', () => {
  const ev = run('Residents of the outer ring have been allowed home since Friday.').find((e) => e.lemma === 'allow home');
  assert.deepEqual([ev?.type, ev?.date?.value], ['rescue', '2031-05-02']);
});

test('a passive whose subject is closable ("Schools ... are closed from Monday") is a closure; a relative clause or a state is not', () => {
  const closed = run('Schools in Pellow and the nearby hamlets are closed from Monday, the council said.').find((e) => e.lemma === 'close');
  assert.equal(closed?.date?.value, '2031-05-05');
  assert.equal(run('The road, which was closed by the flood, reopened on Tuesday.').some((e) => e.lemma === 'close'), false);
  assert.equal(run('Schools in Pellow remain closed.').some((e) => e.lemma === 'close'), false);
  // Without a closable subject the passive is no closure ("the deal is closed").
  assert.equal(run('The deal is closed from Monday.').some((e) => e.lemma === 'close'), false);
});

test('a construction year ("built in 1987") is dated history; "built" without a year is no event', () => {
  const built = run('The dye works, built in 1974, employs 300 people.').find((e) => e.lemma === 'build');
  assert.deepEqual([built?.type, built?.date?.value], ['other', '1974']);
  assert.equal(run('Prosecutors built a case against the owners.').some((e) => e.lemma === 'build'), false);
});

test('a crowd crush is an accident; crushed ribs, a crushed uprising and a crush on someone are not', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('Pilgrims were crushed near the east bridge of the shrine.'), ['crush:accident']);
  assert.deepEqual(lemmas('Two girls died in a crush at the fairground.'), ['crush:accident']);
  assert.deepEqual(lemmas('A stampede broke out at the temple gate.'), ['stampede:accident']);
  assert.deepEqual(lemmas('He was treated for crushed fingers.'), []);
  assert.deepEqual(lemmas('Cars were crushed under the fallen wall.'), []);
  // The revolt and the uprising are happenings of their own (riots); crushing them is no crowd crush.
  assert.deepEqual(lemmas('The army crushed the revolt.'), ['revolt:protest']);
  assert.deepEqual(lemmas('The 1971 uprising was crushed in days.'), ['uprising:protest']);
  assert.deepEqual(lemmas('She had a crush on the drummer.'), []);
});

test('riot gear and riot police are no riot', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('Officers in riot gear moved into the square.'), []);
  assert.deepEqual(lemmas('Riot police lined the avenue.'), []);
  assert.deepEqual(lemmas('A riot broke out in the prison yard.'), ['riot:protest']);
});

test('people led out of a building are evacuated; a defendant led out of court is not', () => {
  const lemmas = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(lemmas('About 600 guests were led out of the burning hotel.'), ['lead out:rescue']);
  assert.deepEqual(lemmas('The defendant was led out of court in handcuffs.'), []);
});

test('a site history and a penalty dated by a year counted back: renovated two years ago, fined last year', () => {
  const [renovated] = run('The depot was renovated two years ago.');
  assert.equal(`${renovated?.lemma}:${renovated?.date?.value}`, 'renovate:2029');
  const [fined] = run('The club was fined €80,000 last year for pitch invasions.');
  assert.equal(`${fined?.lemma}:${fined?.date?.value}`, 'fine:2030');
  const lemmas = (text: string) => run(text).map((e) => e.lemma);
  assert.deepEqual(lemmas('The weather was fine for the parade.'), []);
  assert.deepEqual(lemmas('Fines for speeding rose.'), []);
  assert.deepEqual(lemmas('The firm renovated the lobby.'), []);
});

test('opening a hotline or a shelter is a service begun; opening a door is not', () => {
  const events = run('The council opened a helpline for relatives on Tuesday morning.');
  assert.equal(`${events[0]?.lemma}:${events[0]?.date?.value}`, 'open:2031-05-06');
  const lemmas = (text: string) => run(text).map((e) => e.lemma);
  assert.deepEqual(lemmas('She opened the door.'), []);
  assert.deepEqual(lemmas('Troops opened fire on the convoy.'), ['open fire']);
});

test('a closable subject right before "closed" is a closure: "the reception centre closed on Friday"', () => {
  const events = run('The reception centre closed on Friday.');
  assert.equal(`${events[0]?.lemma}:${events[0]?.date?.value}`, 'close:2031-05-02');
  assert.deepEqual(run('He closed the window.').map((e) => e.lemma), []);
});

test('a dated statement of a figure is an event; other sayings are not', () => {
  const [said] = run('The governor said on Tuesday that 40 people had died in the floods.').filter((e) => e.lemma === 'say');
  assert.equal(`${said?.type}:${said?.date?.value}`, 'statement:2031-05-06');
  const says = (text: string) => run(text).filter((e) => e.lemma === 'say').length;
  assert.equal(says('The governor said on Tuesday that the bridge would reopen.'), 0);
  assert.equal(says('The governor said 40 people had died.'), 0);
  assert.equal(says('The governor said that on Tuesday 40 people had died.'), 0);
  assert.equal(says('The ministry says Monday that about three thousand homes were flooded.'), 1);
});

test('a suspension, ban or closure is diplomatic only with relations between states around it', () => {
  const types = (text: string) => run(text).map((e) => `${e.lemma}:${e.type}`);
  assert.deepEqual(types('Lormia suspended trade with Pell.'), ['suspend:diplomatic']);
  assert.deepEqual(types('The federation suspended all cup matches.'), ['suspend:other']);
  assert.deepEqual(types('The harbour master was suspended pending the inquiry.'), ['suspend:other']);
  assert.deepEqual(types('Pell banned flights from Lormia.'), ['ban:diplomatic']);
  assert.deepEqual(types('The town banned fireworks.'), ['ban:other']);
  assert.deepEqual(types('The council closed the schools in the valley.'), ['close:other']);
});
