// Tunable data for finding time expressions: names, cue words and the regexes built from them.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** 0 = Sunday, as Date.getUTCDay. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4,
  thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const UNIT_CODES: Readonly<Record<string, string>> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
  fortnight: 'W',
};

/** Vague amounts of a unit ("several years"): TimeML writes the count as X. */
// "A couple of" is not here: TimeML reads it as two ("a couple of years" → P2Y).
export const VAGUE_AMOUNTS = new Set(['several', 'few', 'a few', 'many', 'some', 'the next few', 'recent']);

// Month names are matched case-sensitively (capitalized) so that "may" and "march" as words stay words.
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
// Without the period an abbreviation is only a month when a day number follows ("Jan 16"), never alone ("Jan" is a name).
const MONTH_ABBR_BARE = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const MONTH_NAME_UPPER = '(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
const MONTH = `(${MONTH_NAME}|${MONTH_NAME_UPPER})`;
const WEEKDAY_NAME =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)';
const WEEKDAY_OPT = `(?:${WEEKDAY_NAME},?\\s+(?:the\\s+)?)?`;
const DAY_NUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4}|\'\\d{2})';
const NUM_WORD =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|' +
  'twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|several|a few|few|many|some|a couple of|couple of|' +
  'the next few|the past few|the last few)';
const UNIT = '(seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?|centuries|century)';

/**
 * Each rule: a kind (what the resolver does with it) and a global regex. Longest match wins on overlap.
 * Optional words before the core ("last", "the past") are read by `lead`, a regex anchored at the
 * match's start, so the core regex can start on a required word: a regex that opens with an
 * optional group is tried at every word of the text, which made these rules the slowest.
 * The lead's groups come first in the candidate's groups.
 */
