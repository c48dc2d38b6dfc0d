// Tunable data for the timeline.
import type { EventType } from '../../../core/index.ts';
import { AFTERMATH_ACTS } from '../../doc/extract-events/aftermath.ts';

/** Event types that one happening is often reported under interchangeably ("struck" / "killed"). */
export const TIMELINE_TYPE_GROUPS: Partial<Record<EventType, string>> = {
  attack: 'attack',
  kill: 'attack',
  disaster: 'disaster',
  accident: 'disaster',
};

/**
 * Military lemmas that are a use of force, told of one strike as often as "struck" or "killed"
 * ("launched missiles", "the operation"): in the attack group. Exercises, patrols and deployments
 * are other happenings and keep their own group.
 */
export const FORCE_LEMMAS: ReadonlySet<string> = new Set(['launch', 'operation', 'offensive', 'intercept', 'shoot down']);

/**
 * The end of a siege, told as a surrender or as the siege ending (military), is the last act of
 * the violence it ends, and reports dispute it against a storming (attack): in the attack group.
 */
export const SIEGE_END_LEMMAS: ReadonlySet<string> = new Set(['surrender', 'end']);

/**
 * A death of the injured told as its own happening ("died of her wounds in hospital", "died there on
 * Sunday night") is one of the days after the violence, not a second attack of its day: a
 * group of its own, so it does not merge with the siege's end or a storming on the same date.
 */
export const LATER_DEATH_LEMMAS: ReadonlySet<string> = new Set(['die']);
/** The act of recovering the dead, whichever verb tells it (see extract-events/aftermath.ts). */
export const RECOVERY_ACT = 'recover';
/** "people who died", "those who had died": a relative clause right before the verb. */
export const RELATIVE_PRONOUN_BEFORE = /\b(?:who|that|which)\s+(?:had\s+|have\s+|later\s+|also\s+)?$/i;
/** "after two of the wounded died": deaths told as the reason a toll rose. */
export const DEATHS_AFTER_BEFORE = /\bafter\s+(?:\S+\s+){0,5}$/i;
/** "climbed to 12, as search teams found two more bodies", "after divers brought up": recoveries told as the reason a toll rose. */
export const RECOVERIES_BEHIND_TOLL_BEFORE = /\b(?:after|as)\s+(?:\S+\s+){0,5}$/i;

/**
 * Groups where one date holds one happening unless the places differ: a strike, a collapse, a
 * quake is told with different words and parties by each report, and two of them on one day in
 * one story are rare; two places named apart keep them apart.
 */
export const ONE_PER_DAY_GROUPS: ReadonlySet<string> = new Set(['attack', 'disaster']);

/**
 * Whether an event with no date of its own is placed on its document's reference date. News
 * reports mostly tell the day's happenings without repeating the date, so this is on.
 */
export const UNDATED_ON_ARTICLE_DATE = true;

/** Event types never placed on the article date when undated: they are usually background or speech. */
export const NO_ARTICLE_DATE_TYPES: ReadonlySet<EventType> = new Set(['statement', 'threaten', 'accuse', 'demand', 'other']);
/**
 * Acts of an authority typed `other` when no relations between states are around them (a police
 * chief suspended, matches suspended, schools closed, a ban): undated, they are the day's news
 * like the diplomatic suspensions and closures they would otherwise be. So are inmates escaping
 * and people moved to other prisons: custody lost or moved, news of the day it is told.
 */
export const DAY_NEWS_LEMMAS: ReadonlySet<string> = new Set([
  'suspend', 'close', 'ban', 'bar', 'escape', 'break out', 'move', 'transfer',
  // The measures and rites of an aftermath (extract-events/aftermath.ts): mourning declared, a search
  // scaled down, services halted or resumed, a licence revoked. An inquiry ordered is left out:
  // undated in a report's body it is mostly a promise retold, like the statements. Burials and
  // funerals are placed only with a date of their own: see DATED_ONLY_LEMMAS.
  'declare', 'announce', 'lift', 'halt', 'resume', 'scale down', 'scale back', 'ground', 'revoke', 'withdraw', 'reopen', 'call off',
]);

