import type { ClaimKind, ClaimPart, DatePrecision, Doc, DocKind, EntityType, EventType } from './document.ts';
import type { IssueRecord, InputError } from './issues.ts';

/** A place in one document: what citations and mentions point at. */
export interface DocSpan {
  document: string;
  start: number;
  end: number;
  text: string;
}

export interface SubEvent {
  id: string;
  title: string;
  documents: string[];
}

export interface Story {
  id: string;
  title: string;
  documents: string[];
  /** Distinct happenings inside the story (e.g. the first strike and the retaliation). */
  subEvents: SubEvent[];
}

/** How two documents relate as text. */
export interface CopyRelation {
  a: string;
  b: string;
  relation: 'duplicate' | 'rewrite';
  /** Estimated Jaccard similarity of their shingles. */
  similarity: number;
}

/** Documents that go back to one original: they count once as a source. */
export interface IndependenceGroup {
  id: string;
  documents: string[];
  /** The original publisher when credited (The Washington Post, VOA, AP ...), else null. */
  outlet: string | null;
  /** Why these belong together: "near-duplicate text (0.93)", "both credit VOA". */
  reasons: string[];
}

export interface Provenance {
  groups: IndependenceGroup[];
  relations: CopyRelation[];
}

/** One real-world entity across all documents, after alias merging. */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  documents: string[];
  mentions: DocSpan[];
  roles: string[];
}

export interface ClaimValue {
  document: string;
  value: number | string;
  low: number | null;
  high: number | null;
  /** The sentence it comes from. */
  text: string;
  attribution: string | null;
  /** Where the quantity is in the document. */
  quantity: DocSpan;
  vague: boolean;
  parts: ClaimPart[];
  hedge: string | null;
  /** The document's published date, for ordering values in time (evolving tolls). */
  published: string | null;
  /** The independence group of the document. */
  group: string;
  /** The document's EventMention id the claim is about, when known (ties tolls to timeline entries). */
  event?: string | null;
}

export type ClaimStatus = 'agreed' | 'conflicting' | 'single-source' | 'evolving';

/** The reconciled reading of a numeric slot, with its reasoning. */
export interface Reconciliation {
  low: number | null;
  high: number | null;
  /** ACLED's convention: the lowest figure that more than one independent source supports, else the lowest. */
  lowestCorroborated: number | null;
  /** The figure of the latest official source, when one is attributed to officials. */
  latestOfficial: number | null;
  /** The single figure a table should show. */
  best: number | null;
  reasoning: string;
}

/** All claims from all documents about one thing. */
export interface ClaimSlot {
  id: string;
  kind: ClaimKind;
  /** Human-readable: "people killed in the strike on the market". */
  subject: string;
  status: ClaimStatus;
  values: ClaimValue[];
  /** Number of independence groups among the values. */
  independentSources: number;
  reconciled: Reconciliation | null;
  /** Why the status is what it is (for conflicts: which values disagree). */
  statusReason: string;
}

export interface TimelineEntry {
  id: string;
  date: string; // YYYY-MM-DD | YYYY-MM | YYYY
  precision: DatePrecision;
  type: EventType;
  summary: string;
  documents: string[];
  basis: string;
  /** The sentences that report it, one or more per document. */
  evidence: DocSpan[];
  /** Corpus entity ids of the actors. */
  actors: string[];
  location: string | null;
  /** Reconciled fatalities when a killed slot is tied to this event. */
  fatalities: number | null;
}

export interface Coverage {
  document: string;
  /** Claim slot ids and timeline entry ids the document reports. */
  reports: { claims: string[]; events: string[] };
  /** Those it leaves out that at least one other independent source reports. */
  omits: { claims: string[]; events: string[] };
  /** The document's kind, so opinion pieces stand out in the comparison. */
  kind?: DocKind;
}

/** Different words that sources use for one referent ("terrorists" / "militants" / "separatists"). */
export interface FramingContrast {
  referent: string;
  terms: { term: string; documents: string[]; count: number }[];
}

export interface SummarySentence {
  text: string;
  citations: string[];
  /** Where the sentence comes from (extractive summary); null for generated lines such as disputed ranges. */
  source: DocSpan | null;
}

export interface CorpusLayers {
  stories: Story[];
  provenance: Provenance;
  entities: CorpusEntity[];
  claims: ClaimSlot[];
  timeline: TimelineEntry[];
  coverage: Coverage[];
  framing: FramingContrast[];
  summary: SummarySentence[];
}

export type CorpusLayerName = keyof CorpusLayers;

export interface Corpus {
  documents: Doc[];
  inputErrors: InputError[];
  /** Corpus-wide issues; per-document issues live on each Doc. */
  issues: IssueRecord[];
  layers: Partial<CorpusLayers>;
}

export type { ClaimKind, EventType };
