/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { compileBook, type ResolvedBook } from '@octavo/core';
import { renderHtml, sitePages } from '@octavo/html';
import book from '../content/index.js';
import { buildEmbedExamples } from '../examples/embed/build.js';
import { serve } from '../examples/embed/serve.js';
import { launchChromium, openPage } from './browser.js';
import { tempDir } from './helpers.js';

const require = createRequire(import.meta.url);
const resolved: ResolvedBook = compileBook(book).book!;
const site = join(tempDir('octavo-html-'), 'html');
for (const file of renderHtml(resolved)) {
  mkdirSync(dirname(join(site, file.path)), { recursive: true });
  writeFileSync(join(site, file.path), file.data);
}
const pages = sitePages(resolved);
const url = (file: string) => pathToFileURL(join(site, file)).href;
const q22 = pages.find((page) => page.id === 'q22')!.file;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site in Chromium', () => {
  it.each(['index.html', q22])('%s loads from disk with no console errors', async (file) => {
    const { page, errors } = await openPage(browser, url(file));
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resolves every internal link on every page (file and anchor)', async () => {
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    const context = await browser.newContext();
    for (const { file } of pages) {
      const page = await context.newPage();
      await page.goto(url(file));
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      }));
      ids.set(file, new Set(found.ids));
      links.push(...found.hrefs.filter((href) => !/^[a-z]+:/i.test(href)).map((href) => ({ from: file, href })));
      await page.close();
    }
    await context.close();
    const broken = links.filter(({ from, href }) => {
      const [target = '', anchor] = href.split('#');
      const file = target === '' ? from : target;
      return !ids.has(file) || (anchor !== undefined && !ids.get(file)!.has(anchor));
    });
    expect(links.length).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('finds Q22 when searching for LogSumExp', async () => {
    const { page, errors } = await openPage(browser, url('index.html'));
    await page.fill('#search-input', 'LogSumExp');
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith(q22))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hides the solution behind a reveal control that opens on click', async () => {
    const { page } = await openPage(browser, url(q22));
    const details = page.locator('#q22-solution details.reveal');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('#q22-step-1').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.locator('#q22-step-1').isVisible()).toBe(true);
    await page.context().close();
  });

  it('renders MathML with a real size', async () => {
    const { page } = await openPage(browser, url(q22));
    const sizes = await page.locator('#q22-deep-dive math').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThan(3);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it('switches to dark mode with the toggle and remembers it', async () => {
    const { page } = await openPage(browser, url(q22));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.context().close();
  });

  it('takes a screenshot of Q22 (test/.tmp/q22.png) for a human to look at', async () => {
    const { page } = await openPage(browser, url(q22));
    mkdirSync('test/.tmp', { recursive: true });
    const shot = await page.screenshot({ path: 'test/.tmp/q22.png' });
    expect(shot.byteLength).toBeGreaterThan(20_000);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core) on the home page and Q22', async () => {
    for (const file of ['index.html', q22]) {
      // axe is injected as a script, which the page's CSP would rightly refuse.
      const { page } = await openPage(browser, url(file), { bypassCSP: true });
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), file).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the Nu HTML Checker', () => {
  it('reports no errors on any page', () => {
    const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
    const files = pages.map((page) => join(site, page.file));
    let output = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = (error as { stderr: string }).stderr;
    }
    const messages = output ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] }).messages : [];
    expect(messages.map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });
});

describe('embedding', () => {
  let server: Server;
  let origin = '';
  const out = tempDir('octavo-embed-');
  beforeAll(async () => {
    buildEmbedExamples(out);
    server = await serve(out);
    const address = server.address() as { port: number };
    origin = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => server?.close());

  it('shows two fragments with their own styles while the host page keeps its own', async () => {
    const { page, errors } = await openPage(browser, `${origin}/fragments.html`);
    expect(await page.locator('.octavo-fragment').count()).toBe(2);
    const hostBox = await page.locator('#host-box').evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(hostBox).toBe('dotted');
    const trapBoxes = page.locator('.octavo-fragment .box-trap');
    expect(await trapBoxes.count()).toBeGreaterThanOrEqual(2);
    const styles = await trapBoxes.evaluateAll((boxes) => boxes.map((box) => [getComputedStyle(box).borderLeftColor, getComputedStyle(box).borderTopStyle]));
    for (const [left, top] of styles) {
      expect(left).toBe('rgb(185, 56, 21)');
      expect(top).not.toBe('dotted');
    }
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows two <octavo-question> elements from the JSON API in Shadow DOM', async () => {
    const { page, errors } = await openPage(browser, `${origin}/element.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('octavo-question')].every((el) => el.shadowRoot?.querySelector('h1')));
    const titles = await page.locator('octavo-question').evaluateAll((els) => els.map((el) => el.shadowRoot!.querySelector('h1')!.textContent));
    expect(titles).toEqual(['Q22. The Softmax Trap', 'Q1. The Auto-Bidder Paradox']);
    const backgrounds = await page.locator('octavo-question').evaluateAll((els) =>
      els.map((el) => getComputedStyle(el.shadowRoot!.querySelector('.octavo-fragment')!).backgroundColor),
    );
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    expect(await page.locator('#host-box').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dotted');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
