import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtyFigures } from './casualty-figures.ts';
import { runTimeEventsClaims } from './test-helpers.ts';

const figures = (text: string) => {
  const f = casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!);
  return { killed: f.killed, injured: f.injured };
};

test('injured as people hit less people killed when a "shot" count leads', () => {
  assert.deepEqual(figures('Five shot, two killed at Pellam fair\n\nFive people were shot at the fair on Tuesday, police said.'), { killed: 2, injured: 3 });
  assert.deepEqual(figures('Six people were shot, one of them fatally, outside a club in Varn.'), { killed: 1, injured: 5 });
});

test('"N others" after a death are all hurt; a stated injured count wins when it comes first', () => {
  assert.deepEqual(figures('A teenager was killed and four others were shot near the Oster docks.'), { killed: 1, injured: 4 });
  assert.deepEqual(figures('One dead, three injured in Tarrow shooting\n\nFour people were shot late Monday.'), { killed: 1, injured: 3 });
});

test('a lone victim who later died is a death, not an injury', () => {
  assert.deepEqual(figures('A man was shot on Dorle Street. He was taken to a hospital, where he died.'), { killed: 1, injured: 0 });
});

test('a sentence tallying several incidents is used only when nothing else gives the figure', () => {
  assert.deepEqual(figures('Weekend shootings across Brell leave 7 dead.\n\nIn the first incident, two men were killed outside a bar.'), { killed: 2, injured: null });
  assert.deepEqual(figures('Weekend shootings across Brell leave 7 dead.'), { killed: 7, injured: null });
});

test('a killer who then killed himself adds one death', () => {
  assert.deepEqual(figures('A gunman killed three people at a Korran farm before turning the gun on himself.'), { killed: 4, injured: null });
  assert.deepEqual(figures('A boy, 9, accidentally shot himself and died.').killed, 1);
});

test('one person hit in a report that says someone died is the death', () => {
  assert.deepEqual(figures('A teenager was shot on Varn Road. Tomas Orell, 17, died Sunday at a hospital.'), { killed: 1, injured: 0 });
});

test('a toll dated well before the report is background, used only when nothing else is said', () => {
  const text = 'Last year, two men were killed at the same corner.\n\nOne man was killed on Ferro Street on Tuesday, police said.';
  const f = casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text, '2031-05-08');
  assert.equal(f.killed, 1);
  const g = casualtyFigures(runTimeEventsClaims('A boy, 9, accidentally shot and killed himself.', '2031-05-08').layers.claims!);
  assert.equal(g.killed, 1);
});

test('"X killed and N others hurt" counts the others only once; "another" and a bare age are one person', () => {
  assert.equal(figures('Mother Killed and 3 Others Hurt in Dorle Street Shooting').injured, 3);
  assert.deepEqual(figures('One man was killed and another injured in a shooting on Ferro Street.'), { killed: 1, injured: 1 });
  assert.deepEqual(figures('2 dead, 4-year-old wounded in Varn shooting'), { killed: 2, injured: 1 });
  assert.deepEqual(figures('Two men died and a 4-year-old girl was wounded after gunfire in Varn.'), { killed: 2, injured: 1 });
});

test('"one in critical condition, N others injured" adds the others', () => {
  assert.deepEqual(figures('One woman is in critical condition and two others are injured after a shooting in Pellam.'), { killed: null, injured: 3 });
});

test('a lone victim under a headline that tells of a death is the death', () => {
  const text = 'Fatal shooting on Dorle Street under investigation\n\nA man was shot outside a store on Dorle Street late Friday, police said.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text), { ...casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text), killed: 1, injured: 0 });
  const calm = 'Man shot on Dorle Street\n\nA man was shot outside a store on Dorle Street late Friday, police said.';
  assert.equal(casualtyFigures(runTimeEventsClaims(calm, '2031-05-08').layers.claims!, calm).killed, null);
});

test('an ordinal death is the toll it reaches; "in the hospital" is hurt', () => {
  assert.equal(figures('Third victim dies after Korran farm shooting').killed, 3);
  assert.deepEqual(figures('Two people are dead and one in the hospital after a shooting in Pellam.'), { killed: 2, injured: 1 });
});

