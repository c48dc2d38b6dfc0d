// Word material and report templates for the synthetic benchmark corpus. Everything here is
// invented; names are built from syllables so thousands of distinct places and people exist.
// Slots in templates: {place} {country} {region} {killed} {injured} {missing} {dist} {mag}
// {day} {when} {official} {officialLast} {role} {witness} {witnessLast} {expert} {expertLast}
// {org} {hospital} {agency} {month} {lastMonth} {count} {party} {rival} {noun}.

export const PLACE_HEADS = [
  'Vel', 'Mar', 'Tor', 'Ash', 'Bren', 'Kal', 'Or', 'Sen', 'Dur', 'Lis', 'Hav', 'Quen', 'Ros', 'Tal', 'Ver',
  'Zan', 'Cor', 'Elm', 'Fen', 'Gal', 'Hol', 'Jor', 'Lun', 'Mor', 'Nal', 'Pel', 'Rav', 'Sol', 'Tev', 'Ul',
];
export const PLACE_TAILS = [
  'ford', 'mouth', 'holm', 'vik', 'grad', 'ova', 'ton', 'dale', 'stad', 'port', 'haven', 'bury', 'ara',
  'ene', 'ith', 'ach', 'wick', 'mere',
];
export const COUNTRY_HEADS = ['Karv', 'Ostr', 'Meln', 'Tesk', 'Bral', 'Sarn', 'Vund', 'Elar', 'Quor', 'Drav', 'Lum', 'Pav', 'Zer', 'Norv'];
export const COUNTRY_TAILS = ['ia', 'land', 'ovia', 'ania', 'enia'];
export const REGION_KINDS = ['province', 'district', 'county', 'region'];

export const FIRST_NAMES = [
  'Anna', 'Marek', 'Leila', 'Tomas', 'Ines', 'Pavel', 'Sofia', 'Kofi', 'Hana', 'Dario', 'Elif', 'Jonas',
  'Amara', 'Viktor', 'Nadia', 'Ruben', 'Mira', 'Oskar', 'Yara', 'Luca', 'Zofia', 'Emeka', 'Ilse', 'Farid',
  'Greta', 'Malik', 'Petra', 'Sami', 'Tereza', 'Idris', 'Vera', 'Bruno', 'Alma', 'Kenji', 'Lotte', 'Rafael',
];
export const SURNAME_HEADS = ['Kov', 'Hal', 'Mer', 'Dras', 'Ben', 'Ost', 'Vil', 'Tor', 'Lan', 'Rud', 'Sev', 'Brin', 'Al', 'Cas', 'Dem', 'Fal', 'Gor', 'Hest'];
export const SURNAME_TAILS = ['enko', 'sson', 'ova', 'ic', 'ard', 'elli', 'berg', 'ano', 'ez', 'is', 'owski', 'ley', 'ani', 'strom', 'mann'];

export const OUTLET_PATTERNS = ['The {place} Herald', '{place} Daily News', 'The {country} Courier', '{place} Radio', 'The {place} Post', '{country} Today', 'Morning {place}', 'The {place} Gazette'];
export const AGENCY_NAMES = ['KNA', 'OPA', 'MWS', 'TNX', 'DPX', 'VNA'];

export const JUNK_LINES = [
  'Share on Facebook',
  'Share on Twitter',
  'Source link',
  'Leave a Comment',
  'Print Friendly, PDF & Email',
  'Advertisement',
  'Your email address will not be published. Required fields are marked *',
  'We use cookies to improve your experience on our site. Accept',
  'Subscribe to our newsletter',
];
export const RELATED_LINES = [
  'READ MORE: Central bank keeps rates on hold as inflation eases',
  'READ MORE: Football club confirms new coach after losing streak',
  'Related: Ferry fares to rise from next month',
  'Related: Heatwave warning issued for southern districts',
];

/** Words a lazy rewriter swaps; applied to whole words only. */
export const REWRITE_SWAPS: [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bat least\b/g, 'no fewer than'],
  [/\bresidents\b/g, 'locals'],
  [/\bofficials\b/g, 'authorities'],
  [/\bhelp\b/g, 'assist'],
  [/\bbegan\b/g, 'started'],
];

export interface EventTemplate {
  type: string;
  noun: string;
  /** Which numbers the event produces and their rough scale. */
  killed: [number, number];
  injured: [number, number];
  missing: [number, number];
  headlines: string[];
  ledes: string[];
  body: string[];
  quotes: string[];
  roles: string[];
  orgs: string[];
  /** Strikes, protests and elections draw on political rather than emergency background paragraphs. */
  civic?: boolean;
}