/**
 * The headline, standfirst and lead sentence tell the report's news of the day: an undated
 * statement or demand there (not in NO_ARTICLE_DATE_TYPES' background) is placed on the article
 * date. Sentence indices below this count as the lead.
 */
export const LEAD_SENTENCES = 3;

/** Longest summary, the ellipsis included, when it is cut at a word boundary (src/text/shorten.ts). */
export const SUMMARY_MAX = 220;

/**
 * Two mentions of one type on one date are one happening when they share the trigger lemma or at
 * least this many actors: in a story every report names the same two or three parties, so one
 * shared actor is no evidence.
 */
export const MIN_SHARED_ACTORS = 2;

/**
 * Words before an undated trigger that make its sentence background rather than a happening to
 * date: habits ("routinely accuse"), possibilities and plans ("would weigh", "could escalate").
 * Such a mention is placed only when its sentence gives a date of its own.
 */
export const NOT_A_HAPPENING = /\b(?:routinely|often|usually|regularly|frequently|typically|generally|long|always|never|would|could|can|may|might|should|must|will|if|earlier|previous|prior|recent|past|former|before)\b(?:\s+\S+){0,3}\s*$/i;

/**
 * "After / following" up to eight words before an undated trigger, in its clause (no comma between), in
 * a report's body: a happening told as the one before another ("the attack followed strikes in X", "was
 * two days after the mayor toured the dam and ordered repairs"). In the lead ("rushed to hospital
 * after shooting") it is the news itself.
 */
export const PRECEDED_BY = /\b(?:after|following|followed|follows)\b(?:\s+[^\s,;]+){0,8}\s*$/i;


/** Summary choice: the sentence that says when, with the main parties, and briefly. */
export const SUMMARY_IDEAL_LENGTH = 160;

/** A first person right before a trigger inside a quote: the words perform the act ("We call on", "I condemn"). */
export const PERFORMATIVE_BEFORE = /\b(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+)?$/i;

/**
 * What may stand between two place names when the first lies inside the second: "Tarvin, Norland",
 * "Ostrel region in southwest Valdoria", "the Kivu province of Congo". Compass and
 * administrative words only, so "a strike in X on Y" or "from X to Y" relate nothing.
 */
export const INSIDE_GAP = /^(?:\s*,\s*|\s+(?:(?:province|region|district|county|city|town|village|state|area|neighbou?rhood|municipality|prefecture|governorate|oblast|island)\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:[a-z-]*(?:north|south|east|west)[a-z-]*|central|northern|southern|eastern|western)\s+)?)$/i;

/**
 * What may stand between a place with a possessive and a place inside it: "Norland's
 * southwestern Harrow province", "Valdoria's restive Ostrel region". Adjectives of position or
 * character only: "Norland's ambassador to Valdoria" relates nothing.
 */
