import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../core/index.ts';
import { clean } from './index.ts';

function run(text: string): Doc {
  const doc: Doc = { id: 't', source: 't', format: 'text', raw: text, hints: {}, text, removed: [], flags: [], issues: [], layers: {} };
  clean.run(doc, { options: {} });
  return doc;
}

const reasons = (doc: Doc): Record<string, string> => Object.fromEntries(doc.removed.map((r) => [r.text, r.reason]));

test('widgets go with a reason each; the article lines stay in order', () => {
  const doc = run(
    [
      'Tram derails in Oldmere',
      'A tram left the rails near the central station on Friday, injuring six people, the city said.',
      'Advertisement',
      'Share this: Facebook',
      'Twitter',
      'Please enable Javascript to watch this video',
      'Service will resume on Monday.',
      'Leave a Comment',
      'Your email address will not be published. Required fields are marked *',
      'Copyright 2031 Oldmere Courier. All rights reserved.',
    ].join('\n\n'),
  );
  assert.equal(
    doc.text,
    'Tram derails in Oldmere\n\nA tram left the rails near the central station on Friday, injuring six people, the city said.\n\nService will resume on Monday.',
  );
  const r = reasons(doc);
  assert.equal(r['Advertisement'], 'player-or-ad');
  assert.equal(r['Share this: Facebook'], 'share-widget');
  assert.equal(r['Leave a Comment'], 'comment-widget');
  assert.equal(r['Copyright 2031 Oldmere Courier. All rights reserved.'], 'copyright');
});

test('a widget phrase inside a real sentence never removes it', () => {
  const body = 'Residents were told to share this information with neighbours and to leave a comment with the council, the mayor said.';
  const doc = run(`Storm warning\n\n${body}\n\nPrint`);
  assert.ok(doc.text.includes(body));
  assert.equal(reasons(doc)['Print'], 'share-widget');
});

test('date and hashtag headers, the Posted: fragment on the headline line, and repeats of the headline', () => {
  const doc = run(
    'Jan. 5, 2031\n#flood #valley\nRiver floods valley Posted: Monday, January 5, 2031 7:02 AM EST\n\nRiver floods valley\n\nWater rose overnight.',
  );
  assert.equal(doc.text, 'River floods valley\n\nWater rose overnight.');
  const r = reasons(doc);
  assert.equal(r['Jan. 5, 2031'], 'date-header');
  assert.equal(r['#flood #valley'], 'hashtag-header');
  assert.equal(r['Posted: Monday, January 5, 2031 7:02 AM EST'], 'date-header');
  assert.equal(r['River floods valley'], 'repeated-headline');
});

test('short lines in another script are UI labels; a long foreign sentence stays', () => {
  const foreign = 'Десятки жителей провели ночь в спортивном зале, потому что их дома остались без электричества после бури.';
  const doc = run(`Storm cuts power\n\n字号 +\n\n返回\n\nThousands lost power after the storm, the utility said.\n\n${foreign}`);
  assert.equal(reasons(doc)['字号 +'], 'foreign-ui-label');
  assert.equal(reasons(doc)['返回'], 'foreign-ui-label');
  assert.ok(doc.text.includes(foreign));
});

test('a related-story headline between paragraphs goes; subheadings that announce the next paragraph stay', () => {
  const doc = run(
    [
      'Dam failure floods three villages',
      'The earthen dam above Fennick gave way after days of rain, officials said on Sunday.',
      'Why mountain railways keep losing money across the northern provinces',
      'Evacuations began before dawn, and no deaths have been reported.',
      'Evacuation plans',
      'Evacuation plans drawn up in 2029 were used for the first time, the regional governor said.',
    ].join('\n\n'),
  );
  assert.equal(reasons(doc)['Why mountain railways keep losing money across the northern provinces'], 'related-headline');
  assert.ok(doc.text.includes('\n\nEvacuation plans\n\n'));
});

test('an outlet label in front of the first paragraph goes, the paragraph stays', () => {
  const doc = run('Quake hits coast\n\nCoastline Daily News: A strong quake hit the coast on Monday.');
  assert.equal(doc.text, 'Quake hits coast\n\nA strong quake hit the coast on Monday.');
  assert.equal(reasons(doc)['Coastline Daily News:'], 'outlet-label');
});

test('a page of nothing but widgets is flagged rather than passed on as text', () => {
  const doc = run('Your notification has been saved.\n\nThere was a problem saving your notification.\n\nClose');
  assert.equal(doc.text, '');
  assert.equal(doc.removed.length, 3);
  assert.ok(doc.flags.some((f) => f.code === 'boilerplate-only'));
});

