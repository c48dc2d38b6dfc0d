import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtyFigures } from './casualty-figures.ts';
import { runTimeEventsClaims } from './test-helpers.ts';

const figures = (text: string) => {
  const f = casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!);
  return { killed: f.killed, injured: f.injured };
};

test('injured as people hit less people killed when a "shot" count leads', () => {
  assert.deepEqual(figures('Five shot, two killed at Pellam fair\n\nPolice said five people were shot near the fairground on Tuesday.'), { killed: 2, injured: 3 });
  assert.deepEqual(figures('Seven people were shot, one of them fatally, beside a Varn dance hall.'), { killed: 1, injured: 6 });
});

test('"N others" after a death are all hurt; a stated injured count wins when it comes first', () => {
  assert.deepEqual(figures('A young man was killed and five others were shot near the Oster docks.'), { killed: 1, injured: 5 });
  assert.deepEqual(figures('One dead, two injured in Tarrow shooting\n\nThree people were shot late Monday.'), { killed: 1, injured: 2 });
});

test('a lone victim who later died is a death, not an injury', () => {
  assert.deepEqual(figures('A man was shot on Dorle Street. He was taken to a clinic downtown, where he died.'), { killed: 1, injured: 0 });
});

test('a sentence tallying several incidents is used only when nothing else gives the figure', () => {
  assert.deepEqual(figures('Weekend shootings across Brell leave 7 dead.\n\nIn the first incident, two men were killed outside a bar.'), { killed: 2, injured: null });
  assert.deepEqual(figures('Weekend shootings across Brell leave 7 dead.'), { killed: 7, injured: null });
});

test('a killer who then killed himself adds one death', () => {
  assert.deepEqual(figures('A gunman killed three people at a Korran farm before turning the gun on himself.'), { killed: 4, injured: null });
  assert.deepEqual(figures('A girl, 11, accidentally shot herself and died.').killed, 1);
});

test('one person hit in a report that says someone died is the death', () => {
  assert.deepEqual(figures('A teenager was shot on Varn Road. Tomas Orell, 17, died Sunday at a hospital.'), { killed: 1, injured: 0 });
});

test('a toll dated well before the report is background, used only when nothing else is said', () => {
  const text = 'Last year, three women were killed at that same corner.\n\nOne man was killed on Ferro Street on Tuesday, police said.';
  const f = casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text, '2031-05-08');
  assert.equal(f.killed, 1);
  const g = casualtyFigures(runTimeEventsClaims('A girl, 11, accidentally shot and killed herself.', '2031-05-08').layers.claims!);
  assert.equal(g.killed, 1);
});

test('"X killed and N others hurt" counts the others only once; "another" and a bare age are one person', () => {
  assert.equal(figures('Mother Killed and 3 Others Hurt in Dorle Street Shooting').injured, 3);
  assert.deepEqual(figures('One woman was killed and another injured during gunfire on Ferro Street.'), { killed: 1, injured: 1 });
  assert.deepEqual(figures('2 dead, 4-year-old wounded in Varn shooting'), { killed: 2, injured: 1 });
  assert.deepEqual(figures('Two men died and a 6-year-old boy was wounded after gunfire in Varn.'), { killed: 2, injured: 1 });
});

test('"one in critical condition, N others injured" adds the others', () => {
  assert.deepEqual(figures('One woman remains in critical condition and two others are hurt after gunfire in Pellam.'), { killed: null, injured: 3 });
});

test('a lone victim under a headline that tells of a death is the death', () => {
  const text = 'Fatal shooting on Dorle Street under investigation\n\nA man was shot outside a store on Dorle Street late Friday, police said.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text), { ...casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text), killed: 1, injured: 0 });
  const calm = 'Man shot on Dorle Street\n\nA man was shot outside a store on Dorle Street late Friday, police said.';
  assert.equal(casualtyFigures(runTimeEventsClaims(calm, '2031-05-08').layers.claims!, calm).killed, null);
});

test('an ordinal death is the toll it reaches; "in the hospital" is hurt', () => {
  assert.equal(figures('Third victim dies after Korran farm shooting').killed, 3);
  assert.deepEqual(figures('Two women are dead and one in the hospital following gunfire near Pellam.'), { killed: 2, injured: 1 });
});

