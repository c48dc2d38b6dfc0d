import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, SourceHints } from '../../../core/index.ts';
import { clean } from '../clean/index.ts';
import { readMetadata, detectLanguage, parseDate } from './index.ts';
import { readTranslation } from './read-voice.ts';

function run(text: string, hints: SourceHints = {}): Doc {
  const doc: Doc = { id: 't', source: 't', format: 'text', raw: text, hints, text, removed: [], flags: [], issues: [], layers: {} };
  clean.run(doc, { options: {} });
  readMetadata.run(doc, { options: {} });
  return doc;
}

test('dates in the formats pages print them', () => {
  assert.equal(parseDate('date 2031-01-18'), '2031-01-18');
  assert.equal(parseDate('February, 23, 2031'), '2031-02-23');
  assert.equal(parseDate('Jan. 5, 2031'), '2031-01-05');
  assert.equal(parseDate('5 January 2031'), '2031-01-05');
  assert.equal(parseDate('Posted: Tuesday, January 28, 2031 8:18 PM EST'), '2031-01-28');
  assert.equal(parseDate('2031-01-18T10:00:00+05:00'), '2031-01-18');
  assert.equal(parseDate('February 30, 2031'), null);
});

test('dateline, agency tag, byline and credits', () => {
  const doc = run(
    'Bridge closed after barge strike\n\nBy Lena Ortiz and Sam Obi\n\nRIVERTON, Kan. (AP) — A barge struck the Route 9 bridge on Tuesday, officials said.\n\nOrtiz reported from Riverton and Obi from Wichita. Kim Lee in Topeka contributed to this report.',
  );
  const m = doc.layers.metadata!;
  assert.equal(m.dateline?.text, 'RIVERTON, Kan.');
  assert.deepEqual(m.byline, ['Lena Ortiz', 'Sam Obi']);
  assert.deepEqual(m.credits, ['Ortiz', 'Obi', 'Kim Lee']);
  assert.equal(m.outlet, 'The Associated Press');
  assert.equal(m.outletEvidence[0].kind, 'agency-tag');
  assert.equal(doc.text.slice(m.outletEvidence[0].span!.start, m.outletEvidence[0].span!.end), '(AP)');
});

test('"told <outlet>" is evidence of the publisher, unless the text cites that outlet as a third party', () => {
  const own = run('Mine collapse traps 12\n\nTwelve miners were trapped on Monday, a rescuer told Reuters.');
  assert.equal(own.layers.metadata!.outlet, 'Reuters');
  const cited = run('Mine collapse traps 12\n\nThe BBC reported that twelve miners were trapped. A rescuer told the BBC the air supply was holding.');
  assert.equal(cited.layers.metadata!.outlet, null);
  assert.ok(cited.layers.metadata!.outletEvidence.some((e) => e.kind === 'outlet-reported'));
});

test('credited to another outlet than the site it is on: republished, with a flag and its evidence', () => {
  const text = 'Ferry sinks off cape\n\nPORT ELLIS (Reuters) - All passengers were rescued, the coast guard said.';
  const doc = run(text, { site: 'example-news.net' });
  assert.equal(doc.layers.metadata!.kind, 'republished');
  const flag = doc.flags.find((f) => f.code === 'republished');
  assert.ok(flag?.evidence?.some((e) => e.text === '(Reuters)'));
  assert.equal(run(text, { site: 'Reuters' }).layers.metadata!.kind, 'report');
});

test('"told X" on a page whose site is known is a citation, on bare text with republishing signs a credit', () => {
  const cited = run('Ferry sinks off cape\n\nAll passengers were rescued, a coast guard officer told The Washington Post.', { site: 'example-news.net' });
  assert.equal(cited.layers.metadata!.kind, 'report');
  // The outlet it cites is not its publisher; with no credit to anyone else, its own site is.
  assert.equal(cited.layers.metadata!.outlet, 'example-news.net');
  assert.ok(cited.layers.metadata!.outletEvidence.some((e) => e.kind === 'site-name' && e.span === null));
  const copied = run('Ferry sinks off cape\n\nAll passengers were rescued, a coast guard officer told The Washington Post.\n\nSource link');
  assert.equal(copied.layers.metadata!.outlet, 'The Washington Post');
  assert.equal(copied.layers.metadata!.kind, 'republished');
});