test('a plural with its ages counts the ages; "shot and killed his ..." makes the subject the killer', () => {
  // "shot at twelve people": the one who fires is not hit.
  assert.equal(figures('A 20-year-old man shot at twelve people in Varn before he fled.').injured, null);
  assert.equal(figures('Oren Vast, 40, shot and killed his daughters, ages 5 and 7, then turned the gun on himself.').killed, 3);
  assert.deepEqual(figures('The victims, ages 20 and 22, were wounded outside a Varn bar.'), { killed: null, injured: 2 });
  assert.equal(figures('Father kills two children, then fatally shoots self in Pellam standoff').killed, 3);
  assert.equal(figures('Two brothers were shot near the Oster docks.').injured, 2);
});

test('a tally over a span of hours is a round-up, used only when nothing else gives the figure', () => {
  assert.deepEqual(figures('Six shot in 48 hours across Brell\n\nTwo men were shot outside a bar on Ferro Street on Sunday.'), { killed: null, injured: 2 });
});

test('people listed before a count are counted with it (conjoined victims)', () => {
  assert.equal(figures('Mother and three children found dead inside Ferro Street home').killed, 4);
  assert.equal(figures('Girl, Two Adults Injured in Pellam Shooting').injured, 3);
  assert.equal(figures('Brell shooting leaves man, 2 teens wounded').injured, 3);
  assert.equal(figures('Oren Vast and the three other men were shot outside the club.').injured, 4);
  assert.equal(figures('Police are looking for the man who killed a Varn woman and her two sons on Friday.').killed, 3);
  assert.equal(figures('Lina Marr, 31, and Tobin Hale, 54, were killed.').killed, 2);
  assert.equal(figures('Tessa Orn and Mikel Dray died at the scene.').killed, 2);
  // A day or a place before a comma is not a person.
  assert.equal(figures('In Varn, two men were shot.').injured, 2);
  assert.equal(figures('On Monday, two men were killed in Varn.').killed, 2);
});

test("a headline's bare singular victim is one person; clock times and model numbers are not counts", () => {
  assert.equal(figures('Varn girl fatally shot outside store').killed, 1);
  assert.equal(figures('Homeless man found dead in Pellam; suspect arrested').killed, 1);
  assert.deepEqual(figures('Teen shot near Oster docks'), { killed: null, injured: 1 });
  assert.equal(figures('Pellam woman dies after shooting').killed, 1);
  assert.equal(figures('0:47 Varn girl fatally shot outside store').killed, 1);
  assert.equal(figures('Third victim dies after Korran farm shooting').killed, 3);
  assert.equal(figures('Police say an AK-47 killed two men in Varn.').killed, 2);
});

test('a figure about another incident is only a fallback', () => {
  const text = 'Two men shot on Ferro Street\n\nTwo men were shot on Ferro Street on Tuesday. Earlier Tuesday, a woman was killed in Pellam.';
  assert.deepEqual(figures(text), { killed: null, injured: 2 });
  assert.equal(figures('The shooting came just hours after a man was killed in Pellam. A boy was shot on Varn Road.').killed, null);
  assert.equal(figures('About 20 minutes earlier, three people were wounded outside a bar. Two men were wounded on Ferro Street.').injured, 2);
});

test('a figure the report questions, corrects or only wishes is no figure', () => {
  assert.equal(figures('Neighbors said nobody would want to kill the boy.').killed, null);
  const open = 'A man was shot on Dorle Street. Police were not able to say if the man had died.';
  assert.equal(casualtyFigures(runTimeEventsClaims(open, '2031-05-08').layers.claims!, open).killed, null);
  const corrected = 'Four people were wounded at the fair. Early reports said one person had died, but that proved to be incorrect, officials said.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(corrected, '2031-05-08').layers.claims!, corrected), {
    ...casualtyFigures(runTimeEventsClaims(corrected, '2031-05-08').layers.claims!, corrected), killed: null, injured: 4,
  });
});