test('the site name standing alone is removed when the page names itself in a copyright line', () => {
  const doc = run(
    [
      'DailyWireHub',
      'Ferry runs aground off Kelby Point',
      'Share on Facebook',
      'A passenger ferry ran aground on Sunday; all 212 passengers were taken off safely, the coastguard said.',
      'Comment *',
      'Post Comment',
      '© 2031 DailyWireHub | All rights reserved',
    ].join('\n\n'),
  );
  assert.equal(doc.text, 'Ferry runs aground off Kelby Point\n\nA passenger ferry ran aground on Sunday; all 212 passengers were taken off safely, the coastguard said.');
  const r = reasons(doc);
  assert.equal(r['DailyWireHub'], 'site-name');
  assert.equal(r['Share on Facebook'], 'share-widget');
  assert.equal(r['Comment *'], 'comment-form');
});

test('a one-word line is kept when nothing says it is the site name', () => {
  const doc = run(['Kelby', 'Ferry runs aground off Kelby Point', 'All passengers were taken off safely, the coastguard said.'].join('\n\n'));
  assert.ok(doc.text.startsWith('Kelby\n'));
});

test("the newsroom's promises and appeals at the end go; a sentence that mentions following the story stays", () => {
  const doc = run(
    [
      'Ferry runs aground off Kelby Point',
      'Investigators said they would continue to follow every lead in the story of the grounding, which left 212 passengers stranded for hours.',
      'Coast Radio will continue to follow this story.',
      'More on this story as it develops. Follow Coast Radio for updates.',
      'Tell us what you see: send pictures to our newsroom.',
    ].join('\n\n'),
  );
  assert.deepEqual(doc.removed.map((x) => x.reason), ['promo', 'promo', 'promo']);
  assert.match(doc.text, /would continue to follow every lead/);
});

test('an outlet-shaped first line above the headline is a masthead; the same words inside the story stay', () => {
  const doc = run(['Kelby Coast News', 'Ferry runs aground off Kelby Point', 'The skipper told Kelby Coast News that the tide was low.'].join('\n\n'));
  assert.equal(doc.removed[0].text, 'Kelby Coast News');
  assert.equal(doc.removed[0].reason, 'site-name');
  assert.match(doc.text, /^Ferry runs aground/);
  assert.match(doc.text, /told Kelby Coast News that/);
});

test('newsroom promos go: a desk that keeps following the story, a newsletter pitch, a reader-service notice', () => {
  const promos = [
    'Radio Brenmoor will keep following this story through the night. Send us your news and pictures through our app.',
    'Stay informed: sign up for the Fellgate Ledger evening newsletter.',
    "Get the week's biggest regional stories in your inbox: subscribe to the Fellgate Ledger briefing.",
    'The Ledger is publishing the list of closed roads on its website. Readers who need a lift to hospital can call the county helpline.',
    'Coast FM will stay on air until morning with news from the shelters and the road closures. Share your photos with the desk.',
    "The Ledger will print the names of the missing, as the county gives them, in Thursday's paper.",
    'Readers who wish to help can give clothes at the sports hall from 9:00 to 17:00 every day.',
  ];
  const doc = run(['Dam spillway fails in Brenmoor', 'Water poured through the town on Monday after a spillway gave way, the county said.', ...promos].join('\n\n'));
  assert.equal(doc.text, 'Dam spillway fails in Brenmoor\n\nWater poured through the town on Monday after a spillway gave way, the county said.');
  for (const p of promos) assert.equal(reasons(doc)[p], 'promo', p);
});

test('reported sign-ups, newsletters and readers stay: the promo rules need the newsroom addressing its reader', () => {
  const real = [
    'More than 4,000 residents signed up for flood alerts after the council opened a register: most live near the river.',
    'The mayor said: subscribers to the council newsletter were warned on Friday.',
    'Readers of the county paper had raised the alarm for years, the inquiry heard.',
    'Rescuers will keep searching the riverbank through the night, the fire service said.',
    'The county will publish the names of the missing once families have been told, a spokeswoman said.',
    'Donors who want to help can give blood at the clinic, the health board said.',
  ];
  const doc = run(['Dam spillway fails in Brenmoor', ...real].join('\n\n'));
  assert.equal(doc.text, ['Dam spillway fails in Brenmoor', ...real].join('\n\n'));
});