test('a plural with its ages counts the ages; "shot and killed his ..." makes the subject the killer', () => {
  // "shot at twelve people": the one who fires is not hit.
  assert.equal(figures('A 31-year-old woman shot at nine people in Varn before she fled.').injured, null);
  // Nor are those who "shot into" a place.
  assert.deepEqual(figures('Ari Lund, 18, and Ben Pole, 20, shot into Cora Venn\'s home on Maple Row. A woman was shot and killed there.'), { killed: 1, injured: null });
  assert.equal(figures('Oren Vast, 40, shot and killed his daughters, ages 5 and 7, then turned the gun on himself.').killed, 3);
  assert.deepEqual(figures('The victims, ages 20 and 22, were wounded outside a Varn bar.'), { killed: null, injured: 2 });
  assert.equal(figures('Mother kills two children, then fatally shoots self after Pellam siege').killed, 3);
  assert.equal(figures('Two brothers were shot near the Oster docks.').injured, 2);
});

test('a tally over a span of hours is a round-up, used only when nothing else gives the figure', () => {
  assert.deepEqual(figures('Six shot in 48 hours across Brell\n\nTwo men were shot beside a diner on Ferro Street on Sunday.'), { killed: null, injured: 2 });
});

test('people listed before a count are counted with it (conjoined victims)', () => {
  assert.equal(figures('Mother and three children found dead inside Ferro Street home').killed, 4);
  assert.equal(figures('Girl, Two Adults Injured in Pellam Shooting').injured, 3);
  assert.equal(figures('Brell shooting leaves woman, 2 boys wounded').injured, 3);
  assert.equal(figures('Oren Vast and the three other women were shot beside the depot.').injured, 4);
  assert.equal(figures('Detectives are hunting the man who killed a Varn woman and her two sons on Friday.').killed, 3);
  assert.equal(figures('Lina Marr, 31, and Tobin Hale, 54, were killed.').killed, 2);
  assert.equal(figures('Tessa Orn and Mikel Dray died at the scene.').killed, 2);
  // A day or a place before a comma is not a person.
  assert.equal(figures('In Varn, two men were shot.').injured, 2);
  assert.equal(figures('On Monday, two men were killed in Varn.').killed, 2);
});

test("a headline's bare singular victim is one person; clock times and model numbers are not counts", () => {
  assert.equal(figures('Varn girl fatally shot outside store').killed, 1);
  assert.equal(figures('Elderly man found dead in Pellam; neighbor arrested').killed, 1);
  assert.deepEqual(figures('Teen shot near Oster docks'), { killed: null, injured: 1 });
  assert.equal(figures('Pellam woman dies after shooting').killed, 1);
  assert.equal(figures('0:47 Varn girl fatally shot outside store').killed, 1);
  assert.equal(figures('Third victim dies after Korran farm shooting').killed, 3);
  assert.equal(figures('Police say an AK-47 killed two men in Varn.').killed, 2);
});

