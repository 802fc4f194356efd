/**
 * `npm run bench:search` (after `npm run build`): bytes transferred, gzip on the wire,
 * for opening the French search page and running a first query, in headless Chromium.
 * Median of several runs, each in a fresh browser context (empty cache).
 */
import { launch, serve } from '../helpers/browser.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const QUERIES = ['developpement durable', 'fracture numerique', '70/125'];
const site = await serve('dist', '/miroir/', true);
const browser = await launch();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const q of QUERIES) {
  const open: number[] = [];
  const total: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    site.reset();
    await page.goto(`${site.url}fr/search/`);
    await page.waitForFunction(() => document.querySelectorAll('#f-type option').length > 1);
    open.push(site.bytes());
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    total.push(site.bytes());
    await context.close();
  }
  rows.push({ query: q, 'open search page kB': (median(open) / 1024).toFixed(1), 'first query kB': ((median(total) - median(open)) / 1024).toFixed(1), 'total kB': (median(total) / 1024).toFixed(1) });
}
console.table(rows);
await browser.close();
site.server.close();
