import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { launch, serve } from '../helpers/browser.ts';

const site = 'node_modules/.cache/resolu-mirror-site';
const pkg = 'node_modules/.cache/resolu-mirror-package';
let browser: Browser;
const servers: Server[] = [];
let unpacked: string;

beforeAll(async () => {
  rmSync(site, { recursive: true, force: true });
  cpSync('dist', site, { recursive: true, filter: (f) => !/\.(gz|br)$/.test(f) && !f.endsWith('SHA256SUMS') });
  execFileSync('npx', ['tsx', 'src/cli/package.ts'], {
    env: { ...process.env, RESOLU_DIST: site, RESOLU_PACKAGE: pkg },
    stdio: 'ignore',
  });
  unpacked = mkdtempSync(join(tmpdir(), 'resolu-usb-'));
  execFileSync('tar', [
    'xzf',
    join(
      pkg,
      readdirSync(pkg).find((f) => f.endsWith('.tar.gz'))!,
    ),
    '-C',
    unpacked,
  ]);
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

describe('a mirror in two commands', () => {
  it('packages a dated archive whose SHA256SUMS verifies, and checksums for the served files', () => {
    expect(readdirSync(pkg).sort()).toEqual(['SHA256SUMS', 'resolu-2025-12-17.tar.gz']);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: pkg, encoding: 'utf8' })).toContain(
      'resolu-2025-12-17.tar.gz: OK',
    );
    expect(() => execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: site })).not.toThrow();
  });

  it('gives every HTML, CSS, JS, JSON and XML file .gz and .br siblings', () => {
    for (const f of [
      'index.html',
      'site.css',
      'search.js',
      'data/catalog.json',
      'sitemap.xml',
      'fr/a-res-80-173/index.html',
    ]) {
      expect(existsSync(join(site, `${f}.gz`)), f).toBe(true);
      expect(existsSync(join(site, `${f}.br`)), f).toBe(true);
      expect(gunzipSync(readFileSync(join(site, `${f}.gz`))).equals(readFileSync(join(site, f)))).toBe(true);
    }
  });

  it.each(['/bibliotheque/', '/un/deux/trois/'])(
    'works under the sub-path %s: pages, styles and every link',
    async (base) => {
      const s = await serve(site, base);
      servers.push(s.server);
      const page = await browser.newPage();
      await page.goto(`${s.url}fr/a-res-80-173/`);
      expect(await page.title()).toContain('A/RES/80/173');
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none'); // site.css applied
      const hrefs = await page.$$eval('a[href]', (as) =>
        [...new Set(as.map((a) => (a as HTMLAnchorElement).href))].filter((h) => h.startsWith(location.origin)),
      );
      for (const href of hrefs) expect((await page.request.get(href.split('#')[0])).status(), href).toBe(200);
      await page.close();
    },
    60_000,
  );

  it('opens from the unpacked archive over file://, navigating by links that name files', async () => {
    const root = join(unpacked, 'resolu-2025-12-17');
    const page = await browser.newPage();
    await page.goto(`file://${root}/fr/index.html`);
    // A click only starts a navigation: wait for each page before asserting on it.
    await page.click('main li > a[href*="a-res-80-173"]');
    await page.waitForURL(`file://${root}/fr/a-res-80-173/index.html`);
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
    await page.click('a[href="p12/index.html"]');
    await page.waitForURL(`file://${root}/fr/a-res-80-173/p12/index.html`);
    await page.click('a[href="../index.html#p12"]');
    await page.waitForURL(`file://${root}/fr/a-res-80-173/index.html#p12`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p12');
    // Search needs HTTP and says so.
    await page.goto(`file://${root}/fr/search/index.html`);
    expect(await page.isVisible('#no-search')).toBe(true);
    await page.close();
  }, 60_000);
});

describe('adding a document', () => {
  it('puts a text dropped into seeds/ on the homes, in search, the citation index, the sitemap, the feed and the catalogue', () => {
    const read = (f: string) => readFileSync(join(FIXTURE_SITE, f), 'utf8');
    for (const lang of ['fr', 'en', 'ar']) expect(read(`${lang}/index.html`)).toContain('a-res-99-1/');
    expect(read('fr/ref/a-res-70-125/index.html')).toContain('a-res-99-1/#pp1');
    expect(read('sitemap.xml')).toContain('fr/a-res-99-1/');
    expect(read('feed.xml')).toContain('A/RES/99/1');
    const catalog = JSON.parse(read('data/catalog.json'));
    expect(catalog.documents.map((d: { slug: string; language: string }) => `${d.language}/${d.slug}`)).toEqual(
      expect.arrayContaining(['fr/a-res-99-1', 'en/a-res-99-1']),
    );
    const dir = join(FIXTURE_SITE, 'pagefind');
    const fragments = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)fragment\/[^/]+$/.test(f))
      .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    // One record per document, its paragraphs as sub-results (p2-b among them).
    expect(fragments.some((f) => f.includes('"url":"/fr/a-res-99-1/"') && f.includes('"id":"p2-b"'))).toBe(true);
  });
});