test('a Title Case headline\'s bare singular victim, or one with an adverb before the outcome, is one person', () => {
  assert.deepEqual(figures('Clerk Critically Wounded In Pellam Robbery'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Toddler Accidentally Shot By Cousin In Oster'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Boy accidentally shot by neighbor in Varn'), { killed: null, injured: 1 });
  assert.equal(figures('Grandfather Killed Outside Tarrow Diner').killed, 1);
  assert.deepEqual(figures('14-Year-Old Accidentally Shot In Pellam'), { killed: null, injured: 1 });
  // With an object after "shot", the one before the adverb fired: only the clerk is hit.
  assert.deepEqual(figures('A 14-year-old accidentally shot a clerk in Pellam.'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Cook Accidentally Shot His Cousin In Oster'), { killed: null, injured: null });
});

test('a headline or age-led victim grazed or hit by a bullet is one person hit', () => {
  assert.deepEqual(figures('Boy Grazed By Stray Bullet Outside Pellam Bakery'), { killed: null, injured: 1 });
  assert.deepEqual(figures('6-year-old hit by stray bullet while asleep in Varn'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Juvenile shot near Oster docks'), { killed: null, injured: 1 });
  // Hit by something else is not a shooting.
  assert.deepEqual(figures('Boy hit by delivery van in Varn'), { killed: null, injured: null });
});

test('a figure about another incident is only a fallback', () => {
  const text = 'Two men shot on Ferro Street\n\nTwo men were shot on Ferro Street on Tuesday. Earlier Tuesday, a woman was killed in Pellam.';
  assert.deepEqual(figures(text), { killed: null, injured: 2 });
  assert.equal(figures('The attack came hours after a woman was killed in Pellam. A boy was shot on Varn Road.').killed, null);
  assert.equal(figures('About 20 minutes earlier, three people were wounded outside a bar. Two men were wounded on Ferro Street.').injured, 2);
});

test('a figure the report questions, corrects or only wishes is no figure', () => {
  assert.equal(figures('Friends said no one would ever want to kill the cook.').killed, null);
  const open = 'A man was shot on Dorle Street. Officers could not say whether the man had died.';
  assert.equal(casualtyFigures(runTimeEventsClaims(open, '2031-05-08').layers.claims!, open).killed, null);
  const corrected = 'Four people were wounded at the fair. Initial accounts said one person had died, but that turned out to be wrong, the mayor said.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(corrected, '2031-05-08').layers.claims!, corrected), {
    ...casualtyFigures(runTimeEventsClaims(corrected, '2031-05-08').layers.claims!, corrected), killed: null, injured: 4,
  });
});

test("a victim list with the killer's own death counts the killer (murder-suicide composition)", () => {
  const claims = runTimeEventsClaims('Deputies say Oren Vast killed his wife, his daughter and himself at their Pellam cabin.', '2031-05-08').layers.claims!;
  const f = casualtyFigures(claims);
  assert.equal(f.killed, 3);
  assert.deepEqual(f.killedFrom!.parts.map((p) => p.label), ['wife', 'daughter', 'self']);
  assert.equal(figures('Officials: Varn Man Killed Wife, 3 Kids Then Himself').killed, 5);
  assert.equal(figures('Man fatally shot twin sons, himself').killed, 3);
  assert.equal(figures('A woman fatally shot her husband and infant son before turning the gun on herself.').killed, 3);
  // Everyone in a death-noun list is dead already: the killer named after it is not one more.
  assert.equal(figures('Detectives are looking into the deaths of a grandfather, his son and a boy, and whether the son shot them and then himself.').killed, 3);
  assert.equal(figures('Two girls killed, mother commits suicide after Varn siege').killed, 3);
  assert.equal(figures('The attack left six people dead before the shooter killed himself in Pellam.').killed, 7);
  // A plural without a number does not say how many.
  assert.equal(figures('A man killed his children and himself.').killed, null);
});

test('"also injured" adds to the first victim; an ordinal victim hit is a lower bound on the people hit', () => {
  assert.equal(figures('A 9-year-old girl was badly wounded in a shooting that also injured a man on Varn Road.').injured, 2);
  assert.deepEqual(figures('Officials say a second woman was hurt in the Tuesday gunfire in Pellam.'), { killed: null, injured: 2 });
  assert.deepEqual(figures('A man was shot and killed on Ferro Street; a second man was critically injured.'), { killed: 1, injured: 1 });
});

test('one death of another sex or age group than all the people hit, in their sentence, is not among them', () => {
  assert.deepEqual(figures('Four women were shot at the Varn depot and a toddler girl was killed.'), { killed: 1, injured: 4 });
  // Of the same group: among them.
  assert.deepEqual(figures('Four women were shot at the Varn depot and a woman was killed.'), { killed: 1, injured: 3 });
});

test('a pronoun after a one-person death is that person, not one more hurt', () => {
  assert.deepEqual(figures('A boy, 4, was shot in the neck and died soon after he was flown to a Varn hospital.'), { killed: 1, injured: null });
  // "He was shot" after the death is still the same person hit: hit less killed is 0.
  assert.deepEqual(figures('A man was killed on Ferro Street. He was shot in the chest.'), { killed: 1, injured: 0 });
  // "The victim" after a one-person death is the one who died.
  assert.deepEqual(figures('A man was killed in a Pellam yard on Sunday. The victim was later taken to a hospital.'), { killed: 1, injured: null });
});

test('a headline that tells of one death in singular words is one death when nothing counts the dead', () => {
  const one = 'Varn seventh-grader dies in hunting mishap\n\nThe girl was found by her uncle on Sunday, deputies said.';
  assert.equal(casualtyFigures(runTimeEventsClaims(one, '2031-05-08').layers.claims!, one).killed, 1);
  const charged = "Woman charged in neighbor's shooting death\n\nA Pellam woman was charged on Monday, prosecutors said.";
  assert.equal(casualtyFigures(runTimeEventsClaims(charged, '2031-05-08').layers.claims!, charged).killed, 1);
  // A plural or numbered headline does not say how many died.
  const many = 'Family mourns victims of Varn shootings\n\nThe funeral was held on Sunday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(many, '2031-05-08').layers.claims!, many).killed, null);
  // Ages, grades and durations are not counts of the dead; "kills" and "claims life of" tell a death.
  for (const headline of ['Varn 7th-grader dies after gun mishap', 'Pellam woman gets 22 years for fatal shooting of nephew, 4', 'Farm accident claims life of 12-year-old girl', 'Woman accidentally shoots and kills cousin near Varn']) {
    const t = `${headline}\n\nThe case was heard on Monday.`;
    assert.equal(casualtyFigures(runTimeEventsClaims(t, '2031-05-08').layers.claims!, t).killed, 1, headline);
  }
  assert.equal(figures('6th person dies after March murder-suicide near Varn').killed, 6);
  const site = '3-year-old dies after being shot in Varn trailer - KQRS Channel 9\n\nThe family said little.';
  assert.equal(casualtyFigures(runTimeEventsClaims(site, '2031-05-08').layers.claims!, site).killed, 1);
  const attempt = 'Teen charged with attempted murder in Varn\n\nThe teen was arraigned on Monday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(attempt, '2031-05-08').layers.claims!, attempt).killed, null);
  const calm = 'Man charged after Varn shooting\n\nThe man was arraigned on Monday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(calm, '2031-05-08').layers.claims!, calm).killed, null);
});

test('a lone victim told first, then a list naming that victim among others: the list is the count', () => {
  assert.equal(figures('Boy, 5, injured in Varn shooting\n\nA 5-year-old boy and a 27-year-old woman were wounded on Sunday, deputies said.').injured, 2);
  assert.equal(figures('A cook is still hospitalized after she and four others were shot behind a Pellam diner.').injured, 5);
  assert.equal(figures('Officers arrived after a 5-year-old was shot on Monday. A 24-year-old man and 5-year-old were hurt in the gunfire.').injured, 2);
  // A list of other people (no one like the lone victim) is not the lone victim's count.
  assert.equal(figures('A 12-year-old boy was wounded on Ferro Street. Two women and a girl were hurt in a crash nearby.').injured, 1);
});

test('a multiple ("quadruple shooting", "triple homicide") is the count it names', () => {
  assert.deepEqual(figures('Deputies seek gunman after quadruple shooting near Varn'), { killed: null, injured: 4 });
  assert.equal(figures('Three arrested over triple homicide at Pellam mill').killed, 3);
  assert.deepEqual(figures('One woman dead in Varn triple shooting'), { killed: 1, injured: 2 });
});

test('victims killed in a murder-suicide are one fewer than the dead; a multiple counts a lone victim with others', () => {
  assert.equal(figures('A 7-year-old girl was killed during a murder-suicide at a Varn home on Sunday, officials said.').killed, 2);
  // "dead" counts the killer already.
  assert.equal(figures('5 dead, 2 hurt after Varn murder-suicide').killed, 5);
  assert.equal(figures('Woman killed in double fatal shooting near Pellam diner is identified').killed, 2);
});

test('"survives", "recovering" after a person are one hurt', () => {
  assert.deepEqual(figures('8-year-old Varn boy survives being shot during street brawl'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Three teens recovering after shooting at Pellam party'), { killed: null, injured: 3 });
  assert.deepEqual(figures('Woman in critical condition after Varn gunfire'), { killed: null, injured: 1 });
  assert.deepEqual(figures('4 people dead, child injured after Varn gunfire'), { killed: 4, injured: 1 });
  assert.deepEqual(figures('Deputies: 13-year-old girl critical after hunting shooting near Varn'), { killed: null, injured: 1 });
  // A comma in a list is not a new clause.
  assert.equal(figures('Family, friends remember Pellam teen').killed, null);
  // A lone victim in a headline that also names a multiple: the multiple is the count.
  assert.equal(figures('5-year-old boy fighting for his life after quadruple shooting near Varn\n\nOne man died at the scene.').injured, 3);
});

test('a person who shot himself is one person hit', () => {
  assert.deepEqual(figures('Pellam girl accidentally shoots herself in the foot'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Boy, 6, shoots himself in hand after finding gun in Varn home'), { killed: null, injured: 1 });
});

test('ages joined before one "-year-old" are one person each', () => {
  assert.equal(figures('Officials said a 14 and 19-year-old were shot on Ferro Street.').injured, 2);
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

test('a verb between "and" and the next person ends the list ("killed a girl and left a woman in critical condition")', () => {
  assert.deepEqual(figures('The gunfire killed a 9-year-old girl and left a woman in critical condition in Varn.'), { killed: 1, injured: 1 });
});

test('"shooting three people to death and injuring a fourth"; "Murdering 3, Shooting Another"; the dead sent to the coroner', () => {
  assert.deepEqual(figures('A woman faces charges for shooting two people to death and badly injuring a third in Varn.'), { killed: 2, injured: 1 });
  assert.deepEqual(figures('Woman Accused Of Murdering 2 People, Shooting Another At Pellam Farm'), { killed: 2, injured: 1 });
  assert.equal(figures('All four women were sent to the county medical examiner that night.').killed, 4);
});

test('told alive after being shot is hurt; a noun before a named person is that person (apposition)', () => {
  assert.deepEqual(figures('A gunman killed two men in Varn. His brother was shot but survived.'), { killed: 2, injured: 1 });
  assert.deepEqual(figures("The boys' father, Dan Roe, 52, was shot in the arm and is in stable condition, officials said."), { killed: null, injured: 1 });
  assert.equal(figures("Lina Marr, 32, and Officer Tobin Hale, 41, and a sheriff's deputy, Dan Orr, 45, were killed.").killed, 3);
});

test('"shot five times and killed" is a death told in the clause of the hit', () => {
  assert.deepEqual(figures('Officials said a 12-year-old girl was shot three times and killed, her mother was critically wounded, after a crash in Varn.'), { killed: 1, injured: 1 });
});

test('one person hit and one killed, told apart by age, sex or age group, are two people', () => {
  assert.deepEqual(figures('Girl, 7, Shot In Varn Attack That Left Tomas Brell, 30, Dead'), { killed: 1, injured: 1 });
  assert.deepEqual(figures('Mother shot, infant son killed in Pellam drive-by'), { killed: 1, injured: 1 });
  // Nothing tells them apart: the one hit is the one who died.
  assert.deepEqual(figures('A man was shot in Pellam on Friday. He later died at a hospital.'), { killed: 1, injured: 0 });
});

test('"his son accidentally shot him" makes the son the one who fired', () => {
  assert.equal(figures('Deputies said a farmer is dead after his 8-year-old son accidentally shot him in a Korran barn.').injured, null);
});

test('a suspect told hit and alive, apart from the count of the hurt, is one more hurt', () => {
  const text = 'Deputy killed, another hurt in Korran shootout\n\nOne deputy was killed and another was wounded on Tuesday. The suspect, who had been shot, remained hospitalized in critical condition.';
  assert.deepEqual(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text).injured, 2);
  // Named in the count's own clause: already counted.
  const counted = 'A shootout in Korran killed a deputy and wounded two others, including the suspect. The suspect was hospitalized.';
  assert.equal(casualtyFigures(runTimeEventsClaims(counted, '2031-05-08').layers.claims!, counted).injured, 2);
  // Told dead later in the sentence: not hurt.
  const dead = 'One deputy was killed and another was wounded on Tuesday. The suspect was taken to a clinic nearby, where he died.';
  assert.equal(casualtyFigures(runTimeEventsClaims(dead, '2031-05-08').layers.claims!, dead).injured, 1);
});

test('"2 men also wounded" after a first hurt adds to it', () => {
  assert.equal(figures('11-Year-Old Girl Hurt, 2 Men Also Wounded In Varn Market Shooting').injured, 3);
});

test('a station\'s channel number is not a count', () => {
  assert.equal(figures('A neighbor told News 8 the victim was shot behind a garage on Ferro Street.').injured, 1);
});

test('"hit by a stray bullet" is a person hit', () => {
  assert.equal(figures('A 13-year-old boy was hit by a stray bullet while sitting on his Varn porch on Friday.').injured, 1);
});

test('people hurt by a fire or a car, not by gunfire, are not counted as hurt in the shooting', () => {
  const text = 'A man was shot and killed on Ferro Street. Minutes later a driver fleeing the area drove into a patrol car, injuring two deputies.';
  assert.deepEqual(figures(text), { killed: 1, injured: null });
  // The same sentence telling of gunfire keeps its count.
  assert.equal(figures('Three people were hurt in a shooting and a rollover crash on Ferro Street.').injured, 3);
});

test('"shot his brother" counts the one shot, named by a possessive', () => {
  assert.equal(figures('Deputies said a woman shot her sister during a quarrel outside their Varn cabin on Friday.').injured, 1);
  assert.deepEqual(figures('Officials say the woman shot her husband at their Varn cabin. He died at a hospital.'), { killed: 1, injured: 0 });
});

test('fewer people hit than dead: the hit count does not hold the dead, the stated hurt count is the figure', () => {
  const text = 'Teen shot outside Varn arcade\n\nDetectives arrested a woman over the raid, which left two more people dead and four others injured.';
  assert.deepEqual(figures(text), { killed: 2, injured: 4 });
  // With as many hit as dead or more, hit less killed stands.
  assert.deepEqual(figures('Four shot outside Varn arcade\n\nThe attack left two dead and three injured.'), { killed: 2, injured: 2 });
});

test('"no one was seriously hurt" is no figure of the hurt; "no one else was hurt" still is zero', () => {
  assert.equal(figures('Nobody was seriously injured when shots hit a Varn bus shelter.').injured, null);
  assert.equal(figures('No one else was hurt, police in Pellam said.').injured, 0);
});

test('an age written with spaces or in words ("3 year old", "Eleven-Year-Old") leads a one-person hit', () => {
  assert.deepEqual(figures('3 Year Old Accidentally Shot In Varn Kitchen'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Eleven-Year-Old Struck By Stray Bullet In Pellam'), { killed: null, injured: 1 });
  assert.deepEqual(figures('A 3 year old was wounded on Dorle Street.'), { killed: null, injured: 1 });
});

test('a headline victim who "shoots own foot" or is "airlifted to" a hospital is one person hit', () => {
  assert.deepEqual(figures('Pellam man shoots own foot while cleaning rifle'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Oster shooting victim airlifted to trauma center'), { killed: null, injured: 1 });
});

test('a source label before a headline ("Police: Clerk critical ...") does not hide its victim; "Man Killed Wife" names the killer', () => {
  assert.deepEqual(figures('Police: Clerk critical after Pellam robbery'), { killed: null, injured: 1 });
  assert.equal(figures('Varn Man Killed Wife, 2 Kids Then Himself').killed, 4);
  assert.equal(figures('Sheriff: Oster Father Fatally Shot Son Before Standoff').killed, null);
});

test('an age-led victim "in critical condition" is one person hurt', () => {
  assert.deepEqual(figures('14-year-old in critical condition after Varn shooting'), { killed: null, injured: 1 });
  assert.deepEqual(figures('A 19-year-old is in stable condition after gunfire on Ferro Street.'), { killed: null, injured: 1 });
});

test('"both" after a lone victim counts that victim and one more; alone it is no first count', () => {
  assert.deepEqual(figures('A girl was grazed by a bullet on Ferro Street. Both victims were taken to a hospital.'), { killed: null, injured: 2 });
  assert.equal(figures('A woman was killed outside a Pellam bar. Police said both victims were killed by one gunman.').killed, 2);
  assert.deepEqual(figures('Both were wounded, police in Varn said.'), { killed: null, injured: null });
});

test('"the victim of a shooting" is a person hit', () => {
  assert.deepEqual(figures('Pellam teenager victim of accidental gunshot'), { killed: null, injured: 1 });
  assert.deepEqual(figures('A clerk was the victim of a shooting on Ferro Street.'), { killed: null, injured: 1 });
});

test('"hit by shots" is a hit; police reports\' "males"/"females" are people', () => {
  assert.deepEqual(figures('A clerk was hit by shots fired from a passing van in Varn.'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Two females were shot outside a Pellam bar.'), { killed: null, injured: 2 });
});

test('a gunfight that "left the suspect hospitalized" tells of one more hurt', () => {
  const text = 'Deputy killed in Korran gunfight\n\nOne trooper was killed and another was wounded in a shootout that left the alleged shooter hospitalized.';
  const f = casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text, '2031-05-08');
  assert.deepEqual({ killed: f.killed, injured: f.injured }, { killed: 1, injured: 2 });
});

test('a headline victim "who shot himself" is one person hit', () => {
  assert.deepEqual(figures('Police name Varn man who accidentally shot himself while hunting'), { killed: null, injured: 1 });
});

test('a figure in a question is not asserted: the next stated figure is the count', () => {
  assert.deepEqual(figures('But why were four guards shot at the Pellam depot? Officials said one guard was wounded on Tuesday.'), { killed: null, injured: 1 });
});

test('"one of the three riders lived": the verb tells of the part picked out, not of the group', () => {
  assert.deepEqual(figures('One of the three riders survived the attack on the Pellam farm.'), { killed: null, injured: 1 });
  assert.deepEqual(figures('Police said two of the seven guards died at a Varn clinic.'), { killed: 2, injured: null });
  // A participle after the group describes the group: the four were killed.
  assert.deepEqual(figures('Three of the five guards killed in the raid were cousins.'), { killed: 5, injured: null });
});

test('"shootings in the 300 block of" one street is one incident, not a tally', () => {
  assert.deepEqual(figures('Police said four people were hospitalized after shootings in the 300 block of Varn Avenue. A shooting on Friday left two women wounded.'), { killed: null, injured: 4 });
  // Shootings across a city are a tally: the figure of the one incident is used.
  assert.deepEqual(figures('Weekend shootings across Brell left four people hospitalized. A shooting on Friday left two women wounded.'), { killed: null, injured: 2 });
});

test('a suspect found "with a gunshot wound" is one more hurt, as "the suspect remained hospitalized" is', () => {
  const text = 'A clerk was wounded in a robbery at a Varn pharmacy on Monday. Officers found a suspect, with a gunshot wound in the shoulder, two blocks away.';
  assert.equal(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text).injured, 2);
  // Told dead later in the sentence: not hurt.
  const dead = 'A clerk was wounded in a robbery at a Varn pharmacy on Monday. The gunman, who suffered a gunshot wound, died at the scene.';
  assert.equal(casualtyFigures(runTimeEventsClaims(dead, '2031-05-08').layers.claims!, dead).injured, 1);
});

test('a headline multiple ("triple shooting") gives way to a larger count of the hurt told after it', () => {
  assert.deepEqual(figures('Triple shooting in Pellam leaves teen in critical condition\n\nA 16-year-old boy was in serious condition following gunfire that also wounded three others near Varn Street.'), { killed: null, injured: 4 });
  assert.deepEqual(figures('Triple shooting in Pellam\n\nThree people were wounded on Varn Street late Friday.'), { killed: null, injured: 3 });
});

test('"took the gunman into custody, and he was in critical condition" is one more hurt', () => {
  const text = 'Guard killed, another hurt at Korran depot\n\nOne guard was killed and another was wounded on Tuesday. Officers took the gunman into custody, and he was in critical condition on Wednesday.';
  assert.equal(casualtyFigures(runTimeEventsClaims(text, '2031-05-08').layers.claims!, text).injured, 2);
});
