/**
 * Defensive reading of a dossier for the renderers (Markdown, HTML, CSV, terminal). A dossier may
 * come from an older or partial run, or from another tool: every field beyond the published contract
 * may be missing and any list may be empty, so renderers go through these helpers instead of
 * trusting the shape.
 */
import type {
  Dossier,
  DossierClaim,
  DossierClaimValue,
  DossierDocument,
  DossierMention,
} from './dossier-types.ts';
import type { FramingContrast } from '../core/index.ts';

/** A list field that may be absent or not a list in a foreign dossier. */
export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** Document id → position in `dossier.documents`; positions number citations ([1], [2] ...). */
export function documentIndex(dossier: Dossier): Map<string, number> {
  const index = new Map<string, number>();
  list(dossier.documents).forEach((d, i) => {
    if (!index.has(d.id)) index.set(d.id, i);
  });
  return index;
}

/** The story the dossier is about: its first story, else the first titled document. */
export function storyTitle(dossier: Dossier): string {
  const story = list(dossier.stories).find((s) => typeof s.title === 'string' && s.title.trim() !== '');
  if (story) return story.title.trim();
  const titled = list(dossier.documents).find((d) => typeof d.title === 'string' && d.title.trim() !== '');
  if (titled?.title) return titled.title.trim();
  return 'Dossier';
}

/** Document id → independence group id (a document without a known group stands alone). */
export function groupOfDocument(dossier: Dossier): Map<string, string> {
  const groups = new Map<string, string>();
  for (const g of list(dossier.provenance?.groups)) for (const d of list(g.documents)) groups.set(d, g.id);
  for (const d of list(dossier.documents)) {
    if (!groups.has(d.id)) groups.set(d.id, typeof d.group === 'string' && d.group ? d.group : `doc:${d.id}`);
  }
  return groups;
}

/** Independence group id → its documents. */
export function groupMembers(groups: ReadonlyMap<string, string>): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [doc, group] of groups) {
    const m = members.get(group);
    if (m) m.push(doc);
    else members.set(group, [doc]);
  }
  return members;
}

/** How many independent sources the given documents amount to (documents sharing an original count once). */
export function independentCount(documents: readonly string[], groups: ReadonlyMap<string, string>): number {
  const seen = new Set<string>();
  for (const d of documents) seen.add(groups.get(d) ?? `doc:${d}`);
  return seen.size;
}

/** A short name for a source: the outlet when known, else its title, else its id. */
export function documentLabel(doc: DossierDocument): string {
  if (doc.outlet && doc.outlet.trim()) return doc.outlet.trim();
  if (doc.title && doc.title.trim()) return doc.title.trim();
  return doc.id;
}

/** One claimed figure as a reader says it: "at least 9", "9–12", "up to 30", or the statement. */
export function formatClaimValue(v: Pick<DossierClaimValue, 'value' | 'low' | 'high'> & { vague?: boolean }): string {
  if (typeof v.value === 'string') return v.value;
  const low = typeof v.low === 'number' ? v.low : null;
  const high = typeof v.high === 'number' ? v.high : null;
  let out: string;
  if (low !== null && high !== null) out = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  else if (low !== null && low === v.value) out = `at least ${formatNumber(low)}`;
  else if (high !== null && high === v.value) out = `up to ${formatNumber(high)}`;
  else out = formatNumber(v.value);
  return v.vague ? `${out} (vague)` : out;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return Number.isFinite(n) ? NUMBER.format(n) : String(n);
}

/** The single figure a table shows for a claim, and why. */
export function reconciledReading(claim: DossierClaim): { best: string | null; reasoning: string } {
  const r = claim.reconciled;
  if (r && typeof r.best === 'number') return { best: formatNumber(r.best), reasoning: r.reasoning ?? '' };
  if (r && typeof r.reasoning === 'string') return { best: null, reasoning: r.reasoning };
  const values = list(claim.values);
  if (values.length > 0 && list(claim.values).every((v) => v.value === values[0].value)) {
    return { best: formatClaimValue(values[0]), reasoning: '' };
  }
  return { best: null, reasoning: '' };
}

/** Independent sources behind a claim: the dossier's count, else worked out from its values' documents. */
export function claimIndependentSources(claim: DossierClaim, groups: ReadonlyMap<string, string>): number {
  if (typeof claim.independentSources === 'number') return claim.independentSources;
  return independentCount(
    list(claim.values).map((v) => v.document),
    groups,
  );
}