test('an "Outlet | Section | date" row above the headline is metadata, not the title; a headline with a bar stays', () => {
  const doc = run('The Fellgate Ledger | World | 4 May 2031\n\nFerry runs aground off Skelby with 300 aboard\n\nA ferry ran aground on Sunday, the coastguard said.');
  assert.ok(doc.text.startsWith('Ferry runs aground off Skelby'));
  const r = reasons(doc);
  assert.equal(r['The Fellgate Ledger'], 'outlet-line');
  assert.equal(r['4 May 2031'], 'date-header');
  assert.equal(r['World'], 'section-label');
  const opinion = run('Ferry safety was ignored for years\n\nThe Fellgate Ledger · Opinion · Monday 5 May 2031\n\nNobody should be surprised that the ferry ran aground.');
  assert.equal(reasons(opinion)['Opinion'], 'editorial-label');
  assert.equal(opinion.text, 'Ferry safety was ignored for years\n\nNobody should be surprised that the ferry ran aground.');
  const headline = run('Ferry aground | live updates from the coast\n\nA ferry ran aground on Sunday, the coastguard said.');
  assert.ok(headline.text.startsWith('Ferry aground | live updates from the coast'));
});

test('"Opinion | Comment" is a section label, but a lone "Comment" is still a comment widget', () => {
  const doc = run('Opinion | Comment\n\nThe ferry was never safe\n\nFor a decade inspectors warned that the ferry was overloaded.\n\nComment');
  const r = reasons(doc);
  assert.equal(r['Opinion | Comment'], 'editorial-label');
  assert.equal(r['Comment'], 'comment-widget');
  assert.ok(doc.text.startsWith('The ferry was never safe'));
});

test('a "LIVE:" label taken off the headline is recorded as the title\'s own label', () => {
  const doc = run('LIVE: Ferry aground off Skelby – rescue under way\n\nBREAKING: the coastguard says all 300 are safe.\n\nA ferry ran aground on Sunday.');
  const r = reasons(doc);
  assert.equal(r['LIVE:'], 'title-label');
  assert.equal(r['BREAKING:'], 'editorial-label');
});

test('a tags line at the foot of a page goes; a sentence with a colon stays', () => {
  const doc = run(
    [
      'Levee gives way at Lowmarsh',
      'Water covered the lower town on Friday, the county said.',
      'Categories: the county counted three kinds of damage, roads, homes and fields.',
      'Related topics: Lowmarsh, River Safety, Flood Defences',
    ].join('\n\n'),
  );
  assert.equal(reasons(doc)['Related topics: Lowmarsh, River Safety, Flood Defences'], 'tags-line');
  assert.match(doc.text, /Categories: the county counted/);
});

test('a live blog stamp is removed with the place of the post under it', () => {
  const doc = run(
    [
      'Flooding in Brenmoor: live',
      '3 May 2031',
      '06:10',
      'The river has burst its banks at the mill weir.',
      'Sunday 1:45 a.m. UPDATE',
      'Pumps have arrived from the coast.',
      '2 hours ago',
    ].join('\n\n'),
  );
  const at = (t: string): number | undefined => doc.removed.find((r) => r.text === t)?.at;
  assert.equal(doc.text.slice(at('06:10')).split('\n')[0], 'The river has burst its banks at the mill weir.');
  assert.equal(doc.text.slice(at('Sunday 1:45 a.m. UPDATE')).split('\n')[0], 'Pumps have arrived from the coast.');
  assert.equal(doc.text.slice(at('3 May 2031')).split('\n')[0], 'The river has burst its banks at the mill weir.');
  assert.equal(at('2 hours ago'), doc.text.length);
});

test('calls to action in any wording go, two to a line too: app alerts, newsletters, subscriptions, donations, follow us', () => {
  const appeals = [
    'Radio Lindqvar 7 will stay on the air until morning with bulletins from the valley. Enable notifications for our news app so that you do not miss an update.',
    "Get the Pellow Tribune's morning briefing on the fires, delivered to your inbox.",
    'Reporting on the fires carries on at our live page. Subscribe today for £3 a month to back independent journalism in the hills.',
    'Donate to our newsroom today: your support keeps our reporters in the hills.',
    'Follow us on TikTok and join our WhatsApp channel for the latest.',
    'Abonnez-vous à notre newsletter.',
    'Folgen Sie uns auf Instagram.',
    'Zapisz się do naszego newslettera.',
  ];
  const body = 'A wildfire crossed the ridge above Pellow on Thursday and forced 900 people from their homes, the fire service said.';
  const doc = run(['Wildfire reaches Pellow', body, ...appeals].join('\n\n'));
  assert.equal(doc.text, `Wildfire reaches Pellow\n\n${body}`);
  for (const a of appeals) assert.ok(['promo', 'social-follow'].includes(reasons(doc)[a]), a);
});

