/**
 * The tunable data of the readers: extensions, content types, sniffing thresholds, teaser markers.
 * Logic lives in the reader files; change behaviour here.
 */

/** What a reader produces from bytes; `feed` covers RSS 2.0, RSS 1.0 (RDF) and Atom. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

export const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
};

/** Extensions that are certainly not text documents: named in the error so the user knows why. */
export const BINARY_EXTENSIONS: Readonly<Record<string, string>> = {
  '.pdf': 'PDF',
  '.doc': 'Word',
  '.docx': 'Word',
  '.odt': 'OpenDocument',
  '.rtf': 'RTF',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.svg': 'image',
  '.bmp': 'image',
  '.ico': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.mp3': 'audio',
  '.wav': 'audio',
  '.ogg': 'audio',
  '.mp4': 'video',
  '.mov': 'video',
  '.webm': 'video',
  '.zip': 'archive',
  '.gz': 'archive',
  '.tgz': 'archive',
  '.bz2': 'archive',
  '.xz': 'archive',
  '.7z': 'archive',
  '.tar': 'archive',
  '.exe': 'executable',
  '.dll': 'executable',
  '.so': 'executable',
  '.wasm': 'executable',
  '.xls': 'spreadsheet',
  '.xlsx': 'spreadsheet',
  '.ppt': 'presentation',
  '.pptx': 'presentation',
  '.epub': 'e-book',
  '.sqlite': 'database',
  '.db': 'database',
};

/** Leading bytes of common binary formats (checked before anything is decoded). */
export const MAGIC_NUMBERS: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive (or Office document)' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'legacy Office document' },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'RIFF media (WebP/WAV/AVI)' },
];

/** How many leading bytes the sniffers look at. */
export const SNIFF_BYTES = 8192;
/** Share of control characters (other than tab/newline/CR/FF/ESC) above which bytes are binary. */
export const BINARY_CONTROL_RATIO = 0.1;
/** Share of NUL bytes above which bytes are binary; below it, stray NULs are dropped from the text. */
export const BINARY_NUL_RATIO = 0.005;
/** Share of U+FFFD after decoding above which a text is called garbage rather than "partly invalid". */
export const GARBAGE_REPLACEMENT_RATIO = 0.1;

/** Files found while walking folders and globs are read only when their extension is one of these. */
export const FOLDER_EXTENSIONS = new Set(Object.keys(EXTENSION_FORMATS));

/** Content types accepted from HTTP, mapped to the reader that takes them (null: sniff the body). */
export const CONTENT_TYPE_FORMATS: Readonly<Record<string, InputFormat | null>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+xml': 'feed',
  'application/xml': null,
  'text/xml': null,
  'application/json': 'json',
  'application/feed+json': 'json',
  'application/ld+json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Content types that may be text (servers label too much as octet-stream): sniff instead of refusing. */
export const SNIFFABLE_CONTENT_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** A feed item's text shorter than this (in characters) is a teaser. */
export const TEASER_MAX_CHARS = 400;
/** Endings that mark a teaser whatever its length ("…", "[...]", "Read more"). */
export const TEASER_ENDING = /(?:…|\.\.\.|\[(?:…|\.\.\.)\]|\bread more|\bcontinue reading|\bmore\s*»)\s*$/i;

/** Tags that show a `.txt` or stdin input is really HTML (checked at the start of the content). */
export const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:article|div|p|section|main|h[1-6]|table|ul|ol|span|a|meta|title|link|script|style)[\s>/])/i;

/** Root elements of feeds. */
export const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);

/** Markdown signs strong enough to call stdin/unknown text Markdown. */
export const MARKDOWN_SIGNS = /^(?:#{1,6}\s+\S|```|\s{0,3}[-*+]\s+\S.*\n\s{0,3}[-*+]\s+\S)|\[[^\]\n]+\]\([^)\s]+\)|^\s*(?:\*\*|__)\S/m;

/**
 * A first line of a plain text or Markdown report that is a header, kept as its own line: it starts
 * with an ISO date (optionally after "date"/"published") or with a hashtag (`#word`, no space, so it
 * is not a Markdown heading).
 */
export const HEADER_LINE = /^\s*(?:(?:(?:date|published|updated)\s*:?\s*)?\d{4}-\d{2}-\d{2}\b|#[\p{L}\p{N}_])/iu;

export const USER_AGENT = 'triangulate/0.1 (news report reader; +https://github.com/triangulate)';

/**
 * Element nesting deeper than this is not parsed into a DOM: the extractor's time grows with the
 * square of the depth (2.5 s at 500 levels, minutes at 50,000, then a stack overflow), so such HTML
 * is read by stripping tags. The 119 real pages of the extraction set nest at most 51 deep
 * (median 16), counted the same way.
 */
export const MAX_HTML_DEPTH = 256;
/** Elements that never nest (void) or that the parser closes implicitly, so they do not add depth. */
export const FLAT_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt',
]);

/** Between a feed's name and its tagline or section: "Name – Local news", "World | Name". */
export const FEED_TITLE_SEPARATOR = /\s+(?:[–—|·•]|-{1,2})\s+/;
/**
 * A feed-title part made only of these words is a section or tagline, not the outlet's name
 * ("Local news", "Region", "Top stories", "Latest").
 */
export const SECTION_WORDS = new Set([
  'news', 'latest', 'top', 'stories', 'story', 'headlines', 'breaking', 'local', 'national', 'international', 'world',
  'region', 'regional', 'city', 'home', 'front', 'page', 'politics', 'business', 'sport', 'sports', 'opinion', 'feed',
  'rss', 'all', 'the', 'and', 'from', 'of', 'our', 'en', 'english', 'edition', 'today', 'updates', 'articles', 'main',
]);
