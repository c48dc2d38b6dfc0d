// Tunable data for the clean stage: what page furniture looks like. Generic web boilerplate only;
// every line pattern is anchored to a whole short line so a real sentence can never match.
import { FURNITURE_IN_OTHER_LANGUAGES } from './furniture-languages.ts';
import { MONTH_NAMES_SOURCE, OTHER_WEEKDAYS_SOURCE } from './months.ts';

export interface LinePattern {
  re: RegExp;
  /** Removal reason, kebab-case; read-metadata looks some of these up (date-header, hashtag-header, copyright). */
  reason: string;
  /** A cheap unanchored test that must pass before the full pattern runs (for costly patterns). */
  cue?: RegExp;
}

/** Lines longer than this are never removed as widgets, whatever they look like. */
export const MAX_WIDGET_LINE = 220;

const MONTH = `(?:${MONTH_NAMES_SOURCE})\\.?`;
const WEEKDAY = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|${OTHER_WEEKDAYS_SOURCE})`;
/** A calendar date as pages print it: ISO, month-first, day-first, numeric. */
export const DATE_SOURCE =
  `(?:${WEEKDAY},?\\s+)?(?:` +
  `\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|${MONTH},?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` +
  `|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH},?\\s+(?:de\\s+)?\\d{4}` +
  `|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}` +
  `)`;
const TIME = '(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4}\\b)?)';

/** A line that is only a date, optionally labelled and followed by a time and hashtags. */
export const DATE_LINE = new RegExp(
  `^(?:(?:date[d]?|(?:first |last |originally )?(?:published|posted|updated|modified))\\s*(?:on)?\\s*:?\\s*)?(?:${TIME}\\s*(?:,\\s*|on\\s+)?)?${DATE_SOURCE}(?:\\s*[,|·•—–-]?\\s*${TIME})?` +
    // "..., last updated 4 May 2031" / "· Updated 21:02": the update stamp on the same line.
    `(?:\\s*[,|·•—–-]?\\s*(?:last )?(?:updated|modified)\\s*(?:on|at)?\\s*:?\\s*(?:${DATE_SOURCE}(?:\\s*[,|·•—–-]?\\s*${TIME})?|${TIME}))?` +
    `(?:\\s*[|·•—–-])?(?:\\s+#[^\\s#]+)*\\s*$`,
  'i',
);

/** "Posted: Tuesday, January 28, 2014 8:18 PM EST" inside a line (often glued to the headline). */
export const POSTED_CUE = /\b(?:posted|updated|published|modified)\s*(?:on)?\s*:/i;
export const POSTED_FRAGMENT = new RegExp(
  `\\s*\\b(?:posted|updated|published|last updated|modified)\\s*(?:on)?\\s*:\\s*${DATE_SOURCE}(?:\\s*[,|·•-]?\\s*${TIME})?`,
  'gi',
);

