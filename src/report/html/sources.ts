import type { DossierDocument } from '../dossier-types.ts';
import { list, oneLine } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { citationLinks } from './context.ts';
import { documentAnchor } from './anchors.ts';
import { escapeHtml, safeHref } from './escape.ts';
import { markedText } from './marked-text.ts';

/**
 * One panel per source: who published it and when (and how the date is known), what kind of text
 * it is, its flags, whether it counts as an independent source, what it leaves out that others
 * report, the junk removed from it, and its clean text with every cited sentence marked.
 * Rendered after every other section, so all cited ranges are known.
 */
export function sourcesSection(ctx: ReportContext): string {
  const panels = ctx.documents.map((doc, i) => sourcePanel(ctx, doc, i)).join('');
  return `<section id="sources" aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>${panels || '<p class="empty">No documents.</p>'}</section>`;
}

function sourcePanel(ctx: ReportContext, doc: DossierDocument, i: number): string {
  const facts: string[] = [];
  facts.push(fact('Outlet', doc.outlet ? escapeHtml(doc.outlet) : '<span class="muted">unknown</span>'));
  facts.push(fact('Kind', `<span class="tag kind-${escapeHtml(doc.kind)}">${escapeHtml(doc.kind ?? 'unknown')}</span>`));
  const basis = doc.publishedBasis && doc.publishedBasis !== 'none' ? ` <span class="muted">(${escapeHtml(doc.publishedBasis)})</span>` : '';
  facts.push(fact('Published', doc.published ? `${escapeHtml(doc.published)}${basis}` : '<span class="muted">no date</span>'));
  if (doc.contentDate && doc.contentDate !== doc.published) facts.push(fact('Describes', escapeHtml(doc.contentDate)));
  if (doc.language) facts.push(fact('Language', escapeHtml(doc.language)));
  if (doc.dateline) facts.push(fact('Dateline', escapeHtml(doc.dateline)));
  const people = [...list(doc.byline), ...list(doc.credits)];
  if (people.length) facts.push(fact('By', escapeHtml(people.join(', '))));
  const href = safeHref(doc.url);
  if (href) facts.push(fact('URL', `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(href)}</a>`));
  else if (doc.url || doc.source) facts.push(fact('From', `<code>${escapeHtml(doc.url || doc.source)}</code>`));
  facts.push(fact('Independence', independence(ctx, doc)));

  const evidence = list(doc.outletEvidence);
  const flags = list(doc.flags);
  const omissions = omissionsOf(ctx, doc.id);
  const removed = list(doc.removed);
  return (
    `<article class="source" id="${documentAnchor(i)}" aria-labelledby="${documentAnchor(i)}-h">` +
    `<h3 id="${documentAnchor(i)}-h"><span class="num">[${i + 1}]</span> ${escapeHtml(doc.title ?? doc.id)}</h3>` +
    `<dl class="facts-list">${facts.join('')}</dl>` +
    (evidence.length
      ? `<p class="muted">Publisher evidence: ${evidence
          .map((e) => `${escapeHtml(e.outlet)} <span class="tag">${escapeHtml(e.kind)}</span>${e.text ? ` “${escapeHtml(oneLine(e.text))}”` : ''}`)
          .join('; ')}</p>`
      : '') +
    (flags.length
      ? `<ul class="flags">${flags.map((f) => `<li><span class="tag flag">${escapeHtml(f.code)}</span> ${escapeHtml(f.message)}</li>`).join('')}</ul>`
      : '') +
    (omissions ? `<div class="omits"><strong>Leaves out</strong> (reported by other independent sources): ${omissions}</div>` : '') +
    (removed.length
      ? `<details class="removed"><summary>Removed from the page (${removed.length})</summary><ul>${removed
          .map((r) => `<li><span class="tag">${escapeHtml(r.reason)}</span> ${escapeHtml(r.text)}</li>`)
          .join('')}</ul></details>`
      : '') +
    `<details class="text" open><summary>Text</summary><div class="doc-text">${markedText(
      typeof doc.text === 'string' ? doc.text : '',
      i,
      ctx.anchors.rangesOf(i),
    )}</div></details></article>`
  );
}

function fact(name: string, valueHtml: string): string {
  return `<div><dt>${escapeHtml(name)}</dt><dd>${valueHtml}</dd></div>`;
}

function independence(ctx: ReportContext, doc: DossierDocument): string {
  const groupId = ctx.groups.get(doc.id);
  const group = list(ctx.dossier.provenance?.groups).find((g) => g.id === groupId);
  const others = (groupId ? (ctx.members.get(groupId) ?? []) : []).filter((d) => d !== doc.id);
  if (others.length === 0) return 'counts as an independent source';
  const reasons = list(group?.reasons);
  return (
    `same original as ${citationLinks(ctx, others)}` +
    (group?.outlet ? ` (${escapeHtml(group.outlet)})` : '') +
    (reasons.length ? `: ${escapeHtml(reasons.join('; '))}` : '') +
    ' — counts once'
  );
}

function omissionsOf(ctx: ReportContext, docId: string): string {
  const coverage = list(ctx.dossier.coverage).find((c) => c.document === docId);
  if (!coverage) return '';
  const claims = new Map(list(ctx.dossier.claims).map((c) => [c.id, c.subject]));
  const events = new Map(list(ctx.dossier.timeline).map((t) => [t.id, `${t.date}: ${oneLine(t.summary ?? '')}`]));
  const items = [
    ...list(coverage.omits?.claims).map((id) => claims.get(id) ?? id),
    ...list(coverage.omits?.events).map((id) => events.get(id) ?? id),
  ];
  return items.length ? `<ul>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : '';
}
