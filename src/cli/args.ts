import { parseArgs } from 'node:util';
import { TriangulateError } from '../core/index.ts';

export type OutputFormat = 'json' | 'md' | 'text';

export interface AnalyzeOptions {
  inputs: string[];
  format: OutputFormat | null;
  out: string | null;
  html: string | null;
  csv: string | null;
  quiet: boolean;
  maxBytes: number;
  allowPrivate: boolean;
  fetchTeasers: boolean;
  timeoutMs: number;
  workers: number | null;
  color: boolean;
}

const MB = 1024 * 1024;

/** Parses `analyze` arguments; a usage mistake is a TriangulateError with code `usage`. */
export function parseAnalyzeArgs(argv: string[]): AnalyzeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        html: { type: 'string' },
        csv: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-size': { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        'fetch-teasers': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        workers: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new TriangulateError('usage', (err as Error).message);
  }
  const v = parsed.values;
  if (parsed.positionals.length === 0) throw new TriangulateError('usage', 'analyze needs at least one input (file, folder, glob, URL or -)');
  const format = v.format ?? null;
  if (format !== null && format !== 'json' && format !== 'md' && format !== 'text') {
    throw new TriangulateError('usage', `--format must be json, md or text, not "${format}"`);
  }
  return {
    inputs: parsed.positionals,
    format,
    out: v.out ?? null,
    html: v.html ?? null,
    csv: v.csv ?? null,
    quiet: v.quiet ?? false,
    maxBytes: v['max-size'] !== undefined ? positiveNumber('--max-size', v['max-size']) * MB : 20 * MB,
    allowPrivate: v['allow-private'] ?? false,
    fetchTeasers: v['fetch-teasers'] ?? false,
    timeoutMs: v.timeout !== undefined ? positiveNumber('--timeout', v.timeout) * 1000 : 15_000,
    workers: v.workers !== undefined ? Math.floor(positiveNumber('--workers', v.workers, true)) : null,
    color: !(v['no-color'] ?? false) && !process.env.NO_COLOR,
  };
}

function positiveNumber(flag: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new TriangulateError('usage', `${flag} needs a positive number, not "${value}"`);
  }
  return n;
}
