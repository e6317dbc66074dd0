/**
 * End to end: a real headless Chromium (playwright-core) drives the web application served by
 * `listen` over a real SQLite store in a temp folder, seeded with ./api-seed.ts. The web app is
 * built from web/ into a temp folder first, so the test runs the current sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/api.js';
import { listen, type Running } from '../src/server/listen.js';
import { seed, XSS_MARKER, DISPATCHES } from './api-seed.js';

const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../web', import.meta.url));

describe.skipIf(!existsSync(CHROMIUM))('[e2e] web application in headless Chromium', () => {
  let dir: string;
  let store: Store;
  let server: Running;
  let browser: Browser;
  let page: Page;
  let base: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
    const webRoot = join(dir, 'web');
    await build({ configFile: join(WEB, 'vite.config.ts'), root: WEB, logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
    store = await openStore(join(dir, 'e2e.db'));
    await seed(store);
    server = await listen(store, { port: 0, host: '127.0.0.1', webRoot, token: null });
    base = `http://127.0.0.1:${server.port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Console errors include Content-Security-Policy violations.
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function go(hash: string): Promise<void> {
    await page.goto(`${base}${hash}`);
  }

  it('searches with the keyboard and shows snippets', async () => {
    await go('#/');
    await page.waitForSelector('.result-title');
    expect(await page.locator('.result').count()).toBe(DISPATCHES.length);
    const input = page.locator('input[name=q]');
    await input.focus();
    await page.keyboard.type('naval exercise');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('q=naval'));
    await page.waitForSelector('.snippet mark');
    expect((await page.locator('.snippet').first().textContent()) ?? '').toMatch(/naval exercise/i);
    expect((await page.locator('.snippet mark').first().textContent()) ?? '').toMatch(/naval|exercise/i);
  });

  it('opens an article and shows a highlighted quote with its speaker', async () => {
    await go('#/search?q=Gerasimov');
    await page.locator('.result-title').first().click();
    await page.waitForSelector('.article-text');
    expect(await page.locator('.dateline-card').textContent()).toMatch(/TASS/);
    // The direct quote closing with "Gerasimov said": its marks carry the speaker on hover.
    const quote = page.locator('mark.hl-quote').filter({ hasText: 'unprecedented level' }).first();
    await quote.waitFor();
    expect(await quote.getAttribute('title')).toMatch(/speaker: .*Gerasimov/);
    // Keyboard: focus the quote in the side panel, Enter shows its speaker.
    const item = page.locator('button.item-quote', { has: page.locator('.item-title', { hasText: 'Gerasimov' }) }).first();
    await item.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail .speaker').first().textContent()).toMatch(/Gerasimov/);
    expect(await page.locator('mark.hl-quote.active').count()).toBeGreaterThan(0);
    // Events are highlighted on their evidence too.
    expect(await page.locator('mark.hl-event').count()).toBeGreaterThan(0);
  });

  it('opens an actor page', async () => {
    await go('#/actors?q=Gerasimov');
    await page.locator('table a').first().click();
    await page.waitForSelector('h1');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Gerasimov/);
    await page.waitForSelector('text=Names and titles over time');
    await page.waitForSelector('text=Main counterparts');
  });

  it('draws a dyad timeline and links each event to its evidence', async () => {
    await go('#/dyad?a=RUS&b=CHN&by=month');
    const canvas = page.locator('.chart canvas');
    await canvas.waitFor();
    const painted = await canvas.evaluate(async (c: HTMLCanvasElement) => {
      await new Promise((r) => setTimeout(r, 300));
      const ctx = c.getContext('2d')!;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return { n, w: c.width, h: c.height };
    });
    expect(painted.w).toBeGreaterThan(100);
    expect(painted.n).toBeGreaterThan(1000);
    const evidence = page.locator('td.evidence a').first();
    await evidence.click();
    await page.waitForSelector('mark.hl-focus');
    expect(page.url()).toMatch(/#\/article\/.+start=\d+&end=\d+/);
  });

  it('draws the actor network', async () => {
    await go('#/network');
    await page.waitForSelector('.graph canvas');
    await expect.poll(() => page.evaluate(() => {
      let n = 0;
      document.querySelectorAll<HTMLCanvasElement>('.graph canvas').forEach((c) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      });
      return n;
    }), { timeout: 10_000 }).toBeGreaterThan(200);
    expect(await page.locator('.chart-data summary').textContent()).toMatch(/Edges \([1-9]/);
  });

  it('extracts a pasted dispatch on the "try it" page', async () => {
    await go('#/try');
    await page.fill('#try-text', `ANKARA, July 3 (Anadolu) -- Turkish Foreign Minister Hakan Fidan met his Hungarian counterpart Peter Szijjarto in Ankara on Wednesday.\n\n"Our cooperation is growing," Fidan said.`);
    await page.click('button[type=submit]');
    await page.waitForSelector('.try-result .article-text');
    expect(await page.locator('.try-result .dateline-card').textContent()).toMatch(/Ankara/);
    expect(await page.locator('.try-result .article-text').textContent()).toContain('Hakan Fidan');
  });

  it('shows a dispatch carrying <script> and <img onerror> as inert text', async () => {
    await go(`#/search?q=${XSS_MARKER}`);
    await page.locator('.result-title').first().click();
    await page.waitForSelector('.article-text');
    const text = (await page.locator('.article-text').textContent()) ?? '';
    expect(text).toContain("<script>window.__xss = 1; alert('xss')</script>");
    expect(text).toContain('<img src=x onerror=');
    expect(await page.locator('main script, main img, .article-text b').count()).toBe(0);
    // And pasted into "try it".
    await go('#/try');
    await page.fill('#try-text', DISPATCHES.at(-1)!.text);
    await page.click('button[type=submit]');
    await page.waitForSelector('.try-result .article-text');
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('is readable at phone width (no horizontal scrolling)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await go('#/search?q=Gerasimov');
    await page.locator('.result-title').first().click();
    await page.waitForSelector('.article-text');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    if (process.env.DATELINE_SCREENSHOTS) await page.screenshot({ path: join(process.env.DATELINE_SCREENSHOTS, 'phone-article.png'), fullPage: false });
  });

  it('raised no page error and no CSP violation', () => {
    expect(pageErrors).toEqual([]);
  });
});
