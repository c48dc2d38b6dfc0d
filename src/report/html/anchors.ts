/**
 * Citations in the HTML report jump to the cited sentence in the source panel. Sections register
 * each span they link to while they render; the source panel, rendered last, wraps exactly those
 * spans in `<mark id="d-<doc>-s-<start>">`, so every link has a target and no target is orphaned.
 */
import type { Dossier, DossierClaimValue, DossierDocument, DossierMention } from '../dossier-types.ts';
import type { TextRange } from '../dossier-read.ts';
import { claimValueRange, documentIndex, list, locateSpan, sentenceAround } from '../dossier-read.ts';

export function documentAnchor(docIndex: number): string {
  return `d-${docIndex}`;
}

export function spanAnchor(docIndex: number, start: number): string {
  return `d-${docIndex}-s-${start}`;
}

export class CitationAnchors {
  readonly index: ReadonlyMap<string, number>;
  private readonly documents: readonly DossierDocument[];
  private readonly spans = new Map<number, TextRange[]>();

  constructor(dossier: Dossier) {
    this.index = documentIndex(dossier);
    this.documents = list(dossier.documents);
  }

  /** `#d-<n>` for a document, or null when the id is not one of the dossier's documents. */
  documentHref(docId: string): string | null {
    const i = this.index.get(docId);
    return i === undefined ? null : `#${documentAnchor(i)}`;
  }

  /** Registers a range of a document's text and returns the link to it. */
  cite(docId: string, range: TextRange): string | null {
    const i = this.index.get(docId);
    if (i === undefined) return null;
    let spans = this.spans.get(i);
    if (!spans) this.spans.set(i, (spans = []));
    spans.push(range);
    return `#${spanAnchor(i, range.start)}`;
  }

  /** A cited span (summary source, timeline evidence), widened to its sentence. */
  citeMention(m: DossierMention | null | undefined): string | null {
    if (!m || typeof m.document !== 'string') return null;
    const doc = this.document(m.document);
    if (!doc) return null;
    const range = locateSpan(doc, m);
    return range ? this.cite(m.document, sentenceAround(doc, range)) : null;
  }

  /** The sentence a claim value comes from. */
  citeClaimValue(v: DossierClaimValue): string | null {
    const doc = this.document(v.document);
    if (!doc) return null;
    const range = claimValueRange(doc, v);
    return range ? this.cite(v.document, range) : null;
  }

  /** The registered ranges of one document. */
  rangesOf(docIndex: number): readonly TextRange[] {
    return this.spans.get(docIndex) ?? [];
  }

  private document(docId: string): DossierDocument | undefined {
    const i = this.index.get(docId);
    return i === undefined ? undefined : this.documents[i];
  }
}
