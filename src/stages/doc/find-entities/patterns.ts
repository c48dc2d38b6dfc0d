// Tunable word lists for the rules on top of the NER model. Generic English only.

/**
 * Role heads: the noun of a title written before or after a name ("Foreign Minister X",
 * "X, the director of Y"). Lowercase; matched case-insensitively.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador',
  'envoy', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'secretary', 'chairman', 'chairwoman', 'chair',
  'director', 'chief', 'head', 'leader', 'commander', 'general', 'gen.', 'colonel', 'col.', 'major', 'captain',
  'lieutenant', 'lt.', 'sergeant', 'admiral', 'judge', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'emir', 'pope', 'bishop', 'imam', 'cleric', 'ayatollah', 'analyst', 'expert', 'researcher',
  'professor', 'prof.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'sir', 'dame', 'lord', 'lady',
  'representative', 'rep.', 'lawmaker', 'legislator', 'official', 'officer', 'diplomat', 'correspondent',
  'reporter', 'editor', 'founder', 'ceo', 'manager', 'coach', 'counterpart', 'attorney', 'prosecutor',
  'mp', 'mep', 'deputy', 'advisor', 'adviser', 'superintendent', 'inspector', 'sultan', 'rabbi', 'father',
  'chargé', 'charge', 'consul', 'consul-general', 'attaché', 'economist', 'scientist', 'witness', 'resident',
  // Occupations written as a title before a name ("Driver X", "Skipper X").
  'driver', 'pilot', 'co-pilot', 'skipper', 'engineer', 'nurse', 'doctor', 'surgeon', 'paramedic', 'firefighter', 'warden',
  'lawyer', 'priest', 'pastor',
  // Police ranks ("Chief Constable X", "Detective X", "Sheriff X").
  'constable', 'detective', 'sheriff', 'marshal', 'commissioner', 'corporal', 'trooper',
]);

/** Words that may precede a role head inside the role ("caretaker prime", "former federal"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'caretaker', 'prime', 'foreign', 'former', 'deputy', 'vice', 'special', 'federal', 'interior', 'defense',
  'defence', 'information', 'finance', 'home', 'justice', 'health', 'education', 'trade', 'state', 'chief',
  'senior', 'top', 'acting', 'interim', 'executive', 'general', 'assistant', 'associate', 'regional',
  'provincial', 'national', 'military', 'army', 'police', 'security', 'government', 'official', 'public',
  'press', 'office', 'ministry', 'affairs', 'minister', 'permanent', 'supreme', 'us', 'u.s.', 'un', 'u.n.',
  'eu', 'nato', 'white', 'house', 'first', 'lady', 'crown', 'grand', 'rear', 'lieutenant', 'major',
  'managing', 'founding', 'ousted', 'late', 'then', 'new', 'outgoing', 'incoming', 'veteran', 'opposition',
  'party', 'retired', 'attorney', 'district', 'county', 'city', 'council', 'house', 'senate', 'parliamentary',
  'legal', 'political', 'economic', 'climate', 'energy', 'oil', 'petroleum', 'agriculture', 'labor',
  'labour', 'transport', 'communications', 'culture', 'sports', 'water', 'power', 'commerce', 'industry',
  'planning', 'development', 'human', 'rights', 'religious', 'minorities', 'of', 'for', 'and', 'the',
  'fire', 'rescue', 'medical', 'coast', 'naval', 'navy', 'air', 'emergency', 'civil', 'protection',
]);

/** Honorifics that are never part of a name; stripped from the front of person spans. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'gen.', 'col.', 'lt.', 'sen.', 'rep.', 'gov.', 'sgt.', 'capt.', 'maj.', 'adm.', 'rev.', 'hon.', 'amb.',
]);

/** Lowercase particles kept inside person and place names ("bin", "van der", "de la", "al"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ud', 'bin', 'bint', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'la', 'le', 'du',
  'da', 'di', 'dos', 'das', 'del', 'della', 'ter', 'zu', 'y', 'e', 'o', 'al-', 'ben',
]);

/** Nouns in "the province of Y", "the city of Y": Y is a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province', 'city', 'town', 'village', 'district', 'region', 'state', 'county', 'island', 'port',
  'capital', 'municipality', 'governorate', 'prefecture', 'republic', 'kingdom', 'emirate', 'township',
  'suburb', 'neighbourhood', 'neighborhood', 'valley', 'area', 'oblast', 'canton', 'territory',
]);

/** "Nobody", "Everyone" opening a sentence, typed a person by the model: never a name. */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  'nobody', 'somebody', 'anybody', 'everybody', 'noone', 'no-one', 'someone', 'anyone', 'everyone', 'nothing', 'something',
  'anything', 'everything', 'none',
]);

