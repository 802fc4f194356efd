import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/document.ts';
import { findReferences, linkFor, symbolIndexOf, type SymbolIndex } from '../../src/resolve/find.ts';
import { AXE, auditShown } from '../helpers/a11y.ts';
import { launch, serve } from '../helpers/browser.ts';
import { EXAMPLES, WEB_TEXTS, seedCorpus, seedParagraphs } from '../helpers/resolve.ts';

let browser: Browser;
let server: Server;
let root: string;
let page: Page;
let index: SymbolIndex;

beforeAll(async () => {
  const site = await serve('dist');
  server = site.server;
  root = site.url;
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error(e));
  index = symbolIndexOf((await seedCorpus()).corpus.documents);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Pastes `text` into the resolver at `url`, as a text in `language`; the links of the text and of the list. */
async function resolveIn(p: Page, url: string, text: string, language: Language) {
  await p.goto(url);
  await p.waitForFunction(() => document.getElementById('resolve')?.dataset.ready === 'true');
  await p.fill('#text', text);
  await p.selectOption('#language', language);
  await p.click('#resolve button[type="submit"]');
  await p.waitForSelector('#output h2');
  const links = (selector: string) =>
    p.$$eval(selector, (as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: a.textContent ?? '',
        external: a.getAttribute('aria-describedby') === 'external-link',
      })),
    );
  return {
    inText: await links('#output .resolved a'),
    listed: await links('#found li > a'),
    heading: (await p.textContent('#output h2')) ?? '',
    shown: (await p.textContent('#output .resolved')) ?? '',
  };
}

/** What ingest's grammar finds (src/resolve/find.ts, in Node), linked as the page in `lang` links it. */
async function expected(text: string, language: Language, lang: Language, symbols: SymbolIndex | undefined) {
  const { instruments } = await seedCorpus();
  return findReferences(text, language, instruments).map((f) => {
    const { href, here } = linkFor(f, lang, symbols, '../../');
    return { f, link: { href, text: f.text, external: !here } };
  });
}

describe('the resolver page finds what ingest finds', () => {
  it('in a paragraph of each seed, each reference linked here or to undocs.org, and listed', async () => {
    for (const p of await seedParagraphs()) {
      const want = await expected(p.text, p.language, 'fr', index);
      expect(want.length, p.file).toBeGreaterThan(0);
      const got = await resolveIn(page, `${root}fr/resolve/`, p.text, p.language);
      expect(got.inText, `${p.file} ${p.id}`).toEqual(want.map((w) => w.link));
      expect(got.listed, p.file).toEqual(want.map((w) => ({ ...w.link, text: w.f.symbol })));
      expect(got.heading).toBe(`Références trouvées\u00a0: ${want.length}`);
      expect(got.shown).toBe(p.text); // the text as pasted, nothing added or lost
    }
  }, 120_000);

  it.each(WEB_TEXTS)(
    'in the real text $name, pasted whole',
    async (w) => {
      const want = await expected(w.text, w.language, 'en', index);
      expect(want.length).toBeGreaterThan(0);
      const got = await resolveIn(page, `${root}en/resolve/`, w.text, w.language);
      expect(got.inText).toEqual(want.map((x) => x.link));
      expect(got.heading).toBe(`References found: ${want.length}`);
    },
    60_000,
  );

  it('links a symbol of the corpus to its page here, relatively (under /miroir/), and any other to undocs.org', async () => {
    const got = await resolveIn(page, `${root}fr/resolve/`, EXAMPLES.text, EXAMPLES.language);
    expect(got.listed.map((l) => l.text)).toEqual(EXAMPLES.symbols);
    const here = got.inText.find((l) => l.text === 'A/RES/80/173')!;
    expect(here).toEqual({ href: '../../fr/a-res-80-173/', text: 'A/RES/80/173', external: false });
    expect(got.inText.find((l) => l.text === 'A/C.3/78/L.41/Rev.1')).toEqual({
      href: 'https://undocs.org/fr/A/C.3/78/L.41/Rev.1',
      text: 'A/C.3/78/L.41/Rev.1',
      external: true,
    });
    expect(got.inText.filter((l) => l.text === '70/1').map((l) => l.href)).toEqual([
      'https://undocs.org/fr/A/RES/70/1',
      'https://undocs.org/fr/A/RES/70/1',
    ]);
    expect(await page.isVisible('#no-corpus')).toBe(false);
    await page.click('#output .resolved a[href="../../fr/a-res-80-173/"]');
    await page.waitForURL(`${root}fr/a-res-80-173/`);
    expect(await page.title()).toContain('A/RES/80/173');
  }, 60_000);
});

describe('the resolver page', () => {
  it('passes axe and the structure checks at 320 px, light and dark, empty and with results (fr, ar)', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript({ content: AXE });
    const p = await context.newPage();
    const problems: string[] = [];
    for (const lang of ['fr', 'ar'] as const) {
      await p.goto(`${root}${lang}/resolve/`);
      problems.push(...(await auditShown(p)).map((x) => `${lang} empty: ${x}`));
      await resolveIn(p, `${root}${lang}/resolve/`, EXAMPLES.text, EXAMPLES.language);
      problems.push(...(await auditShown(p)).map((x) => `${lang} resolved: ${x}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('labels its controls and announces the result politely', async () => {
    await page.goto(`${root}en/resolve/`);
    expect(await page.textContent('label[for="text"]')).toBe('Text');
    expect(await page.textContent('label[for="language"]')).toBe('Language of the text');
    expect(await page.getAttribute('#output', 'aria-live')).toBe('polite');
    expect(await page.$eval('#language', (s) => (s as HTMLSelectElement).value)).toBe('en');
  });

  it('from a copied folder (file://), links every reference to undocs.org and says the list of documents is unavailable', async () => {
    const p = await browser.newPage();
    const got = await resolveIn(p, `file://${resolve('dist/fr/resolve/index.html')}`, EXAMPLES.text, EXAMPLES.language);
    expect(got.inText.map((l) => l.href)).toEqual(
      (await expected(EXAMPLES.text, 'fr', 'fr', undefined)).map((w) => w.link.href),
    );
    expect(got.inText.every((l) => l.href.startsWith('https://undocs.org/fr/') && l.external)).toBe(true);
    expect(got.inText.find((l) => l.text === 'A/RES/80/173')?.href).toBe('https://undocs.org/fr/A/RES/80/173');
    expect(await p.isVisible('#no-corpus')).toBe(true);
    expect(await p.textContent('#no-corpus')).toContain('undocs.org');
    await p.close();
  }, 60_000);

  it('without JavaScript, says it needs script and points to the citation index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${root}fr/resolve/`);
    expect(await p.isVisible('#no-resolve')).toBe(true);
    expect(await p.isVisible('#resolve')).toBe(false);
    expect(await p.getAttribute('#no-resolve a', 'href')).toBe('../ref/');
    await context.close();
  });
});

describe('its script', () => {
  const pages = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

  it('weighs at most 20 kB gzip', () => {
    expect(gzipSync(readFileSync('dist/resolve.js'), { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
  });

  it('is loaded by the six resolve pages and no other page', () => {
    const loading = pages.filter((f) => readFileSync(join('dist', f), 'utf8').includes('resolve.js'));
    expect(loading.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l) => join(l, 'resolve', 'index.html')));
  });
});
