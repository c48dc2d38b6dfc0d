import { readFileSync } from 'node:fs';
import { TriangulateError } from '../core/index.ts';
import { parseAnalyzeArgs } from './args.ts';
import { analyze } from './analyze.ts';
import type { AnalyzeIo } from './analyze.ts';

const HELP = `triangulate — read many news reports about the same events; tell what happened, how sure one can be, and who says so.

Usage:
  triangulate analyze <inputs...> [options]
  triangulate --help | --version

Inputs: files (.txt .md .html .json .jsonl .rss .atom .xml), folders (recursive), globs ("reports/**/*.html"),
        http(s) URLs (pages or feeds), and - for standard input.

Options for analyze:
  -f, --format json|md|text  what to write to --out or stdout (default: text on a terminal, json otherwise)
  -o, --out FILE             write there instead of stdout
      --html FILE            also write a self-contained HTML report
      --csv FILE             also write events as CSV to FILE and claims to FILE with .claims.csv
  -q, --quiet                no progress bar or notes (errors are still printed)
      --max-size MB          size cap per input (default 20)
      --timeout SECONDS      per URL, redirects and body included (default 15)
      --allow-private        allow URLs on loopback and private networks (refused by default)
      --fetch-teasers        for feed items that carry only a teaser, fetch the linked page
      --workers N            worker threads for the per-document stages (default: automatic; 0 = none)
      --no-color             plain terminal output (also: NO_COLOR=1)

Exit codes: 0 all inputs read; 1 some inputs failed or none was readable; 2 usage error.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The CLI entry: returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: AnalyzeIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(version() + '\n');
    return 0;
  }
  try {
    if (command !== 'analyze') throw new TriangulateError('usage', `unknown command "${command}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(HELP + '\n');
      return 0;
    }
    const options = parseAnalyzeArgs(rest);
    const { exitCode } = await analyze(options, io);
    return exitCode;
  } catch (err) {
    if (err instanceof TriangulateError) {
      io.stderr.write(`triangulate: ${err.message}\n`);
      if (err.code === 'usage') {
        io.stderr.write('Run "triangulate --help" for usage.\n');
        return 2;
      }
      return 1;
    }
    // Anything else is a bug in Triangulate, not the user's mistake: say so, stack only on request.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`triangulate: internal error: ${message}\n`);
    if (process.env.TRIANGULATE_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