/** Words after a bare name that show it is used as a person ("X said"), not as an adjective. */
export const SPEECH_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'told', 'stated', 'noted', 'argued', 'explained', 'warned', 'wrote', 'claimed',
  'insisted', 'asked', 'replied', 'announced', 'declared', 'urged', 'called', 'met', 'has', 'had', 'is',
  'was', 'will', 'would', ',', '.', ';', ':', ')', '’s', "'s",
]);

/** Function words an acronym may skip when matched to its expansion ("Army of Justice" -> AJ). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'des', 'du', 'la', 'le', '&', 'at', 'to']);

/** Connectors allowed inside a span that the acronym-definition rule extends leftwards over. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'la', 'du']);

/** Words right before a name that make it a group ("the militant group X"). */
export const ORG_CUES_BEFORE: ReadonlySet<string> = new Set([
  'group', 'organization', 'organisation', 'outfit', 'militia', 'faction', 'movement', 'party', 'network', 'agency', 'company', 'firm',
  'broadcaster',
]);

/** Words right after a name that make it a group ("X group", "X militants" for multi-word names). */
export const ORG_CUES_AFTER: ReadonlySet<string> = new Set(['group', 'militants', 'fighters', 'rebels', 'insurgents', 'militia', 'organization', 'outfit', 'faction']);

/** Last words of a name that make it an organization ("... Forum", "... Army", "... Front"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'army', 'front', 'forum', 'council', 'committee', 'commission', 'ministry', 'agency', 'organization',
  'organisation', 'association', 'union', 'institute', 'center', 'centre', 'foundation', 'party', 'movement',
  'corps', 'guard', 'guards', 'brigade', 'brigades', 'league', 'university', 'bank', 'department', 'office',
  'court', 'assembly', 'parliament', 'senate', 'congress', 'bureau', 'authority', 'inc.', 'corp.', 'ltd',
  'company', 'group', 'coalition', 'alliance', 'police', 'forces', 'service', 'network', 'hospital', 'clinic',
  'school', 'college', 'academy', 'polytechnic', 'conservatory', 'conservatoire', 'seminary', 'staff', 'command',
  'unit', 'squad', 'regiment', 'battalion', 'detachment',
]);

/** Institutions commonly named with a possessive ("X's Hospital", "X's College"): "X 's Head" is one name. */
export const POSSESSIVE_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'school', 'college', 'church', 'cathedral', 'academy', 'infirmary']);

/** Prefixes that attach a name particle to the next part ("al-X", "bin-X"): such a span continues the name before it. */
export const PARTICLE_PREFIX_RE = /^(?:al|el|ul|ud|ad|ar|as|ash|at|az|bin|ibn|abu|bint)[-‐]/i;

/** Trailing place nouns that come after a place's name ("X province", "X region"). */
export const TRAILING_PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'provinces', 'region', 'district', 'city', 'state', 'county', 'area']);

