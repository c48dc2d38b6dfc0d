import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputErrorCode } from '../core/index.ts';
import { isPrivateAddress } from './address-policy.ts';
import { CONTENT_TYPE_FORMATS, SNIFFABLE_CONTENT_TYPES, USER_AGENT, type InputFormat } from './patterns.ts';

/**
 * A careful HTTP GET. Node's http/https rather than fetch: the address check must run on the very
 * address the socket connects to (a custom `lookup`), on every redirect hop, or a hostname that
 * resolves to a public address for the check and a private one for the connection (DNS rebinding)
 * would get through. Redirects are followed by hand with a cap, the body is counted while it streams
 * (after decompression, so a small gzip bomb cannot get past the cap), and one deadline covers
 * connect, headers and body of every hop together: a chain of slow redirects cannot stretch one input
 * to several times the timeout.
 */

export interface FetchOptions {
  maxBytes: number;
  allowPrivate: boolean;
  /** For the whole input: every redirect hop and the body included. */
  timeoutMs: number;
  maxRedirects: number;
}

export interface FetchedBody {
  bytes: Uint8Array;
  /** The URL after redirects. */
  finalUrl: string;
  /** Media type without parameters, lower case ('' when the server sent none). */
  mediaType: string;
  charset: string | null;
  /** The reader the content type asks for; null means sniff the body. */
  format: InputFormat | null;
}

export type FetchResult = { ok: true; value: FetchedBody } | { ok: false; code: InputErrorCode; message: string };

class FetchFailure extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Resolves every address of a host and refuses the connection if any of them is not public. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      if (!allowPrivate) {
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (bad) {
          const refusal = Object.assign(new Error(`${hostname} resolves to a private address (${bad.address})`), { code: 'EPRIVATE' });
          return callback(refusal, '', 0);
        }
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** The same check before connecting, for a clear `refused` error (and for literal IPs, which skip lookup). */
async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw new FetchFailure('refused', `refused: ${host} is a private or loopback address (use --allow-private to allow it)`);
    return;
  }
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
  ).catch((err: NodeJS.ErrnoException) => {
    throw new FetchFailure('fetch-failed', `DNS lookup failed for ${host} (${err.code ?? err.message})`);
  });
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw new FetchFailure('refused', `refused: ${host} resolves to a private or loopback address (${bad.address}); use --allow-private to allow it`);
}

