// How the built pages look to a reader, in Chromium: the document heading on a phone, the
// font of each script, the search form's controls and one focus style for links and controls.
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { launch, serve } from '../helpers/browser.ts';

let browser: Browser;
const servers: Server[] = [];
const roots: Record<string, string> = {};

beforeAll(async () => {
  for (const dir of ['dist', FIXTURE_SITE]) {
    const site = await serve(dir);
    servers.push(site.server);
    roots[dir] = site.url;
  }
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** Every document page of a built site: /{lang}/{slug}/ (the six homes excluded). */
const documentPages = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /^(?:ar|en|es|fr|ru|zh)\/[^/]+\/index\.html$/.test(f))
    .map((f) => f.replace(/index\.html$/, ''))
    .filter((p) => !/\/(?:about|accessibility|glossary|ref|search)\/$/.test(p));

async function open(url: string, width: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('a document’s heading on a phone', () => {
  for (const dir of ['dist', FIXTURE_SITE])
    it(`takes at most three lines at 360 px on every document page (${dir === 'dist' ? 'seeds' : 'fixture site'})`, async () => {
      const pages = documentPages(dir);
      expect(pages.length).toBeGreaterThan(4);
      const page = await open(roots[dir], 360);
      const tooLong: string[] = [];
      for (const path of pages) {
        await page.goto(roots[dir] + path);
        const lines = await page.evaluate(() => {
          const h1 = document.querySelector('h1')!;
          return Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));
        });
        if (lines > 3) tooLong.push(`/${path}: ${lines} lines`);
      }
      await page.context().close();
      expect(tooLong).toEqual([]);
    }, 120_000);

  it('is followed by the whole title, which the heading does not repeat', async () => {
    const page = await open(`${roots.dist}fr/a-res-80-173/`, 360);
    expect(await page.textContent('h1')).toBe('Résolution A/RES/80/173');
    expect(await page.textContent('h1 + p.lede')).toMatch(/^Document final de la réunion de haut niveau/);
    await page.goto(`${roots.dist}fr/rapport-sg-smsi-2024/`);
    expect(await page.textContent('h1')).toBe('Rapport du Secrétaire général');
    expect(await page.textContent('h1 + p.lede')).toMatch(/^Progrès accomplis .* — Rapport du Secrétaire général$/);
    await page.context().close();
  });
});

/** The first family of an element's computed font stack. */
const firstFont = (page: Page, selector: string) =>
  page.$eval(selector, (el) => getComputedStyle(el).fontFamily.split(',')[0].trim().replace(/["']/g, ''));

describe('each script in its own fonts', () => {
  it('a French title in the Chinese interface is set in the Latin stack, the interface in the Han one', async () => {
    const page = await open(`${roots.dist}zh/`, 1280);
    expect(await firstFont(page, 'h1')).toBe('PingFang SC');
    // A typographic apostrophe in a CJK font is drawn full width ("l’ information"): here the
    // Latin font draws it.
    const title = page.locator('main li > span[lang="fr"]', { hasText: 'l’information' }).first();
    expect(await title.evaluate((el) => getComputedStyle(el).fontFamily.split(',')[0])).toBe('system-ui');
    await page.context().close();
  });

  it('Arabic and Chinese names in a French page use their own stacks', async () => {
    const page = await open(`${roots.dist}fr/`, 1280);
    expect(await firstFont(page, 'header a[lang="ar"]')).toBe('Noto Naskh Arabic');
    expect(await firstFont(page, 'header a[lang="zh"]')).toBe('PingFang SC');
    expect(await firstFont(page, 'h1')).toBe('system-ui');
    await page.context().close();
  });
});

describe('the search form', () => {
  for (const width of [360, 1280])
    it(`has its labels above controls of one height, aligned on one edge, at ${width} px`, async () => {
      const page = await open(`${roots.dist}fr/search/`, width);
      await page.waitForSelector('form#search:not([hidden])');
      const boxes = await page.$$eval('form#search .field', (fields) =>
        fields.map((f) => {
          const label = f.querySelector('label')!.getBoundingClientRect();
          const control = f.querySelector('input, select')!.getBoundingClientRect();
          return {
            labelLeft: label.left,
            controlLeft: control.left,
            labelBottom: label.bottom,
            top: control.top,
            height: control.height,
            right: control.right,
          };
        }),
      );
      expect(boxes.length).toBe(6);
      for (const b of boxes) {
        expect(b.controlLeft).toBeCloseTo(b.labelLeft, 0);
        expect(b.top).toBeGreaterThanOrEqual(b.labelBottom - 1);
        expect(b.height).toBeGreaterThanOrEqual(40);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      const button = await page.$eval('form#search button[type="submit"]', (b) => b.getBoundingClientRect().height);
      expect(button).toBeGreaterThanOrEqual(40);
      await page.context().close();
    });

  it('shows one focus style on links, fields, lists and buttons, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`${roots.dist}fr/search/`, 1280, scheme);
      await page.waitForSelector('form#search:not([hidden])');
      const styles: string[] = [];
      for (const selector of ['header.site > a', '#q', '#language', 'form#search button[type="submit"]']) {
        await page.focus(selector);
        // Focused from the keyboard's point of view: Tab back and forth onto it.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        styles.push(
          await page.evaluate(() => {
            const s = getComputedStyle(document.activeElement!);
            return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
          }),
        );
      }
      expect(new Set(styles), scheme).toEqual(new Set(['solid 3px rgb(255, 221, 0)']));
      await page.context().close();
    }
  });
});
