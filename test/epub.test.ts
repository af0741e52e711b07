/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import type { Server } from 'node:http';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileBook } from '@octavo/core';
import { renderEpub } from '@octavo/epub';
import book from '../content/index.js';
import { serve } from '../examples/embed/serve.js';
import { launchChromium } from './browser.js';
import { tempDir } from './helpers.js';

const require = createRequire(import.meta.url);
const resolved = compileBook(book).book!;
const dir = tempDir('octavo-epub-');
const [epub] = await renderEpub(resolved);
const path = join(dir, epub!.path);
writeFileSync(path, epub!.data);

describe('the EPUB', () => {
  it('is named after the book', () => {
    expect(epub!.path).toBe('ml-system-design-interview-traps.epub');
  });

  it('passes epubcheck with 0 errors and 0 warnings', () => {
    let output: string;
    try {
      output = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = `${(error as { stdout: string }).stdout}\n${(error as { stderr: string }).stderr}`;
    }
    expect(output).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
  });

  it('resolves every internal link (file and anchor)', async () => {
    const zip = await JSZip.loadAsync(epub!.data);
    const documents = Object.keys(zip.files).filter((name) => name.endsWith('.xhtml'));
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const name of documents) {
      const xml = await zip.file(name)!.async('string');
      ids.set(name, new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      for (const [, href] of xml.matchAll(/\shref="([^"]+)"/g)) if (!/^[a-z]+:/i.test(href!) && !href!.endsWith('.css')) links.push({ from: name, href: href! });
    }
    const broken = links.filter(({ from, href }) => {
      const [target = '', anchor] = href.split('#');
      const file = target ? posix.join(posix.dirname(from), target) : from;
      return !ids.has(file) || (anchor !== undefined && !ids.get(file)!.has(anchor));
    });
    expect(links.length).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });

  it('declares MathML, accessibility metadata and a fixed modified date', async () => {
    const zip = await JSZip.loadAsync(epub!.data);
    const opf = await zip.file('OEBPS/content.opf')!.async('string');
    expect(opf).toMatch(/href="q22-softmax-trap.xhtml" media-type="application\/xhtml\+xml" properties="mathml"/);
    expect(opf).toContain('<meta property="schema:accessMode">textual</meta>');
    expect(opf).toContain('<meta property="schema:accessibilitySummary">');
    expect(opf).toContain('<meta property="dcterms:modified">2025-01-01T00:00:00Z</meta>');
    expect(opf).toContain('properties="cover-image"');
  });

  it('is byte-identical across two builds', async () => {
    const [again] = await renderEpub(compileBook(book).book!);
    expect(Buffer.from(again!.data).equals(Buffer.from(epub!.data))).toBe(true);
  });
});

describe('the EPUB in a reading system (epub.js in Chromium)', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    const root = tempDir('octavo-reader-');
    copyFileSync(path, join(root, 'book.epub'));
    mkdirSync(join(root, 'lib'));
    copyFileSync(require.resolve('jszip/dist/jszip.min.js'), join(root, 'lib/jszip.min.js'));
    copyFileSync(require.resolve('epubjs/dist/epub.min.js'), join(root, 'lib/epub.min.js'));
    writeFileSync(
      join(root, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reader</title><link rel="icon" href="data:,">
<script src="lib/jszip.min.js"></script><script src="lib/epub.min.js"></script></head>
<body style="margin:0"><div id="viewer" style="width:900px;height:1100px"></div>
<script>
  const book = ePub('book.epub');
  const rendition = book.renderTo('viewer', { width: 900, height: 1100, flow: 'scrolled-doc' });
  window.shown = rendition.display('q22-softmax-trap.xhtml').then(() => 'ok');
</script></body></html>`,
    );
    server = await serve(root);
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => server?.close());

  it('renders the Q22 chapter with its math and boxes', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => (window as unknown as { shown?: Promise<string> }).shown !== undefined);
      await page.evaluate(() => (window as unknown as { shown: Promise<string> }).shown);
      const frame = page.frameLocator('#viewer iframe');
      await frame.locator('h1').first().waitFor();
      expect(await frame.locator('h1').first().textContent()).toBe('Q22. The Softmax Trap');
      const math = await frame.locator('math').evaluateAll((nodes) => nodes.filter((n) => n.getBoundingClientRect().width > 0).length);
      expect(math).toBeGreaterThan(10);
      const trapColour = await frame.locator('.box-trap').first().evaluate((box) => getComputedStyle(box).borderLeftColor);
      expect(trapColour).toBe('rgb(185, 56, 21)');
      await frame.locator('.box-trap').first().scrollIntoViewIfNeeded();
      mkdirSync('test/.tmp', { recursive: true });
      await page.screenshot({ path: 'test/.tmp/epub-q22.png' });
    } finally {
      await browser.close();
    }
  });
});