/** First or last words of a multi-word name that make it a place ("Strait of X", "X River"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'strait', 'straits', 'gulf', 'bay', 'sea', 'ocean', 'river', 'lake', 'mount', 'mountains', 'island', 'islands',
  'peninsula', 'valley', 'desert', 'canal', 'province', 'district', 'county',
]);

/** Lowercase words after a one-word name that make name and words one organization ("X news agency"). */
export const ORG_TAILS: readonly string[][] = [['news', 'agency'], ['agency'], ['news', 'service']];

/** Dashes that end a dateline ("CITY, Country (AGENCY) —"). */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--', '―']);

/** Words right before a name that make it a place ("in X", "across X"); "the" may come between. */
export const PLACE_CUES_BEFORE: ReadonlySet<string> = new Set(['in', 'across', 'near', 'outside', 'throughout', 'inside']);

/** Lowercase words right after a name that make it a place ("X island", "the X district"). */
export const PLACE_CUES_AFTER: ReadonlySet<string> = new Set([
  'island', 'islands', 'district', 'village', 'town', 'province', 'region', 'county', 'neighbourhood', 'neighborhood',
  'peninsula', 'valley', 'suburb', 'municipality',
]);

/** Capitalized words that begin a name when written before it ("St. X", "Mount X", "Fort X"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'ste', 'ste.', 'mt', 'mt.', 'mount', 'fort', 'ft.', 'san', 'santa', 'sankt', 'camp']);

/** First words of military posts' names ("Camp X", "Fort X"): a place, whatever the model typed. */
export const POST_PREFIXES: ReadonlySet<string> = new Set(['camp', 'fort', 'ft.']);

/**
 * Lowercase words of a Title Case line that a line of names (a byline, a list of names, "Committee
 * on X", "Institute of X") does not hold, but a headline without a listed verb does ("X and Y at
 * Odds Over Z"): the line is read as a headline. Not "with" or "by", which interview and byline
 * lines hold ("Talks with X", "Photos by X").
 */
export const HEADLINE_ONLY_WORDS: ReadonlySet<string> = new Set(['at', 'over', 'after', 'amid', 'into', 'as', 'vs', 'vs.']);
/** Capitalized words a heading needs before HEADLINE_ONLY_WORDS make it a headline. */
export const HEADLINE_MIN_CAPITALIZED = 5;

/** Short lowercase words a Title Case headline keeps in lowercase ("X Mourns as Y Climbs"). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'as', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'after', 'over', 'into', 'amid', 'vs', 'vs.', 'via', 'per', 'up', 'off', 'out',
]);

/** Words before a name that make it a modifier of the noun after it ("the X quarter", "their X roots"). */
export const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(["'s", '’s', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** Last words of the names of structures ("X Bridge", "X Tunnel"): a place, never a person. */
export const STRUCTURE_HEADS: ReadonlySet<string> = new Set([
  'bridge', 'tunnel', 'dam', 'airport', 'station', 'stadium', 'canal', 'highway', 'motorway', 'square', 'street',
  'road', 'avenue', 'harbour', 'harbor', 'pier', 'quay', 'tower', 'palace', 'plant', 'mine',
]);

/** Religion and faith-group words: a span made only of these and nationalities ("X Muslim") is a description, not a person or group. */
export const FAITH_WORDS: ReadonlySet<string> = new Set([
  'muslim', 'muslims', 'moslem', 'christian', 'christians', 'jewish', 'jew', 'jews', 'sunni', 'sunnis', 'shia',
  'shiite', 'shiites', "shi'ite", 'shi’ite', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'catholic',
  'catholics', 'protestant', 'protestants', 'orthodox', 'evangelical', 'islamic', 'islamist', 'coptic', 'druze',
  'alawite', 'yazidi', 'ismaili', 'salafi', 'wahhabi', 'anglican', 'lutheran', 'methodist', 'baptist', 'mormon',
]);

/** Last words of natural features ("X Gulf", "X Sea"): a place, even when the model said group. */
export const FEATURE_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'sea', 'ocean', 'bay', 'strait', 'straits', 'river', 'lake', 'mountains', 'mountain', 'peninsula', 'desert',
  'channel', 'lagoon', 'archipelago', 'glacier', 'plateau', 'basin', 'delta', 'fjord', 'sound', 'coast',
]);

