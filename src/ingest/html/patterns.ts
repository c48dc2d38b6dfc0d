// Tunable data for HTML article extraction.

/** Elements that are never article text. Removed before Readability scores the page. */
export const NEVER_TEXT = 'script, style, noscript, template, svg, canvas, iframe, button, select, input, textarea';

/**
 * Elements that are usually chrome but sometimes wrap the whole page (an ASP.NET <form>, a
 * hidden-until-loaded article): removed only when they hold a small share of the text.
 */
export const USUALLY_CHROME = 'nav, aside, footer, form, figcaption, [hidden], [aria-hidden="true"]';

/**
 * Class or id words of page furniture. A class token matches when it is the word or ends with it
 * after a separator ("article__share", "c-list--trending"), so "modal-enabled" or
 * "l-sidebar-fixed l-article-body" on an article container do not.
 */
export const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'recommended', 'newsletter', 'subscribe', 'subscription', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'sponsored', 'outbrain', 'taboola', 'caption', 'credit', 'credits', 'byline', 'timestamp',
  'breadcrumb', 'breadcrumbs', 'tags', 'comments', 'comment', 'disqus', 'popup', 'modal', 'paywall', 'cookie', 'consent',
  'toolbar', 'print', 'trending', 'sidebar', 'signup', 'most-popular', 'more-stories', 'read-more', 'author-bio', 'tag-list',
  'share-bar', 'social-share', 'related-articles', 'related-content', 'ad-slot', 'ad-container',
]);

/** Paragraphs this long, three or more of them, mark an element as content whatever its class. */
export const CONTENT_PARAGRAPH_CHARS = 120;

/** Block-level elements: each starts a new paragraph in the text. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

/** A short block whose text is mostly link text is navigation or a related-story link. */
export const LINK_BLOCK_MAX_CHARS = 160;
export const LINK_DENSITY = 0.6;

/** Readability found too little: fall back to the page's paragraphs. */
export const MIN_ARTICLE_CHARS = 250;

/** JSON-LD types that describe an article. */
export const ARTICLE_TYPES = /(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|WebPage|Report)$/;

/** Meta names for the published date, in order of trust. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate',
  'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'dcterms.created', 'og:published_time',
];