export interface TimeRule {
  kind: string;
  re: RegExp;
  lead?: RegExp;
  /** The lead is part of the expression (a number before its unit): no match without it. */
  needLead?: boolean;
}
export const RULES: readonly TimeRule[] = [
  { kind: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?\b/g },
  { kind: 'numeric', re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g },
  {
    kind: 'day-month',
    re: new RegExp(`\\b${WEEKDAY_OPT}${DAY_NUM}(?:\\s+of)?\\s+${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'g'),
  },
  {
    kind: 'month-day',
    re: new RegExp(`\\b(${MONTH_NAME}|${MONTH_NAME_UPPER}|${MONTH_ABBR_BARE}),?\\s+${DAY_NUM}\\b(?!\\s*(?:%|percent|,\\d))(?:,?\\s+${YEAR}\\b)?`, 'g'),
    lead: new RegExp(`\\b${WEEKDAY_OPT}$`),
  },
  {
    kind: 'month',
    re: new RegExp(`\\b${MONTH}(?![a-z])(?:,?\\s+(?:of\\s+)?(\\d{4})\\b|\\s+(last|this|next)\\s+year\\b)?`, 'g'),
    lead: /\b(early|mid|late|the end of|the beginning of|the middle of|last|next|this|earlier this|later this)[-\s]+$/,
  },
  { kind: 'decade', re: /\b(\d{3})0['\u2019]?s\b|\bthe\s+['\u2019](\d)0s\b/g, lead: /(?:\bthe\s+)?(?:\b(early|mid|late)[-\s]+)?$/ },
  { kind: 'year', re: /\b(?:(?:fiscal|FY|calendar)\s+)?(1[6-9]\d\d|20\d\d)\b(?![-./]\d|,\d|\s*%|\s*percent|-year)/g },
  {
    kind: 'weekday',
    re: new RegExp(`\\b(${WEEKDAY_NAME})(?:['\u2019]s)?(?![a-z])(?:\\s+(morning|afternoon|evening|night))?`, 'g'),
    // A sentence's first word is capitalized: "Last Thursday she was on deck".
    lead: /\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate)\s+$/,
  },
  // "the previous evening", "the following day", "the day before.": a day next to one the story has told.
  // ("The same day" is left out: it is most often the day of another happening, "the same day that ...".)
  { kind: 'adjacent-day', re: /\bthe\s+(previous|following|next)\s+(day|morning|afternoon|evening|night)\b|\bthe\s+(day|night|evening)\s+(before)\b(?=\s*[,.;:!?)]|\s*$)/gi },
  {
    kind: 'deictic',
    re: /\b(today|yesterday|tomorrow|tonight|overnight|last night|this (?:morning|afternoon|evening)|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night))(?:['\u2019]s)?\b/gi,
  },
  {
    kind: 'relative-unit',
    re: /\b(last|past|previous|this|next|coming|current|same|following|latest|prior)\s+(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal year)\b/gi,
    lead: /(?:\b(earlier|later|late|early)\s+)?(?:\bthe\s+)?$/i,
  },
  {
    kind: 'ago',
    re: new RegExp(`\\b${UNIT}\\s+(ago|earlier|later|from now|hence|since)\\b`, 'gi'),
    lead: new RegExp(`\\b${NUM_WORD.replace('(?:', '(')}[-\\s]+$`, 'i'),
    needLead: true,
  },
  {
    kind: 'year-earlier',
    re: /\b(?:(?:a|the)\s+)?(year|month|quarter|week)[-\s](earlier|ago|before)(?:\s+(?:(?:first|second|third|fourth)[-\s])?(quarter|period))?\b/gi,
  },
  {
    kind: 'duration',
    re: new RegExp(`\\b${UNIT}(?![-\\s]old\\b)\\b`, 'gi'),
    lead: new RegExp(`\\b(?:(?:the|a|an)\\s+)?(?:(past|last|next|first|coming|previous|final|latest)\\s+)?${NUM_WORD.replace('(?:', '(')}[-\\s]+(?:(?:more|additional|straight|consecutive|full)\\s+)?$`, 'i'),
    needLead: true,
  },
  // "annually" mostly says how a figure is counted ("$5 million annually"), not when: left out.
  { kind: 'set', re: /\b(daily|weekly|monthly|yearly|hourly|(?:every|each) (?:day|week|month|year|quarter|hour))\b/gi },
  // Spelled-out years ("nineteen ninety-six", "the year two thousand").
  {
    kind: 'spelled-year',
    re: /\bnineteen[- ](?:hundred[- ](?:and[- ])?)?(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b|\b(?:the year )?(two thousand)\b(?![- ](?:and|one|two|three|four|five|six|seven|eight|nine|people|dollars|troops|years))/gi,
  },
  // Fixed-date and computed holidays.
  { kind: 'holiday', lead: /\b(last|next|this)\s+$/, re: /\b(Christmas Day|Christmas Eve|Christmas|New Year['\u2019]s Day|New Year['\u2019]s Eve|Thanksgiving Day|Thanksgiving|Independence Day|Halloween|Valentine['\u2019]s Day)\b/g },
  // "the quarter a year ago", "the same quarter last year": that quarter, a year before.
  { kind: 'quarter-year-ago', re: /\bthe (?:same |comparable |corresponding )?(?:quarter|period) (?:a year (?:ago|earlier)|of last year|last year)\b/gi },
  { kind: 'the-quarter', re: /\bthe (?:latest |most recent |recent )?quarter\b|\bthe (?:latest|most recent) period\b/gi },
  // "the year", "the full year", "year-end": the reference date's year.
  { kind: 'the-year', re: /\bthe (?:full |whole |current |calendar |fiscal )?year\b(?![-\s](?:earlier|ago|before|-old|two thousand))(?=(\s+(?:ended|ending))?)|\bthe end of the year\b|\byear['\u2019]s end\b|\byear end\b/gi },
  {
    kind: 'quarter',
    re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|latest|current|fiscal|last)[-\s]+(quarter|half)(?:\s+of\s+(?:fiscal\s+)?(\d{4}))?\b/gi,
  },
  // "this year's third quarter", "next year's first half".
  { kind: 'relative-year-quarter', re: /\b(this|last|next) year['\u2019]s (first|second|third|fourth) (quarter|half)\b/gi },
  // "the 1988 third quarter", "the 1988 period": a quarter of a named year (results reporting).
  { kind: 'year-quarter', re: /\b(?:the\s+)?(\d{4})\s+(?:(first|second|third|fourth)[-\s]+)?(quarter|period|half)\b/gi },
  { kind: 'season', re: /\b(spring|summer|autumn|winter)(?:\s+of\s+(\d{4}))?\b/gi, lead: /\b(?:this|last|next|the)\s+$/i },
  {
    kind: 'clock',
    re: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b/gi,
  },
  {
    kind: 'ref',
    // Bare "future" and "recent" are adjectives far more often than times ("future plans"): left out.
    re: /\b(now|currently|nowadays|at present|the present|recently|the past|the (?:near |distant )?future|in the future|the (?:near|short) term|these days|current|the weekend)\b/gi,
  },
  // "recent years", "coming weeks": an unspecified number of units, written PXY, PXW ...
  {
    kind: 'vague-span',
    re: /\b(recent|coming|past|next few|past few|last few)\s+(years|months|weeks|days|decades|quarters)\b/gi,
    lead: /\b(?:the|in)\s+$/i,
  },
];

/** Cues in the words around an expression that it points forward ("will meet Tuesday"). */
export const FUTURE_CUE_RE =
  /\b(?:plans?|planning|as soon as|set to|ready to|resumes?|intends? to|hopes? to|will|won['\u2019]t|shall|['\u2019]ll|is (?:set|due|expected|scheduled|slated|to)|are (?:set|due|expected|scheduled|slated|to)|plans? to|planned|upcoming|scheduled|expected to|until|by next|would be held|to be held|begins?|starts?|beginning|starting|effective)\b/i;

/** "since" right before a weekday: the span began on a day gone by ("shut since Monday and due to reopen"). */
export const SINCE_BEFORE_RE = /\bsince\s+(?:(?:early|late)\s+)?(?:on\s+)?$/i;
/**
 * A conditional "would" and its verb phrase right before a weekday: reported future ("said he would
 * tour the district on Friday", "would inspect the site on Monday"), the coming day.
 */
export const WOULD_BEFORE_RE = /\bwould\s+(?:(?!(?:have|had|been)\b)[\p{L}'’-]+\s+){1,6}?(?:on\s+)?$/iu;
/**
 * Words right before a bare weekday that make it the start or end of a span ("mourning from
 * Tuesday", "closed until Friday", "must leave by Monday"): in an announcement it is the coming one.
 */
export const FORWARD_PREPOSITION_RE = /\b(?:from|until|till|by|starting(?: on)?|beginning(?: on)?|as of|effective|through|no later than)\s+$/i;

/** A sentence that announces a measure, an order or a plan: its spans run forward from the report's day. */
export const ANNOUNCEMENT_RE =
  /\b(?:announc\w*|declar\w*|order(?:s|ed)?|decree[sd]?|impos\w*|proclaim\w*|extend(?:s|ed)?|will|shall|is to|are to|must|set to|plans? to|planned|scheduled)\b/i;

/** Cues that the sentence reports something that already happened. */
export const PAST_CUE_RE = /\b(?:was|were|had|did|said|told|ago|last|earlier|\w{3,}ed)\b/i;

/** Words before a "day after" expression's anchor that make it a date anchor ("a day after Tuesday's strike"). */
export const ANCHOR_RE = /\b(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before|later than|earlier than)\b/gi;

/** Between a date and a following "two days after ..." phrase in apposition: only a comma. */
export const APPOSITION_GAP_RE = /^\s*,\s*$/;

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
};

/** Parts of the day and their TimeML codes ("this morning" → TMO). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', 'last night': 'NI',
};

/** Documents that report results by quarter: there "a year ago" means that quarter a year before. */
export const QUARTERLY_DOC_RE = /\b(?:(?:first|second|third|fourth|latest|fiscal)[-\s]quarter|quarter ended|quarterly)\b/i;

/** Holidays on a fixed day (month, day). */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14],
};

/** A sentence about a half or nine months of results: "a year earlier" there is the year, not the quarter. */
export const LONGER_PERIOD_RE = /\b(?:six|nine|twelve) months\b|\b(?:first|second) half\b/i;