const SHARED_QUOTES = [
  '"We are doing everything we can, and we will keep going until everyone is accounted for," {official}, the {role}, told reporters.',
  '"I have never seen anything like this in {place}," said {witness}, who lives nearby. "People were running in every direction."',
  '"The first hours are the most important, and they are over," said {expert}, an independent analyst. "Now the questions begin."',
];

export const EVENT_TEMPLATES: EventTemplate[] = [
  {
    type: 'earthquake', noun: 'earthquake', killed: [3, 120], injured: [20, 600], missing: [1, 40],
    headlines: ['Magnitude {mag} earthquake kills {killed} in {place}', 'Strong quake shakes {region}, at least {killed} dead', 'Rescuers dig through rubble after {place} earthquake'],
    ledes: [
      '{place}, {country} — A magnitude {mag} earthquake struck {region} {when}, killing at least {killed} people and injuring {injured}, officials said.',
      'At least {killed} people were killed when a strong earthquake hit {region} {when}, the {org} said, with {injured} others hurt.',
    ],
    body: [
      'The quake\'s epicentre was about {dist} kilometres from {place}, at a shallow depth, according to the {country} Geological Survey. Several aftershocks followed within the hour.',
      'Rescue teams worked through the night to reach people trapped under collapsed buildings. {missing} people were still reported missing, the {org} said.',
      'Hospitals in {place} said they were overwhelmed. The {hospital} set up tents in its car park to treat the injured.',
      'The region was hit by a smaller earthquake {lastMonth}, which damaged dozens of homes but caused no deaths.',
    ],
    quotes: ['"The ground moved like a wave. The wall of my kitchen came down in front of me," said {witness}, a shopkeeper.'],
    roles: ['civil defence director', 'regional governor', 'interior minister'], orgs: ['National Disaster Management Agency', 'civil defence service'],
  },
  {
    type: 'flood', noun: 'floods', killed: [2, 60], injured: [5, 200], missing: [1, 50],
    headlines: ['Floods kill {killed} as rivers burst their banks in {region}', 'Thousands evacuated as floodwaters rise in {place}'],
    ledes: [
      '{place}, {country} — Flash floods swept through {region} {when}, killing {killed} people and leaving {missing} missing, the {org} said.',
      'Floodwaters tore through villages around {place} {when} after days of heavy rain, killing at least {killed} people, officials said.',
    ],
    body: [
      'More than {count} people were moved to schools and sports halls, and the army sent boats to reach villages cut off by the water.',
      'The river rose by more than two metres overnight, and a road bridge about {dist} kilometres upstream was washed away.',
      'Forecasters warned that more rain was expected {nextDay}, and the {org} raised its alert level for the whole of {region}.',
      'Residents said drainage channels had not been cleared since floods {lastMonth} caused similar damage.',
    ],
    quotes: ['"The water came into the house in minutes. We only had time to take the children," said {witness}.'],
    roles: ['regional governor', 'emergency services chief', 'mayor'], orgs: ['National Disaster Management Agency', 'Red Cross'],
  },
  {
    type: 'fire', noun: 'fire', killed: [1, 40], injured: [3, 80], missing: [0, 10],
    headlines: ['Fire at {place} market kills {killed}', '{killed} dead after blaze tears through apartment block in {place}'],
    ledes: [
      '{place}, {country} — A fire swept through a crowded market in {place} {when}, killing {killed} people and injuring {injured}, the fire department said.',
      'At least {killed} people died when a fire broke out in an apartment building in central {place} {when}, officials said.',
    ],
    body: [
      'Firefighters needed more than four hours to bring the blaze under control. Around {count} residents were evacuated from neighbouring buildings.',
      'The cause of the fire was not immediately known. Investigators from the {org} were examining electrical wiring on the ground floor.',
      'The injured were taken to the {hospital}, where doctors said several were being treated for smoke inhalation.',
      'The building had failed a safety inspection {lastMonth}, according to city records.',
    ],
    quotes: ['"The stairwell filled with smoke so quickly. We went out over the balconies," said {witness}, a resident.'],
    roles: ['fire chief', 'mayor', 'police spokesperson'], orgs: ['fire department', 'police'],
  },
  {
    type: 'crash', noun: 'crash', killed: [2, 50], injured: [5, 90], missing: [0, 5],
    headlines: ['Bus plunges off mountain road near {place}, killing {killed}', 'Train collision in {region} leaves {killed} dead'],
    ledes: [
      '{place}, {country} — A passenger bus fell into a ravine near {place} {when}, killing {killed} people and injuring {injured}, police said.',
      'Two trains collided near {place} {when}, killing at least {killed} passengers and injuring {injured}, the {org} said.',
    ],
    body: [
      'The vehicle was carrying about {count} passengers when it left the road roughly {dist} kilometres outside the town.',
      'Police said the driver had been detained for questioning. The {org} opened an investigation into the cause.',
      'Relatives gathered outside the {hospital}, where lists of the injured were posted on the doors.',
      'The same stretch of road was the scene of a deadly accident {lastMonth}, and residents have long demanded barriers.',
    ],
    quotes: ['"I heard the brakes, then a long silence, then screaming," said {witness}, who was driving behind the bus.'],
    roles: ['police spokesperson', 'transport minister', 'regional governor'], orgs: ['transport safety board', 'traffic police'],
  },
  {
    civic: true, type: 'protest', noun: 'protests', killed: [1, 12], injured: [10, 300], missing: [0, 0],
    headlines: ['Thousands march in {place} against fuel price rise', 'Clashes in {place} as protesters defy ban'],
    ledes: [
      '{place}, {country} — Tens of thousands of people marched through {place} {when} to protest against a rise in fuel prices, and police said {injured} people were hurt in clashes.',
      'Police fired tear gas at protesters in central {place} {when}, and at least {killed} people were killed, according to rights groups.',
    ],
    body: [
      'Police said {count} people were arrested. Protest organisers said the number was higher and that many of those detained were students.',
      'The government said the price rise was needed to reduce the budget deficit and accused opposition parties of stirring unrest.',
      'The {party} called for a general strike {nextDay} and demanded the resignation of the {role}.',
      'Similar protests {lastMonth} ended peacefully after the government promised talks that never took place.',
    ],
    quotes: ['"We cannot feed our families at these prices. What else can we do but march?" said {witness}, a teacher.'],
    roles: ['interior minister', 'police spokesperson', 'prime minister'], orgs: ['police', 'interior ministry'],
  },
  {
    civic: true, type: 'strike', noun: 'strike', killed: [0, 0], injured: [0, 10], missing: [0, 0],
    headlines: ['Dock workers strike shuts {place} port', 'Rail strike halts trains across {region}'],
    ledes: [
      '{place}, {country} — Thousands of dock workers walked off the job in {place} {when}, halting cargo traffic at one of the country\'s busiest ports.',
      'A nationwide rail strike began {when}, stranding commuters in {place} and across {region}, after pay talks collapsed.',
    ],
    body: [
      'The union says about {count} members joined the strike. Ships were queuing at anchor about {dist} kilometres offshore.',
      'Employers offered a pay rise of four percent, which the union rejected as far below inflation.',
      'The {role} urged both sides to return to talks and said the government would not intervene for now.',
      'It is the second strike since a walkout {lastMonth} that lasted three days.',
    ],
    quotes: ['"We are not asking for luxury. We are asking to be paid what we were paid ten years ago, in real terms," said {official}, the union leader.'],
    roles: ['labour minister', 'union leader', 'transport minister'], orgs: ['Transport Workers Union', 'port authority'],
  },
  {
    civic: true, type: 'election', noun: 'election', killed: [0, 0], injured: [0, 5], missing: [0, 0],
    headlines: ['Opposition claims victory in {country} election', 'Voters in {region} go to the polls amid fraud claims'],
    ledes: [
      '{place}, {country} — Voters in {country} went to the polls {when} in a parliamentary election that polls suggested was too close to call.',
      'The opposition {party} claimed victory {when} in {country}\'s general election, as preliminary results showed it leading in {region}.',
    ],
    body: [
      'The electoral commission said turnout reached {count} thousand voters in {region} alone, higher than at the last vote.',
      'Observers reported scattered irregularities, including ballot boxes arriving late at polling stations about {dist} kilometres from {place}.',
      'The ruling party, led by {official}, said it would wait for official results before commenting.',
      'The campaign was marked by a televised debate {lastMonth} in which both leaders traded accusations of corruption.',
    ],
    quotes: ['"The people have spoken, and they have asked for change," said {official} at a rally in {place}.'],
    roles: ['election commission chair', 'opposition leader', 'prime minister'], orgs: ['electoral commission', 'observer mission'],
  },
  {
    type: 'landslide', noun: 'landslide', killed: [2, 80], injured: [3, 60], missing: [2, 70],
    headlines: ['Landslide buries homes in {region}, {missing} missing', 'Rescuers search for survivors after landslide near {place}'],
    ledes: [
      '{place}, {country} — A landslide triggered by heavy rain buried part of a village near {place} {when}, killing {killed} people, with {missing} others missing, officials said.',
    ],
    body: [
      'Soldiers and volunteers dug with shovels and bare hands because the only road to the village, about {dist} kilometres from {place}, was blocked.',
      'Geologists from the {org} warned that the slope remained unstable and ordered the evacuation of {count} households.',
      'Survivors were taken to the {hospital}, where doctors said most injuries were fractures.',
    ],
    quotes: ['"My neighbour\'s house is simply gone. There is only mud where it stood," said {witness}.'],
    roles: ['regional governor', 'civil defence director'], orgs: ['geological survey', 'civil defence service'],
  },
];