/** First words of natural features written "X of Y" ("Gulf of Y", "Strait of Y"). */
export const FEATURE_HEADS_OF: ReadonlySet<string> = new Set(['gulf', 'sea', 'bay', 'strait', 'straits', 'lake', 'isle', 'isles', 'cape']);

/** Last words only an institution's name ends in ("X Institute"): never a place's. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'institute', 'institution', 'university', 'ministry', 'agency', 'committee', 'commission', 'council', 'foundation',
  'association', 'organization', 'organisation', 'corporation', 'company', 'party', 'academy', 'bureau', 'college',
  'hospital', 'inc.', 'corp.', 'ltd', 'ltd.', 'plc', 'group', 'polytechnic', 'conservatory', 'conservatoire', 'seminary',
  'rescue', 'brigade', 'service', 'police', 'patrol', 'clinic', 'infirmary', 'court', 'tribunal',
]);

/**
 * Lowercase nouns after a one-word name typed place that say it names an organization ("X
 * intelligence agency"). Not "firm", "newspaper": "a X firm" is as often a firm from place X.
 */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(['agency', 'broadcaster', 'organisation', 'organization', 'militia']);

/** Suffixes of "X-based", "X-backed": the word is about X, which is a place for "-based". */
export const ADJECTIVE_SUFFIX_RE = /^(\p{Lu}[\p{L}.'’]*)[-‐](based|backed|led|linked|born|owned|run|allied|brokered|sponsored|funded|bound)$/u;

/** Prefixes of "anti-X", "pro-X": the word is about X. */
export const ADJECTIVE_PREFIX_RE = /^(?:anti|pro|non|post|pre)[-‐](\p{Lu}[\p{L}.'’-]*)$/u;

/**
 * Endings of ordinary English nouns and adjectives ("Reactions", "Domestic"): on a heading line,
 * a word with one of them that no list knows as a name counts as a common word.
 */
export const COMMON_SUFFIX_RE = /^\p{L}{3,}(?:tions?|sions?|ments?|ness|ities|ity|ances?|ences?|isms?|al|ic|ive|ives|ous|ory|ies|ships?)$/u;

/** The possessive marks as the tokenizer splits them off ("X 's"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** Words before a quoted or bare name that make it the name of a thing, a phrase or an operation ("named 'X'"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'named', 'called', 'dubbed', 'codenamed', 'code-named', 'titled', 'entitled', 'phrase', 'slogan', 'word', 'term', 'motto', 'chant',
]);

/** The verbs among NAMING_WORDS: "a man named X" is a person unless the name is quoted. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'codenamed', 'code-named', 'titled', 'entitled']);

/** Opening quote marks. */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«', '„']);

/** Faith words that are also given names ("Christian X" may be a person). */
export const FAITH_GIVEN_NAMES: ReadonlySet<string> = new Set(['christian']);

/** Compass words that with a nationality make a regional adjective ("South Asian"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest',
  'southeast', 'southwest', 'middle',
]);

/**
 * Structures that are places, not institutions: the last word of "X Bridge", or the lowercase noun
 * after "the X bridge". Not "airport", "palace", "station": often a company's or a club's name.
 */
export const STRUCTURE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'bridge', 'tunnel', 'dam', 'canal', 'highway', 'motorway', 'pier', 'quay', 'square', 'street', 'road', 'avenue',
]);

/** Last words of a place's name that "of Y" may follow inside the name ("Republic of Y", "Gulf of Y"). */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'republic', 'kingdom', 'emirate', 'emirates', 'federation', 'commonwealth', 'principality', 'sultanate', 'state', 'states',
  'province', 'region', 'county', 'district', 'isle', 'islands', 'gulf', 'bay', 'strait', 'straits', 'sea', 'lake',
]);

