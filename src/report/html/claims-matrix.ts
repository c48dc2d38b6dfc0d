import type { DossierClaim, DossierClaimValue } from '../dossier-types.ts';
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
  const columns = ctx.documents.map((d, i) => ({ doc: d, i })).filter((c) => used.has(c.doc.id));
  const head =
    `<thead><tr><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Reading</th>` +
    `<th scope="col"><abbr title="independent sources">Indep.</abbr></th>` +
    columns
      .map(
        ({ doc, i }) =>
          `<th scope="col" class="src-col"><a href="#d-${i}" title="${escapeHtml(doc.title ?? doc.id)}">[${i + 1}]</a> ` +
          `<span class="src-name" title="${escapeHtml(doc.outlet ?? doc.id)}">${escapeHtml(truncate(doc.outlet ?? doc.title ?? doc.id, HEADER_CHARS))}</span></th>`,
      )
      .join('') +
    `</tr></thead>`;
  const rows = claims.map((c) => claimRow(ctx, c, columns.map((col) => col.doc.id))).join('');
  return (
    `<section id="claims" aria-labelledby="claims-h">${h}` +
    `<p class="muted">Rows are claims, columns are sources. Hover or focus a value for who said it; click it to read the sentence.</p>` +
    `<div class="table-wrap"><table class="matrix">${head}<tbody>${rows}</tbody></table></div></section>`
  );
}

function claimRow(ctx: ReportContext, claim: DossierClaim, columns: readonly string[]): string {
  const status = typeof claim.status === 'string' ? claim.status : 'unknown';
  const reading = reconciledReading(claim);
  const values = list(claim.values);
  const reference = referenceValue(claim, values);
  const cells = columns.map((docId) => {
    const mine = values.filter((v) => v.document === docId);
    if (mine.length === 0) return '<td class="none"><span class="sr">not reported</span></td>';
    return `<td>${mine.map((v) => valueCell(ctx, v, status === 'conflicting' && reference !== null && v.value !== reference)).join('')}</td>`;
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