export const CONTAINS_GAP = /^['’]s\s+(?:(?:[a-z-]*(?:north|south|east|west)[a-z-]*|central|northern|southern|eastern|western|restive|remote|coastal|border|mountainous|rural|troubled|neighbou?ring|[a-z]+-hit)\s+){0,3}$/i;

/** After the second of two comma-joined places: the pair is part of a list ("A, B and C", "A, B, C or D"). */
export const LIST_AFTER = /^\s*(?:and|or)\b|^,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,?\s+(?:and|or)\b/u;

/**
 * Words right before a trigger that make it a possibility, not a happening, whatever the date in
 * the sentence ("would consider any possible reprisal" next week, "a potential strike"), or a
 * call for it ("Let them settle on one figure"), or a condition ("will come on Monday if the
 * blockade is over"). An adjective between ("a possible deliberate fire") hedges the kind, not the happening.
 */
export const IRREALIS_BEFORE = /\b(?:possible|potential|possibly|any)\s+$|\b(?:would|could|might|whether)\s+(?:\S+\s+){0,1}$|\blet\s+(?:them|us|him|her)\s+$|\b(?:if|unless)\s+(?:\S+\s+){0,4}$/i;

/** A distance in time before "after" and its clause: "five days after the dam burst", "a week after gunmen stormed". */
export const DISTANCE_AFTER_BEFORE = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after\s+(?:[^\s,;]+\s+){0,6}$/i;

/** A saying, then "would" right before the verb: "said on Monday that it would suspend", "announced it would resume". */
export const ANNOUNCED_WOULD_BEFORE = /\b(?:said|says|announced|announces|decided|confirmed|told\s+[\p{L}-]+)\b[^.;!?"“”]{0,70}\bwould\s+(?:\S+\s+)?$/iu;

/**
 * Tense and aspect that put an undated happening before the article's day: the past perfect
 * ("had already closed the crossing"), anywhere before the trigger in its sentence.
 */
export const PAST_PERFECT = /\bhad\s+(?:(?:already|also|previously|earlier|just|long|been|not|never)\s+)*\w+(?:ed|en|wn|ne|t)\b/i;

/** A speech verb before a past perfect: "said it had closed the crossing" is reported speech, not background. */
export const REPORTED_BEFORE_PERFECT = /\b(?:said|says|told|reported|added|stated|announced|claimed|confirmed|according to)\b.*\bhad\b/i;

/**
 * Time-span markers ("since", "for years", "in recent weeks"): the sentence tells a state or a
 * series, not the day's happening. The present perfect alone is not one: in news it tells the
 * day's events ("has closed the harbour").
 */
export const SPAN_MARKER = /\b(?:since|for (?:years|months|decades|weeks)|in recent (?:years|months|weeks|days)|over the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?)|has long|have long|for a long time)\b/i;

/** An auxiliary right before an -ing or participle form: it is a verb ("is recalling"), not an event noun. */
export const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being|am)\s+(?:\w+ly\s+)?$/i;

/**
 * A determiner or a possessive name whose noun phrase the trigger ends: "the attack", "the army's
 * missile strikes"; not "the lowest of three offers", where the determiner belongs to another noun,
 * nor "that it would suspend", where "that" opens a clause (a pronoun or an auxiliary ends the phrase).
 */