test('opinion voice in the writer’s own sentences, not in quotes or reported speech', () => {
  const quoted = run(
    'Drought deepens\n\n“We must act now. Let us not wait,” the minister said. Farmers should plant earlier, officials urged. “We should have built reservoirs,” a farmer said.',
  );
  assert.equal(quoted.layers.metadata!.kind, 'report');
  const opinion = run(
    'Drought deepens\n\nThe rains failed again this year.\n\nLet us be clear about the cause. The government should have built reservoirs a decade ago.\n\nWe must stop pretending this is bad luck.',
  );
  assert.equal(opinion.layers.metadata!.kind, 'opinion');
  assert.ok(opinion.flags.find((f) => f.code === 'opinion')!.evidence!.length >= 3);
});

test('a headline run together with its lede is split off as the title; no headline line means no title', () => {
  const run1 = run('Can the old pier survive another winter? Engineers inspected the pier on Monday. They found cracks.');
  assert.equal(run1.layers.metadata!.title, 'Can the old pier survive another winter?');
  const run2 = run('Engineers inspected the pier on Monday. They found cracks in three pillars.\n\nRepairs will start in May.');
  assert.equal(run2.layers.metadata!.title, null);
  const hinted = run('Engineers inspected the pier on Monday. They found cracks.\n\nRepairs start in May.', { title: 'Old pier cracked' });
  assert.equal(hinted.layers.metadata!.title, 'Old pier cracked');
});

test('published date inferred from the content when none is stated; hashtags become tags', () => {
  const doc = run('#quake #coast\n\nQuake shakes coast\n\nA quake shook the coast on 3 March 2031, and today aftershocks continued.');
  const m = doc.layers.metadata!;
  assert.equal(m.published, '2031-03-03');
  assert.equal(m.publishedBasis, 'inferred');
  assert.equal(m.referenceDate, '2031-03-03');
  assert.deepEqual(m.tags, ['quake', 'coast']);
});

test('language: stopwords for Latin-script languages, the script for others', () => {
  assert.equal(detectLanguage('The council said that the bridge was closed for repairs and that it would reopen.'), 'en');
  assert.equal(detectLanguage('Le conseil a dit que le pont est fermé pour des travaux et qu’il sera rouvert dans une semaine.'), 'fr');
  assert.equal(detectLanguage('Der Rat sagte, dass die Brücke wegen Reparaturen geschlossen ist und nicht vor Mai öffnet.'), 'de');
  assert.equal(detectLanguage('El consejo dijo que el puente está cerrado por reparaciones y que se abrirá en mayo.'), 'es');
  assert.equal(detectLanguage('大桥因维修而关闭，预计五月重新开放。'), 'zh');
  assert.equal(detectLanguage('Мост закрыт на ремонт и откроется в мае.'), 'ru');
});

test('live blogs are flagged with their reasons', () => {
  const live = run('Live updates: wildfire near Carden\n\n9:05 a.m. UPDATE\n\nCrews are on the ridge.\n\n10:40 a.m. UPDATE\n\nWind picked up.\n\n11:15 a.m. UPDATE\n\nRoads closed.');
  assert.equal(live.layers.metadata!.kind, 'live-blog');
  assert.ok(live.flags.some((f) => f.code === 'live-blog'));
});

test('a byline or a kicker on the first line is not the title when the container gives one', () => {
  const byline = run('By Mira Holt\n\nA landslide buried the county road on Wednesday.', { title: 'Landslide buries road' });
  assert.equal(byline.layers.metadata!.title, 'Landslide buries road');
  const kicker = run('Weather\n\nA landslide buried the county road on Wednesday.', { title: 'Landslide buries road' });
  assert.equal(kicker.layers.metadata!.title, 'Landslide buries road');
  const same = run('Landslide buries road\n\nA landslide buried the county road on Wednesday.', { title: 'Landslide buries road | Valley Ledger' });
  assert.equal(same.layers.metadata!.title, 'Landslide buries road');
});

