import { DOMParser } from 'linkedom';
import type { Flag, InputError, RawDocument, SourceHints } from '../core/index.ts';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError, makeDocument } from './make-document.ts';
import { htmlToText } from './html-to-text.ts';
import { decodeEntities } from './html-entities.ts';
import { readHtml } from './read-html.ts';
import { FEED_ROOTS, TEASER_ENDING, TEASER_MAX_CHARS } from './patterns.ts';
import { LOOKS_LIKE_HTML } from './json-fields.ts';
import { repairWithFlag } from './decode.ts';
import { feedSiteName } from './feed-site-name.ts';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom. Each item is a document `name#n` with title, url, published,
 * author and site (the feed's title) as hints; its text is the fullest body the item carries
 * (content:encoded, Atom content, description, summary). An item whose text is only a teaser is
 * flagged, or, when asked, replaced by the linked page read through the HTML reader.
 */

interface XmlNode {
  tagName: string;
  textContent: string | null;
  innerHTML?: string;
  children: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
}

/** Fetches a linked page for teaser items: the bytes decoded, or an error message. */
export type PageFetcher = (url: string) => Promise<{ html: string; finalUrl: string } | { error: string }>;

export interface FeedOptions {
  fetchTeasers: boolean;
  fetchPage?: PageFetcher;
  /** How many linked pages are fetched at once. */
  concurrency?: number;
}

interface FeedItem {
  title?: string;
  url?: string;
  published?: string;
  author?: string;
  /** The body as the feed gave it, and whether it is HTML. */
  body: string;
  bodyIsHtml: boolean;
}

function localName(el: XmlNode): string {
  return el.tagName.toLowerCase();
}

function kids(el: XmlNode): XmlNode[] {
  return Array.from(el.children);
}

function text(el: XmlNode | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** Plain text of a feed field that may carry escaped HTML or entities ("A &amp; B", "<b>x</b>"). */
function plain(s: string): string {
  const t = LOOKS_LIKE_HTML.test(s) || /<\/?[a-z][^<>]*>/i.test(s) ? htmlToText(s) : decodeEntities(s);
  return t.replace(/\s+/g, ' ').trim();
}

function atomLink(entry: XmlNode): string | undefined {
  let fallback: string | undefined;
  for (const c of kids(entry)) {
    if (localName(c).replace(/^atom:/, '') !== 'link') continue;
    const href = c.getAttribute('href');
    if (!href) continue;
    const rel = (c.getAttribute('rel') ?? 'alternate').toLowerCase();
    if (rel === 'alternate') return href.trim();
    fallback ??= href.trim();
  }
  return fallback;
}

function atomBody(el: XmlNode): { body: string; html: boolean } {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return { body: el.innerHTML ?? text(el), html: true };
  const body = text(el);
  return { body, html: type === 'html' || type === 'text/html' || LOOKS_LIKE_HTML.test(body) };
}

function readItem(item: XmlNode, atom: boolean): FeedItem {
  const out: FeedItem = { body: '', bodyIsHtml: false };
  let full = '';
  let fullHtml = false;
  let short = '';
  let shortHtml = false;
  for (const c of kids(item)) {
    const name = localName(c).replace(/^atom:/, '');
    switch (name) {
      case 'title':
        out.title ??= plain(text(c));
        break;
      case 'link':
        if (!atom && text(c)) out.url ??= text(c);
        break;
      case 'guid':
        if ((c.getAttribute('ispermalink') ?? c.getAttribute('isPermaLink')) !== 'false' && /^https?:\/\//i.test(text(c))) {
          out.url ??= text(c);
        }
        break;
      case 'id':
        if (atom && /^https?:\/\//i.test(text(c))) out.url ??= text(c);
        break;
      case 'pubdate':
      case 'published':
      case 'dc:date':
      case 'issued':
        out.published ??= text(c);
        break;
      case 'author':
      case 'dc:creator': {
        const nameEl = kids(c).find((k) => localName(k).replace(/^atom:/, '') === 'name');
        const who = plain(nameEl ? text(nameEl) : text(c));
        if (who) out.author = out.author ? `${out.author}, ${who}` : who;
        break;
      }
      case 'content:encoded':
        if (text(c)) {
          full = text(c);
          fullHtml = true;
        }
        break;
      case 'content':
        if (atom && !full) {
          const b = atomBody(c);
          full = b.body;
          fullHtml = b.html;
        }
        break;
      case 'description':
      case 'summary': {
        const b = atom ? atomBody(c) : { body: text(c), html: LOOKS_LIKE_HTML.test(text(c)) || /&[a-z]+;/i.test(text(c)) };
        if (!short) {
          short = b.body;
          shortHtml = b.html;
        }
        break;
      }
      default:
        break;
    }
  }
  if (atom) out.url = atomLink(item) ?? out.url;
  if (!out.published) {
    // Atom `updated` is the only date some feeds carry: better than none.
    const updated = kids(item).find((k) => ['updated', 'modified'].includes(localName(k).replace(/^atom:/, '')));
    if (updated && text(updated)) out.published = text(updated);
  }
  out.body = full || short;
  out.bodyIsHtml = full ? fullHtml : shortHtml;
  return out;
}

export function isTeaser(t: string): boolean {
  return t.length < TEASER_MAX_CHARS || TEASER_ENDING.test(t);
}

async function pool<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function resolveUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export async function readFeed(xml: string, origin: InputOrigin, flags: Flag[] = [], opts: FeedOptions = { fetchTeasers: false }): Promise<ReaderOutcome> {
  let doc: { documentElement: XmlNode | null };
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlNode | null };
  } catch (err) {
    return { documents: [], errors: [inputError(origin.input, 'bad-feed', `the feed could not be parsed: ${err instanceof Error ? err.message : String(err)}`)] };
  }
  const root = doc.documentElement;
  const rootName = root ? localName(root) : '';
  if (!root || !FEED_ROOTS.has(rootName)) {
    return { documents: [], errors: [inputError(origin.input, 'bad-feed', `not an RSS or Atom feed (root element ${rootName ? `<${rootName}>` : 'missing'})`)] };
  }
  const atom = rootName === 'feed';
  const channel = atom ? root : (Array.from(root.getElementsByTagName('channel'))[0] ?? root);
  const titleEl = kids(channel).find((k) => localName(k).replace(/^atom:/, '') === 'title');
  // The channel title often adds a tagline or section to the outlet's name; the hint is the name.
  const site = titleEl ? feedSiteName(plain(text(titleEl))) : undefined;
  const items = Array.from(root.getElementsByTagName(atom ? 'entry' : 'item'));
  if (!items.length) return { documents: [], errors: [inputError(origin.input, 'no-text', 'the feed has no items')] };

  const out: ReaderOutcome = { documents: [], errors: [] };
  // Filled by index so documents and errors keep the feed's order whatever order fetches finish in.
  const slots: Array<RawDocument | InputError | null> = new Array(items.length).fill(null);
  const base = origin.baseUrl;
  await pool(items, opts.concurrency ?? 4, async (el, i) => {
    const n = i + 1;
    const label = `${origin.input}#${n}`;
    const item = readItem(el, atom);
    const hints: SourceHints = { title: item.title, url: resolveUrl(item.url, base), published: item.published, author: item.author, site };
    const repaired = repairWithFlag(item.body);
    let body = item.bodyIsHtml ? htmlToText(repaired.text) : decodeEntities(repaired.text).replace(/\r\n?/g, '\n').trim();
    const format = item.bodyIsHtml ? 'html' : 'text';
    const itemFlags = repaired.flag ? [...flags, repaired.flag] : [...flags];
    if (hints.title) hints.title = repairWithFlag(hints.title).text;
    if (isTeaser(body) && hints.url) {
      if (opts.fetchTeasers && opts.fetchPage) {
        const page = await opts.fetchPage(hints.url);
        if ('html' in page) {
          const read = readHtml(page.html, { ...origin, baseUrl: page.finalUrl }, [], { hints: {}, record: n, input: label });
          const pageDoc = read.documents[0];
          if (pageDoc && pageDoc.text.length > body.length) {
            itemFlags.push({ code: 'teaser-expanded', message: `The feed carried only a teaser; the text was read from ${page.finalUrl}.` });
            slots[i] = {
              ...pageDoc,
              flags: [...itemFlags, ...pageDoc.flags],
              // The feed's own title/date/site describe the item; the page fills in the rest.
              hints: { ...pageDoc.hints, ...Object.fromEntries(Object.entries(hints).filter(([, v]) => v)) },
            };
            return;
          }
          itemFlags.push({ code: 'teaser-only', message: `The feed carried only a teaser and the linked page had no longer text.` });
        } else {
          itemFlags.push({ code: 'teaser-only', message: `The feed carried only a teaser; the linked page could not be read (${page.error}).` });
        }
      } else {
        itemFlags.push({ code: 'teaser-only', message: `The feed carried only a teaser (${body.length} characters); the linked page was not fetched.` });
      }
    }
    if (!body && hints.title) body = hints.title;
    if (!body) {
      slots[i] = inputError(label, 'no-text', 'the feed item has neither text nor a title');
      return;
    }
    slots[i] = makeDocument(origin, n, { format, raw: item.bodyIsHtml ? repaired.text : body, text: body, hints, flags: itemFlags });
  });
  for (const d of slots) {
    if (d && 'id' in d) out.documents.push(d);
    else if (d) out.errors.push(d);
  }
  return out;
}
