/**
 * The dossier: the public JSON contract (`schema/dossier.schema.json`, documented in
 * docs/dossier.md). Renderers (Markdown, HTML, CSV, terminal) read this, never the internal Corpus,
 * so they work on any dossier file. Fields beyond the published contract are optional so that
 * dossiers from older or partial runs still render.
 */
import type {
  ClaimPart,
  ClaimStatus,
  Coverage,
  DatePrecision,
  DateBasis,
  DocKind,
  EventType,
  FramingContrast,
  IndependenceGroup,
  CopyRelation,
  Reconciliation,
  SubEvent,
} from '../core/index.ts';

export const SCHEMA_VERSION = '1';

export interface DossierFlag {
  code: string;
  message: string;
}

export interface DossierRemoval {
  text: string;
  reason: string;
}

export interface DossierDocument {
  id: string;
  title: string | null;
  published: string | null;
  publishedBasis: DateBasis;
  outlet: string | null;
  kind: DocKind;
  language: string;
  text: string;
  removed: DossierRemoval[];
  flags: DossierFlag[];
  source?: string;
  url?: string | null;
  site?: string | null;
  contentDate?: string | null;
  dateline?: string | null;
  byline?: string[];
  credits?: string[];
  tags?: string[];
  outletEvidence?: { outlet: string; kind: string; text: string | null }[];
  /** The independence group the document belongs to. */
  group?: string | null;
  sentences?: { start: number; end: number }[];
  quotes?: { start: number; end: number; speaker: string | null }[];
}

export interface DossierMention {
  document: string;
  start: number;
  end: number;
  text: string;
}

export interface DossierEntity {
  id: string;
  name: string;
  type: 'PERSON' | 'ORG' | 'PLACE' | 'MISC';
  aliases: string[];
  documents: string[];
  mentions: DossierMention[];
  roles?: string[];
}

export interface DossierClaimValue {
  document: string;
  value: number | string;
  low: number | null;
  high: number | null;
  text: string;
  attribution: string | null;
  quantity?: DossierMention;
  vague?: boolean;
  parts?: ClaimPart[];
  hedge?: string | null;
  published?: string | null;
  group?: string;
}

export interface DossierClaim {
  id: string;
  kind: string;
  subject: string;
  status: ClaimStatus;
  values: DossierClaimValue[];
  independentSources?: number;
  reconciled?: Reconciliation | null;
  statusReason?: string;
}

export interface DossierTimelineEntry {
  date: string;
  summary: string;
  documents: string[];
  basis: string;
  id?: string;
  precision?: DatePrecision;
  type?: EventType;
  evidence?: DossierMention[];
  actors?: string[];
  location?: string | null;
  fatalities?: number | null;
}

export interface DossierSummarySentence {
  text: string;
  citations: string[];
  source?: DossierMention | null;
}

export interface DossierStory {
  id: string;
  title: string;
  documents: string[];
  subEvents?: SubEvent[];
}

export interface DossierInputError {
  input: string;
  code: string;
  message: string;
}

export interface DossierIssue {
  code: string;
  stage: string;
  document: string | null;
  message: string;
}

export interface Dossier {
  schemaVersion: typeof SCHEMA_VERSION;
  generatedAt: string;
  documents: DossierDocument[];
  entities: DossierEntity[];
  claims: DossierClaim[];
  timeline: DossierTimelineEntry[];
  summary: DossierSummarySentence[];
  stories: DossierStory[];
  provenance?: { groups: IndependenceGroup[]; relations: CopyRelation[] };
  coverage?: Coverage[];
  framing?: FramingContrast[];
  inputErrors?: DossierInputError[];
  issues?: DossierIssue[];
}