test("a victim list with the killer's own death counts the killer (murder-suicide composition)", () => {
  const claims = runTimeEventsClaims('Police say Oren Vast killed his wife, his son and himself at their Pellam home.', '2031-05-08').layers.claims!;
  const f = casualtyFigures(claims);
  assert.equal(f.killed, 3);
  assert.deepEqual(f.killedFrom!.parts.map((p) => p.label), ['wife', 'son', 'self']);
  assert.equal(figures('Officials: Varn Man Killed Wife, 3 Kids Then Himself').killed, 5);
  assert.equal(figures('Father fatally shot twin daughters, himself').killed, 3);
  assert.equal(figures('A woman fatally shot her husband and infant son before turning the gun on herself.').killed, 3);
  // Everyone in a death-noun list is dead already: the killer named after it is not one more.
  assert.equal(figures('Police are investigating the deaths of a mother, her son and a girl, and whether the son shot them and then himself.').killed, 3);
  assert.equal(figures('Two boys killed, father commits suicide after Varn standoff').killed, 3);
  assert.equal(figures('A rampage left seven people dead before the gunman killed himself in Pellam.').killed, 8);
  // A plural without a number does not say how many.
  assert.equal(figures('A man killed his children and himself.').killed, null);
});

test('"also injured" adds to the first victim; an ordinal victim hit is a lower bound on the people hit', () => {
  assert.equal(figures('A 6-year-old boy was seriously wounded in a shooting that also injured a woman on Varn Road.').injured, 2);
  assert.deepEqual(figures('Police say a second man was injured in the Tuesday shooting in Pellam.'), { killed: null, injured: 2 });
  assert.deepEqual(figures('A man was shot and killed on Ferro Street; a second man was critically injured.'), { killed: 1, injured: 1 });
});

test('a pronoun after a one-person death is that person, not one more hurt', () => {
  assert.deepEqual(figures('A boy, 2, was shot in the head and died shortly after he was transported to a Varn hospital.'), { killed: 1, injured: null });
  // "He was shot" after the death is still the same person hit: hit less killed is 0.
  assert.deepEqual(figures('A man was killed on Ferro Street. He was shot in the chest.'), { killed: 1, injured: 0 });
});

test('a headline that tells of one death in singular words is one death when nothing counts the dead', () => {
  const one = 'Varn eighth-grader dies in accidental shooting\n\nThe boy was found by his mother on Sunday, police said.';
  assert.equal(casualtyFigures(runTimeEventsClaims(one, '2031-05-08').layers.claims!, one).killed, 1);
  const charged = "Teen charged with friend's shooting death\n\nA Pellam teen was charged on Monday, prosecutors said.";
  assert.equal(casualtyFigures(runTimeEventsClaims(charged, '2031-05-08').layers.claims!, charged).killed, 1);
  // A plural or numbered headline does not say how many died.
  const many = 'Family mourns victims of Varn shootings\n\nThe funeral was held on Sunday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(many, '2031-05-08').layers.claims!, many).killed, null);
  // Ages, grades and durations are not counts of the dead; "kills" and "claims life of" tell a death.
  for (const headline of ['Varn 8th-grader dies in accidental shooting', 'Pellam man gets 16 years in fatal shooting of daughter, 5', 'Hunting accident claims life of 10-year-old boy', 'Man accidentally shoots and kills friend in Varn']) {
    const t = `${headline}\n\nThe case was heard on Monday.`;
    assert.equal(casualtyFigures(runTimeEventsClaims(t, '2031-05-08').layers.claims!, t).killed, 1, headline);
  }
  assert.equal(figures('5th person dies after July murder-suicide in Varn County').killed, 5);
  const site = '2-year-old dies after being shot inside Varn apartment - WXYZ Channel 4\n\nThe family said little.';
  assert.equal(casualtyFigures(runTimeEventsClaims(site, '2031-05-08').layers.claims!, site).killed, 1);
  const attempt = 'Teen charged with attempted murder in Varn\n\nThe teen was arraigned on Monday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(attempt, '2031-05-08').layers.claims!, attempt).killed, null);
  const calm = 'Man charged after Varn shooting\n\nThe man was arraigned on Monday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(calm, '2031-05-08').layers.claims!, calm).killed, null);
});