test('the site of an archived page is the archived site, so its own agency tag is not a republication', () => {
  const doc = run('Two hurt in crash\n\nELMWOOD, Ohio (WXYZ) -- Two people were hurt in a crash on Friday, police said.', {
    url: 'http://web.archive.org/web/20310101000000/http://www.wxyz.com/story/1',
  });
  assert.equal(doc.layers.metadata!.site, 'wxyz.com');
  assert.equal(doc.layers.metadata!.outlet, 'WXYZ');
  assert.equal(doc.layers.metadata!.kind, 'report');
});

test('copyright notices: an agency’s credits it, an owner company’s does not make a republication', () => {
  const wire = run('Two hurt in crash\n\nTwo people were hurt in a crash on Friday, police said.\n\nCopyright 2031 The Associated Press. All rights reserved.', { site: 'wxyz.com' });
  assert.equal(wire.layers.metadata!.outlet, 'The Associated Press');
  assert.equal(wire.layers.metadata!.kind, 'republished');
  const owner = run('Two hurt in crash\n\nTwo people were hurt in a crash on Friday, police said.\n\n© 2031 Lakeside Media Group', { site: 'wxyz.com' });
  assert.equal(owner.layers.metadata!.kind, 'report');
});

test('a date in a dateline’s brackets is not an agency tag; a network’s local site is the network’s', () => {
  const dated = run('Fire at mill\n\nRIVERTON (Feb. 4, 2031) — A fire broke out at the old mill, officials said.', { site: 'riverton-news.example' });
  assert.equal(dated.layers.metadata!.outletEvidence.filter((e) => e.kind === 'agency-tag').length, 0);
  assert.equal(dated.layers.metadata!.kind, 'report');
  const affiliate = run('Fire at mill\n\nA fire broke out at the old mill, a witness told NBC News.', { url: 'https://www.nbcriverton.example/news/1' });
  assert.equal(affiliate.layers.metadata!.kind, 'report');
});

test('datelines with a colon, but not labels with one', () => {
  assert.equal(run('Port reopens\n\nKARACHI: The port reopened on Monday, officials said.').layers.metadata!.dateline?.text, 'KARACHI');
  assert.equal(run('Port reopens\n\nUPDATE: The port reopened on Monday, officials said.').layers.metadata!.dateline, null);
});

test('hostile input: long runs of credit-like clauses and unclosed quotes are read in linear time', () => {
  // Each would take minutes with a backtracking pattern; the assertion is on the result, the suite's
  // own timeout catches a regression.
  const credits = run('Report\n\n' + 'Smith reported from Kabul and Jones from Oslo, '.repeat(2000) + 'end.');
  assert.deepEqual(credits.layers.metadata!.credits.slice(0, 2), ['Smith', 'Jones']);
  const quotes = run('Report\n\n' + 'The mayor said “it is fine. '.repeat(5000));
  assert.equal(quotes.layers.metadata!.kind, 'report');
});

test('a masthead line above the headline names the publisher when nothing credits another outlet', () => {
  const doc = run('Kelby Coast News\n\nFerry runs aground off Kelby Point\n\nAll passengers were taken off safely, the coastguard said.');
  assert.equal(doc.layers.metadata!.title, 'Ferry runs aground off Kelby Point');
  assert.equal(doc.layers.metadata!.outlet, 'Kelby Coast News');
  assert.equal(doc.layers.metadata!.site, 'Kelby Coast News');
});

