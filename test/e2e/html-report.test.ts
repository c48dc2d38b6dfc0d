/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. Renders the
 * invented fixture, the bundled example and (when ../shared is present) the seeds through the real
 * pipeline, and checks that the page shows its key parts, makes no network request at all, that a
 * citation link jumps to its sentence, and that it fits a phone's width. Saves a screenshot to
 * test-artifacts/report.png (and to docs/screenshot.png with TRIANGULATE_UPDATE_SCREENSHOT=1).
 *
 * Chromium missing is a failure, not a skip: CI installs it. Developers without it may set
 * TRIANGULATE_SKIP_BROWSER=1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { buildPipeline, runPipeline } from '../../src/core/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { createStages } from '../../src/stages/index.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import type { Dossier } from '../../src/report/dossier-types.ts';
import { renderHtml } from '../../src/report/html.ts';
import { footbridgeDossier } from '../../src/report/fixtures/footbridge-dossier.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const EXAMPLE = path.join(ROOT, 'examples/harbor-bridge-collapse');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const SKIP = process.env.TRIANGULATE_SKIP_BROWSER === '1' ? 'TRIANGULATE_SKIP_BROWSER=1' : false;

async function pipelineDossier(inputs: string[]): Promise<Dossier> {
  const read = await readInputs(inputs);
  const corpus = await runPipeline(buildPipeline(createStages()), read.documents, { inputErrors: read.errors, workers: 1 });
  return buildDossier(corpus, { includeSpans: true, generatedAt: '2000-01-01T00:00:00.000Z' });
}

async function inputsIn(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  return (await readdir(dir)).filter(keep).sort().map((f) => path.join(dir, f));
}

interface Case {
  name: string;
  dossier: Dossier;
}

async function cases(): Promise<Case[]> {
  const out: Case[] = [{ name: 'fixture', dossier: footbridgeDossier() }];
  if (existsSync(EXAMPLE)) {
    out.push({ name: 'example', dossier: await pipelineDossier(await inputsIn(EXAMPLE, (f) => f !== 'expected.json' && !/^readme/i.test(f))) });
  }
  const seeds = path.join(SHARED, 'seeds');
  if (existsSync(seeds)) {
    out.push({ name: 'seeds', dossier: await pipelineDossier(await inputsIn(seeds, (f) => f.endsWith('.txt'))) });
  }
  return out;
}

function hasDatableTimeline(d: Dossier): boolean {
  return (d.timeline ?? []).some((t) => /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(t.date));
}

test('the HTML report in headless Chromium: visible, offline, citations jump, fits a phone', { skip: SKIP, timeout: 180_000 }, async () => {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is not installed at ${CHROMIUM}: install it (apt-get install -y chromium) or set TRIANGULATE_SKIP_BROWSER=1 to skip this test`,
  );
  const work = await mkdtemp(path.join(tmpdir(), 'triangulate-e2e-'));
  let context: BrowserContext | null = null;
  try {
    const browser: BrowserContext = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1280, height: 900 },
      offline: true,
    });
    context = browser;
    const all = await cases();
    let shot: { name: string; file: string } | null = null;
    for (const { name, dossier } of all) {
      const file = path.join(work, `${name}.html`);
      await writeFile(file, renderHtml(dossier));
      const url = pathToFileURL(file).href;
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await page.goto(url, { waitUntil: 'load' });

      for (const selector of ['h1', '#summary', '#claims', '#sources article.source']) {
        assert.ok(await page.locator(selector).first().isVisible(), `${name}: ${selector} is not visible`);
      }
      if ((dossier.claims ?? []).length > 0) assert.ok(await page.locator('#claims table.matrix').isVisible(), `${name}: claims matrix`);
      if (hasDatableTimeline(dossier)) {
        const svg = page.locator('#timeline svg');
        assert.ok(await svg.isVisible(), `${name}: timeline chart`);
        const box = (await svg.boundingBox())!;
        assert.ok(box.width > 300 && box.height > 40, `${name}: the chart has a size (${box.width}x${box.height})`);
      }

      // A citation that points at a sentence jumps there.
      const cite = page.locator('a.cite-link[href*="-s-"], a.val[href*="-s-"]').first();
      if ((await cite.count()) > 0) {
        const href = (await cite.getAttribute('href'))!;
        await cite.click();
        assert.equal(await page.evaluate(() => window.location.hash), href, `${name}: the hash follows the link`);
        const target = page.locator(href);
        assert.equal(await target.evaluate((el) => el.tagName), 'MARK');
        const inView = await target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        assert.ok(inView, `${name}: ${href} is scrolled into view`);
      } else {
        assert.notEqual(name, 'fixture', 'the fixture has sentence citations');
      }

      // Nothing was fetched but the page itself.
      assert.deepEqual(
        requests.filter((r) => r !== url),
        [],
        `${name}: the page made network requests`,
      );
      assert.deepEqual(consoleErrors, [], `${name}: console errors (a CSP violation would show here)`);

      // On a phone the page does not scroll sideways (wide tables and the chart scroll in their own boxes).
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name}: ${overflow}px of sideways scrolling on a phone`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => history.replaceState(null, '', window.location.pathname));
      shot = { name, file };
      await page.screenshot({ path: path.join(work, `${name}.png`), fullPage: false });
      await page.close();
    }
    // The last case is the richest available: seeds, else the example, else the fixture.
    assert.ok(shot);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(shot.file).href);
    await mkdir(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts/report.png'), fullPage: true });
    await page.close();
    if (process.env.TRIANGULATE_UPDATE_SCREENSHOT === '1') {
      // The README shows the bundled example: invented, so it can be shown anywhere.
      const readme = await browser.newPage();
      await readme.setViewportSize({ width: 1200, height: 1500 });
      await readme.goto(pathToFileURL(path.join(work, existsSync(path.join(work, 'example.html')) ? 'example.html' : 'fixture.html')).href);
      await readme.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
      await readme.close();
    }
  } finally {
    await context?.close();
    await rm(work, { recursive: true, force: true });
  }
});