test('a lone victim told first, then a list naming that victim among others: the list is the count', () => {
  assert.equal(figures('Girl, 3, injured in Varn shooting\n\nA 3-year-old girl and a 19-year-old man were wounded on Sunday, police said.').injured, 2);
  assert.equal(figures('A woman remains in a hospital after she and three others were shot outside a Pellam club.').injured, 4);
  assert.equal(figures('Police came after a 3-year-old was shot on Monday. A 19-year-old woman and 3-year-old were injured in the shooting.').injured, 2);
  // A list of other people (no one like the lone victim) is not the lone victim's count.
  assert.equal(figures('A 10-year-old boy was wounded on Ferro Street. Two women and a girl were hurt in a crash nearby.').injured, 1);
});

test('a multiple ("quadruple shooting", "triple homicide") is the count it names', () => {
  assert.deepEqual(figures('Police look for suspects in quadruple shooting in Varn'), { killed: null, injured: 4 });
  assert.equal(figures('Two charged in triple homicide at Pellam farm').killed, 3);
  assert.deepEqual(figures('One man dead after triple shooting in Varn'), { killed: 1, injured: 2 });
});

test('victims killed in a murder-suicide are one fewer than the dead; a multiple counts a lone victim with others', () => {
  assert.equal(figures('A 4-year-old boy was killed in a murder-suicide in Varn on Sunday, police said.').killed, 2);
  // "dead" counts the killer already.
  assert.equal(figures('4 dead, 1 wounded in Varn murder-suicide').killed, 4);
  assert.equal(figures('Police identify man killed in double fatal shooting outside Pellam bar').killed, 2);
});