export const HASHTAG_LINE = /^(?:#[^\s#]+\s*){1,30}$/;

/** "- Updated: 3 months ago", "Posted 2 hours ago". */
export const RELATIVE_STAMP_LINE = /^[-–—•|\s]*(?:posted|updated|published|last updated)?:?\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$/i;
/** A time-of-day stamp on its own line, as live updates print them ("Saturday 4:00 a.m. UPDATE"). */
export const TIMESTAMP_LINE = new RegExp(`^(?:${WEEKDAY}\\s+)?\\*{0,3}(?:update[d]?\\s*)?(?:@|at|on)?\\s*${TIME}\\s*(?:update[d]?)?\\s*:?\\*{0,3}$`, 'i');

/**
 * Section names that make a piece an opinion piece, for the clean stage's section labels and
 * masthead rows and for read-metadata's kind. "Comment" is not among them: alone on a line it is a
 * comment widget, so it counts only beside another section word or in a masthead row.
 */
export const OPINION_SECTION_WORDS: readonly string[] = ['opinion', 'editorial', 'analysis', 'commentary', 'op-ed', 'column', 'perspective', 'viewpoint', 'guest column', 'guest essay', 'essay', 'letters', 'letter to the editor', 'our view'];
const OPINION_WORD = `(?:${OPINION_SECTION_WORDS.join('|')})`;
const OPINION_OR_COMMENT = `(?:${OPINION_SECTION_WORDS.join('|')}|comment)`;

/** "4 min read", "Reading time: 3 minutes". */
export const READING_TIME = /^(?:(?:estimated )?reading time:?\s*)?\d{1,2}\s*-?\s*min(?:ute)?s?\.?(?: read| reading)?$/i;

/** Whole-line widgets, navigation, forms and legal notices. */
export const BOILERPLATE_LINES: readonly LinePattern[] = [
  // A section label on its own line ("Opinion | Editorial"): metadata reads it back for the kind.
  // "Comment" alone is a comment widget; only after a section word is it a section name.
  { re: new RegExp(`^${OPINION_WORD}(?:\\s*[|/·•]\\s*${OPINION_OR_COMMENT})*$`, 'i'), reason: 'editorial-label' },
  // The newsroom's own promise or appeal at the end of a story: "X will continue to follow this story",
  // "X will stay on air all weekend with news", "X will print the list in Monday's paper",
  // "Tell us what you see: send pictures to our newsroom". Whole lines only, and short.
  { re: /^(?=.{0,220}$)(?:.{0,60}\bwill (?:continue to (?:follow|update|monitor|cover|bring you)|keep (?:following|updating|monitoring|covering|bringing you)|stay on (?:the )?air)\b.{0,80}\b(?:story|developments|updates|news|pictures|coverage|bulletins)\b.*|.{0,60}\bwill (?:print|publish|carry|run)\b.{0,100}\bin (?:tomorrow|[a-z]+day)['’]s (?:paper|edition|print edition|issue)\b.*|(?:tell us|send us|share) (?:what you (?:see|know)|your (?:pictures|photos|videos|stories|tips|news|reports))\b.*|more (?:on|to follow on) this (?:story|developing story)(?: as it develops)?\b.*|follow (?!the [^.!?]{1,30}['’]s\b).{1,40} for (?:more |the latest |live )?(?:updates|news|coverage)\b.*|this (?:is a (?:developing|breaking)(?: news)? story|(?:news )?story is (?:still )?(?:developing|breaking)(?=[.;!]|$))\b.{0,80})$/i, reason: 'promo', cue: /\bwill\b|^(?:tell|send|share|more|follow|this)/i },
  // A newsletter pitch behind a lead-in ("Stay informed: sign up for ...", "... in your inbox: subscribe to ..."):
  // the imperative after the colon and the newsletter word keep reported sign-ups out.
  { re: /^(?=.{0,200}$)[^.!?:]{0,80}:\s*(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|briefings?|bulletins?|alerts?|inbox|digest)\b.*$/i, reason: 'promo', cue: /sign up|subscribe|register/i },
  // A reader-service notice: the outlet addresses its readers ("Readers who ... can call ...", "... can
  // donate blood at ..."), a news sentence reports what others said to or about people.
  { re: /^(?=.{0,220}$)(?:.*[.!?]\s+)?readers (?:who|looking|wishing|with|seeking|needing|trying)\b[^.!?]{0,100}\b(?:can|may|should|are asked to|are invited to) (?:call|contact|write|e-?mail|visit|send|phone|donate|give|reach|message|text)\b.*$/i, reason: 'promo', cue: /readers/i },
  // A tags line ("Tags: floods, river safety, Lowmarsh", "Related topics: ..."): a label and a list of
  // short items without sentence punctuation. Metadata reads the items back as the page's tags.
  { re: /^(?:tags|tagged(?: with)?|topics|related topics|filed under|categories|keywords)\s*:\s*[^,.!?:;]{1,40}(?:\s*[,;|]\s*[^,.!?:;]{1,40})*$/i, reason: 'tags-line', cue: /^(?:tag|topic|related|filed|categor|keyword)/i },
  // The page naming where its text came from ("Source: X", "Originally published by X"): read-metadata
  // takes the name as the origin's and the line as a sign of republishing. A name is a few words
  // ("Source: police say 14 are trapped" is a sentence), and "published by X" has no comma.
  {
    re: /^(?:(?:source|sources|quelle|fuente|fonte|źródło|bron)\s*:\s*(?=[^.!?:;]{1,60}\.?$)(?:[^\s.!?:;]+[\s,]*){1,6}\.?|(?:this (?:article|story|report) (?:was |is )?)?(?:(?:originally|first) (?:published|appeared|ran) (?:by|in|on|at)|(?:republished|reprinted|reproduced)(?: with (?:kind )?permission)? (?:from|of|by)) (?:the )?(?=\p{Lu})[^,;]{1,80})$/iu,
    reason: 'source-line',
    cue: /^(?:source|quelle|fuente|fonte|źródło|bron|this|originally|first|republished|reprinted|reproduced)/i,
  },
  { re: /^(?:source link|source|original article|leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?|view comments|show comments|comment on this story|comments are (?:closed|disabled)\.?|loading comments\.*|(?:show|load) (?:more )?comments|be the first to comment\.?)$/i, reason: 'comment-widget' },
  { re: /^(?:your email address will not be published\b.*|required fields are marked.*|name\s*\*?|email\s*\*|comment\s*\*|(?:post|submit) comment|website|save my name, email,? and website .*|notify me of (?:new|follow-up) .*)$/i, reason: 'comment-form' },
  { re: /^(?:scroll to top|back to top|go to top|top of page|skip to (?:main )?content|main menu|menu|home|navigation|next article|previous article|next story|previous story|next post|previous post|close|more|loading\.*|load more)$/i, reason: 'navigation' },
  { re: /^(?:print friendly(?:, pdf (?:&|and) email)?|print(?: this (?:article|page|story))?|email(?: this (?:article|page|story))?|save(?: article)?|pdf|text size|font size|a\+?\s*a-?|listen(?: to this (?:article|story))?(?:\s*[·|•-]?\s*\d{1,2}\s*min(?:utes?|s)?)?\.?|share(?: this)?(?: (?:article|story|page|on))?(?::.*)?|share (?:on|via|to|with) [\p{L}+ ]{1,24}|follow|tweet|twitter|facebook|pinterest|google|google\s?(?:plus|\+)|linkedin|reddit|whatsapp|telegram|tumblr|instagram|youtube|e-?mail|play facebook|copy link|copied!?|like this:.*|share or comment on this article.*)$/iu, reason: 'share-widget' },
  { re: /^(?:read (?:or share )?this story:?.*|read more(?: (?:at|on|:).*)?|related(?: coverage| stories| articles| content| links| news| posts)?:?|more (?:from|on) .{0,60}:?|more stories:?|trending(?: stories| now)?:?|recommended(?: for you| stories)?:?|most (?:popular|read|viewed):?|popular now:?|editor(?:'|’)s picks?:?|top stories:?|(?:read|watch) next:?|up next:?|next up:?|don(?:'|’)t miss:?|latest (?:news|stories):?|you may also like:?|also read:?|read also:?|see also:?|watch:?|watch (?:this story|the video|video|live)\b.*|scroll down for video|on a mobile device\?.*|(?:click|tap) here\b.{0,80}|download (?:the|our) .{0,40}app\b.*|.{0,30}\bapp - install or update on your:.*)$/i, reason: 'related-links' },
  { re: /^(?:(?:related|read more|more|also read|read also|previous(?: story)?|see also|watch|read|click here)\s*:\s*\S.{0,200}|\[[^\]]{10,200}\])$/i, reason: 'related-links' },
  { re: /^(?:subscribe(?: now| today)?\b.{0,80}|sign (?:up|in)(?:[.!:]?|\s+(?:now|today|here|below|free|for free)\b.{0,100}|\s+(?:using|with|to|for)\b.{0,120}?\b(?:our|newsletters?|alerts?|updates|account|profile|inbox|free|headlines|e-?mail)\b.{0,100})|log ?in\b.{0,60}|register(?:[.!:]?|\s+(?:now|today|here|below|free|for free)\b.{0,60}|\s+(?:to|for|with)\b.{0,60}?\b(?:our|newsletters?|alerts?|account|free|access|comment|continue|keep reading)\b.{0,60})|already (?:have an account|a (?:subscriber|member)|registered)\?.*|thank you for (?:registering|subscribing|signing up)!?.*|welcome back\b.{0,60}|we have sent (?:you )?a (?:verification|confirmation) email.*|if you do not receive the verification.*|by (?:submitting|signing up|registering|clicking)\b.*(?:terms of (?:service|use)|privacy policy).*|email newsletters?.{0,80}|get (?:digital|full|unlimited) access.*|just one more thing\.*|why are we asking this\?|you are the owner of this article\.?|get email notifications\b.*|close get email notifications\b.*|your notification has been saved\.?|there was a problem saving your notification\.?|email notifications are only sent\b.*|whenever .{1,60} posts new content.*|(?:enjoy|get) the convenience of home delivery.*|\d+ of \d+ (?:premium clicks|free articles|articles) used.*|sorry, this zip ?code is not in our deliverable area.*|re-enter zip code.*|total access|create (?:an|your) account|forgot (?:your )?password\??|please (?:confirm|supply|enter) (?:or modify )?(?:the|your|an) (?:email|e-mail).*|no email address was supplied\b.*|(?:report an error|submit a (?:news )?tip)\b.*|for more .{0,40}news, (?:listen|sign up|subscribe)\b.*)$/i, reason: 'subscribe-widget' },
  // An advertiser's line under its label: "Sponsored: get a free quote ...".
  { re: /^(?:sponsored|promoted|advertisement|advertorial|paid (?:post|content)|partner content)\s*[:|–—-]\s*\S.{0,160}$/i, reason: 'player-or-ad' },
  { re: /^(?:please enable javascript\b.*|javascript (?:is )?(?:disabled|required)\b.*|your browser does not support\b.*|this video is (?:not available|unavailable)\b.*|video (?:unavailable|player)\b.*|advertisement|sponsored(?: content)?|ad|ads|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?|skip (?:advertisement|ad)|continue reading(?: below)?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content)$/i, reason: 'player-or-ad' },
  { re: /^(?:.{0,40}we use cookies\b.*|.{0,60}\bcookie (?:policy|settings|preferences)\b.*|accept(?: all)? cookies|manage (?:cookies|consent|preferences))$/i, reason: 'cookie-banner', cue: /cookie/i },
  { re: /^(?:you must enter the characters\b.*|.{0,40}characters with black colou?r\b.*|(?:enter|type) the (?:characters|code|text|word)s? (?:you see|shown|above|below).*|i'?m not a robot|.{0,30}\bcaptcha\b.*|please (?:verify|prove) (?:that )?you(?:'re| are) (?:a )?human.*)$/i, reason: 'captcha', cue: /haracter|captcha|robot|human/i },
  { re: /^(?:message:\s*\*?\s*)?a friend wanted you to see this item\b.*$/i, reason: 'email-a-friend' },
  { re: /^(?:update[d]?|original|editor(?:'|’)s note|developing|breaking(?: news)?):?$/i, reason: 'editorial-label' },
  { re: /^(?:hide transcript|show transcript|hide transcript show transcript|copy link(?: copy)?|photos?|enlarge(?: (?:image|photo))?|view (?:gallery|photos?)|gallery|image \d+ of \d+|(?:click|tap) to (?:enlarge|expand|zoom)|expand image|open in (?:the )?app|follow this (?:topic|story|author)|more (?:local )?news|more videos|read more top (?:trending )?stories on .{1,60}|(?:[\p{L} ]{1,20}\|\s*){3,}[\p{L} ]{1,20})$/iu, reason: 'navigation' },
  { re: /^(?:you(?:'|’)ve (?:now )?read (?:the maximum|all|\d+) (?:number of )?(?:free )?(?:stories|articles)\b.*|want to become a (?:full access )?subscriber\?.*|we offer delivery options\b.*|already a (?:print )?subscriber\?.*|(?:subscribe|register) (?:now )?(?:to|for) (?:continue|keep) reading.*|this (?:content|article|story) is (?:only )?(?:available|reserved) (?:to|for) subscribers.*|this (?:content|article|story) is for (?:subscribers|members) only\b.*)$/i, reason: 'paywall' },
  { re: /^(?:\(?\s*(?:©|\(c\)).{0,300}|\(?copyright\b(?=.*(?:\d{4}|rights reserved|©)).{0,300}|copyright (?:the )?\p{Lu}[\p{L} &-]{0,60}|.{0,120}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|todos os direitos reservados)(?!\p{L}).{0,200})$/iu, reason: 'copyright', cue: /©|\(c\)|copyright|rights|rechte|droits|derechos|diritti|prawa|direitos/i },
  { re: /^(?:join the conversation\b.{0,80}|(?:stay up to date,?\s*)?follow\b.{0,60}\b(?:on|:)\s*(?:twitter|facebook|instagram|x|google news|tiktok|youtube|threads|bluesky|linkedin|whatsapp|telegram|mastodon)\b.*|.{0,60}\b(?:facebook|twitter|instagram) page|add .{1,40} as (?:a )?(?:preferred|trusted) source\b.*)$/i, reason: 'social-follow', cue: /conversation|follow|facebook|twitter|instagram|(?:preferred|trusted) source/i },
  { re: /^(?:[\w-]+(?:\|[\w-]+){2,}|.*\{\*.*\*\}.*|<[^>]{1,200}>|&[a-z]+;)$/i, reason: 'markup', cue: /[|{<&]/ },
  { re: /^(?:image|photo|picture|video|file photo|photograph|credit|caption|illustration)(?:\s+(?:via|by|credit|courtesy))?\s*[:|/].{0,160}$/i, reason: 'image-caption' },
  { re: /^(?:\(?(?:ap|reuters|afp|getty|epa|anadolu|xinhua)(?: images)? photo\b.{0,160}|image via \S.{0,60}|(?:photo|image)s? (?:by|via|courtesy(?: of)?) \S.{0,100}|.{0,100}\/(?:getty images|shutterstock|ap photo|afp|reuters|epa)\)?\.?)$/i, reason: 'image-credit', cue: /photo|image|getty|shutterstock|afp|reuters|epa/i },
  // A row of share buttons read as one line ("Share Facebook Twitter WhatsApp Email").
  { re: /^(?:(?:share(?: on| via)?|facebook|twitter|x|whatsapp|messenger|telegram|linkedin|reddit|pinterest|e-?mail|print|copy link|sms|flipboard|threads|bluesky|mastodon)\s*[|·•,/:]?\s*){3,}$/i, reason: 'share-widget' },
  // The desk instead of a writer: "Staff report", "From staff and wire reports", a newsroom's word for
  // its own staff in other languages.
  { re: /^(?:by |from )?(?:the )?(?:staff(?: (?:reports?|writers?))?|staff and (?:wire|agency) reports|editorial (?:staff|team|desk)|redakcja|redaktion|rédaction|redacción|redazione|redação|redactie)\.?$/i, reason: 'byline-junk' },
  // A site's footer links, one to a line.
  { re: /^(?:privacy(?: policy| notice| settings)?|terms (?:of (?:use|service)|and conditions|& conditions)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|accessibility|site ?map|corrections(?: and clarifications)?|report a typo|editorial (?:standards|policy|guidelines)|newsletters)$/i, reason: 'footer' },
  { re: /^(?:was this (?:article|story|page) (?:helpful|useful)\??|(?:did you find|how useful was) this (?:article|story)(?: helpful)?\??)$/i, reason: 'feedback-widget' },
  { re: /^this (?:article|story|page) is (?:more|older) than \d+ (?:years?|months?|days?) old\.?$/i, reason: 'editorial-label' },
  { re: READING_TIME, reason: 'reading-time' },
  ...FURNITURE_IN_OTHER_LANGUAGES,
  { re: /^[-_=*~—–•·.|#]{2,}$/, reason: 'separator' },
  { re: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, reason: 'contact', cue: /@/ },
];

/** The last word of a newspaper's or broadcaster's name ("The Harnow Sentinel", "Coast FM"). */
const OUTLET_WORDS = 'International|News|Newswire|Wire|Times|Post|Herald|Tribune|Journal|Daily|Today|Online|Media|Network|Agency|Press|Digest|Insider|Monitor|Observer|Gazette|Express|Chronicle|Review|Magazine|Weekly|Standard|Telegraph|Guardian|Independent|Bulletin|Courier|Dispatch|Register|Sentinel|Examiner|Inquirer|Mirror|Globe|Ledger|Beacon|Citizen|Advertiser|Argus|Echo|Clarion|Courant|Voice|Mercury|Spectator|TV|Radio|FM';
/** An outlet or section label glued to the start of the first paragraph ("Daily Planet International: ..."). */
export const OUTLET_LABEL = new RegExp(`^((?:\\p{Lu}[\\p{L}&'.-]*\\s+){1,3}(?:${OUTLET_WORDS}|Report)):\\s+(?=[\\p{Lu}“"‘'])`, 'u');
/** An outlet's name alone on the first line, above the headline: a masthead ("Harbor Daily News"). */
export const MASTHEAD = new RegExp(`^(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'.-]*\\s+){0,3}(?:${OUTLET_WORDS})(?:\\s*\\d{1,3})?$`, 'u');
/**
 * Separators of a masthead row ("Outlet | Section | 7 May 2031", "Outlet · Opinion · Monday 7 May 2031",
 * "Outlet — Opinion — Monday 7 May 2031", "Outlet / World / 7 May 2031"): any bar, dot, slash or dash
 * with spaces around it.
 */
export const ROW_SEPARATOR = /\s+(?:[|·•¦/—–]|-{1,2})\s+/;
/**
 * A masthead row's first part is a name: every word capitalised but short connectives ("The Voice of
 * the Coast"). A byline row ("By Ann Reyes - 5/4/31 11:04 PM") is not one.
 */
export const ROW_NAME = /^(?!By\s)(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\d+|&|of|the|and|on|de|la|le|du|des|del|di|van|von|für))*$/u;
/** A row segment longer than this is text, not a name, section or date. */
export const ROW_SEGMENT_MAX_WORDS = 6;
/** A section segment that makes the piece an opinion piece. */
export const OPINION_SECTION = new RegExp(`^${OPINION_OR_COMMENT}s?$`, 'i');
/**
 * A kicker alone above the headline: an editorial flag ("EXCLUSIVE", "Live") or a section ("World",
 * "Politics"). Only the first line, and only with a headline under it.
 */
export const KICKER_FLAG = /^(?:exclusive|breaking(?: news)?|just in|developing|special report|investigation|explainer|fact ?check|in depth|in pictures|in focus|interview|obituary|live(?: updates| blog)?)\s*:?$/i;
export const KICKER_SECTION = /^(?:world|world news|europe|africa|asia|americas|middle east|local|local news|national|nation|politics|business|economy|science|health|sport|sports|culture|crime|news|top stor(?:y|ies)|latest)\s*:?$/i;

/** Editorial flags glued to the front of a line ("BREAKING: ..."). */
export const EDITORIAL_LABEL = /^((?:BREAKING(?: NEWS)?|UPDATE[D]?|EXCLUSIVE|WATCH|LIVE|JUST IN|DEVELOPING|ALERT|VIDEO|PHOTOS)\s*:)\s+(?=\S)/;

/** Lines up to this long in another script than the article's are reader-UI labels. */
export const FOREIGN_LABEL_MAX = 40;
/** A line this short without any letter or digit is debris ("+", "|", "•••"). */
export const DEBRIS_MAX = 24;

/** A related-story headline is a link: long for a subheading, in sentence case. */
export const RELATED_MIN_WORDS = 9;

/** "© 2025 Site Name | All rights reserved": the site's name, to recognise it standing alone as a line. */
export const COPYRIGHT_NAME = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^|©\n]{2,60}?)\s*(?:[|.,]|\ball rights\b|$)/i;

/** A site name on a line of its own is short: a few words, no sentence punctuation. */
export const SITE_NAME_MAX_WORDS = 4;
