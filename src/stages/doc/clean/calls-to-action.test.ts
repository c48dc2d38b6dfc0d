import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCallToAction } from './calls-to-action.ts';
import { junkReason } from './classify-line.ts';

const kept = (lines: readonly string[]): string[] => lines.filter((l) => !isCallToAction(l));
const taken = (lines: readonly string[]): string[] => lines.filter((l) => isCallToAction(l));

test('keep-the-page-open and come-back lines go, whatever the outlet or the event', () => {
  const appeals = [
    'Keep this tab open: we add each new post at the top.',
    'Refresh this page for the latest on the flooding in the lower town.',
    'Please refresh this live blog as crews reach the second floor of the mill.',
    'Check back with KTLB 9 for updates.',
    'Check back later for more details on the derailment.',
    'Stay with Hessel Valley News and hesselnews.example.com for the latest on the shooting.',
    'Stay tuned to Radio Keldane for more on the wildfire.',
    'Keep checking varrowpost.example.com for updates on the blaze.',
    'This article will be updated as further details emerge.',
    'This live page is updated automatically.',
    'We will update this article once the coastguard releases the names.',
    'This story is developing; please check back later.',
    "We'll keep you posted on air and online as the crews reach the tunnel.",
    "We're continuing to follow this breaking story.",
    "We're keeping you posted as the crews reach the tunnel.",
    'Stay up-to-date on the latest headlines from the valley. Tap to get our free app!',
    'Get storm warnings for your county delivered straight to your inbox.',
    "We'll be updating this page throughout the night.",
    'This blog is now closed. Thanks for following our coverage of the storm.',
    "That's all from us for tonight.",
    'For the latest on the wildfire, refresh this page.',
    'This is a live page and will update every few minutes.',
    'Thanks for reading. Come back tomorrow for more from the coast.',
  ];
  assert.deepEqual(kept(appeals), []);
});

test('calls to give, subscribe, join or support the outlet go in their many wordings', () => {
  const appeals = [
    'Found this useful? The Ostrey Courier stays free to read only thanks to readers like you. Become a member now.',
    'Did you find this article helpful? Join today from £2 a month.',
    'Support local journalism: subscribe to the Varrow Evening Post.',
    'Every contribution, however small, helps us keep reporters at the scene.',
    'With your support we can keep covering the storm season.',
    'Become a supporter of Radio Keldane.',
    'We rely on readers, not billionaires. Donate today.',
    'If you value our reporting from the coalfield, please consider a donation.',
    'Independent journalism needs your support.',
    'Make a one-off contribution.',
    'Our reporters have been at the dam since dawn. Please back them by becoming a member.',
    'Join 12,000 readers who fund the Ostrey Courier.',
    'Become a Ledger Insider today.',
    'You can back the Pellow Tribune from as little as £2.',
    'Our coverage of the fires is free to everyone. If you can, please support it.',
    'Support independent local journalism in the valley.',
  ];
  assert.deepEqual(kept(appeals), []);
});