/** Last words of newspaper names ("the X Herald", "told the Courier"). */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'herald', 'tribune', 'times', 'post', 'gazette', 'courier', 'journal', 'chronicle', 'telegraph', 'observer', 'dispatch',
  'mirror', 'examiner', 'inquirer', 'bulletin', 'sentinel', 'monitor', 'ledger', 'daily', 'weekly', 'messenger', 'recorder', 'review',
]);

/** Words before a name that a person's name does not follow ("the X Works plant"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

/** Words joining an organization's head to the rest of its name ("Ministry of Y", "Committee on Y", "Commission for Y"). */
export const ORG_OF_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'for']);

/** "of" in Romance names written after their head ("Hospital General de X", "Universidad de X"). */
export const ROMANCE_OF_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'di', 'do', 'da', 'des', 'du']);

/**
 * Last words of the name of an administrative division ("X Province", "X County"): a place, even
 * when the model said group. Not "state" ("Islamic State"), not "department" (a ministry's).
 */
export const DIVISION_HEADS: ReadonlySet<string> = new Set([
  'province', 'county', 'district', 'region', 'prefecture', 'oblast', 'governorate', 'municipality', 'canton',
  'township', 'voivodeship', 'krai', 'raion',
]);

/** Division heads that also end sports clubs' names ("X County" the club): the model's group type stands. */
export const CLUB_DIVISION_HEADS: ReadonlySet<string> = new Set(['county']);

/** First words of a place's name that place it ("Upper X", "Greater X"): with a name after them, a place. */
export const POSITION_PREFIXES: ReadonlySet<string> = new Set(['upper', 'lower', 'greater', 'inner', 'outer']);

/** Words that after a position prefix name a body, not a place ("Upper House", "Lower Chamber"). */
export const POSITION_BODY_WORDS: ReadonlySet<string> = new Set(['house', 'chamber', 'deck', 'school', 'sixth', 'court', 'bench']);

/** Words for a deity that in a set phrase are an exclamation, not a mention ("thank God"). */
export const DEITY_WORDS: ReadonlySet<string> = new Set(['god', 'lord', 'heaven', 'heavens', 'goodness', 'jesus', 'christ', 'allah']);

/** Words before a deity word that make it an exclamation ("thank God", "oh Lord", "my God"). */
export const EXCLAMATION_BEFORE: ReadonlySet<string> = new Set(['thank', 'thanks', 'oh', 'my', 'o', 'dear', 'good']);

/** Words after a deity word that make it a set phrase ("God willing", "God knows", "God forbid"). */
export const EXCLAMATION_AFTER: ReadonlySet<string> = new Set(['willing', 'forbid', 'knows', 'bless', 'help']);

/** A token that dates a line (a month, a year, a clock time, an ISO date): metadata lines carry one. */
export const META_DATE_RE =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:19|20)\d\d$|^\d{1,2}[:.]\d\d$|^\d{4}-\d\d-\d\d/;

/** Separators of a page's metadata line ("Outlet · Section · Date", "News | World"). */
export const META_SEPARATORS: ReadonlySet<string> = new Set(['·', '|', '•', '‧', '∙']);

/** Any of META_SEPARATORS in a text (keep the two in step). */
export const META_SEPARATOR_CHARS_RE = /[·|•‧∙]/;

/** Capitalized number words that end a name ("Radio One", "Air Force One"). */
export const NAME_NUMBER_WORDS: ReadonlySet<string> = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten']);

/**
 * Lowercase nouns of natural features written after a name ("the X valley", "the X river"): the
 * feature is named "X valley". Not "range", "fault", "mountains": often the region's own name
 * used for its hills.
 */
export const FEATURE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'valley', 'river', 'gorge', 'canyon', 'basin', 'delta', 'plateau', 'glacier', 'estuary', 'lagoon', 'fjord',
]);