test('a wire headline longer than a subheading is still the title', () => {
  const doc = run(
    'Monday, May 5, 2031\n\nFerry runs aground off Skelby with 300 aboard, two crew hurt and coastguard tugs sent from three ports\n\nBy Ilsa Marn\n\nSKELBY (NPW) — A ferry ran aground on Monday, the coastguard said.',
  );
  assert.equal(doc.layers.metadata!.title, 'Ferry runs aground off Skelby with 300 aboard, two crew hurt and coastguard tugs sent from three ports');
  // A long first line that is a sentence is not a headline.
  const lede = run('A ferry ran aground off Skelby on Monday with 300 people aboard, and two crew members were hurt, the coastguard said.\n\nTugs were sent.');
  assert.equal(lede.layers.metadata!.title, null);
});

test('an opinion headline of two short sentences under a masthead row is the title; a paragraph of two sentences is not', () => {
  const doc = run(
    'The Fellgate Ledger | Opinion | Friday 9 May 2031\n\nA levee is a promise. Lowmarsh paid when the council forgot it\n\nBy Oda Brenn\n\nThe water came over the wall at night, and we all knew it would.',
  );
  const m = doc.layers.metadata!;
  assert.equal(m.title, 'A levee is a promise. Lowmarsh paid when the council forgot it');
  assert.equal(m.outlet, 'The Fellgate Ledger');
  assert.equal(m.kind, 'opinion');
  // Three sentences, or two ending like a sentence or a cut-off teaser, are text.
  for (const lead of [
    'The water rose. The wall held for an hour. Then it broke',
    'The water rose at night. The wall broke an hour later.',
    'The water rose at night. The wall broke an hour later and…',
  ]) assert.equal(run(`${lead}\n\nResidents were moved to the school.`).layers.metadata!.title, null, lead);
});

test('a live page: its "LIVE:" label stays in the title and the desk it names at the top is its outlet', () => {
  const doc = run(
    'LIVE: Ferry aground off Skelby – rescue under way\n\n5 May 2031\n\nRadio Skelby Coast newsroom. This page is updated through the day.\n\n14:05\nAll passengers are ashore, the coastguard says.\n\n12:40\nTugs have reached the ferry.\n\n11:15\nThe ferry is listing.',
  );
  const m = doc.layers.metadata!;
  assert.equal(m.title, 'LIVE: Ferry aground off Skelby – rescue under way');
  assert.equal(m.kind, 'live-blog');
  assert.equal(m.outlet, 'Radio Skelby Coast');
  assert.ok(m.outletEvidence.some((e) => e.kind === 'own-desk'));
});

test('a broadcaster named by its first word: "told Radio X" credits it, and "X live desk." at the top is the page itself', () => {
  const told = run('Ferry aground off Skelby\n\nAll 300 passengers are safe, the skipper told Radio Kelby Coast on Monday. The tugs are on their way, a pilot told Radio Kelby Coast.');
  assert.equal(told.layers.metadata!.outlet, 'Radio Kelby Coast');
  // Both mentions name the same outlet: the second one's full stop is not part of the name.
  assert.deepEqual(told.layers.metadata!.outletEvidence.map((e) => `${e.kind} ${e.outlet}`), ['told-outlet Radio Kelby Coast', 'told-outlet Radio Kelby Coast']);
  // A reporter or a channel's generic word alone names no outlet.
  assert.equal(run('Ferry aground off Skelby\n\nAll 300 passengers are safe, the skipper told TV crews on Monday.').layers.metadata!.outlet, null);
  const desk = run('LIVE: Ferry aground off Skelby\n\n5 May 2031\n\nTV Skelby live desk. Latest posts first.\n\n14:05\nAll passengers are ashore.\n\n12:40\nTugs have reached the ferry.\n\n11:15\nThe ferry is listing.');
  assert.equal(desk.layers.metadata!.outlet, 'TV Skelby');
});

test('an "Outlet | Section | date" row names the outlet and the date; the headline below it is the title', () => {
  const doc = run('The Fellgate Ledger | World | 4 May 2031\n\nFerry runs aground off Skelby with 300 aboard\n\nA ferry ran aground on Sunday, the coastguard said.');
  const m = doc.layers.metadata!;
  assert.equal(m.title, 'Ferry runs aground off Skelby with 300 aboard');
  assert.equal(m.outlet, 'The Fellgate Ledger');
  assert.equal(m.published, '2031-05-04');
});

