import type { Flag, SourceHints } from '../core/index.ts';
import { extractArticle } from './html/extract-article.ts';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError, makeDocument } from './make-document.ts';
import { htmlToText, isFragment, stripTags, tooDeep, wrapFragment } from './html-to-text.ts';
import { MAX_HTML_DEPTH } from './patterns.ts';
import { decodeEntities } from './html-entities.ts';

/**
 * HTML: fragments wrapped, relative links made absolute against the base URL, then the article
 * extractor. Fragments (feed content, JSON fields) are already the article: there the extractor's
 * boilerplate removal can only lose paragraphs, so their block text is used.
 */

const LINK_ATTR = /(\s(?:href|src|poster|action|cite)\s*=\s*)(["'])([^"'<>]*)\2/gi;
const BASE_HREF = /<base\b[^<>]*?\bhref\s*=\s*["']([^"']+)["']/i;
const HTML_LANG = /<html\b[^<>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i;
const CANONICAL = /<link\b(?=[^<>]*\brel\s*=\s*["']?canonical\b)[^<>]*?\bhref\s*=\s*["']([^"']+)["']/i;
const META = /<meta\b[^<>]*>/gi;
const META_KEY = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i;
const META_CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const PUBLISHED_KEYS = new Set(['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']);
/**
 * Only the head is scanned: meta tags in the body belong to embedded things. Tag patterns use
 * `[^<>]` so an unclosed tag ends the attempt at the next `<` instead of scanning the whole page.
 */
const HEAD_LIMIT = 64 * 1024;

/** The URL relative links are resolved against: `<base href>` (itself resolved), else the page URL. */
export function baseUrlOf(html: string, pageUrl: string | undefined): string | undefined {
  const m = BASE_HREF.exec(html.slice(0, HEAD_LIMIT));
  if (!m) return pageUrl;
  try {
    return new URL(decodeEntities(m[1]), pageUrl).href;
  } catch {
    return pageUrl;
  }
}

export function absolutizeLinks(html: string, base: string): string {
  return html.replace(LINK_ATTR, (whole, pre: string, q: string, value: string) => {
    const v = value.trim();
    // Fragment links and links with a scheme (https:, mailto:, javascript:) stay as written.
    if (!v || v.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return whole;
    try {
      return `${pre}${q}${new URL(decodeEntities(v), base).href}${q}`;
    } catch {
      return whole;
    }
  });
}

/** What the page's head says about itself, beyond what the extractor reports. */
export function headHints(html: string, base: string | undefined): SourceHints {
  const head = html.slice(0, HEAD_LIMIT);
  const hints: SourceHints = {};
  const lang = HTML_LANG.exec(head);
  if (lang) hints.language = lang[1].toLowerCase().slice(0, 2);
  const canonical = CANONICAL.exec(head);
  if (canonical) {
    try {
      hints.url = new URL(decodeEntities(canonical[1]), base).href;
    } catch {
      // A canonical that is not a URL says nothing.
    }
  }
  for (const tag of head.match(META) ?? []) {
    const key = META_KEY.exec(tag)?.[1].toLowerCase();
    const content = META_CONTENT.exec(tag);
    const value = content ? decodeEntities(content[1] ?? content[2] ?? '').trim() : '';
    if (!key || !value) continue;
    if (!hints.published && PUBLISHED_KEYS.has(key)) hints.published = value;
    else if (!hints.site && key === 'og:site_name') hints.site = value;
    else if (!hints.title && key === 'og:title') hints.title = value;
    else if (!hints.author && (key === 'author' || key === 'article:author') && !/^https?:/i.test(value)) hints.author = value;
  }
  return hints;
}

export interface HtmlReadOptions {
  /** Hints from the container (JSON fields, feed item, HTTP); they win over what the page says. */
  hints?: SourceHints;
  /** The record number when the HTML is one record of a JSON array or feed. */
  record?: number | null;
  /** Input label for errors (defaults to origin.input). */
  input?: string;
}

export function readHtml(html: string, origin: InputOrigin, flags: Flag[] = [], opts: HtmlReadOptions = {}): ReaderOutcome {
  const input = opts.input ?? origin.input;
  const fragment = isFragment(html);
  let prepared = fragment ? wrapFragment(html) : html;
  const base = baseUrlOf(prepared, origin.baseUrl);
  if (base) prepared = absolutizeLinks(prepared, base);
  if (tooDeep(prepared)) {
    const text = stripTags(prepared);
    if (!text) return { documents: [], errors: [inputError(input, 'no-text', 'no readable text in the HTML')] };
    const flag = { code: 'html-too-deep', message: `Elements nest deeper than ${MAX_HTML_DEPTH} levels; the text was read by stripping tags, without article extraction.` };
    const hints = { ...headHints(prepared, base), ...stripEmpty(opts.hints ?? {}) };
    return { documents: [makeDocument(origin, opts.record ?? null, { format: 'html', raw: html, text, hints, flags: [...flags, flag] })], errors: [] };
  }
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle(prepared, origin.baseUrl);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { documents: [], errors: [inputError(input, 'bad-html', `the HTML could not be parsed: ${reason}`)] };
  }
  let text = extracted.text.trim();
  const docFlags = [...flags, ...extracted.flags];
  if (fragment || !text) {
    let blockText = '';
    try {
      blockText = htmlToText(prepared);
    } catch {
      blockText = '';
    }
    if (blockText) text = blockText;
  }
  if (!text) {
    const why = /<\/?[a-z][^<>]*>/i.test(html) ? 'no readable text in the HTML' : 'the HTML is empty';
    return { documents: [], errors: [inputError(input, 'no-text', why)] };
  }
  const fromExtractor = stripEmpty(extracted.hints);
  // The extractor echoes the URL it was given; a canonical link in the head says more.
  if (fromExtractor.url === origin.baseUrl) delete fromExtractor.url;
  const hints: SourceHints = { ...headHints(prepared, base), ...fromExtractor, ...stripEmpty(opts.hints ?? {}) };
  if (!hints.url && origin.baseUrl) hints.url = origin.baseUrl;
  return {
    documents: [makeDocument(origin, opts.record ?? null, { format: 'html', raw: html, text, hints, flags: docFlags, removed: extracted.removed })],
    errors: [],
  };
}

function stripEmpty(h: SourceHints): SourceHints {
  const out: SourceHints = {};
  for (const [k, v] of Object.entries(h) as [keyof SourceHints, string | undefined][]) if (v && v.trim()) out[k] = v;
  return out;
}