/** What only a state has, after a possessive ("X's government", "X's army"): X is a country or a region. */
export const STATE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'parliament', 'army', 'navy', 'military', 'ministry', 'embassy', 'capital', 'border', 'borders', 'constitution', 'cabinet',
]);
/** Portfolio words before "ministry" in "X's foreign ministry". */
export const STATE_PORTFOLIOS: ReadonlySet<string> = new Set(['foreign', 'defence', 'defense', 'interior', 'health', 'justice', 'finance', 'emergencies', 'emergency']);

/** Natural features named after their noun ("the river X", "the lake X"): X is a place. */
export const FEATURE_NOUNS_BEFORE: ReadonlySet<string> = new Set(['river', 'lake', 'lagoon', 'creek', 'stream', 'canal', 'strait', 'sea', 'bay', 'gulf']);

/** Articles before a lowercase place noun and a name ("the village X"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a']);

/** Words joining two names of one kind ("X and Y"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Last words of venues' names ("X Stadium"): places people gather in, never a club or a person. */
export const VENUE_HEADS: ReadonlySet<string> = new Set(['stadium', 'arena', 'velodrome', 'racecourse', 'ballpark', 'amphitheatre', 'amphitheater', 'mall']);

/**
 * Last words of facilities' names ("X Prison", "X Barracks", "X Mine", "X Dam"): a site, so a
 * place, never a person; often named after its town, and then called by the town's name alone
 * ("moved to X"). Not plants or works: those are a firm's ("the X plant" is the X company's).
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'prison', 'jail', 'gaol', 'penitentiary', 'barracks', 'mine', 'colliery', 'dam', 'reservoir', 'airport', 'airfield',
  'airbase', 'base', 'lighthouse',
]);

/** Kind words between a place and a facility head ("X Air Base", "X Coal Mine", "X Naval Base"). */
export const FACILITY_MODIFIERS: ReadonlySet<string> = new Set([
  'air', 'naval', 'military', 'army', 'navy', 'marine', 'force', 'coal', 'gold', 'copper', 'salt', 'iron', 'silver', 'diamond',
  'uranium', 'open-pit', 'central', 'state', 'federal', 'regional', 'maximum', 'security', 'high',
]);

/**
 * Facilities that reports call by their place's name alone ("inmates at X", "miners at X"), so
 * "X" elsewhere is the site. Not airports or dams: "X" beside "X Airport" is the town it serves.
 */
export const FACILITIES_CALLED_BY_PLACE: ReadonlySet<string> = new Set(['prison', 'jail', 'gaol', 'penitentiary', 'barracks', 'mine', 'colliery']);

/** Parts of a site named by a number ("Gate 4", "Terminal 2", "Pier 9"): with the number, a place. */
export const NUMBERED_FEATURE_HEADS: ReadonlySet<string> = new Set([
  'gate', 'terminal', 'pier', 'platform', 'hangar', 'berth', 'dock', 'runway', 'exit', 'entrance', 'stand', 'sector', 'concourse',
  'route', 'highway', 'ward', 'block', 'hall', 'warehouse', 'reactor', 'shaft', 'building', 'hold', 'deck', 'cabin', 'carriage',
  'compartment', 'room', 'level', 'pit', 'well', 'tank', 'silo', 'interstate', 'wing', 'cell', 'cellblock', 'tower', 'yard',
  'zone', 'bay', 'lane', 'corridor', 'floor', 'unit', 'pavilion', 'barrack', 'dormitory',
]);

/**
 * Offices written as a title ("the Citizens' Advocate", "the Ombudsman", "the Inspector General"):
 * held by one person at a time, but named as a body that counts, reports and complains. Words
 * other than the ombudsman's need a capitalized word before them ("the Public Defender"): "the
 * Defender" alone is a person. Not "Commissioner": "the Health Commissioner" is mostly a person.
 */
