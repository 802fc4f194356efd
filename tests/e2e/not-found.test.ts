import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/model/document.ts';
import { FIXTURE_SITE } from '../global-setup.ts';
import { launch, serve } from '../helpers/browser.ts';

// Missing addresses at several depths, under a mirror's sub-path: in a document, below a
// paragraph, in no language folder, and beside the language folders.
const MISSING = ['fr/nope/', 'fr/a-res-80-173/p999/', 'zz/', 'nope'];

let browser: Browser;
let dist: Awaited<ReturnType<typeof serve>>;
let mirror: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  // As nginx with `error_page 404 /miroir/404.html`.
  dist = await serve('dist', '/miroir/', { notFound: true });
  mirror = await serve(FIXTURE_SITE, '/miroir/', { notFound: true });
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  dist?.server.close();
  mirror?.server.close();
});

/** Opens a missing address; collects what the console says of the CSP and any script error. */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; refused: string[] }> {
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused/i.test(m.text()) && refused.push(m.text()));
  page.on('pageerror', (e) => refused.push(e.message));
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  return { page, refused };
}

/** Every link of the page, resolved, must be a page of the site under /miroir/. */
async function expectEveryLinkUnderMiroir(page: Page): Promise<void> {
  const hrefs = await page.$$eval('a[href]:not([href^="#"])', (as) => [
    ...new Set(as.map((a) => (a as HTMLAnchorElement).href)),
  ]);
  expect(hrefs.length).toBeGreaterThan(10); // header, six homes, footer
  for (const href of hrefs) {
    expect(new URL(href).pathname, href).toMatch(/^\/miroir\/(?:ar|en|es|fr|ru|zh)\//);
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
}

const homeHref = (page: Page) => page.getAttribute('header.site > a', 'href');

describe('the 404 page of a site built without its address, served under /miroir/', () => {
  it.each(MISSING)(
    'at /miroir/%s, with script: finds the root, every link leads to a page, within the CSP',
    async (path) => {
      const context = await browser.newContext();
      const { page, refused } = await open(context, dist.url + path);
      // Without a language folder in the address the script asks the server: wait for it.
      await page
        .waitForFunction(() => document.querySelector('header.site > a')?.getAttribute('href') !== '/fr/', null, {
          timeout: 5_000,
        })
        .catch(() => {});
      expect(await homeHref(page)).toBe('/miroir/fr/');
      await expectEveryLinkUnderMiroir(page);
      expect(refused).toEqual([]);
      await context.close();
    },
  );

  it.each(MISSING)('at /miroir/%s, without script: says where the home is, in the six languages', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(context, dist.url + path);
    expect(await homeHref(page)).toBe('/fr/'); // the server's root: the words below say the rest
    for (const lang of LANGUAGES) {
      const line = page.locator(`main p[lang="${lang}"]`);
      expect(await line.isVisible(), lang).toBe(true);
      const [before, after] = LOCALES[lang]['notFound.where'].split('{{folder}}');
      expect(await line.innerText(), lang).toContain(`${before}${lang}/${after}`);
    }
    await context.close();
  });
});

describe('the 404 page of a mirror built with RESOLU_SITE_URL, served under that path', () => {
  it.each(MISSING)('at /miroir/%s, without script: every link leads to a page', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, refused } = await open(context, mirror.url + path);
    expect(await homeHref(page)).toBe('/miroir/fr/');
    await expectEveryLinkUnderMiroir(page);
    expect(refused).toEqual([]);
    await context.close();
  });
});