test("the newsroom's tip lines and contacts go; so do comment, share, feedback and corrections prompts", () => {
  const appeals = [
    'Anyone who saw the blast can reach our news desk around the clock.',
    'The Courier keeps a list of the closed roads on its website. Readers with news of the floods can email our desk.',
    'Leave this page open for the latest. Relatives seeking miners on the night shift can ring the pit office, or text our desk on the Radio Keldane app.',
    'If you saw the crash, contact our reporters on 0700 555 0144.',
    'Send us your photos and videos of the storm.',
    'Got photos of the fire? Share them with us.',
    "We're always keen to hear from you. Tell us what you saw.",
    'What do you think? Let us know in the comments below.',
    'Have your say on the stadium plans below.',
    'Share this article with a friend.',
    'Was this story helpful?',
    'Spotted an error? Let us know at corrections@ostrey-courier.example.',
    'Read our corrections policy.',
    'Were you at the match? Share your photos with us.',
    'Tips? Call our tip line on 0700 555 0199.',
    'Did we get something wrong? Tell us.',
    'Read more of our coverage of the train crash.',
    'Read the full story here.',
    'Comments are open. Please keep them civil.',
    "Did you see the landslide? We'd love to hear from you.",
    "What's your view of the ruling? Tell us in the comments.",
    'Found this useful? Share it.',
    "That's it from our live desk tonight.",
    'Listen to the full interview with the harbour master.',
    'If you have been affected by the issues in this story, support is available from our partner charities.',
    'Like this story? Send it to a friend.',
    'Got a photo of the flood? Upload it to our gallery.',
    'To share a story, email the newsdesk at desk@pellow-tribune.example.',
    'Is there more to this story? Get in touch with our reporter.',
    'Any pictures from your village? Drop us a line.',
    'Read all our stories about the rail strike.',
    'Enjoyed this? Try our free weekly digest.',
    'Want alerts when the road reopens? Turn on notifications.',
    'This article is part of our series on the coal towns.',
    'Explore our map of the burned valleys.',
    'Take our two-minute survey about the new ferry timetable.',
    'Vote in our poll on rebuilding the pier.',
    'Please whitelist our site in your ad blocker.',
    'Text FLOOD to 55501 for alerts.',
    'If this helped, pass it on.',
    'Tag us in your pictures of the eclipse.',
    'Readers can email the author at mbrandt@varrowpost.example.',
    "We're updating this page as the votes come in.",
    'Saw the derailment? Our reporters would like to talk to you.',
    'Like what you read? Consider subscribing.',
    'How did we do? Rate this story.',
    'Tap the bell to get alerts from Radio Keldane.',
    'Add the Courier to your home screen.',
    'That concludes our live coverage for tonight.',
    "We'll be back in the morning with more.",
    'Share your views on the new sea wall in the comments.',
    'Contact the writer: 0700 555 0123 or mbrandt@varrowpost.example',
    'Reach reporter Ines Marlow at imarlow@ostrey-courier.example. Follow her on Bluesky.',
    'Find Hessel Valley News on Instagram and TikTok.',
    '>> Download the KTLB 9 app for iOS and Android',
    'To receive storm warnings as they happen, grab the free KTLB 9 news app. You can also register for our email bulletins.',
  ];
  assert.deepEqual(kept(appeals), []);
});

test('the same families in the other languages the clean stage reads', () => {
  const appeals = [
    'Werden Sie Mitglied und unterstützen Sie unabhängigen Journalismus.',
    'War dieser Artikel hilfreich?',
    'Haben Sie einen Fehler entdeckt? Schreiben Sie der Redaktion.',
    'Diese Seite wird laufend aktualisiert.',
    'Faites un don pour soutenir notre rédaction.',
    'Cet article vous a-t-il été utile ?',
    'Actualisez cette page pour suivre les dernières informations.',
    'Hazte socio y apoya el periodismo local.',
    '¿Te ha resultado útil esta noticia?',
    'Escríbenos si tienes información.',
    'Diventa sostenitore della nostra redazione.',
    'Hai trovato un errore? Segnala un errore alla redazione.',
    'Torne-se assinante e apoie o jornalismo independente.',
    'Fale com a redação pelo WhatsApp.',
    'Wesprzyj nas i zostań patronem.',
    'Czy ten artykuł był pomocny?',
    'Word lid en steun onze journalistiek.',
    'Ververs deze pagina voor de laatste updates.',
    'Haben Sie Hinweise? Schreiben Sie uns an redaktion@example.de.',
    'Vous avez repéré une erreur ? Signalez-la à la rédaction.',
    'Condividi questo articolo.',
    'Baixe o nosso aplicativo.',
    'Erhalten Sie die wichtigsten Nachrichten per Push.',
    'Recevez notre newsletter chaque matin.',
    'Recibe en tu correo las noticias del día.',
    'Non perderti gli aggiornamenti sulla frana.',
    'Nie przegap najważniejszych wiadomości.',
    'Mis niets van de storm: ontvang onze pushmeldingen.',
    'Wspieraj nas i zostań patronem.',
    'Word nu lid van de Courant.',
    'Suivez notre direct sur le site.',
    'Segui la diretta sul nostro sito.',
    'Volg het liveblog in onze app.',
    'Partagez votre témoignage avec la rédaction.',
    'Escribe a la redacción si viste el incendio.',
  ];
  assert.deepEqual(kept(appeals), []);
});