export const OFFICE_TITLE_HEADS: ReadonlySet<string> = new Set(['advocate', 'ombudsman', 'ombudsperson', 'ombudswoman', 'defender', 'protector', 'comptroller']);
/** Heads that name an office alone ("the Ombudsman"). */
export const LONE_OFFICE_TITLES: ReadonlySet<string> = new Set(['ombudsman', 'ombudsperson', 'ombudswoman']);
/** "Inspector General", "Auditor General": the word before a final "General" that makes it an office. */
export const GENERAL_OFFICES: ReadonlySet<string> = new Set(['inspector', 'auditor', 'comptroller', 'controller']);

/** Words that make a name a saint's ("St X's", "Saint X"): what is named after him is no one's possession. */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'ste', 'ste.']);

/** Last words of hospitals' names. */
export const HOSPITAL_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'infirmary']);

/** Descriptive first words of a hospital named after its town ("X Regional Hospital"). */
export const HOSPITAL_MODIFIERS: ReadonlySet<string> = new Set([
  'regional', 'district', 'central', 'general', 'city', 'county', 'municipal', 'provincial', 'university', 'teaching',
  'memorial', 'military', 'clinical', 'children', 'maternity', 'state', 'community',
]);

/** Prefixes of football clubs' names ("FC X", "SC X"), as written (capitals). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['FC', 'AFC', 'CF', 'SC', 'AC', 'FK', 'NK', 'SK', 'SV', 'CD', 'IFK', 'KV', 'BK']);

/** Last words of clubs' names ("X Athletic", "X Rovers"): a club, never a person. */
export const CLUB_HEADS: ReadonlySet<string> = new Set(['athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'united', 'rangers']);

/** Words of the label before a page's tag line ("Related Topics:", "Tags:", "Filed under:"). */
export const TAG_LABEL_WORDS: ReadonlySet<string> = new Set(['topics', 'topic', 'tags', 'tagged', 'categories', 'category', 'keywords', 'subjects', 'filed']);

/** Vessels named after the noun ("the ferry X", "the tanker X"): the name is a thing's. */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ferry', 'ship', 'vessel', 'tanker', 'freighter', 'trawler', 'yacht', 'liner', 'boat', 'barge', 'submarine', 'frigate', 'destroyer', 'tug',
  'catamaran', 'hovercraft', 'steamer', 'schooner', 'cutter', 'dredger', 'lifeboat', 'warship', 'cruiser', 'hydrofoil',
]);

/** Prefixes of vessels' names as written ("the MV X", "HMS X"): the name is what follows. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['MV', 'M/V', 'MT', 'M/T', 'FV', 'RMS', 'HMS', 'USS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'USNS']);
/** Prefixes that are also other things' abbreviations ("MS", "SS"): a vessel's only after "the". */
export const VESSEL_PREFIXES_AFTER_THE: ReadonlySet<string> = new Set(['MS', 'SS', 'MY']);

/** Nouns of "the wreck of the X", "the sinking of the X": X is a vessel. */
export const WRECK_NOUNS: ReadonlySet<string> = new Set(['wreck', 'wreckage', 'sinking', 'capsizing', 'hull', 'sister']);

/** Last words of companies' names ("X Mining", "X Chemicals"): a company, never a person. */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'mining', 'chemicals', 'chemical', 'shipping', 'steel', 'logistics', 'construction', 'engineering', 'pharmaceuticals',
  'textiles', 'foods', 'metals', 'minerals', 'resources', 'ventures', 'holdings', 'industries', 'motors', 'airlines',
  'airways', 'lines', 'telecom', 'technologies', 'systems', 'petroleum', 'refinery', 'refining', 'utilities', 'builders',
  'hydro', 'energy', 'power', 'electric', 'gas', 'oil', 'railways', 'railway', 'railroad', 'ferries', 'aviation', 'freight', 'transit',
  'group', 'timber', 'cement', 'plastics', 'fertilisers', 'fertilizers', 'fisheries', 'coal', 'gold', 'copper', 'nickel',
]);
