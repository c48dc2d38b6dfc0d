/**
 * The dossier as Markdown (`--format md`), for notes and terminals. Article text is escaped so it
 * cannot break a table (`|`, newlines) or turn into links, emphasis or HTML when rendered.
 * Citations are [n], numbering the sources listed at the end.
 */
import type { Dossier, DossierClaim, DossierDocument } from './dossier-types.ts';
import {
  byStatus,
  claimIndependentSources,
  documentIndex,
  entityNames,
  formatClaimValue,
  framingHeading,
  framingInOrder,
  groupMembers,
  groupOfDocument,
  independentCount,
  list,
  oneLine,
  opinionPieces,
  reconciledReading,
  storyTitle,
  truncate,
} from './dossier-read.ts';
import { chronological } from './html/date-range.ts';

const INLINE_SPECIAL = /[\\`*_[\]<>|#~]/g;

/** Escapes text for inline Markdown, on one line: safe inside a paragraph, a list item or a table cell. */
export function escapeMarkdown(text: unknown): string {
  const s = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  return oneLine(s).replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

export function renderMarkdown(dossier: Dossier): string {
  const documents = list(dossier.documents);
  const index = documentIndex(dossier);
  const groups = groupOfDocument(dossier);
  const members = groupMembers(groups);
  const names = entityNames(dossier);
  const cite = (ids: readonly string[]): string => {
    const nums = [...new Set(ids.map((id) => index.get(id)).filter((n): n is number => n !== undefined))];
    return nums.map((n) => `[${n + 1}]`).join('');
  };
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(storyTitle(dossier))}`, '');
  out.push(
    `_${documents.length} documents, ${independentCount(
      documents.map((d) => d.id),
      groups,
    )} independent sources · generated ${escapeMarkdown(dossier.generatedAt ?? '')}_`,
    '',
  );
  const stories = list(dossier.stories);
  if (stories.length > 1) {
    out.push('## Stories', '');
    for (const s of stories) {
      out.push(`- ${escapeMarkdown(s.title)} ${cite(list(s.documents))}`);
      for (const e of list(s.subEvents)) out.push(`  - ${escapeMarkdown(e.title)} ${cite(list(e.documents))}`);
    }
    out.push('');
  }

  out.push('## Summary', '');
  const summary = list(dossier.summary);
  if (summary.length === 0) out.push('_No summary was produced._');
  for (const s of summary) out.push(`- ${escapeMarkdown(s.text)} ${cite(list(s.citations))}`.trimEnd());
  out.push('');

  out.push('## Claims', '');
  const claims = [...list(dossier.claims)].sort(byStatus);
  if (claims.length === 0) out.push('_No claims were found._');
  else {
    out.push('| Claim | Status | Values by source | Independent sources | Reading |', '|---|---|---|---:|---|');
    for (const c of claims) out.push(claimRow(c, cite, groups));
  }
  out.push('');

  out.push('## Timeline', '');
  const timeline = chronological(list(dossier.timeline));
  if (timeline.length === 0) out.push('_No dated events were found._');
  for (const t of timeline) {
    const facts = [
      t.precision && t.precision !== 'day' ? t.precision : '',
      t.type ?? '',
      list(t.actors).length ? `actors: ${list(t.actors).map((a) => names.get(a) ?? a).join(', ')}` : '',
      t.location ? `where: ${t.location}` : '',
      typeof t.fatalities === 'number' ? `fatalities: ${t.fatalities}` : '',
    ].filter(Boolean);
    out.push(
      `- **${escapeMarkdown(t.date)}** ${escapeMarkdown(t.summary)} ${cite(list(t.documents))}` +
        (facts.length ? ` (${escapeMarkdown(facts.join('; '))})` : '') +
        (t.basis ? ` — _date: ${escapeMarkdown(t.basis)}_` : ''),
    );
  }
  out.push('');

  const framing = framingInOrder(dossier);
  const opinion = opinionPieces(documents);
  if (framing.length || opinion.length) {
    out.push('## Framing', '');
    if (opinion.length) out.push(`Opinion pieces: ${cite(opinion)}.`, '');
    if (framing.length) out.push('Different words sources use for the same referent, with how often and where:', '');
    for (const f of framing) {
      const terms = list(f.terms).map((t) => `${escapeMarkdown(t.term)} ×${t.count} ${cite(list(t.documents))}`);
      out.push(`- **${escapeMarkdown(framingHeading(f.referent))}**: ${terms.join('; ')}`);
    }
    out.push('');
  }

  out.push('## Entities', '');
  const entities = list(dossier.entities);
  if (entities.length === 0) out.push('_No entities were found._');
  else {
    out.push('| Name | Type | Also written as | Roles | Sources |', '|---|---|---|---|---|');
    for (const e of entities) {
      const aliases = list(e.aliases).filter((a) => a !== e.name);
      out.push(
        `| ${escapeMarkdown(e.name)} | ${escapeMarkdown(e.type)} | ${aliases.map(escapeMarkdown).join(', ')} | ` +
          `${list(e.roles).map(escapeMarkdown).join(', ')} | ${cite(list(e.documents))} |`,
      );
    }
  }
  out.push('');

  out.push('## Sources', '');
  documents.forEach((d, i) => out.push(...sourceBlock(dossier, d, i, groups, members, cite)));

  const errors = list(dossier.inputErrors);
  if (errors.length) {
    out.push('## Input errors', '');
    for (const e of errors) out.push(`- ${escapeMarkdown(e.input)} (${escapeMarkdown(e.code)}): ${escapeMarkdown(e.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** A source block lists what it leaves out; a long story would otherwise print every timeline sentence. */
const OMITTED_EVENTS_SHOWN = 6;
const OMITTED_EVENT_CHARS = 70;

/** Names in first-seen order, a repeated one once with its count ("people killed ×2"). */
function countedList(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) => (k > 1 ? `${n} ×${k}` : n));
}

function claimRow(c: DossierClaim, cite: (ids: readonly string[]) => string, groups: ReadonlyMap<string, string>): string {
  const values = list(c.values)
    .map((v) => `${escapeMarkdown(formatClaimValue(v))} ${cite([v.document])}${v.attribution ? ` (${escapeMarkdown(v.attribution)})` : ''}`)
    .join('; ');
  const reading = reconciledReading(c);
  const why = asSentences([c.statusReason, reading.reasoning]);
  const best = reading.best !== null ? `**${escapeMarkdown(reading.best)}**` : '';
  return (
    `| ${escapeMarkdown(c.subject)} | ${escapeMarkdown(c.status)} | ${values} | ${claimIndependentSources(c, groups)} | ` +
    `${[best, why ? escapeMarkdown(why) : ''].filter(Boolean).join(' — ')} |`
  );
}

/**
 * The status reason and the reconciliation's reasoning as sentences. Both arrive as lower-case clauses
 * ("independent sources disagree: …"), and run together they read as one garbled sentence after the
 * bold figure ("**14** independent sources disagree").
 */
function asSentences(parts: readonly (string | undefined)[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p.trim() : ''))
    .filter((p) => p !== '')
    .map((p) => `${p[0]!.toUpperCase()}${p.slice(1)}${/[.!?]$/.test(p) ? '' : '.'}`)
    .join(' ');
}

function sourceBlock(
  dossier: Dossier,
  d: DossierDocument,
  i: number,
  groups: ReadonlyMap<string, string>,
  members: ReadonlyMap<string, readonly string[]>,
  cite: (ids: readonly string[]) => string,
): string[] {
  const out = [`### [${i + 1}] ${escapeMarkdown(d.title ?? d.id)}`, ''];
  const facts = [
    `outlet: ${d.outlet ?? 'unknown'}`,
    `kind: ${d.kind ?? 'unknown'}`,
    `published: ${d.published ? `${d.published}${d.publishedBasis && d.publishedBasis !== 'none' ? ` (${d.publishedBasis})` : ''}` : 'no date'}`,
    d.language ? `language: ${d.language}` : '',
    d.dateline ? `dateline: ${d.dateline}` : '',
  ].filter(Boolean);
  out.push(`- ${escapeMarkdown(facts.join(' · '))}`);
  out.push(`- id: ${escapeMarkdown(d.id)}${d.url ? ` · ${escapeMarkdown(d.url)}` : ''}`);
  const group = groups.get(d.id);
  const same = (group ? (members.get(group) ?? []) : []).filter((doc) => doc !== d.id);
  if (same.length) {
    const reasons = list(list(dossier.provenance?.groups).find((g) => g.id === group)?.reasons);
    out.push(`- same original as ${cite(same)}${reasons.length ? `: ${escapeMarkdown(reasons.join('; '))}` : ''} (counts once)`);
  }
  for (const f of list(d.flags)) out.push(`- flag ${escapeMarkdown(f.code)}: ${escapeMarkdown(f.message)}`);
  const coverage = list(dossier.coverage).find((c) => c.document === d.id);
  if (coverage) {
    const subjects = new Map(list(dossier.claims).map((c) => [c.id, c.subject]));
    const events = new Map(list(dossier.timeline).map((t) => [t.id, `${t.date} ${truncate(oneLine(t.summary), OMITTED_EVENT_CHARS)}`]));
    const claimsLeft = countedList(list(coverage.omits?.claims).map((id) => subjects.get(id) ?? id));
    const eventsLeft = list(coverage.omits?.events).map((id) => events.get(id) ?? id);
    if (claimsLeft.length) out.push(`- leaves out claims: ${claimsLeft.map(escapeMarkdown).join('; ')}`);
    if (eventsLeft.length) {
      const shown = eventsLeft.slice(0, OMITTED_EVENTS_SHOWN).map(escapeMarkdown).join('; ');
      const more = eventsLeft.length - OMITTED_EVENTS_SHOWN;
      out.push(`- leaves out ${eventsLeft.length} timeline event${eventsLeft.length > 1 ? 's' : ''}: ${shown}${more > 0 ? `; and ${more} more` : ''}`);
    }
  }
  const removed = list(d.removed);
  if (removed.length) {
    const reasons = new Map<string, number>();
    for (const r of removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    out.push(
      `- removed ${removed.length}: ${[...reasons].map(([r, n]) => `${escapeMarkdown(r)}${n > 1 ? ` ×${n}` : ''}`).join(', ')}`,
    );
  }
  out.push('');
  return out;
}