export const DEFINITE_NOUN_BEFORE = /(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)|\b\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:of|in|on|at|for|to|with|by|and|or|from|\d+|one|two|three|four|five|six|seven|eight|nine|ten|it|he|she|they|we|would|will|could|can|should|may|might|must|shall|has|have|had|did|does|do)\b)[\p{L}'’-]+\s+){0,3}$/u;

/**
 * A future or a plan between a trigger and a date after it: the date is of what is planned ("ordered an
 * evacuation and is expected at the site on Monday", "suspended the permit, which will be reviewed on Friday").
 */
export const FUTURE_BETWEEN = /\b(?:would|will|shall|(?:is|are|was|were)\s+(?:due|expected|(?:set|scheduled|slated|going)\s+to|to\s+\p{L}+)|plans?\s+to|planned\s+to|intends?\s+to)\b/iu;

/** Rites of mourning and a site's past inspections: a timeline entry only with a date of their own (see placing.ts, isBackground). */
export const DATED_ONLY_LEMMAS: ReadonlySet<string> = new Set(['bury', 'funeral', 'vigil', 'memorial', 'inspection']);

/** A break between a date and a trigger that ends the clause the date belongs to. */
export const CLAUSE_BREAK = /[;—–]|\s-\s/;

/** Between a date and a definite event noun, when the date is the noun's own: "Tuesday's attack", "the strike on Tuesday". */
export const DATE_BEFORE_NOUN = /^['’]s\s+(?:[\w-]+\s+){0,2}$|^\s+(?:[\w-]+\s+){0,1}$/;
export const DATE_AFTER_NOUN = /^\s+(?:(?:of|in|at|on) (?:the\s+)?(?:[\w'’-]+\s+){0,3})?(?:on|in|last|early|late|this|overnight|at)?\s*$/i;

/**
 * An undated mention outside the lead that retells an entry at most this many days before its
 * fallback date joins it: a feature "ten days after" still retells the happening (7 left a
 * feature's storming of eight days before as news of its own day).
 */
export const RETELL_WINDOW_DAYS = 10;

/** Evidence a retelling needs: its trigger word (2) or its place (3), not a shared party (1 each) alone. */
export const RETELL_MIN_SCORE = 2;

/** Words that fix a day on the calendar by themselves: a weekday, a month, a year, a numeric date. "This morning" and "at noon" do not. */
export const CALENDAR_ANCHOR = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|tomorrow|\d{4}|\d{1,2}[./]\d{1,2})\b/i;

/**
 * A count before a participle: "the number of people killed in ... rose to 33 on Tuesday" tells a
 * toll, whose date is the count's, not a killing of that day.
 */
export const COUNTED_BEFORE = /\b(?:number|toll|count|total|tally|list)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * What a charge or an accusation names: "charged six men with kidnapping and murder",
 * "accused in the hijacking and in the killing". The crime is the charge's object, not a
 * happening of the charge's day.
 */
export const CHARGED_WITH_BEFORE = /\b(?:charged|charges?|accused|convicted|indicted|suspected|sentenced|guilty|tried)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:with|of|for|in|over)\s+(?:[\p{L}'’-]+\s+){0,8}$/iu;

/** A relative clause on a definite group: "the seven who got away", "those who had fled", "the men who escaped". */
export const DEFINITE_RELATIVE_BEFORE = /\b(?:the|those|these)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:who|that)\s+(?:had\s+|have\s+)?$/iu;

/** An indirect question: "disputes over how the crew were freed" tells no happening of its own. */
export const INDIRECT_QUESTION_BEFORE = /\b(?:how|why|whether)\s+(?:[\p{L}\d'’-]+\s+){0,6}$/iu;

/**
 * A running total: "at least five have been killed since the unrest began", "had died since",
 * counts the deaths of the days before; it tells no killing of the day it is dated.
 */
export const PERFECT_BEFORE = /\b(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?$/i;
export const SINCE_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?since\b/iu;
/** A sum over the days before opens the clause: "In all, divers brought 18 people out alive", "altogether 40 were rescued". */
export const SUM_BEFORE = /\b(?:in\s+all|in\s+total|altogether|all\s+told)\b,?\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** The same for rescues, whose object and place come first: "have lifted 27 people alive off rooftops since". */
export const RESCUED_SINCE_AFTER = /^\s+(?:[\p{L}\d,'’-]+\s+){0,9}?since\b/iu;

/** An infinitive right before the trigger ("to mark the anniversary", "plans to visit"): an aim, not a happening told. */
export const INFINITIVE_BEFORE = /\bto\s+(?:\w+ly\s+)?$/i;

/**
 * Verbs whose infinitive is the act itself: "offered to negotiate", "wants to talk", "agreed to
 * withdraw" tell an offer or a decision made, which has no trigger of its own.
 */
export const COMMITMENT_BEFORE_TO = /\b(?:wants?|wanted|offer(?:s|ed|ing)?|agree(?:s|d)?|pledge(?:s|d)?|vow(?:s|ed)?|promise(?:s|d)?|decide(?:s|d)?|vote(?:s|d)?)\s+to\s+(?:\w+ly\s+)?$/i;

/**
 * Words that open a clause of another time: a place before one of them is not the place of a
 * trigger after it ("in neighbouring Norland two days after the rebels shelled"). "When" and "while" tie
 * the two clauses to one time and place ("at home in Brennik when the shooting occurred").
 */
export const SUBORDINATOR = /\b(?:after|before|since|because|until|following|whereas)\b/i;

/**
 * Word-set Jaccard from which a sentence of a copy or rewrite counts as taken from its original
 * (lightly reworded sentences of a rewrite reach 0.5 to 0.7; new sentences of an update stay far below).
 */
export const COPIED_SENTENCE = 0.35;

/** A verb after an event noun that makes the noun its own happening: "the shooting occurred", "the fire broke out", "the first funerals were held". */
export const HAPPENED_AFTER = /^\s+(?:\w+ly\s+|also\s+)?(?:occurred|happened|took place|broke out|erupted|unfolded|began|started|(?:was|were|is|are)\s+held)\b/i;

/** A preposition and at most three modifiers before an event noun in a headline: "held in quarry shooting". */
export const HEADLINE_REFERENCE = /\b(?:in|of|after|over|for|from)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Natural hazards by kind: one quake is told as "earthquake", "quake" or "tremor" by different
 * reports, and a mention naming the kind is a mention of that happening; an aftershock is another.
 */
export const HAZARD_KINDS: Readonly<Record<string, string>> = {
  earthquake: 'quake', quake: 'quake', tremor: 'quake', aftershock: 'aftershock',
  flood: 'flood', flooding: 'flood', landslide: 'landslide', mudslide: 'landslide',
  hurricane: 'windstorm', cyclone: 'windstorm', typhoon: 'windstorm', storm: 'windstorm', tornado: 'tornado',
  tsunami: 'tsunami', wildfire: 'wildfire', eruption: 'eruption', erupt: 'eruption', avalanche: 'avalanche',
  blizzard: 'blizzard', heatwave: 'heatwave', drought: 'drought',
};

/**
 * Accidents told, like hazards, by several words for one happening: an explosion is "the blast",
 * "the explosion" or "when the unit exploded", a crowd crush "the crush" or "the stampede". Fires,
 * crashes and collapses keep their trigger word.
 */
export const ACCIDENT_KINDS: Readonly<Record<string, string>> = {
  explode: 'explosion', explosion: 'explosion', blast: 'explosion',
  crush: 'crowd crush', stampede: 'crowd crush',
};
/** Wind and waves as the subject of a disaster's verb ("heavy seas struck the wheelhouse"): a storm's. */
export const WIND_BEFORE = /\b(?:winds?|gusts?|gales?|waves|seas|swells?)\s+(?:\w+\s+){0,2}$/i;
/** What a shared hazard kind adds to a retelling's score: as much as its trigger word. */
export const HAZARD_SCORE = 2;

/** A body line of at most this many words without end punctuation is a subheading or a label ("Relief effort"), not a report. */
export const LABEL_HEADING_WORDS = 3;
/** A weekday alone, with its part of the day at most: "Wednesday", "early on Sunday", "Tuesday night", "Monday's". */
export const BARE_WEEKDAY = /^(?:(?:early|late)\s+(?:on\s+)?|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A name of the form of a demonym ("Norlandian", "Valdorese", "Ostrish"): an adjective of a people, not a place. */
export const DEMONYM = /\p{Lu}\p{L}*(?:ian|ean|ese|ish)$/u;
/** A lower-case word right after a name: the name modifies a noun ("Norlandian chemical plant"). */
export const COMMON_NOUN_AFTER = /^\s+\p{Ll}/u;
/**
 * Words that tell a happening without naming its kind: deaths ("died") and a general noun that
 * occurred ("the tragedy occurred", "the incident happened"). They join an entry, never start one.
 */
export const MAIN_HAPPENING_PHRASE = /\b(?:died|the\s+(?:tragedy|disaster|catastrophe|incident)\s+(?:occurred|happened|took\s+place))\b/gi;
/** Verbs of saying, whose word is shared by every statement: only the speaker tells two apart. */
export const SPEAKER_LEMMAS: ReadonlySet<string> = new Set(['say']);
/** Trigger lemmas that name one act in different words: two reports of one day using them tell one happening. */
export const SAME_ACT: Readonly<Record<string, string>> = {
  detain: 'arrest', apprehend: 'arrest', detention: 'arrest', recapture: 'arrest',
  // A riot of inmates is a revolt, a mutiny, an uprising.
  revolt: 'riot', mutiny: 'riot', uprising: 'riot',
  // How a siege ended is told as a surrender by one side and a storming by the other: one happening.
  surrender: 'siege end', end: 'siege end', storm: 'siege end',
  'break out': 'escape',
  release: 'free',
  expand: 'widen', extend: 'widen',
  explode: 'explosion', blast: 'explosion',
  ...AFTERMATH_ACTS,
};
