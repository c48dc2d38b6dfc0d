import type { SourceHints } from '../../core/index.ts';
import { ARTICLE_TYPES, PUBLISHED_META } from './patterns.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value']);
  return undefined;
}

function names(v: Json | undefined): string | undefined {
  if (Array.isArray(v)) {
    const all = v.map((x) => str(x)).filter((x): x is string => !!x);
    return all.length ? all.join(', ') : undefined;
  }
  return str(v);
}

/** Article-like objects in JSON-LD, flattening @graph and arrays. */
function articles(node: Json, out: Record<string, Json>[]): void {
  if (Array.isArray(node)) {
    for (const n of node) articles(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const graph = node['@graph'];
  if (graph) articles(graph, out);
  const type = node['@type'];
  const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')];
  if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(node);
}

interface MetaSource {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/**
 * What the page says about itself: JSON-LD (NewsArticle and kin) first, then OpenGraph and other
 * meta tags, then <time datetime>. Read before Readability, which changes the document.
 */
export function metaHints(document: MetaSource): SourceHints {
  const hints: SourceHints = {};
  const found: Record<string, Json>[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      articles(JSON.parse(scripts[i].textContent ?? '') as Json, found);
    } catch {
      // Broken JSON-LD is common; the meta tags still speak.
    }
  }
  // Prefer a news article over a generic WebPage.
  found.sort((a, b) => Number(String(b['@type']).includes('Article')) - Number(String(a['@type']).includes('Article')));
  for (const a of found) {
    hints.title ??= str(a.headline) ?? str(a.name);
    hints.published ??= str(a.datePublished) ?? str(a.dateCreated);
    hints.author ??= names(a.author);
    const publisher = a.publisher;
    hints.site ??= str(publisher);
    hints.language ??= str(a.inLanguage);
  }

  const meta = new Map<string, string>();
  const tags = document.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const key = (tags[i].getAttribute('property') ?? tags[i].getAttribute('name') ?? tags[i].getAttribute('itemprop') ?? '').toLowerCase();
    const value = tags[i].getAttribute('content')?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  hints.title ??= meta.get('og:title') ?? meta.get('twitter:title');
  for (const k of PUBLISHED_META) {
    if (hints.published) break;
    hints.published = meta.get(k);
  }
  hints.site ??= meta.get('og:site_name') ?? meta.get('application-name');
  const author = meta.get('author') ?? meta.get('article:author') ?? meta.get('byl');
  if (!hints.author && author && !/^https?:/i.test(author)) hints.author = author.replace(/^by\s+/i, '');
  hints.language ??= meta.get('og:locale')?.slice(0, 2) ?? meta.get('language');
  if (!hints.published) {
    const time = document.querySelectorAll('time[datetime]');
    if (time.length > 0) hints.published = time[0].getAttribute('datetime') ?? undefined;
  }
  if (!hints.title) {
    const t = document.querySelectorAll('title');
    if (t.length > 0) hints.title = t[0].textContent?.trim() || undefined;
  }
  for (const k of Object.keys(hints) as (keyof SourceHints)[]) if (!hints[k]) delete hints[k];
  return hints;
}