/** Independence-group ids of a value (its own, else the document's). */
export function valueGroup(v: DossierClaimValue, groups: ReadonlyMap<string, string>): string {
  return typeof v.group === 'string' && v.group ? v.group : (groups.get(v.document) ?? `doc:${v.document}`);
}

/** A span of one document's clean text, checked against that text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a cited span really is in the document's text. The offsets are trusted only when they fall
 * inside the text and (when the span carries its text) cover those words; otherwise the words are
 * looked for, so a dossier whose text was re-cleaned still links to the right place.
 */
export function locateSpan(doc: DossierDocument, span: Pick<DossierMention, 'start' | 'end'> & { text?: string }): TextRange | null {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const { start, end } = span;
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  if (valid && (typeof span.text !== 'string' || span.text === '' || text.slice(start, end) === span.text)) {
    return { start, end };
  }
  if (typeof span.text === 'string' && span.text.trim() !== '') return findText(text, span.text);
  return null;
}

/** The first occurrence of `needle` (as written, else trimmed) in `text`. */
export function findText(text: string, needle: string): TextRange | null {
  let at = text.indexOf(needle);
  let n = needle;
  if (at < 0) {
    n = needle.trim();
    if (n === '') return null;
    at = text.indexOf(n);
  }
  return at < 0 ? null : { start: at, end: at + n.length };
}

/**
 * The sentence around an offset, from the document's sentence spans when the dossier carries them
 * (sorted by start, so a binary search), else the offset's own line fragment between sentence ends.
 */
export function sentenceAround(doc: DossierDocument, range: TextRange): TextRange {
  const sentences = list(doc.sentences);
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (range.start < s.start) hi = mid - 1;
    else if (range.start >= s.end) lo = mid + 1;
    else return { start: s.start, end: Math.max(s.end, range.end) };
  }
  return range;
}

/** Where a claim value's sentence is in its document, or null when it cannot be found. */
export function claimValueRange(doc: DossierDocument, v: DossierClaimValue): TextRange | null {
  if (v.quantity) {
    const q = locateSpan(doc, v.quantity);
    if (q && list(doc.sentences).length > 0) return sentenceAround(doc, q);
    if (q) {
      // Without sentence spans, the value's own sentence text, where it covers the quantity.
      const sentence = typeof v.text === 'string' ? v.text.trim() : '';
      const at = sentence ? (doc.text ?? '').lastIndexOf(sentence, q.start) : -1;
      return at >= 0 && at + sentence.length >= q.end ? { start: at, end: at + sentence.length } : q;
    }
  }
  if (typeof v.text === 'string' && v.text.trim() !== '') return findText(doc.text ?? '', v.text);
  return null;
}

/** Collapses runs of whitespace (newlines included) so a text fits one line or one table cell. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters on a word boundary, with an ellipsis: the pipeline's own rule. */
export { shorten as truncate } from '../text/shorten.ts';

/** Entity id → name, for timeline actors that are stored as ids. */
export function entityNames(dossier: Dossier): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of list(dossier.entities)) names.set(e.id, e.name);
  return names;
}

/** Claim status in the order a reader should see them: conflicts first. */
export const STATUS_ORDER: Record<string, number> = { conflicting: 0, evolving: 1, 'single-source': 2, agreed: 3 };

export function byStatus(a: DossierClaim, b: DossierClaim): number {
  return (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9);
}

/** Ids of the documents that are opinion pieces: the framing part of a report names them. */
export function opinionPieces(documents: readonly DossierDocument[]): string[] {
  return documents.filter((d) => d.kind === 'opinion').map((d) => d.id);
}

/** How a framing contrast is headed: "armed group (all)" is the whole label family, whoever it names. */
export function framingHeading(referent: string): string {
  const family = /^(.*) \(all\)$/.exec(referent);
  return family ? `${family[1]}, every use` : referent;
}

/**
 * Framing contrasts in reading order: labels tied to a named referent first (that is where a choice
 * of words says the most), then the label families; within each, the most used first.
 */
export function framingInOrder(dossier: Dossier): FramingContrast[] {
  const used = (f: FramingContrast) => list(f.terms).reduce((n, t) => n + (t.count ?? 0), 0);
  const isFamily = (f: FramingContrast) => / \(all\)$/.test(f.referent);
  return [...list(dossier.framing)].sort((a, b) => Number(isFamily(a)) - Number(isFamily(b)) || used(b) - used(a));
}
