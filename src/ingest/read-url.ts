import type { InputOrigin, ReaderOutcome } from './options.ts';
import { fetchUrl } from './fetch-url.ts';
import { formatFromExtension } from './detect-format.ts';
import { inputError } from './make-document.ts';
import { readContent, type ReadContext } from './read-content.ts';
import { decodeBytes } from './decode.ts';
import type { PageFetcher } from './read-feed.ts';

/** Reads an http(s) URL: fetched under the limits, then the shared content path with the content type's promise. */
export async function readUrl(url: string, origin: InputOrigin, ctx: ReadContext): Promise<ReaderOutcome> {
  const res = await fetchUrl(url, ctx.options);
  if (!res.ok) return { documents: [], errors: [inputError(origin.input, res.code, res.message)] };
  const { bytes, finalUrl, format, charset } = res.value;
  // No usable content type: the path's extension is the next best promise (feed.xml, data.json).
  const promised = format ?? formatFromExtension(new URL(finalUrl).pathname);
  const out = await readContent({ bytes, promised, charset }, { ...origin, baseUrl: finalUrl }, ctx);
  for (const d of out.documents) if (!d.hints.url) d.hints.url = finalUrl;
  return out;
}

/** The fetcher feeds use for teaser items: same limits, decoded as HTML. */
export function pageFetcher(options: ReadContext['options']): PageFetcher {
  return async (url) => {
    const res = await fetchUrl(url, options);
    if (!res.ok) return { error: res.message };
    const decoded = decodeBytes(res.value.bytes, { declared: res.value.charset, markup: true });
    if (!decoded.ok) return { error: decoded.message };
    return { html: decoded.value.text, finalUrl: res.value.finalUrl };
  };
}