test('the items of a removed tags line are the page tags', () => {
  const doc = run('Levee gives way at Lowmarsh\n\nWater covered the lower town on Friday, the county said.\n\nTags: Lowmarsh, river safety; Flood Defences');
  assert.deepEqual(doc.layers.metadata!.tags, ['Lowmarsh', 'river safety', 'Flood Defences']);
  assert.ok(!doc.text.includes('Tags:'));
});

test('every name of a wire credit line is a credit, lower-case parts after a semicolon too; prose about reporting names no one', () => {
  const doc = run('Ferry aground off Skelby\n\nA ferry ran aground on Monday, the coastguard said.\n\n(Reporting by Ola Brandt; additional reporting by Tove Rask in Sellin; editing by Kai Mott)');
  assert.deepEqual(doc.layers.metadata!.credits, ['Ola Brandt', 'Tove Rask', 'Kai Mott']);
  const prose = run('Ferry aground off Skelby\n\nThe skipper criticised the reporting by Anna Weiss, a local blogger, on Monday.');
  assert.deepEqual(prose.layers.metadata!.credits, []);
});

test('a credit paragraph the HTML extractor took out as page furniture still gives its credits', () => {
  const text = 'Ferry aground off Skelby\n\nA ferry ran aground on Monday, the coastguard said.';
  const removed = [{ text: 'Ortiz reported from Skelby and Obi from Fellgate. Kim Lee contributed to this report.', reason: 'page-furniture (credit)' }];
  const doc: Doc = { id: 't', source: 't', format: 'html', raw: text, hints: {}, text, removed, flags: [], issues: [], layers: {} };
  readMetadata.run(doc, { options: {} });
  assert.deepEqual(doc.layers.metadata!.credits, ['Ortiz', 'Obi', 'Kim Lee']);
});

test('word-for-word translated news idiom flags a machine translation; the same facts in English idiom do not', () => {
  const calqued = [
    'SELVAN. The number of the injured after the flood has grown to 40 persons, informed on Friday the Regional Rescue Directorate.',
    'Most were hurt in the lower town, communicated the mayor of Selvan to our edition.',
    'The flood wounded 40 persons of different heaviness, from them six are located in heavy condition.',
  ];
  for (const text of calqued) assert.equal(readTranslation(text)?.code, 'machine-translated', text);
  const native = [
    'Forty people were injured in the flood, the Regional Rescue Directorate said on Friday. Six are in critical condition.',
    'Forty people were hurt, reported the Associated Press, and the mayor, 52, told the Courier that the levee had failed.',
    'The council, informed by engineers of the risk, had closed the road. Six persons were in hospital on Friday.',
  ];
  for (const text of native) assert.equal(readTranslation(text), null, text);
});

test('a broadcaster whose name ends in a channel number or frequency keeps it; a count after the name is not part of it', () => {
  const desk = run('LIVE: Mine floods under Harnow\n\n9 June 2032\n\nKanal Harnow 9 live desk — updates every few minutes.\n\n14:05\nAll miners are out.\n\n12:40\nPumps have arrived.\n\n11:15\nWater is rising.');
  assert.equal(desk.layers.metadata!.outlet, 'Kanal Harnow 9');
  const told = run('Mine floods under Harnow\n\nThe shaft filled within an hour, a foreman told Radio Harnow 98.4. The pumps failed at noon, the manager told Radio Harnow 98.4 on Tuesday.');
  assert.equal(told.layers.metadata!.outlet, 'Radio Harnow 98.4');
  const count = run('Mine floods under Harnow\n\nThe rescue chief told Radio Harnow 30 miners were still below ground. The pumps failed at noon, the manager told Radio Harnow.');
  assert.deepEqual(count.layers.metadata!.outletEvidence.map((e) => e.outlet), ['Radio Harnow', 'Radio Harnow']);
  // A generic word and a number is any city's station: no outlet.
  assert.equal(run('Mine floods under Harnow\n\nThe shaft filled within an hour, a foreman told Channel 6. The pumps failed, the manager told Channel 6.').layers.metadata!.outlet, null);
});

