/**
 * Reading throughput per input format, on synthetic reports written to a temp folder.
 * Run: node --import tsx scripts/measure-ingest/throughput.ts [documentsPerFormat=500]
 * Prints documents/s and MB/s per format and the peak RSS; figures go to docs/quality/ingest.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.ts';

const N = Number(process.argv[2] ?? 500);
const TOWNS = ['Orlavik', 'Velmora', 'Kessin', 'Ressa', 'Tarnholm'];
const CAUSES = ['a landslide', 'a bridge collapse', 'flooding', 'a factory fire', 'a gas explosion'];

function body(i: number): string[] {
  const town = TOWNS[i % TOWNS.length];
  const cause = CAUSES[(i * 7) % CAUSES.length];
  return Array.from({ length: 8 }, (_, k) =>
    `Paragraph ${k + 1}: officials in ${town} said ${cause} on Tuesday left ${3 + ((i + k) % 40)} people injured, ` +
    `and rescue teams were still searching the area late into the evening, according to the regional emergency office.`,
  );
}

const writers: Record<string, (i: number) => [string, string]> = {
  text: (i) => [`r${i}.txt`, `2025-04-0${1 + (i % 9)} #report\n\nHeadline ${i}\n\n${body(i).join('\n\n')}\n`],
  markdown: (i) => [`r${i}.md`, `# Headline ${i}\n\n${body(i).map((p) => `Some **bold** and [a link](https://example.org/${i}). ${p}`).join('\n\n')}\n`],
  html: (i) => [
    `r${i}.html`,
    `<!DOCTYPE html><html lang="en"><head><title>Headline ${i}</title><meta property="article:published_time" content="2025-04-02"></head>` +
      `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Headline ${i}</h1>${body(i).map((p) => `<p>${p}</p>`).join('')}</article>` +
      `<footer>© Example Wire</footer></body></html>`,
  ],
  jsonl: (i) => [`r${i}.jsonl`, `${JSON.stringify({ title: `Headline ${i}`, text: body(i).join('\n\n'), date: '2025-04-02', source: 'Example Wire' })}\n`],
};

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const sizes: Record<string, number> = {};
    for (const [format, write] of Object.entries(writers)) {
      const dir = join(root, format);
      mkdirSync(dir);
      sizes[format] = 0;
      for (let i = 0; i < N; i++) {
        const [name, content] = write(i);
        writeFileSync(join(dir, name), content);
        sizes[format] += Buffer.byteLength(content);
      }
    }
    // Warm-up: module loading and JIT would otherwise be charged to the first format.
    await readInputs(Object.keys(writers).map((f) => join(root, f)));
    console.log(`format     docs   MB      seconds  docs/s   MB/s`);
    for (const format of Object.keys(writers)) {
      const dir = join(root, format);
      const bytes = sizes[format];
      const t0 = process.hrtime.bigint();
      const r = await readInputs([dir]);
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      if (r.documents.length !== N || r.errors.length) throw new Error(`${format}: ${r.documents.length} documents, ${r.errors.length} errors`);
      console.log(
        `${format.padEnd(10)} ${String(N).padStart(5)}  ${mb(bytes).padStart(6)}  ${s.toFixed(2).padStart(7)}  ${(N / s).toFixed(0).padStart(6)}  ${(bytes / 1024 / 1024 / s).toFixed(2).padStart(6)}`,
      );
    }
    // One large file: decoding and the text reader on a single 15 MB input.
    const big = join(root, 'big.txt');
    const para = body(1).join('\n\n');
    const content = `${para}\n\n`.repeat(Math.ceil((15 * 1024 * 1024) / (para.length + 2)));
    writeFileSync(big, content);
    const t0 = process.hrtime.bigint();
    const r = await readInputs([big]);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.documents.length !== 1) throw new Error('big file not read');
    console.log(`one ${mb(Buffer.byteLength(content))} MB text file: ${s.toFixed(2)} s (${(Buffer.byteLength(content) / 1024 / 1024 / s).toFixed(1)} MB/s)`);
  } finally {
    clearInterval(timer);
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`peak RSS ${mb(peak)} MB`);
}

await main();
