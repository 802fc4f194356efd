import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { AXE, audit } from '../helpers/a11y.ts';
import { launch, serve } from '../helpers/browser.ts';

let browser: Browser;
let server: Server;
let root: string;

/** Every side-by-side page of the fixture site: A/RES/99/1 (fr, en, ar cut before ¶ 3) and two real Council pairs. */
const PAGES = [
  'fr/a-res-99-1',
  'en/a-res-99-1',
  'ar/a-res-99-1',
  'en/s-res-53-1948',
  'es/s-res-53-1948',
  'en/s-res-87-1950',
  'zh/s-res-87-1950',
].map((p) => `${p}/versions/`);

beforeAll(async () => {
  const site = await serve(FIXTURE_SITE);
  server = site.server;
  root = site.url;
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page in a context of its own, `width` px wide, with or without JavaScript. */
async function open(path: string, width: number, javaScriptEnabled = true): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${root}${path}`);
  return [context, page];
}

describe('languages side by side, in Chromium', () => {
  it.each([320, 1280])(
    'every side-by-side page passes axe (light and dark), one h1, no skipped level, no horizontal scroll at %i px',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 640 } });
      await context.addInitScript({ content: AXE });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of PAGES)
        for (const problem of await audit(page, root + path)) failures.push(`${path}: ${problem}`);
      await context.close();
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it('without JavaScript, unchecking a language hides its column and checking it shows it again', async () => {
    const [context, page] = await open('fr/a-res-99-1/versions/', 1280, false);
    const visible = async (lang: string) =>
      Promise.all([`th.v-${lang}`, `tr#p1 td.v-${lang}`, `tr#p3 td.v-${lang}`].map((s) => page.locator(s).isVisible()));
    expect(await visible('en')).toEqual([true, true, true]);
    await page.getByLabel('English').uncheck();
    expect(await visible('en')).toEqual([false, false, false]);
    expect(await visible('fr')).toEqual([true, true, true]);
    expect(await visible('ar')).toEqual([true, true, true]);
    await page.getByLabel('العربية').uncheck();
    expect(await visible('ar')).toEqual([false, false, false]);
    await page.getByLabel('English').check();
    expect(await visible('en')).toEqual([true, true, true]);
    expect(await visible('ar')).toEqual([false, false, false]);
    await context.close();
  });

  it('at 1280 px the versions of a row stand side by side; at 320 px they stack, each labelled by its language', async () => {
    const boxes = async (page: Page) =>
      Promise.all((await page.locator('tr#p2-b td').all()).map(async (td) => (await td.boundingBox())!));
    const [wide, widePage] = await open('fr/a-res-99-1/versions/', 1280);
    const across = await boxes(widePage);
    for (let k = 1; k < across.length; k++) {
      expect(across[k].x).toBeGreaterThan(across[k - 1].x + across[k - 1].width - 2);
      expect(Math.abs(across[k].y - across[0].y)).toBeLessThan(2);
    }
    await wide.close();
    const [narrow, page] = await open('fr/a-res-99-1/versions/', 320);
    const stacked = await boxes(page);
    expect(stacked).toHaveLength(3);
    for (let k = 1; k < stacked.length; k++)
      expect(stacked[k].y).toBeGreaterThanOrEqual(stacked[k - 1].y + stacked[k - 1].height - 1);
    for (const box of stacked) expect(box.x + box.width).toBeLessThanOrEqual(320);
    const labels = await page.$$eval('tr#p2-b td', (tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Français"', '"العربية"', '"English"']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await narrow.close();
  });

  it('versions/#p2-b lands on the row: targeted and in view', async () => {
    const [context, page] = await open('en/a-res-99-1/versions/#p2-b', 320);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2-b');
    const box = (await page.locator('tr#p2-b').boundingBox())!;
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(640);
    await context.close();
  });

  it('from a paragraph’s own page, its link lands on its row', async () => {
    const [context, page] = await open('zh/s-res-87-1950/para-1-b/', 1280);
    await page.locator('a[href="../versions/#para-1-b"]').click();
    await page.waitForURL(/versions\/#para-1-b$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('para-1-b');
    await context.close();
  });
});
