import type { ClaimMention, ClaimSlot, Corpus, Doc, IndependenceGroup } from '../core/index.ts';
import type {
  Dossier,
  DossierClaim,
  DossierDocument,
  DossierEntity,
} from './dossier-types.ts';
import { SCHEMA_VERSION } from './dossier-types.ts';

export interface BuildDossierOptions {
  /** Fixed timestamp for reproducible output (tests, golden files). */
  generatedAt?: string;
  /** Include sentence and quote spans per document (larger output; the HTML report uses them). */
  includeSpans?: boolean;
}

/** Turns the internal corpus into the public dossier (see schema/dossier.schema.json). */
export function buildDossier(corpus: Corpus, options: BuildDossierOptions = {}): Dossier {
  const groupOf = new Map<string, IndependenceGroup>();
  for (const g of corpus.layers.provenance?.groups ?? []) for (const d of g.documents) groupOf.set(d, g);

  const documents = corpus.documents.map((doc) => documentEntry(doc, groupOf.get(doc.id)?.id ?? null, options));
  const claims = corpus.layers.claims
    ? corpus.layers.claims.map(claimEntry)
    : standaloneClaims(corpus.documents, groupOf);

  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    documents,
    entities: corpus.layers.entities?.map(entityEntry) ?? [],
    claims,
    timeline: (corpus.layers.timeline ?? []).map((t) => ({
      date: t.date,
      summary: t.summary,
      documents: t.documents,
      basis: t.basis,
      id: t.id,
      precision: t.precision,
      type: t.type,
      evidence: t.evidence,
      actors: t.actors,
      location: t.location,
      fatalities: t.fatalities,
    })),
    summary: (corpus.layers.summary ?? []).map((s) => ({ text: s.text, citations: s.citations, source: s.source })),
    stories: (corpus.layers.stories ?? []).map((s) => ({
      id: s.id,
      title: s.title,
      documents: s.documents,
      subEvents: s.subEvents,
    })),
    provenance: corpus.layers.provenance ?? { groups: [], relations: [] },
    coverage: corpus.layers.coverage ?? [],
    framing: corpus.layers.framing ?? [],
    inputErrors: corpus.inputErrors.map((e) => ({ input: e.input, code: e.code, message: e.message })),
    issues: [...corpus.documents.flatMap((d) => d.issues), ...corpus.issues],
  };
}

function documentEntry(doc: Doc, group: string | null, options: BuildDossierOptions): DossierDocument {
  const meta = doc.layers.metadata;
  const entry: DossierDocument = {
    id: doc.id,
    title: meta?.title ?? doc.hints.title ?? null,
    published: meta?.published ?? null,
    publishedBasis: meta?.publishedBasis ?? 'none',
    outlet: meta?.outlet ?? doc.hints.outlet ?? null,
    kind: meta?.kind ?? 'unknown',
    language: meta?.language ?? doc.hints.language ?? 'und',
    text: doc.text,
    removed: doc.removed.map((r) => ({ text: r.text, reason: r.reason })),
    flags: doc.flags.map((f) => ({ code: f.code, message: f.message })),
    source: doc.source,
    url: doc.hints.url ?? null,
    site: meta?.site ?? doc.hints.site ?? null,
    contentDate: meta?.contentDate ?? null,
    dateline: meta?.dateline?.text ?? null,
    byline: meta?.byline ?? [],
    credits: meta?.credits ?? [],
    tags: meta?.tags ?? [],
    outletEvidence: (meta?.outletEvidence ?? []).map((e) => ({ outlet: e.outlet, kind: e.kind, text: e.span?.text ?? null })),
    group,
  };
  if (options.includeSpans) {
    entry.sentences = (doc.layers.sentences ?? []).map((s) => ({ start: s.start, end: s.end }));
    entry.quotes = (doc.layers.quotes ?? []).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.text ?? null }));
  }
  return entry;
}

function entityEntry(e: NonNullable<Corpus['layers']['entities']>[number]): DossierEntity {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    documents: e.documents,
    mentions: e.mentions,
    roles: e.roles,
  };
}

function claimEntry(slot: ClaimSlot): DossierClaim {
  return {
    id: slot.id,
    kind: slot.kind,
    subject: slot.subject,
    status: slot.status,
    values: slot.values.map((v) => ({
      document: v.document,
      value: v.value,
      low: v.low,
      high: v.high,
      text: v.text,
      attribution: v.attribution,
      quantity: v.quantity,
      vague: v.vague,
      parts: v.parts,
      hedge: v.hedge,
      published: v.published,
      group: v.group,
    })),
    independentSources: slot.independentSources,
    reconciled: slot.reconciled,
    statusReason: slot.statusReason,
  };
}

/**
 * Before the cross-source stages have run (or when they are left out), each extracted claim stands
 * alone in the dossier as its own single-source slot.
 */
function standaloneClaims(docs: readonly Doc[], groupOf: Map<string, IndependenceGroup>): DossierClaim[] {
  const out: DossierClaim[] = [];
  for (const doc of docs) {
    for (const c of doc.layers.claims ?? []) out.push(standaloneClaim(doc, c, groupOf.get(doc.id)?.id ?? doc.id));
  }
  return out;
}

function standaloneClaim(doc: Doc, c: ClaimMention, group: string): DossierClaim {
  return {
    id: `${doc.id}:${c.id}`,
    kind: c.kind,
    subject: c.counted ? `${c.counted} ${c.kind}` : c.kind,
    status: 'single-source',
    values: [
      {
        document: doc.id,
        value: c.value,
        low: c.low,
        high: c.high,
        text: c.sentenceText,
        attribution: c.attribution?.text ?? null,
        quantity: { document: doc.id, start: c.quantity.start, end: c.quantity.end, text: c.quantity.text },
        vague: c.vague,
        parts: c.parts,
        hedge: c.hedge,
        published: doc.layers.metadata?.published ?? null,
        group,
      },
    ],
    independentSources: 1,
    reconciled: null,
    statusReason: 'claims have not been aligned across sources',
  };
}
