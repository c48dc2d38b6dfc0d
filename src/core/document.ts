import type { Span, TextSpan } from './span.ts';
import type { IssueRecord } from './issues.ts';

/** What the container told us about a document before we read its text (JSON fields, feed items, HTML meta, HTTP). */
export interface SourceHints {
  title?: string;
  /** As the source gave it; normalized to YYYY-MM-DD by the metadata stage. */
  published?: string;
  url?: string;
  outlet?: string;
  author?: string;
  language?: string;
  /** The site the page was fetched from or says it belongs to (og:site_name, feed title, host). */
  site?: string;
}

/** The form `RawDocument.raw` is in. */
export type RawFormat = 'text' | 'markdown' | 'html';

/** One readable document as a reader produced it, before any stage ran. */
export interface RawDocument {
  /** The input's name as given: file base name, URL, or `name#n` for the n-th record of a JSONL/feed file. */
  id: string;
  /** Where it came from: a path or URL. */
  source: string;
  format: RawFormat;
  /** The decoded input (HTML source for html). Kept so nothing is lost. */
  raw: string;
  /**
   * The readable text the reader extracted (for text and markdown the raw text itself; for HTML the
   * article text with paragraphs separated by blank lines). The clean stage starts from this.
   */
  text: string;
  hints: SourceHints;
  /** Things the reader noticed: repaired mojibake, converted encoding, truncated input. */
  flags: Flag[];
  /** What the reader dropped on the way (HTML chrome that extraction removed), with reasons. */
  removed: Removal[];
}

export interface Flag {
  /** kebab-case: date-anomaly, machine-translated, republished, opinion, truncated, mojibake-repaired ... */
  code: string;
  message: string;
  /** Where in the clean text the evidence is, when it is in the text. */
  evidence?: TextSpan[];
}

export interface Removal {
  text: string;
  /** Why, as a short kebab-case reason or phrase: `share-widget`, `repeated-headline`, `foreign-ui-label` ... */
  reason: string;
  /**
   * Where the removed line stood: the offset in the clean text of what followed it. Set for whole
   * lines whose place matters, a live blog's time stamps, which date the post below them.
   */
  at?: number;
}

export type DocKind = 'report' | 'opinion' | 'live-blog' | 'aggregator' | 'republished' | 'unknown';
export type DateBasis = 'explicit' | 'inferred' | 'none';

/** One piece of evidence for who originally published a report. */
export interface OutletEvidence {
  outlet: string;
  /** agency-tag, told-outlet, outlet-reported, credit-line, site-trailer, hint ... */
  kind: string;
  /** The words in the clean text, when the evidence is there (null for hints from the container). */
  span: TextSpan | null;
}

export interface DocMetadata {
  title: string | null;
  published: string | null; // YYYY-MM-DD
  publishedBasis: DateBasis;
  /** The date the content itself describes as "today" (from its own dates), when found. */
  contentDate: string | null;
  /** The date later stages resolve relative expressions against: contentDate when the stated date is anomalous. */
  referenceDate: string | null;
  dateline: TextSpan | null;
  byline: string[];
  /** Reporters named in credit lines ("X reported from Y", "Z contributed to this report"). */
  credits: string[];
  outlet: string | null;
  outletEvidence: OutletEvidence[];
  tags: string[];
  /** ISO 639-1. */
  language: string;
  kind: DocKind;
  site: string | null;
}

export interface Paragraph extends Span {
  /** A short title-like line between paragraphs (a subheading), not body text. */
  heading: boolean;
}

export interface Sentence extends Span {
  /** Index into `paragraphs`. */
  paragraph: number;
}