test('"survives", "recovering" after a person are one hurt', () => {
  assert.deepEqual(figures('7-year-old Varn girl survives being shot by stray bullet'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Three teens recovering after shooting at Pellam party'), { killed: null, injured: 3 });
  assert.deepEqual(figures('Teen in critical condition after Varn shooting'), { killed: null, injured: 1 });
  assert.deepEqual(figures('3 people dead, child injured in Varn shooting'), { killed: 3, injured: 1 });
  assert.deepEqual(figures('Police: 10-year-old boy critical after accidental shooting in Varn'), { killed: null, injured: 1 });
  // A comma in a list is not a new clause.
  assert.equal(figures('Family, friends remember Pellam teen').killed, null);
  // A lone victim in a headline that also names a multiple: the multiple is the count.
  assert.equal(figures('2-year-old girl fighting for her life after quadruple shooting in Varn\n\nOne man died at the scene.').injured, 3);
});

test('a person who shot himself is one person hit', () => {
  assert.deepEqual(figures('Pellam toddler accidentally shoots herself in the leg'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Boy, 6, shoots himself in hand after finding gun in Varn home'), { killed: null, injured: 1 });
});

test('ages joined before one "-year-old" are one person each', () => {
  assert.equal(figures('Police said a 15 and 17-year-old were shot on Ferro Street.').injured, 2);
});

test('a named victim before an outcome is one person', () => {
  assert.equal(figures('Officer Lina Marr was shot and killed while answering a call in Varn.').killed, 1);
  assert.deepEqual(figures('A man was shot on Ferro Street. Police said Monday that Tobin Hale died at a hospital.'), { killed: 1, injured: 0 });
  // Capitalized words that are not a name are not a victim.
  assert.equal(figures('Police Chief Dan Orr said no one was shot.').injured, 0);
});

test('under a one-death headline, a definite one-person hurt is the one who died', () => {
  const t = 'Victim in Varn accidental shooting dies\n\nThe man was transported to a Pellam hospital.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(t, '2031-05-08').layers.claims!, t), { killed: 1, injured: 0, killedFrom: null, injuredFrom: casualtyFigures(runTimeEventsClaims(t, '2031-05-08').layers.claims!, t).injuredFrom });
});

test('a verb between "and" and the next person ends the list ("killed a boy and left a man in critical condition")', () => {
  assert.deepEqual(figures('The shooting killed a 6-year-old boy and left a man in critical condition in Varn.'), { killed: 1, injured: 1 });
});

test('"shooting three people to death and injuring a fourth"; "Murdering 3, Shooting Another"; the dead sent to the coroner', () => {
  assert.deepEqual(figures('A man is charged after shooting three people to death and seriously injuring a fourth in Varn.'), { killed: 3, injured: 1 });
  assert.deepEqual(figures('Man Charged With Murdering 3 People, Shooting Another Inside Pellam Home'), { killed: 3, injured: 1 });
  assert.equal(figures('All three men were taken to the county medical examiner for autopsies.').killed, 3);
});

test('told alive after being shot is hurt; a noun before a named person is that person (apposition)', () => {
  assert.deepEqual(figures('A gunman killed two men in Varn. His wife was shot but survived.'), { killed: 2, injured: 1 });
  assert.deepEqual(figures("The girls' mother, Ann Roe, 46, was shot in the legs and is in stable condition, police said."), { killed: null, injured: 1 });
  assert.equal(figures("Lina Marr, 32, and Officer Tobin Hale, 41, and a sheriff's deputy, Dan Orr, 45, were killed.").killed, 3);
});

test('"shot five times and killed" is a death told in the clause of the hit', () => {
  assert.deepEqual(figures('Police said a 7-year-old boy was shot four times and killed, his father was critically wounded, after a chase in Varn.'), { killed: 1, injured: 1 });
});

test('one person hit and one killed, told apart by age, sex or age group, are two people', () => {
  assert.deepEqual(figures('Girl, 7, Shot In Varn Attack That Left Tomas Brell, 30, Dead'), { killed: 1, injured: 1 });
  assert.deepEqual(figures('Mother shot, infant son killed in Pellam drive-by'), { killed: 1, injured: 1 });
  // Nothing tells them apart: the one hit is the one who died.
  assert.deepEqual(figures('A man was shot in Pellam on Friday. He later died at a hospital.'), { killed: 1, injured: 0 });
});

test('"his son accidentally shot him" makes the son the one who fired', () => {
  assert.equal(figures('Police said a man is dead after his 9-year-old son accidentally shot him at their Korran home.').injured, null);
});

test('a suspect told hit and alive, apart from the count of the hurt, is one more hurt', () => {
  const text = 'Deputy killed, another hurt in Korran shootout\n\nOne deputy was killed and another was wounded on Tuesday. The suspect, who had been shot, remained hospitalized in critical condition.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text).injured, 2);
  // Named in the count's own clause: already counted.
  const counted = 'A shootout in Korran killed a deputy and wounded two others, including the suspect. The suspect was hospitalized.';
  assert.equal(casualtyFigures(runTimeEventsClaims(counted, '2031-05-08').layers.claims!, counted).injured, 2);
  // Told dead later in the sentence: not hurt.
  const dead = 'One deputy was killed and another was wounded on Tuesday. The suspect was taken to a hospital, where he died.';
  assert.equal(casualtyFigures(runTimeEventsClaims(dead, '2031-05-08').layers.claims!, dead).injured, 1);
});

test('"2 men also wounded" after a first hurt adds to it', () => {
  assert.equal(figures('9-Year-Old Boy Hurt, 2 Women Also Wounded In Varn Park Shooting').injured, 3);
});

test('a station\'s channel number is not a count', () => {
  assert.equal(figures('A witness told News 5 the victim was shot in the parking lot on Ferro Street.').injured, 1);
});

test('"hit by a stray bullet" is a person hit', () => {
  assert.equal(figures('A 10-year-old girl was hit by a stray bullet outside her Varn home on Friday.').injured, 1);
});

test('people hurt by a fire or a car, not by gunfire, are not counted as hurt in the shooting', () => {
  const text = 'A man was shot and killed on Ferro Street. Minutes later a driver fleeing the area drove into a patrol car, injuring two deputies.';
  assert.deepEqual(figures(text), { killed: 1, injured: null });
  // The same sentence telling of gunfire keeps its count.
  assert.equal(figures('Two people were injured after a shooting and a rollover crash on Ferro Street.').injured, 2);
});

test('"shot his brother" counts the one shot, named by a possessive', () => {
  assert.equal(figures('Police said a man shot his brother during an argument outside their Varn home on Friday.').injured, 1);
  assert.deepEqual(figures('Police say the man shot his wife at their Varn home. She died at a hospital.'), { killed: 1, injured: 0 });
});
