import type { DocKind, DocMetadata, DocStage, Flag, OutletEvidence } from '../../../core/index.ts';
import { detectLanguage } from './detect-language.ts';
import { readDates } from './read-dates.ts';
import { STRONG_EVIDENCE, canonicalOutlet, chooseOutlet, readProvenance } from './read-provenance.ts';
import { readTitle } from './read-title.ts';
import { readOpinion, readTranslation } from './read-voice.ts';
import { headingStampCount } from './live-stamps.ts';
import { LIVE_LABEL, LIVE_MIN_TIMESTAMPS, OPINION_LABEL, REPUBLISH_TRAILER } from './patterns.ts';

export { parseDate, findDates } from './parse-date.ts';
export { detectLanguage } from './detect-language.ts';

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const MIN_DIGEST_BULLETS = 3;
const LIST_ITEMS = /^[ \t]*(?:[•●▪◦‣∙·*\-–—]|\d{1,2}[.)])[ \t]/gm;

/** Archive copies name the archive as host; the page's own site is the URL inside. */
const ARCHIVED = /^https?:\/\/(?:web\.)?archive\.(?:org|ph|today|is)\/(?:web\/)?[\w*]*\/?(https?:\/\/.+)$/i;

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  const inner = ARCHIVED.exec(url)?.[1];
  try {
    return new URL(inner ?? url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Compares an outlet and a site loosely: "The Washington Post" and "washingtonpost.com" agree. */
function sameOutlet(outlet: string, site: string): boolean {
  const a = outlet.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
  const b = site.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|org|net|co\.uk|co|news|tv)$/, '').replace(/[^a-z0-9]/g, '');
  if (a.length === 0 || b.length === 0) return false;
  if (a.includes(b) || b.includes(a)) return true;
  // A network's local station or section ("NBC" on nbcdfw.com, "CBSMiami" on miami.cbslocal.com):
  // a site label that starts with the outlet's first three letters is one family.
  const prefix = a.slice(0, 3);
  return prefix.length === 3 && site.toLowerCase().split(/[.\s]+/).some((label) => label.startsWith(prefix));
}

/**
 * Reads what a report says about itself: title, dates, dateline, byline and credits, who first
 * published it, tags, language and kind; each kind signal also becomes a flag with its evidence.
 */
