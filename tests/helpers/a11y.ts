import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Rules whose outcome depends on colours: re-run in the dark scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every HTML page of a built site, as paths below its root. */
export function pagesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/**
 * One page, at a 320 px-wide viewport: axe (WCAG 2.2 A/AA) in the light scheme, the
 * colour rules again in the dark one, and the structure checks axe does not make.
 * Returns what is wrong, empty when the page passes.
 */
export async function audit(page: Page, url: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  return auditShown(page);
}

/** The same checks on the page as it is now (after a script has filled it), without reloading it. */
export async function auditShown(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await page.evaluate(
    `axe.run(document, { runOnly: ${JSON.stringify(TAGS)}, resultTypes: ['violations'] })`,
  )) as AxeResult;
  for (const v of light.violations)
    problems.push(
      `axe ${v.id} (light): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
    );
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await page.evaluate(
    `axe.run(document, { runOnly: ${JSON.stringify(COLOUR_RULES)}, resultTypes: ['violations'] })`,
  )) as AxeResult;
  for (const v of dark.violations)
    problems.push(
      `axe ${v.id} (dark): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
    );
  problems.push(...((await page.evaluate(structure)) as string[]));
  return problems;
}

/** Runs in the page. */
function structure(): string[] {
  const problems: string[] = [];
  const h1 = document.querySelectorAll('h1').length;
  if (h1 !== 1) problems.push(`${h1} h1`);
  let last = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const rank = Number(h.tagName[1]);
    if (rank > last + 1) problems.push(`heading level skipped: h${last} → h${rank} "${h.textContent?.slice(0, 40)}"`);
    last = rank;
  }
  for (const sel of ['header', 'nav', 'main', 'footer'])
    if (!document.querySelector(sel)) problems.push(`no <${sel}> landmark`);
  if (!/Résolu/.test(document.title) || document.title.length < 10)
    problems.push(`title "${document.title}" does not name the page and the site`);
  const valid = /^(?:ar|en|es|fr|ru|zh)$/;
  for (const el of document.querySelectorAll('[lang]'))
    if (!valid.test(el.getAttribute('lang') ?? '')) problems.push(`lang="${el.getAttribute('lang')}"`);
  const html = document.documentElement;
  if (html.lang === 'ar' ? html.dir !== 'rtl' : html.dir !== 'ltr')
    problems.push(`dir="${html.dir}" on lang="${html.lang}"`);
  if (document.documentElement.scrollWidth > innerWidth + 1)
    problems.push(`scrolls horizontally at ${innerWidth}px (${document.documentElement.scrollWidth}px wide)`);
  return problems;
}

/**
 * The axe pass over half of the pages of dist/ (`part` 0 or 1): two test files call it,
 * so that vitest's two workers share the work.
 */
export async function auditEveryPage(part: 0 | 1): Promise<void> {
  const { afterAll, beforeAll, describe, expect, it } = await import('vitest');
  const { launch, serve } = await import('./browser.ts');
  const pages = pagesOf('dist').filter((_, k) => k % 2 === part);
  let browser: Awaited<ReturnType<typeof launch>>;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve('dist');
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });
  describe(`accessibility of every page (${part + 1}/2)`, () => {
    it(`passes axe (WCAG 2.2 A/AA, light and dark), reflows at 320 px and is well structured: ${pages.length} pages`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      await context.addInitScript({ content: AXE });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of pages)
        for (const problem of await audit(page, site.url + path)) failures.push(`/${path}: ${problem}`);
      await context.close();
      expect(pages.length).toBeGreaterThan(500);
      expect(failures).toEqual([]);
    }, 900_000);
  });
}