function describeNetworkError(err: NodeJS.ErrnoException, url: URL, timeoutMs: number, timedOut: boolean): FetchFailure {
  if (timedOut || err.name === 'AbortError') return new FetchFailure('fetch-failed', `timed out after ${timeoutMs} ms`);
  const where = url.host;
  switch (err.code) {
    case 'EPRIVATE':
      return new FetchFailure('refused', `refused: ${err.message}; use --allow-private to allow it`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return new FetchFailure('fetch-failed', `DNS lookup failed for ${url.hostname} (${err.code})`);
    case 'ECONNREFUSED':
      return new FetchFailure('fetch-failed', `connection refused by ${where}`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchFailure('fetch-failed', `connection reset by ${where}`);
    case 'ETIMEDOUT':
      return new FetchFailure('fetch-failed', `connection to ${where} timed out`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchFailure('fetch-failed', `${where} is unreachable (${err.code})`);
    default:
      if (err.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(err.message)) {
        return new FetchFailure('fetch-failed', `TLS error with ${where}: ${err.message}`);
      }
      return new FetchFailure('fetch-failed', `${err.code ? `${err.code}: ` : ''}${err.message}`);
  }
}

function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  if (!header) return { mediaType: '', charset: null };
  const [type, ...params] = header.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1];
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** The reader a media type asks for, null to sniff, or an `unsupported` failure. */
function formatForMediaType(mediaType: string): InputFormat | null {
  if (mediaType in CONTENT_TYPE_FORMATS) return CONTENT_TYPE_FORMATS[mediaType];
  if (SNIFFABLE_CONTENT_TYPES.has(mediaType)) return null;
  if (mediaType.endsWith('+xml')) return null;
  if (mediaType.endsWith('+json')) return 'json';
  if (mediaType.startsWith('text/')) return 'text';
  throw new FetchFailure('unsupported', `content type ${mediaType} is not a readable document (expected HTML, XML/RSS/Atom, JSON or text)`);
}

interface Hop {
  status: number;
  location: string | undefined;
  mediaType: string;
  charset: string | null;
  bytes: Uint8Array;
}

function decompress(res: http.IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').toString().trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

/** One hop, aborted at `deadline` (epoch ms) of the whole fetch. */
function requestOnce(url: URL, opts: FetchOptions, deadline: number): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const controller = new AbortController();
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort();
      },
      Math.max(0, deadline - Date.now()),
    );
    const done = (err: FetchFailure | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(hop!);
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        signal: controller.signal,
        lookup: guardedLookup(opts.allowPrivate),
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const { mediaType, charset } = parseContentType(res.headers['content-type']);
        const location = res.headers.location;
        if (REDIRECTS.has(status) || status < 200 || status >= 300) {
          res.resume();
          done(null, { status, location, mediaType, charset, bytes: new Uint8Array(0) });
          return;
        }
        try {
          formatForMediaType(mediaType);
        } catch (err) {
          done(err as FetchFailure);
          req.destroy();
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          done(new FetchFailure('too-large', `the response is ${declared} bytes, over the ${opts.maxBytes}-byte limit`));
          req.destroy();
          return;
        }
        const body = decompress(res);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            // Settle first: destroying the request fires reset/abort events that must not win.
            done(new FetchFailure('too-large', `the response is over the ${opts.maxBytes}-byte limit`));
            req.destroy();
            body.destroy();
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => done(null, { status, location, mediaType, charset, bytes: Buffer.concat(chunks) }));
        body.on('error', (err: NodeJS.ErrnoException) => {
          if (/incorrect header|invalid|unexpected end/i.test(err.message) && !timedOut) {
            done(new FetchFailure('fetch-failed', `the response could not be decompressed (${err.message})`));
          } else done(describeNetworkError(err, url, opts.timeoutMs, timedOut));
        });
        res.on('error', (err: NodeJS.ErrnoException) => done(describeNetworkError(err, url, opts.timeoutMs, timedOut)));
        res.on('aborted', () => done(describeNetworkError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), url, opts.timeoutMs, timedOut)));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => done(describeNetworkError(err, url, opts.timeoutMs, timedOut)));
  });
}

function parseHttpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchFailure('fetch-failed', `not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailure('unsupported', `only http and https URLs are read, not ${url.protocol}`);
  }
  return url;
}

/** GETs a URL under the options' limits; never throws. */
export async function fetchUrl(raw: string, opts: FetchOptions): Promise<FetchResult> {
  const deadline = Date.now() + opts.timeoutMs;
  try {
    let url = parseHttpUrl(raw);
    for (let hop = 0; ; hop++) {
      await checkHost(url, opts.allowPrivate);
      if (Date.now() >= deadline) throw new FetchFailure('fetch-failed', `timed out after ${opts.timeoutMs} ms`);
      const res = await requestOnce(url, opts, deadline);
      if (REDIRECTS.has(res.status)) {
        if (!res.location) throw new FetchFailure('fetch-failed', `HTTP ${res.status} redirect without a Location header`);
        if (hop >= opts.maxRedirects) throw new FetchFailure('fetch-failed', `too many redirects (more than ${opts.maxRedirects})`);
        url = parseHttpUrl(res.location, url.href);
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        throw new FetchFailure('fetch-failed', `HTTP ${res.status} ${http.STATUS_CODES[res.status] ?? ''}`.trim());
      }
      return {
        ok: true,
        value: { bytes: res.bytes, finalUrl: url.href, mediaType: res.mediaType, charset: res.charset, format: formatForMediaType(res.mediaType) },
      };
    }
  } catch (err) {
    if (err instanceof FetchFailure) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'fetch-failed', message: err instanceof Error ? err.message : String(err) };
  }
}