test('more appeals: membership, value questions, the newsroom\'s contacts, listening live elsewhere', () => {
  const appeals = [
    'Enjoy unlimited access to our reporting for $4 a month.',
    'Liked this story? Please consider supporting us.',
    'We can only do this because of readers like you. Give what you can.',
    'Got a tip? Email tips@pellow-tribune.example',
    'Message our newsdesk on 0700 555 010.',
    'Tune in live to Radio Lindqvar at 18:00 for the full interview.',
    'Already a member? Log in',
  ];
  const body = 'A wildfire crossed the ridge above Pellow on Thursday and forced 900 people from their homes, the fire service said.';
  const doc = run(['Wildfire reaches Pellow', body, ...appeals].join('\n\n'));
  assert.equal(doc.text, `Wildfire reaches Pellow\n\n${body}`);
});

test('buttons, footers and notices of other languages\' sites and of English ones go, one to a line', () => {
  const furniture = [
    'Lesen Sie auch: Waldbrand bedroht Dorf',
    'Czytaj także',
    'Partager',
    'Publicidad',
    'Commenti (4)',
    'Mentions légales',
    'Wszelkie prawa zastrzeżone',
    'Accetta tutto',
    '4 min read',
    'Comments are closed.',
    'Privacy policy',
    'Was this article helpful?',
    'Continue reading below',
    'Share on X',
    'Last modified on Friday 9 July 2032 09.12 BST',
  ];
  const body = 'A wildfire crossed the ridge above Pellow on Thursday and forced 900 people from their homes, the fire service said.';
  const doc = run(['Wildfire reaches Pellow', body, ...furniture].join('\n\n'));
  assert.equal(doc.text, `Wildfire reaches Pellow\n\n${body}`);
  assert.equal(reasons(doc)['Last modified on Friday 9 July 2032 09.12 BST'], 'date-header');
});

test('sentences that report on apps, alerts, newsletters or donations stay: nobody addresses the reader', () => {
  const real = [
    'The app sent alerts to 40,000 phones before the ridge caught fire.',
    'Turn on alerts in the county app and leave when told, the fire chief urged residents.',
    'Subscribers to the water board newsletter were warned on Tuesday. Most did not read it.',
    'Donations to the relief fund reached £2 million by Friday, organisers said.',
    'Families who fled say they follow the fire on a neighbour\'s phone. Nobody has slept.',
    'Support for the evacuation order was strong in the lower valley.',
    'The council will consider supporting the bid to rebuild the school.',
    'Help keep the shelters warm by bringing blankets to the school hall.',
    'Listen to the sirens: they mean leave now.',
    'Contact with the crews on the ridge was lost at noon.',
    'Turn on emergency alerts on your phone: the county will send evacuation orders that way.',
    "Donate to the firefighters' fund at the town hall or at any post office.",
  ];
  const doc = run(['Wildfire reaches Pellow', ...real].join('\n\n'));
  assert.equal(doc.text, ['Wildfire reaches Pellow', ...real].join('\n\n'));
});

