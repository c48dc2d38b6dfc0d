// Tunable data for read-metadata: generic news conventions, outlet names and voice cues.
import { OPINION_SECTION_WORDS } from '../clean/patterns.ts';

/** Major agencies and outlets, with the names they are written under. The first name is canonical. */
export const OUTLETS: readonly (readonly string[])[] = [
  ['The Associated Press', 'Associated Press', 'AP'],
  ['Reuters', 'Thomson Reuters'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['UPI', 'United Press International'],
  ['Bloomberg', 'Bloomberg News'],
  ['The Washington Post', 'Washington Post'],
  ['The New York Times', 'New York Times', 'NYT'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['The Guardian', 'Guardian'],
  ['The Times'],
  ['Financial Times', 'FT'],
  ['The Economist'],
  ['BBC', 'BBC News', 'the BBC'],
  ['CNN'],
  ['NBC News', 'NBC'],
  ['CBS News', 'CBS'],
  ['ABC News', 'ABC'],
  ['Fox News'],
  ['NPR'],
  ['PBS'],
  ['VOA', 'Voice of America'],
  ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Free Europe'],
  ['Al Jazeera'],
  ['Deutsche Welle', 'DW'],
  ['France 24'],
  ['Euronews'],
  ['Sky News'],
  ['The Independent'],
  ['The Telegraph'],
  ['Los Angeles Times', 'LA Times'],
  ['USA Today'],
  ['Politico'],
  ['Axios'],
  ['The Hill'],
  ['Newsweek'],
  ['Time'],
  ['Xinhua', 'Xinhua News Agency'],
  ['TASS'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap'],
  ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ['EFE'],
  ['ANSA'],
  ['Anadolu', 'Anadolu Agency'],
  ['PTI', 'Press Trust of India'],
  ['ANI'],
  ['IANS'],
];

/** Capitalized outlet-like names the list does not know end in one of these (a channel number after it aside) ... */
export const OUTLET_NAME_ENDINGS = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Agency|Television|TV|FM|Radio|Press|Daily|Observer|Monitor|Telegraph|Express|Mail|Star|Sun|Dawn|Courier|Standard|Mirror|Globe|Sentinel|Dispatch|Examiner|Inquirer|Guardian|Independent|Ledger|Weekly|Magazine|Voice)(?:\s\d{1,3}(?:\.\d{1,2})?)?$/;
/** ... or, for broadcasters, start with one of these ("told Radio Kelby"). */
export const OUTLET_NAME_STARTS = /^(?:Radio|TV|Television|Channel)\s/;
/**
 * A broadcaster's name may end in its channel number or frequency ("TV Kelby 24", "Radio Kelby 98.4"),
 * but a number followed by a noun is a count ("told Radio Kelby 30 people ..."): the number is part of
 * the name only before punctuation, the end, or a word that starts the rest of the sentence.
 */
export const CHANNEL_NUMBER = "\\d{1,3}(?:\\.\\d{1,2})?(?=\\s*(?:[.,;:!?)”\"’]|$)|\\s+(?:that|on|in|at|by|from|late|last|this|earlier|during|after|before|when|while|about|and|as|it|he|she|they|we|the|a|an|live|desk|newsroom|news)\\b)";

/** Short tags written in parentheses after a dateline: "(AP)", "(Reuters)", "(WSVN)". */
export const AGENCY_TAG = /\((AP|Reuters|AFP|UPI|dpa|Xinhua|EFE|ANSA|PTI|ANI|IANS|TASS|Kyodo|Yonhap|Bloomberg|CNN|[A-Z]{3,5}(?:-TV)?)\)/g;

/** "OSTREL —", "OSTREL, Valdoria —", "MILLBROOK, Ore. (KXYZ) --", "LONDON (Reuters) -". */
export const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?)(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--?|:(?=\s+\p{Lu}))\s*/u;
/** All-caps words before a colon that are labels, not places. */
export const NOT_A_PLACE = /^(?:UPDATE[DS]?|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LIVE|NOTE|EDITOR|EDITOR'S NOTE|CORRECTION|ORIGINAL|VIDEO|PHOTOS?|RELATED|READ|MORE|ALERT|DEVELOPING|JUST IN|FOR IMMEDIATE RELEASE|FILE|WARNING|CAPTION|SOURCE|Q|A)$/;

export const BYLINE = /^By\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:(?:,|\s+and)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})*)(?:,\s*(.+))?$/u;

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,3}";
/** "Smith reported from Kabul and Jones from Melbourne." */
export const REPORTED_FROM = new RegExp(`(${NAME}) reported from ([^.;\\n]{1,200})[.;]`, 'gu');
export const ALSO_FROM = new RegExp(`(?:,| and) (${NAME}) (?:reported )?from\\b`, 'gu');
/** "Jane Doe in Dubai contributed to this report." */
export const CONTRIBUTED = new RegExp(`((?:${NAME})(?:(?:,\\s*|,? and )${NAME}){0,6})(?: in [\\p{Lu}][\\p{L} ,.'-]{1,40}?)? contributed (?:reporting |to (?:this|the) (?:report|story|article))`, 'gu');
/**
 * "(Reporting by A and B; additional reporting by C in D; editing by E)": capitalised, or lower case
 * inside the bracketed credit line, where prose ("the reporting by state media") cannot be.
 */