export const SHARED_BODY = [
  'The {role}, {official}, said an inquiry would be opened and promised support for those affected. "Nobody will be left alone with this," {officialLast} said at a news conference in {place} late in the day.',
  'Local media reported a higher toll, but officials said those figures could not yet be confirmed and asked the public not to share unverified lists of names on social media.',
  '{officialLast} later visited the scene and met relatives, some of whom had waited for hours for news. Several of them criticised the pace of the official response and the lack of information.',
  'Opposition politicians said the authorities had ignored warnings for years. The {party} said it would demand a debate in parliament, and the government rejected the criticism as "opportunistic".',
  'Neighbouring governments sent messages of condolence, and the {country} foreign ministry said several offers of practical help had been received and were being considered.',
  'Schools in parts of {place} were closed for the rest of the week, and the city council opened a hotline for residents looking for information about relatives.',
  'Economists said the disruption could cost the regional economy millions, with shops and offices in the centre of {place} closed and public transport running a reduced timetable.',
  'Footage shared online and verified by local journalists showed crowds gathering in the streets of {place} shortly after the first reports, with emergency vehicles struggling to get through.',
  'The {org} said it had deployed additional teams from neighbouring districts, some of which travelled more than {dist} kilometres overnight to reach {place}.',
  '{expert}, who has studied similar cases in the region for two decades, said the scale of the damage pointed to long-standing problems rather than simple bad luck. "Every time, we say we will learn," {expertLast} said.',
  'Volunteers organised collections of food, blankets and water at churches, mosques and sports clubs across {place}, and the local football club opened its stadium as a distribution point.',
  'It was not immediately clear how many of those affected were visitors rather than residents. Officials said a full list would be published once families had been informed.',
  'The {role} said the government would pay compensation to families of the dead and cover medical costs for the injured, but gave no figure for the total cost.',
  'By evening, a calm had returned to most of the city, but police remained posted at the main junctions and the area around the scene was sealed off to the public.',
];
export { SHARED_QUOTES };

