import type { Dossier, DossierDocument } from '../dossier-types.ts';
import { entityNames, groupMembers, groupOfDocument, list } from '../dossier-read.ts';
import { CitationAnchors } from './anchors.ts';
import { escapeHtml } from './escape.ts';

/** What every section of the HTML report needs, worked out once. */
export interface ReportContext {
  dossier: Dossier;
  documents: readonly DossierDocument[];
  anchors: CitationAnchors;
  /** Document id → independence group id. */
  groups: ReadonlyMap<string, string>;
  /** Independence group id → its documents. */
  members: ReadonlyMap<string, readonly string[]>;
  /** Entity id → name. */
  names: ReadonlyMap<string, string>;
}

export function reportContext(dossier: Dossier): ReportContext {
  const groups = groupOfDocument(dossier);
  const members = groupMembers(groups);
  return {
    dossier,
    documents: list(dossier.documents),
    anchors: new CitationAnchors(dossier),
    groups,
    members,
    names: entityNames(dossier),
  };
}

/** Past this many sources a citation list becomes a count: a hundred [n] links help nobody. */
const MAX_CITATIONS = 12;

/** "[n]" citation links to documents, numbered by their position in the dossier. */
export function citationLinks(
  ctx: ReportContext,
  docIds: readonly string[],
  hrefs?: ReadonlyMap<string, string>,
  max = MAX_CITATIONS,
): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of docIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (out.length === max) {
      out.push(`<span class="muted"> +${new Set(docIds).size - max}</span>`);
      break;
    }
    const i = ctx.anchors.index.get(id);
    if (i === undefined) continue;
    const href = hrefs?.get(id) ?? ctx.anchors.documentHref(id)!;
    const doc = ctx.documents[i];
    const label = doc.outlet || doc.title || doc.id;
    out.push(`<a class="cite-link" href="${href}" title="${escapeHtml(label)}">[${i + 1}]</a>`);
  }
  return out.join('');
}
