import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE, audit, pagesOf } from '../helpers/a11y.ts';
import { launch, serve } from '../helpers/browser.ts';

// Every page of dist/ (half of them here, the other half in the twin file, so that the two
// cores share the work), served under a sub-path, at 320 px wide, light and dark.
const PART = 0;
const pages = pagesOf('dist').filter((_, k) => k % 2 === PART);
let browser: Browser;
let server: Server;
let root: string;

beforeAll(async () => {
  ({ server, url: root } = await serve('dist'));
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe(`accessibility of every page (${PART + 1}/2)`, () => {
  it(`passes axe (WCAG 2.2 A/AA, light and dark), reflows at 320 px and is well structured: ${pages.length} pages`, async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript({ content: AXE });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pages) for (const problem of await audit(page, root + path)) failures.push(`/${path}: ${problem}`);
    await context.close();
    expect(pages.length).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 540_000);
});