test('a masthead row split by dashes or slashes goes; a headline with a dash and a date in it stays', () => {
  const dashed = run('The Harnow Sentinel – World – 11 June 2032\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(reasons(dashed)['The Harnow Sentinel'], 'outlet-line');
  assert.equal(reasons(dashed)['11 June 2032'], 'date-header');
  assert.ok(dashed.text.startsWith('Mine floods under Harnow'));
  const slashed = run('Harnow Sentinel / Opinion / 11 June 2032\n\nThe mine was warned\n\nWe should have closed the shaft.');
  assert.equal(reasons(slashed)['Opinion'], 'editorial-label');
  const headline = run('Mine floods under Harnow - 11 June 2032\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.ok(headline.text.startsWith('Mine floods under Harnow - 11 June 2032'));
  const byline = run('Mine floods under Harnow\n\nBy Ada Quist - 11 June 2032\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.match(byline.text, /By Ada Quist - 11 June 2032/);
});

test('date lines with a dash before the time or an update stamp after the date are date headers', () => {
  const lines = ['July 9, 2032 — 2:05 PM', 'Friday 9 July 2032, 18:45 · Updated 21:02', 'Published 9 July 2032, last updated 10 July 2032', 'Updated at 14:05 on 9 July 2032'];
  const doc = run([...lines, 'Mine floods under Harnow', 'Water filled the lower shaft on Friday, the operator said.'].join('\n\n'));
  for (const l of lines) assert.equal(reasons(doc)[l], 'date-header', l);
  assert.ok(doc.text.startsWith('Mine floods under Harnow'));
});

test('a foreign site\'s labels in the same alphabet go when there are several; names with accents and a foreign page stay', () => {
  const report = [
    'Mine floods under Harnow',
    'Water filled the lower shaft on Friday and trapped 14 miners for six hours, the operator said.',
    'Rescuers pumped water out of the shaft through the night, and all 14 men were brought to the surface by morning.',
  ];
  const ui = ['Dodaj do ulubionych', 'Czytaj więcej później', 'Pokaż wszystkie zdjęcia', 'Najnowsze artykuły z regionu dla ciebie'];
  const doc = run([ui[0], ui[1], ...report, ui[2], ui[3]].join('\n\n'));
  assert.equal(doc.text, report.join('\n\n'));
  for (const u of ui) assert.equal(reasons(doc)[u], 'foreign-ui-label', u);
  // Capitalised names with accents are an English text's own subheadings.
  const places = [report[0], 'Rescue at Łęczyca', report[1], 'Families wait in Górno', report[2], 'Mourning in Zúñiga'];
  assert.equal(run(places.join('\n\n')).text, places.join('\n\n'));
  // A page in another language is not an English page with a foreign site's furniture.
  const foreign = ['Kopalnia zalana pod Harnow', 'Woda zalała dolny szyb w piątek, a 14 górników czekało na pomoc przez sześć godzin.', 'Ratownicy pompowali wodę przez całą noc.', 'Wszyscy górnicy są już na powierzchni.'];
  assert.equal(run(foreign.join('\n\n')).text, foreign.join('\n\n'));
});

test('the headlines listed under a removed "Most read" or "Related stories:" label go with it; the story after them stays', () => {
  const doc = run(
    [
      'Mine floods under Harnow',
      'Water filled the lower shaft on Friday and trapped 14 miners for six hours, the operator said.',
      'Related stories:',
      'Harnow pit closed after a gas leak in 2029',
      '• Miners strike over safety rules',
      'All 14 men were brought to the surface by morning, the fire service said.',
      'Most read',
      'Nine habits that ruin your sleep',
      'Copper price hits a new high',
    ].join('\n\n'),
  );
  assert.equal(doc.text, 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday and trapped 14 miners for six hours, the operator said.\n\nAll 14 men were brought to the surface by morning, the fire service said.');
  assert.equal(reasons(doc)['• Miners strike over safety rules'], 'related-headline');
  // A player's label is not a list: the subheading under it stays.
  const watch = run('Mine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.\n\nWatch\n\nRescue through the night\n\nPumps ran until dawn, the fire service said.');
  assert.match(watch.text, /Rescue through the night/);
});

test('a list label above the whole page does not take the page\'s own headline', () => {
  const doc = run('More stories\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(doc.text, 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
});

test('a row of share buttons on one line and a desk named instead of a writer go; a sentence naming the platforms stays', () => {
  const doc = run('Mine floods under Harnow\n\nShare Facebook Twitter WhatsApp Email\n\nredaktion\n\nFrom staff reports\n\nWater filled the lower shaft on Friday, the operator said.\n\nFamilies shared the news on Facebook, Twitter and WhatsApp through the night.');
  assert.equal(doc.text, 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.\n\nFamilies shared the news on Facebook, Twitter and WhatsApp through the night.');
  assert.equal(reasons(doc)['Share Facebook Twitter WhatsApp Email'], 'share-widget');
  assert.equal(reasons(doc)['From staff reports'], 'byline-junk');
});

test('a row with the date first names the outlet after it only when the name is masthead-shaped', () => {
  const doc = run('9 July 2032 | The Harnow Sentinel\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(reasons(doc)['The Harnow Sentinel'], 'outlet-line');
  assert.equal(reasons(doc)['9 July 2032'], 'date-header');
  const section = run('9 July 2032 | Mine safety\n\nMine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.ok(section.text.startsWith('9 July 2032 | Mine safety'));
});

test('a "most read" list under another language\'s label goes with its headlines', () => {
  const doc = run('Mine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.\n\nMeistgelesen\n\nNine habits that ruin your sleep\n\nCopper price hits a new high');
  assert.equal(doc.text, 'Mine floods under Harnow\n\nWater filled the lower shaft on Friday, the operator said.');
});

test('a writer\'s row with a reading time is not an outlet row', () => {
  const doc = run('Mine floods under Harnow\n\nAda Quist · 9 July 2032 · 4 min read\n\nWater filled the lower shaft on Friday, the operator said.');
  assert.equal(reasons(doc)['Ada Quist'], 'author-line');
  assert.equal(reasons(doc)['9 July 2032'], 'date-header');
  assert.ok(!doc.removed.some((r) => r.reason === 'outlet-line'));
});