test('an "Outlet — Opinion — date" row split by dashes names the outlet and leaves the headline as the title', () => {
  const doc = run('The Harnow Sentinel — Opinion — Friday 11 June 2032\n\nThe mine was warned. Nobody listened\n\nBy Tomas Ferrel\n\nWe should have closed the lower shaft years ago.');
  const m = doc.layers.metadata!;
  assert.equal(m.title, 'The mine was warned. Nobody listened');
  assert.equal(m.outlet, 'The Harnow Sentinel');
  assert.equal(m.published, '2032-06-11');
  assert.equal(m.kind, 'opinion');
});

test('outlets named by a newspaper word: a dateless "Name | Opinion" row, a masthead line, "told the X Standard"', () => {
  const row = run('The Harnow Ledger | Opinion\n\nThe mine was warned\n\nWe should have closed the lower shaft years ago.');
  assert.equal(row.layers.metadata!.outlet, 'The Harnow Ledger');
  assert.equal(row.layers.metadata!.title, 'The mine was warned');
  // A headline with a bar and a section word but no masthead name stays the title.
  assert.equal(run('Mine safety | Opinion\n\nWe should have closed the lower shaft years ago.').layers.metadata!.title, 'Mine safety | Opinion');
  const masthead = run('Harnow Citizen\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(masthead.layers.metadata!.outlet, 'Harnow Citizen');
  const told = run('Mine floods under Harnow\n\nThe shaft filled within an hour, a foreman told the Harnow Standard. The pumps failed at noon, the manager told the Harnow Standard on Friday.');
  assert.equal(told.layers.metadata!.outlet, 'Harnow Standard');
});

test('a digest that prints its own label keeps it as its outlet when it quotes another paper\'s interview', () => {
  const doc = run('Mine floods under Harnow\n\nHarnow Roundup Digest: Water filled the lower shaft on Friday, the operator said.\n\nThe operator earlier told The Harnow Courier that the pumps had been checked.');
  assert.equal(doc.layers.metadata!.outlet, 'Harnow Roundup Digest');
  // Bare text that names nobody but the paper it talked to: that paper is the best guess, as before.
  assert.equal(run('Mine floods under Harnow\n\nThe operator told The Harnow Courier that the pumps had been checked.').layers.metadata!.outlet, 'The Harnow Courier');
});

test('dates of other languages\' pages: month names, day-first dots, "de"; a dotted numeric date is day first', () => {
  assert.equal(parseDate('Freitag, 9. Juli 2032, 14:05 Uhr'), '2032-07-09');
  assert.equal(parseDate('vendredi 9 juillet 2032'), '2032-07-09');
  assert.equal(parseDate('9 de julio de 2032'), '2032-07-09');
  assert.equal(parseDate('piątek, 9 lipca 2032'), '2032-07-09');
  assert.equal(parseDate('9 juni 2032'), '2032-06-09');
  assert.equal(parseDate('9.7.2032 14:05'), '2032-07-09');
  // Month first still for slashes, as US pages print them.
  assert.equal(parseDate('7/9/2032'), '2032-07-09');
  const doc = run('vrijdag 9 juli 2032, 14:05\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(doc.layers.metadata!.published, '2032-07-09');
  assert.equal(doc.layers.metadata!.title, 'Mine floods under Harnow');
});

test('an update stamp printed above the publication date is not the published day', () => {
  const doc = run('Last updated 11 July 2032\n\nPublished 9 July 2032\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(doc.layers.metadata!.published, '2032-07-09');
  assert.equal(run('Updated 11 July 2032\n\nMine floods under Harnow\n\nWater filled the lower shaft.').layers.metadata!.published, '2032-07-11');
});

test('a source line at the foot names the origin: the copy is republished; a generic "Agencies" or a time names no one', () => {
  const body = 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday and trapped 14 miners, the operator said.\n\nAll 14 men were brought to the surface by morning.';
  for (const foot of ['Source: Harnow Press Service', 'Quelle: Harnow Press Service', 'This story was first published by the Harnow Press Service.', 'This article is republished with permission from Harnow Press Service']) {
    const doc = run(`${body}\n\n${foot}`, { site: 'pelloweekly.example' });
    assert.equal(doc.layers.metadata!.outlet, 'Harnow Press Service', foot);
    assert.equal(doc.layers.metadata!.kind, 'republished', foot);
    assert.equal(doc.removed.find((r) => r.text === foot)?.reason, 'source-line', foot);
  }
  const agencies = run(`${body}\n\nSource: Agencies`, { site: 'pelloweekly.example' });
  assert.equal(agencies.layers.metadata!.kind, 'report');
  // An update time is not a source, and a sentence with a comma is not a source line.
  const stamped = run(`${body}\n\nThis story was originally published at 9:40 a.m.`);
  assert.ok(stamped.text.endsWith('This story was originally published at 9:40 a.m.'));
  const sourced = 'Source: the operator says all 14 miners were brought up alive this morning';
  assert.ok(run(`${body}\n\n${sourced}`).text.endsWith(sourced));
  const sentence = 'First published in 1998, the inspection report warned of flooding in the lower shaft.';
  assert.ok(run(`${body}\n\n${sentence}`).text.endsWith(sentence));
});

test('the page names itself in a byline, a capitals masthead, a paragraph label or only its copyright notice', () => {
  const body = 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday and trapped 14 miners, the operator said.\n\nAll 14 men were brought to the surface by morning.';
  const comma = run('Mine floods under Harnow\n\nBy Ada Quist, The Harnow Sentinel\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(comma.layers.metadata!.outlet, 'The Harnow Sentinel');
  assert.deepEqual(comma.layers.metadata!.byline, ['Ada Quist']);
  const bar = run('Mine floods under Harnow\n\nBy Ada Quist | Harnow Sentinel\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(bar.layers.metadata!.outlet, 'Harnow Sentinel');
  assert.deepEqual(bar.layers.metadata!.byline, ['Ada Quist']);
  const caps = run(`HARNOW SENTINEL\n\n${body}`);
  assert.equal(caps.layers.metadata!.title, 'Mine floods under Harnow');
  assert.equal(caps.layers.metadata!.outlet, 'HARNOW SENTINEL');
  // A shouted headline ending in an outlet word is still the title.
  assert.equal(run('FLOOD TRAPS MINERS IN HARNOW TODAY\n\nWater filled the lower shaft on Friday.').layers.metadata!.title, 'FLOOD TRAPS MINERS IN HARNOW TODAY');
  assert.equal(run('Mine floods under Harnow\n\nHarnow Sentinel: Water filled the lower shaft on Friday, the operator said.').layers.metadata!.outlet, 'Harnow Sentinel');
  assert.equal(run(`${body}\n\n© 2032 The Harnow Sentinel. All rights reserved.`).layers.metadata!.outlet, 'The Harnow Sentinel');
  // On a page whose site is known, a copyright holder is often the owner company: not the outlet.
  assert.equal(run(`${body}\n\n© 2032 Pellow Media Group. All rights reserved.`, { url: 'https://harnowsentinel.example/mine' }).layers.metadata!.outlet, null);
});

test('a day without a year is no date: a live blog\'s day divider does not become 2001', () => {
  assert.equal(parseDate('Tuesday, 9 July'), null);
  assert.equal(parseDate('Tue, 09 Jul 2032 14:05:00 GMT'), '2032-07-09');
});

test('a title ending in "| Outlet" or "- Outlet" loses the suffix, which names the page; a kicker above the headline is not the title', () => {
  const bar = run('Mine floods under Harnow | The Harnow Sentinel\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(bar.layers.metadata!.title, 'Mine floods under Harnow');
  assert.equal(bar.layers.metadata!.outlet, 'The Harnow Sentinel');
  const hinted = run('Water filled the lower shaft on Friday, the operator said.', { title: 'Mine floods under Harnow – Harnow FM' });
  assert.equal(hinted.layers.metadata!.title, 'Mine floods under Harnow');
  assert.equal(hinted.layers.metadata!.outlet, 'Harnow FM');
  // A dash that is part of the headline stays.
  assert.equal(run('Mine floods under Harnow – pumps fail at dawn\n\nWater filled the lower shaft.').layers.metadata!.title, 'Mine floods under Harnow – pumps fail at dawn');
  for (const kicker of ['EXCLUSIVE', 'World', 'Politics:']) {
    assert.equal(run(`${kicker}\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.`).layers.metadata!.title, 'Mine floods under Harnow', kicker);
  }
  // A one-word line above a paragraph is not a kicker over a headline.
  assert.match(run('Mine floods under Harnow\n\nWorld\n\nWater filled the lower shaft on Friday, the operator said.').text, /World/);
});

test('a one-word first line is not the title because the container\'s title holds that word', () => {
  const doc = run('PELLOW\n\nWater filled the lower shaft on Friday, the operator said.', { title: 'Pellow miners rescued after flood' });
  assert.equal(doc.layers.metadata!.title, 'Pellow miners rescued after flood');
});

test('a live page stamping each post at the head of its line is a live blog; a list of video lengths is not', () => {
  const posts = ['14:05 – All 14 miners are out, the fire service says.', '12:40 – Pumps have arrived at the shaft.', '11:15 – Water is still rising.', '10:30 – A flood has trapped miners, the operator says.'];
  assert.equal(run(['Mine floods under Harnow', ...posts].join('\n\n')).layers.metadata!.kind, 'live-blog');
  // Oldest first across midnight is still in order.
  const overnight = ['[22:40] A flood has trapped miners.', '[23:55] Pumps have arrived.', '[00:30] Water is still rising.', '[01:10] All 14 miners are out.'];
  assert.equal(run(['Mine floods under Harnow', ...overnight].join('\n\n')).layers.metadata!.kind, 'live-blog');
  const videos = ['3:02 Harnow choir sings for the miners', '1:27 Pellow market reopens', '5:16 How the lower shaft was dug', '1:12 Fair comes to Harnow'];
  assert.equal(run(['Mine floods under Harnow', 'Water filled the lower shaft on Friday, the operator said.', ...videos].join('\n\n')).layers.metadata!.kind, 'report');
});

test('a guest column or a letter is labelled opinion', () => {
  for (const label of ['Guest column', 'Letter to the editor']) {
    const doc = run(`${label}\n\nThe pit was never safe\n\nFor ten years the inspectors were told the lower shaft would flood. Nobody acted.`);
    assert.equal(doc.layers.metadata!.kind, 'opinion', label);
    assert.equal(doc.layers.metadata!.title, 'The pit was never safe', label);
  }
});

test('"Welcome to X\'s live coverage" at the top names the live page\'s own outlet', () => {
  const doc = run('LIVE: Mine floods under Harnow\n\n9 July 2032\n\nWelcome to Harnow FM 98.4\'s live coverage of the flood at the pit.\n\n14:05\nAll miners are out.\n\n12:40\nPumps have arrived.\n\n11:15\nWater is rising.');
  assert.equal(doc.layers.metadata!.outlet, 'Harnow FM 98.4');
  assert.equal(doc.layers.metadata!.kind, 'live-blog');
});

test('"Our live coverage continues" names no outlet', () => {
  const doc = run('LIVE: Mine floods under Harnow\n\nOur live coverage continues through the night.\n\n14:05\nAll miners are out.\n\n12:40\nPumps have arrived.\n\n11:15\nWater is rising.');
  assert.equal(doc.layers.metadata!.outlet, null);
});

test('a writer\'s row with a reading time gives the byline, not the outlet', () => {
  const doc = run('Mine floods under Harnow\n\nAda Quist · 9 July 2032 · 4 min read\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.deepEqual(doc.layers.metadata!.byline, ['Ada Quist']);
  assert.equal(doc.layers.metadata!.outlet, null);
  assert.equal(doc.layers.metadata!.published, '2032-07-09');
});
