import type { DossierClaim, DossierClaimValue, DossierDocument } from '../dossier-types.ts';
import { byStatus, claimIndependentSources, formatClaimValue, list, oneLine, reconciledReading, truncate } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml } from './escape.ts';

/** Source columns are many; their names are cut short (the full name is in the tooltip). */
const HEADER_CHARS = 22;

const STATUS_LABEL: Record<string, string> = {
  agreed: 'agreed',
  conflicting: 'conflicting',
  'single-source': 'single source',
  evolving: 'evolving',
};

/**
 * Claims × sources. Each row is a claim slot, each column a document; a cell holds what that
 * document says, with attribution and sentence as a tooltip and a link to the sentence. Conflicts
 * are marked by colour and by words, so they do not depend on seeing colour.
 */
export function claimsSection(ctx: ReportContext): string {
  const claims = [...list(ctx.dossier.claims)].sort(byStatus);
  const h = '<h2 id="claims-h">Claims</h2>';
  if (claims.length === 0) return `<section id="claims" aria-labelledby="claims-h">${h}<p class="empty">No claims were found.</p></section>`;
  const used = new Set(claims.flatMap((c) => list(c.values).map((v) => v.document)));
  const columns = groupedColumns(ctx, used);
  const head =
    `<thead>${groupHeaderRow(columns)}<tr><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Reading</th>` +
    `<th scope="col"><abbr title="independent sources">Indep.</abbr></th>` +
    columns
      .map(
        ({ doc, i, first }) =>
          `<th scope="col" class="src-col${first ? ' grp-start' : ''}"><a href="#d-${i}" title="${escapeHtml(doc.title ?? doc.id)}">[${i + 1}]</a> ` +
          `<span class="src-name" title="${escapeHtml(doc.outlet ?? doc.id)}">${escapeHtml(truncate(doc.outlet ?? doc.title ?? doc.id, HEADER_CHARS))}</span></th>`,
      )
      .join('') +
    `</tr></thead>`;
  const rows = claims.map((c) => claimRow(ctx, c, columns)).join('');
  return (
    `<section id="claims" aria-labelledby="claims-h">${h}` +
    `<p class="muted">Rows are claims, columns are sources; copies of one original stand side by side under one heading and count once. ` +
    `Hover or focus a value for who said it; click it to read the sentence.</p>` +
    `<div class="table-wrap"><table class="matrix">${head}<tbody>${rows}</tbody></table></div></section>`
  );
}

/** A source column: the document, its number in the report, and where its independence group starts. */
interface SourceColumn {
  doc: DossierDocument;
  i: number;
  group: string;
  /** The first column of its group (groups are drawn with a rule between them). */
  first: boolean;
  /** Columns in its group. */
  size: number;
}

/**
 * The documents that report a claim, with each independence group's documents side by side, groups
 * in the order of their first document: a reader sees at a glance that three matching columns are
 * one wire story counted once, not three sources.
 */
function groupedColumns(ctx: ReportContext, used: ReadonlySet<string>): SourceColumn[] {
  const byGroup = new Map<string, { doc: DossierDocument; i: number }[]>();
  ctx.documents.forEach((doc, i) => {
    if (!used.has(doc.id)) return;
    const group = ctx.groups.get(doc.id) ?? `doc:${doc.id}`;
    const members = byGroup.get(group) ?? [];
    members.push({ doc, i });
    byGroup.set(group, members);
  });
  return [...byGroup].flatMap(([group, members]) =>
    members.map(({ doc, i }, k) => ({ doc, i, group, first: k === 0, size: members.length })),
  );
}

/** A heading row over groups of copies; none when every source stands alone. */
function groupHeaderRow(columns: readonly SourceColumn[]): string {
  if (!columns.some((c) => c.size > 1)) return '';
  const cells = columns
    .filter((c) => c.first)
    .map((c) =>
      c.size > 1
        ? `<th scope="colgroup" colspan="${c.size}" class="grp grp-start">one original, ${c.size} reports</th>`
        : '<td class="grp grp-start"></td>',
    );
  return `<tr class="groups"><td colspan="4" class="grp"></td>${cells.join('')}</tr>`;
}

function claimRow(ctx: ReportContext, claim: DossierClaim, columns: readonly SourceColumn[]): string {
  const status = typeof claim.status === 'string' ? claim.status : 'unknown';
  const reading = reconciledReading(claim);
  const values = list(claim.values);
  const reference = referenceValue(claim, values);
  const cells = columns.map(({ doc, first }) => {
    const start = first ? ' grp-start' : '';
    const mine = values.filter((v) => v.document === doc.id);
    if (mine.length === 0) return `<td class="none${start}"><span class="sr">not reported</span></td>`;
    return `<td${first ? ' class="grp-start"' : ''}>${mine.map((v) => valueCell(ctx, v, status === 'conflicting' && reference !== null && v.value !== reference)).join('')}</td>`;
  });
  const why = [claim.statusReason, reading.reasoning].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return (
    `<tr class="st-${escapeHtml(status)}"><th scope="row">${escapeHtml(claim.subject)}` +
    `<div class="muted">${escapeHtml(claim.kind)}</div></th>` +
    `<td><span class="badge st-${escapeHtml(status)}">${escapeHtml(STATUS_LABEL[status] ?? status)}</span></td>` +
    `<td class="reading">${reading.best !== null ? `<strong>${escapeHtml(reading.best)}</strong>` : '<span class="muted">—</span>'}` +
    (why.length ? `<details><summary>why</summary>${why.map((w) => `<p>${escapeHtml(w)}</p>`).join('')}</details>` : '') +
    `</td><td class="num">${claimIndependentSources(claim, ctx.groups)}</td>${cells.join('')}</tr>`
  );
}

/** The value others are compared with in a conflict: the reconciled figure, else the commonest value. */
function referenceValue(claim: DossierClaim, values: readonly DossierClaimValue[]): number | string | null {
  if (claim.reconciled && typeof claim.reconciled.best === 'number') return claim.reconciled.best;
  const counts = new Map<number | string, number>();
  for (const v of values) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
  let best: number | string | null = null;
  let n = 0;
  for (const [value, count] of counts) if (count > n) [best, n] = [value, count];
  return best;
}

function valueCell(ctx: ReportContext, v: DossierClaimValue, differs: boolean): string {
  const shown = formatClaimValue(v);
  const tip = [v.attribution ? `according to ${v.attribution}` : 'no attribution', v.hedge ? `(${v.hedge})` : '', `“${oneLine(v.text ?? '')}”`]
    .filter(Boolean)
    .join(' ');
  const href = ctx.anchors.citeClaimValue(v);
  const inner =
    `${escapeHtml(shown)}${differs ? ' <span class="differs" aria-label="differs from the reading">≠ differs</span>' : ''}` +
    (v.attribution ? `<span class="attr">${escapeHtml(v.attribution)}</span>` : '');
  return href
    ? `<a class="val${differs ? ' val-differs' : ''}" href="${escapeHtml(href)}" title="${escapeHtml(tip)}">${inner}</a>`
    : `<span class="val${differs ? ' val-differs' : ''}" title="${escapeHtml(tip)}">${inner}</span>`;
}
