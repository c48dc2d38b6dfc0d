import type { DossierEntity } from '../dossier-types.ts';
import { list } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { citationLinks } from './context.ts';
import { escapeHtml } from './escape.ts';

/** Beyond this many entities the rest fold away: the most-cited ones are what a reader wants. */
const SHOWN = 30;

export function entitiesSection(ctx: ReportContext): string {
  const entities = [...list(ctx.dossier.entities)].sort(
    (a, b) => list(b.documents).length - list(a.documents).length || list(b.mentions).length - list(a.mentions).length,
  );
  const h = '<h2 id="entities-h">Who and where</h2>';
  if (entities.length === 0) return `<section id="entities" aria-labelledby="entities-h">${h}<p class="empty">No entities were found.</p></section>`;
  const table = (rows: readonly DossierEntity[]): string =>
    `<div class="table-wrap"><table class="entities"><thead><tr><th scope="col">Name</th><th scope="col">Type</th>` +
    `<th scope="col">Also written as</th><th scope="col">Roles</th><th scope="col">Sources</th></tr></thead><tbody>` +
    rows.map((e) => entityRow(ctx, e)).join('') +
    `</tbody></table></div>`;
  const rest = entities.slice(SHOWN);
  return (
    `<section id="entities" aria-labelledby="entities-h">${h}${table(entities.slice(0, SHOWN))}` +
    (rest.length ? `<details><summary>${rest.length} more</summary>${table(rest)}</details>` : '') +
    `</section>`
  );
}

function entityRow(ctx: ReportContext, e: DossierEntity): string {
  const aliases = list(e.aliases).filter((a) => a !== e.name);
  return (
    `<tr><th scope="row">${escapeHtml(e.name)}</th><td><span class="tag">${escapeHtml(e.type)}</span></td>` +
    `<td>${aliases.map((a) => `<span class="alias">${escapeHtml(a)}</span>`).join(' ')}</td>` +
    `<td>${escapeHtml(list(e.roles).join(', '))}</td>` +
    `<td class="cites">${citationLinks(ctx, list(e.documents))}</td></tr>`
  );
}