export interface Quote extends Span {
  /** The speaker as written in the sentence ("Jane Doe", "the ministry"), if named. */
  speaker: TextSpan | null;
  /** The id of the document-level entity the speaker refers to, when one is known. */
  speakerEntity: string | null;
  /** Index of the sentence the quote starts in. */
  sentence: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MISC';

export interface EntityMention extends TextSpan {
  type: EntityType;
  /** The id of the DocEntity this mention belongs to. */
  entity: string;
  /** A title or role written next to the name ("caretaker prime minister"), not part of the name. */
  role: string | null;
}

/** One entity inside one document: all mentions that refer to it, after short forms are resolved. */
export interface DocEntity {
  /** Unique within the document, e.g. `e3`. */
  id: string;
  name: string;
  type: EntityType;
  /** Every distinct surface form in this document. */
  aliases: string[];
  roles: string[];
  /** Acronym defined for it in this document ("BLA"), if any. */
  acronym: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'decade';

/** A calendar value with how precisely and how it was known. */
export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY according to precision. */
  value: string;
  precision: DatePrecision;
  /** Human explanation: "on Tuesday, from the article date 2024-01-18". */
  basis: string;
}

export interface TimeExpression extends TextSpan, ResolvedDate {
  /** DATE, TIME, DURATION or SET (TimeML types). */
  timexType: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Index of the sentence it is in. */
  sentence: number;
}

/** Top-level event categories (PLOVER-like). */
export type EventType =
  | 'attack'
  | 'kill'
  | 'military'
  | 'protest'
  | 'arrest'
  | 'disaster'
  | 'accident'
  | 'rescue'
  | 'diplomatic'
  | 'statement'
  | 'accuse'
  | 'demand'
  | 'threaten'
  | 'cooperate'
  | 'aid'
  | 'meet'
  | 'other';

export interface EventArgument extends TextSpan {
  /** DocEntity id when the argument is a known entity. */
  entity: string | null;
}

export interface EventMention {
  /** Unique within the document, e.g. `ev4`. */
  id: string;
  type: EventType;
  /** The trigger word as written ("struck", "recalled"). */
  trigger: TextSpan;
  /** Its lemma ("strike", "recall"): what the trigger list is keyed on. */
  lemma: string;
  sentence: number;
  agent: EventArgument | null;
  target: EventArgument | null;
  location: EventArgument | null;
  date: ResolvedDate | null;
  negated: boolean;
  hedged: boolean;
}

export type ClaimKind =
  | 'killed'
  | 'injured'
  /** People hurt or killed, outcome not said ("four people were shot"): killed + injured. */
  | 'casualties'
  | 'missing'
  | 'rescued'
  /** Held in custody; those charged are its part `partOf: 'charged'` ("charged nine men"). */
  | 'arrested'
  /**
   * People taken or held hostage (or captive). One kind for the whole siege, its stages told apart by
   * `partOf`: absent for those taken ("took 14 customers hostage"), 'still held' for those still in the
   * captors' hands ("still holding eight"), 'released' for those let go ("released two"): freed
   * captives are not the `rescued` of a disaster.
   */
  | 'hostages'
  /** People who escaped custody; 'recaptured' and 'still at large' (`partOf`) are parts of that count. */
  | 'escaped'
  | 'displaced'
  | 'evacuated'
  | 'affected'
  | 'count'
  | 'distance'
  | 'magnitude'
  | 'money'
  | 'duration'
  | 'percentage'
  | 'statement';

export interface ClaimPart {
  /** "women", "children", "police officers". */
  label: string;
  value: number;
}

/** One numeric (or statement) claim as one document makes it. */
export interface ClaimMention {
  /** Unique within the document, e.g. `c2`. */
  id: string;
  kind: ClaimKind;
  /** A number for numeric claims; the normalized statement for kind `statement`. */
  value: number | string;
  low: number | null;
  high: number | null;
  /** The quantity as written ("at least nine", "a dozen"). */
  quantity: TextSpan;
  /** True for vague quantities ("dozens", "several", "a number of"): value is ACLED's numeric reading. */
  vague: boolean;
  /** km, mi, USD, magnitude ... for measurements. */
  unit: string | null;
  /** What is counted ("people", "police officers", "militant sites"). */
  counted: string | null;
  parts: ClaimPart[];
  /**
   * A distance's subject, as written, when the sentence says it: the thing whose extent it is ("the line
   * of lorries", "length of the bridge", "exclusion zone"), or the place it is reckoned from, after
   * "from" ("from the port"; "4 km north of the old town" gives "from the old town"). Two distances
   * with different subjects measure different things.
   */
  measures?: string;
  /**
   * Set when the figure counts a part of a larger group rather than the whole: the group as written ("the
   * injured", "them", "the city's list"), or the words that narrow it ("still there"). Absent for a whole.
   */
  partOf?: string;
  /** Index of the sentence it is in; `sentenceText` duplicates it for the dossier. */
  sentence: number;
  sentenceText: string;
  /** The EventMention it is about, if found. */
  event: string | null;
  /** Place entity (DocEntity id) the claim is about, when the sentence names one. */
  place: string | null;
  date: ResolvedDate | null;
  /** "reportedly", "claimed", "unconfirmed" ... */
  hedge: string | null;
  /** Who the document says is the source ("state media", "the regional police"). */
  attribution: TextSpan | null;
  /** DocEntity id of the source, when it is a known entity. */
  attributionEntity: string | null;
}

/**
 * The annotation layers per-document stages write. Each is optional until its stage has run;
 * a stage declares the names it reads and writes and the pipeline checks the order when it is built.
 */
export interface DocLayers {
  metadata: DocMetadata;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  mentions: EntityMention[];
  entities: DocEntity[];
  timexes: TimeExpression[];
  events: EventMention[];
  claims: ClaimMention[];
}

export type DocLayerName = keyof DocLayers;

/**
 * A document as it moves through the pipeline. Plain data only (it crosses worker-thread boundaries
 * by structured clone): no classes, Maps or functions.
 */
export interface Doc {
  id: string;
  source: string;
  format: RawFormat;
  raw: string;
  hints: SourceHints;
  /** The clean text: what every span points into. Set from RawDocument.text, replaced once by the clean stage. */
  text: string;
  removed: Removal[];
  flags: Flag[];
  issues: IssueRecord[];
  layers: Partial<DocLayers>;
}

export function createDoc(raw: RawDocument): Doc {
  return {
    id: raw.id,
    source: raw.source,
    format: raw.format,
    raw: raw.raw,
    hints: { ...raw.hints },
    text: raw.text,
    removed: [...raw.removed],
    flags: [...raw.flags],
    issues: [],
    layers: {},
  };
}