test("an official's appeal for witnesses is news, however it asks the reader to call", () => {
  const news = [
    'Police asked anyone with footage of the crash to call detectives on 0800 555 0199.',
    'Anyone with knowledge of the arson is asked to ring the county tip line on 555-0142.',
    'If you saw anything at the depot, please phone the anonymous tip line on 555-0187.',
    '"Call us if you see smoke," the fire chief said.',
    'Witnesses who saw the crane fall can contact the site office, the company said.',
    'Relatives seeking news of passengers can ring the hospital helpline on 0800 555 0100.',
    'The mayor said she could not tell us how many homes were lost.',
    'Stay with relatives if you can, the council said.',
    'Keep the windows shut until the smoke clears.',
    'The flood report is updated every year by the river authority.',
    'Share prices in the rail operator fell 9% on Monday.',
    'This story is still developing while divers search the lower deck.',
    'Check the river gauges before crossing the ford.',
    'Donors who want to help can give blood at the clinic, the health board said.',
    'The operator posted the passenger list on its website on Tuesday.',
    'Was this the worst storm in a century? Forecasters say it may have been.',
    'What do you think happened to the boat, investigators asked the crew.',
    'Subscribers to the council newsletter were warned on Friday.',
    "Stay informed through the county's flood alerts and leave when told.",
    'The crew told the reporter they had been awake for two days.',
    'We will rebuild the school, the headteacher told parents on Monday.',
    'Were there warnings? The council says there were none.',
    'Refresh the water troughs twice a day while the heat lasts.',
    'This report updates the 2019 survey of the dam.',
    'Help us find our daughter, her father pleaded.',
    'The shelter needs your support, the mayor said.',
    'Join the queue at the town hall if you need sandbags.',
    "The station's live coverage continued through the night.",
    'Help arrived two hours later.',
    'Our street was under water by noon, she said.',
    'Call us if you see smoke.',
    'Tell us the truth about the dam.',
    'Please stay away from the area and let us do our work.',
    'Found a mistake in the ledger, the auditor alerted police.',
    'Give us back our children.',
    'Follow our instructions and stay indoors.',
    'Keep our firefighters in your thoughts.',
    'Send our love to the families.',
  ];
  assert.deepEqual(taken(news), []);
});

test("other languages' news about appeals, donations and subscribers stays", () => {
  const news = [
    'Die Polizei bittet Zeugen, sich unter 0800 555 0101 zu melden.',
    'Spenden für die Betroffenen werden im Rathaus gesammelt.',
    'Haben Sie Angst vor dem nächsten Hochwasser, fragte der Bürgermeister die Anwohner.',
    'Suivez les consignes des autorités, a répété le préfet.',
    'Abbonati e lettori hanno protestato contro la chiusura della redazione locale.',
    'Esta página del informe oficial fue corregida el lunes.',
    'Zostań w domu — apelują strażacy do mieszkańców.',
    'Steun voor de getroffen boeren komt van de provincie.',
    'Seguici nel silenzio, disse il sindaco al corteo.',
    'Join the discussion at the town hall tonight.',
    'Share your view at the public meeting on Thursday.',
    'We will be back, the owner promised as he boarded up the shop.',
    'Suivez-nous jusqu’à la mairie, a dit le maire aux manifestants.',
  ];
  assert.deepEqual(taken(news), []);
});

test("a report's own instructions, thanks and questions are no page furniture, whichever line rule looks at them", () => {
  const news = [
    "Follow the county's page for updates on road closures.",
    'Sign up for the volunteer rota at the community centre.',
    'Stay tuned to local radio for evacuation orders, the county said.',
    'Refresh your emergency kit every six months.',
    'Keep checking on elderly neighbours during the heatwave.',
    'If you saw the lorry, contact the police on 101.',
    'Download the evacuation map from the council website.',
    'Join the search party at 8 a.m. at the car park.',
    'Support the families by giving to the relief fund at the town hall.',
    'Have you seen this man? Police released an image on Friday.',
    'Thanks to the quick response of the crew, no one died.',
    'This blog post by the mine engineer was deleted on Monday.',
    'Register of voters was lost in the fire.',
    'Take cover, the siren message said.',
    'Vote counting was delayed by the storm.',
    'Pick up your medicines from the pharmacy before noon.',
  ];
  assert.deepEqual(news.filter((l) => junkReason(l, 'latin') !== null), []);
});