export const readMetadata: DocStage = {
  kind: 'doc',
  name: 'read-metadata',
  reads: ['text'],
  writes: ['metadata'],
  run(doc) {
    const text = doc.text;
    const flags: Flag[] = [];
    const read = readTitle(text, doc.hints);
    const titleSpan = read.span;
    // The clean stage took a "LIVE:" kind of label off the first line; it is part of the printed headline.
    const titleLabel = doc.removed.find((r) => r.reason === 'title-label');
    const title = titleLabel && read.title !== null && titleSpan !== null && text.slice(0, titleSpan.start).trim() === '' ? `${titleLabel.text} ${read.title}` : read.title;
    const dates = readDates(text, doc.removed, doc.hints, titleSpan);
    flags.push(...dates.flags);

    const prov = readProvenance(text, doc.removed, doc.hints);
    // The masthead or copyright name the clean stage took out names the page's own site too.
    const site = doc.hints.site ?? hostOf(doc.hints.url) ?? doc.removed.find((r) => r.reason === 'site-name')?.text ?? null;
    // A page that prints its own name (an outlet label before the text, a masthead row) knows who it
    // is as much as one whose site is known: "told X" in it is a citation too.
    const namesItself = doc.removed.some((r) => r.reason === 'outlet-label' || r.reason === 'outlet-line');
    const outlet = chooseOutlet(prov, site !== null || namesItself);

    const tags: string[] = [];
    for (const r of doc.removed) {
      if (r.reason === 'tags-line') {
        for (const t of r.text.slice(r.text.indexOf(':') + 1).split(/[,;|]/)) if (t.trim() && !tags.includes(t.trim())) tags.push(t.trim());
        continue;
      }
      if (r.reason !== 'hashtag-header' && r.reason !== 'date-header') continue;
      for (const m of r.text.matchAll(HASHTAG)) if (!tags.includes(m[1])) tags.push(m[1]);
    }

    const reasons = (reason: string): number => doc.removed.filter((r) => r.reason === reason).length;
    const bullets = text.match(LIST_ITEMS)?.length ?? 0;

    // Kind signals, most specific first; each found one is also a flag.
    const kinds: DocKind[] = [];
    const labelled = doc.removed.find((r) => (r.reason === 'editorial-label' || r.reason === 'title-label') && /live/i.test(r.text));
    // Posts are stamped on a line of their own (removed) or at the head of their first line (kept).
    const stamps = reasons('timestamp') + headingStampCount(text);
    if ((title && LIVE_LABEL.test(title)) || labelled || stamps >= LIVE_MIN_TIMESTAMPS) {
      kinds.push('live-blog');
      flags.push({ code: 'live-blog', message: title && LIVE_LABEL.test(title) ? `live label in the title "${title}"` : `${stamps} time-stamped updates` });
    }
    const opinion = readOpinion(text);
    const opinionLabel = (title && OPINION_LABEL.test(title)) || doc.removed.some((r) => (r.reason === 'editorial-label' || r.reason === 'title-label') && OPINION_LABEL.test(r.text));
    if (opinion || opinionLabel) {
      kinds.push('opinion');
      flags.push(opinion ?? { code: 'opinion', message: 'labelled as opinion or analysis' });
    }
    const outletLabel = doc.removed.find((r) => r.reason === 'outlet-label');
    const repeated = reasons('repeated-headline');
    if (outletLabel || (repeated > 0 && bullets >= MIN_DIGEST_BULLETS)) {
      kinds.push('aggregator');
      const why: string[] = [];
      if (outletLabel) why.push(`outlet label "${outletLabel.text}" before the text`);
      if (repeated > 0) why.push(`headline repeated ${repeated + 1} times`);
      if (bullets >= MIN_DIGEST_BULLETS) why.push(`bullet digest of ${bullets} items`);
      flags.push({ code: 'aggregator', message: why.join('; ') });
    }
    const trailer = doc.removed.find((r) => REPUBLISH_TRAILER.test(r.text));
    const foreignUi = reasons('foreign-ui-label');
    const inTextCredit = prov.evidence.some((e) => e.outlet === outlet && e.span !== null && e.kind !== 'hint');
    const strong = prov.evidence.some((e) => e.outlet === outlet && STRONG_EVIDENCE.has(e.kind));
    const creditedElsewhere = outlet !== null && site !== null && strong && !sameOutlet(outlet, site);
    const republishSigns = outlet !== null && site === null && inTextCredit && (trailer !== undefined || foreignUi > 0);
    if (creditedElsewhere || republishSigns) {
      kinds.push('republished');
      const why = creditedElsewhere ? `credited to ${outlet}, published on ${site}` : `credited to ${outlet} inside a page that is not its own (${trailer ? `"${trailer.text}" trailer` : `${foreignUi} reader-UI labels in another language`})`;
      flags.push({
        code: 'republished',
        message: why,
        evidence: prov.evidence.filter((e) => e.outlet === outlet && e.span).map((e) => e.span!),
      });
    }
    const translated = readTranslation(text);
    if (translated) flags.push(translated);

    const outletEvidence: OutletEvidence[] = [...prov.evidence];
    // With no credit to anyone else, the page's own masthead or site name is its publisher.
    const ownName =
      doc.hints.site ??
      doc.removed.find((r) => r.reason === 'site-name')?.text ??
      doc.removed.find((r) => r.reason === 'outlet-label')?.text.replace(/:$/, '') ??
      doc.removed.find((r) => r.reason === 'outlet-line')?.text ??
      read.outlet ??
      // Bare text whose only name of itself is its copyright notice: the holder publishes it.
      (site === null ? prov.evidence.find((e) => e.kind === 'copyright')?.outlet : undefined) ??
      null;
    const hinted = doc.hints.outlet ? canonicalOutlet(doc.hints.outlet) : null;
    if (outlet === null && hinted === null && ownName !== null) outletEvidence.push({ outlet: ownName, kind: 'site-name', span: null });
    const metadata: DocMetadata = {
      title,
      published: dates.published,
      publishedBasis: dates.publishedBasis,
      contentDate: dates.contentDate,
      referenceDate: dates.referenceDate,
      dateline: prov.dateline,
      byline: prov.byline,
      credits: prov.credits,
      outlet: outlet ?? hinted ?? ownName,
      outletEvidence,
      tags,
      language: detectLanguage(text),
      kind: kinds[0] ?? (text.trim().length > 0 ? 'report' : 'unknown'),
      site,
    };
    doc.layers.metadata = metadata;
    doc.flags.push(...flags);
  },
};