export const REPORTING_BY = /(?:\b(?:Reporting|Writing|Editing|Additional reporting)|[(;]\s*(?:reporting|writing|editing|additional reporting)) by ([^;)\n]+)/g;

/** Words that show a document cites an outlet as a third party rather than being it. */
export const CITED_OUTLET_VERBS = '(?:reported|reports|said|says|points out|pointed out|quoted|cited|wrote|writes|according to|broadcast|aired|published)';

/** Editorial voice: exhortation and first person plural, outside quotation marks. Weighted. */
export const OPINION_CUES: readonly { re: RegExp; weight: number }[] = [
  { re: /\b[Ll]et(?: us|'s|’s)\s+[a-z]/g, weight: 3 },
  { re: /\bwe (?:must|should|need to|ought to|cannot|can(?:'|’)t|have to)\b/gi, weight: 2 },
  { re: /\b(?:should|must|ought to) have\b/gi, weight: 1 },
  { re: /\bit is (?:high )?time (?:for|to|that)\b/gi, weight: 2 },
  { re: /\b(?:in my (?:view|opinion)|i believe|i think|in our view|we believe)\b/gi, weight: 2 },
  { re: /\b(?:must|should)\s+(?!be\s+(?:seen|treated|respected|considered)\b|have\b)[a-z]+/g, weight: 1 },
  { re: /\b(?:undoubtedly|unreasonable|irresponsible|shameful|unacceptable|highly shocking)\b/gi, weight: 1 },
];
/** A sentence with one of these reports someone else's words: its modal verbs are not the writer's. */
export const REPORTING_VERB = /\b(?:said|says|told|urged|stressed|called|added|warned|according|asked|demanded|insisted|argued|noted|stated|announced)\b/i;
/** Labels that declare a piece opinion outright (a title "Comment: ..." too: the clean stage's words plus "comment"). */
export const OPINION_LABEL = new RegExp(`^(?:${[...OPINION_SECTION_WORDS, 'comment'].join('|')})\\b`, 'i');
export const OPINION_MIN_SCORE = 5;
/** News reports duties too ("officers should have checked"): opinion also needs one cue of this weight. */
export const OPINION_STRONG_CUE = 2;

/** Cues of machine translation: editor's initials in brackets, calques of foreign platform names. */
export const TRANSLATION_CUES: readonly { re: RegExp; weight: number; what: string }[] = [
  { re: /\([^()\n]{3,80}\s[–—-]\s?\p{Lu}{2,3}\)/gu, weight: 2, what: "an editor's bracketed note signed with initials" },
  { re: /\b(?:on|at) (?:the )?(?:platform|network|social network) X\b|\bPlatform X\b/g, weight: 1, what: 'a calque of a platform name ("Platform X")' },
  { re: /\bthe (?:politologist|political scientist) (?:says|said|adds|added)\b/gi, weight: 1, what: 'a calqued attribution' },
  // Word-for-word renderings of Slavic and similar news idiom; English puts the source first or says
  // "said X", and "informed"/"communicated" need an object.
  { re: /,\s(?:(?:informed|communicated)(?:\s(?:on|in|at)\s\p{Lu}\p{L}+)?|(?:reported|declared|announced)\s(?:on|in|at)\s\p{Lu}\p{L}+)\s(?:the|our)\s/gu, weight: 2, what: 'a reporting verb inverted before its subject ("…, informed the ministry")' },
  { re: /\b(?:to|informed|told)\sour\s(?:edition|publication)\b/g, weight: 2, what: 'a calque of "told our edition"' },
  { re: /\bin (?:heavy|hard) condition\b|\bof different (?:heaviness|severity|gravity)\b/gi, weight: 1, what: 'a calqued condition phrase ("in heavy condition")' },
  { re: /,\sfrom them (?:\d+|[a-z]+) (?:are|were|is|was|have|had)\b/gi, weight: 1, what: 'a calqued part of a count (", from them six are")' },
];
export const TRANSLATION_MIN_SCORE = 2;

/** "Live updates", "LIVE:" and the like in a title. */
export const LIVE_LABEL = /\blive(?: updates| blog| coverage)?\b\s*[:|-]|\blive updates\b|\bas it happened\b/i;
export const LIVE_MIN_TIMESTAMPS = 3;
/**
 * A post's time stamp heading its first line, kept in the text ("14:05 – Rescuers ...", "[14:05] ...",
 * "**2:05 p.m.** ..."); resolve-time reads the same shape for the posts' days. A dotted time needs its
 * a.m./p.m. or zone ("1.25 Million ..." is a number).
 */
export const LINE_STAMP = /^[[*]{0,2}\s*\d{1,2}(?::\d{2}|\.\d{2}(?=\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b)))(?:\s*[aApP]\.?\s?[mM]\b\.?)?(?:\s+[A-Z]{2,4}\b)?\s*[\]*]{0,2}(?:\s*[-–—:|]\s*|\s+)(?=[\p{Lu}"“‘])/gmu;

/** Removal texts that show the page republishes someone else's article. */
export const REPUBLISH_TRAILER = /^(?:source link|source|original article|(?:source|sources|quelle|fuente|fonte|źródło|bron)\s*:\s*\S.*|(?:this (?:article|story|report) (?:was |is )?)?(?:(?:originally|first) (?:published|appeared|ran)|republished|reprinted|reproduced)\b.*)$/iu;
/** The origin a source line names: after its colon, or after "published by / appeared in". */
export const SOURCE_LINE_NAME = /(?::\s*|\b(?:by|in|on|at|from|of)\s+(?:the\s+(?=\p{Lu}))?)([\p{Lu}\p{N}][^:]*?)(?:\.\s|\.?$)/u;
/** "Source: Agencies", "Source: Staff and wires": no outlet named. */
export const GENERIC_SOURCE = /^(?:(?:news|wire|press)\s+)?(?:agencies|agency reports|wires|services|reports|staff(?:\s+and\s+(?:agencies|wires))?|sources|media)$/i;

/** Present-time words: a text using them describes its own day. */
export const PRESENT_TIME = /\b(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?)\b/i;
/** The stated date is anomalous when it is this many days or more from the content's own date. */
export const ANOMALY_DAYS = 14;

/** Present-time words in the same sentence as a date mark it as the content's "today". */
export const TODAY_WORD = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;

/** A long first line is still the headline up to these sizes (a wire headline with two clauses). */
export const LONG_HEADLINE_MAX_WORDS = 24;
export const LONG_HEADLINE_MAX_CHARS = 180;

/** "Welcome to Radio X's live coverage of ...", "This is X 24's live blog": the page's own coverage. */
export const OWN_LIVE_PAGE = new RegExp(
  `^(?:[Ww]elcome to |[Tt]his is |[Yy]ou are (?:reading|following) )?((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.-]*|\\d{1,3}(?:\\.\\d{1,2})?)){0,4}?)(?:['’]s|(?<=s)['’]) (?:live (?:coverage|blog|updates|page|reporting)|rolling coverage)\\b`,
  'u',
);
/** "Radio X newsroom. This page is updated ...": a live page naming its own desk near the top. */
export const OWN_DESK = new RegExp(
  `^((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|${CHANNEL_NUMBER})){0,4})\\s+(?:newsroom|(?:news|live) ?desk|news team|editorial team|live team)\\s*[.:;,—–-]\\s`,
  'u',
);