export const CIVIC_QUOTES = [
  '"This is about dignity, not only money," said {witness}, who took part in the action in {place}.',
  '"We will listen, but we will not be blackmailed," {official}, the {role}, told reporters in {place}.',
  '"Both sides have dug in, and the public is paying for it," said {expert}, a political analyst.',
];

export const CIVIC_BODY = [
  'The {role}, {official}, said the government remained open to dialogue but would not accept what {officialLast} called "ultimatums". "The door is open, the table is set," {officialLast} said.',
  'Opposition parties accused the government of mishandling the dispute for months. The {party} said it would table a motion in parliament and called for an early debate.',
  '{expert}, a political scientist who has followed {country}\'s politics for two decades, said the government had underestimated the anger. "Every concession now looks like weakness to them," {expertLast} said.',
  'Business groups warned that the disruption could cost the economy millions each day and urged a quick settlement, while smaller shops in the centre of {place} stayed closed.',
  'Police said around {count} officers had been deployed in {place}, and that the day had passed largely without incident, apart from scuffles near the main square.',
  'Several newspapers published editorials calling on both sides to compromise, and church leaders offered to mediate between the government and the organisers.',
  'Polls published {lastMonth} suggested that a majority of voters in {country} sympathised with the demands, though fewer supported the methods used.',
  'International observers said they were following events closely and urged all sides to respect the right to peaceful assembly and the rule of law.',
  'In the suburbs of {place}, residents said the mood was tense but calm. "Everyone has an opinion, but nobody wants trouble," one shopkeeper said.',
  'The organisers said they would announce their next steps at a meeting {nextDay}, and did not rule out further action in other cities of {country}.',
];
