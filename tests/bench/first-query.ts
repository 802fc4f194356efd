import { launch, serve } from '../helpers/browser.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Bytes on the wire (gzip), median of `runs` fresh browser contexts (empty cache), for
 * opening the French search page of the site in `dir` and running each query.
 */
export async function searchBytes(
  dir: string,
  queries: string[],
  runs: number,
): Promise<{ query: string; open: number; first: number; total: number }[]> {
  const site = await serve(dir, '/miroir/', { gzip: true });
  const browser = await launch();
  const rows = [];
  try {
    for (const q of queries) {
      const open: number[] = [];
      const total: number[] = [];
      for (let k = 0; k < runs; k++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        site.reset();
        await page.goto(`${site.url}fr/search/`);
        await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
        open.push(site.bytes());
        await page.fill('#q', q);
        await page.press('#q', 'Enter');
        await page.waitForFunction(() => /\d/.test(document.getElementById('status')!.textContent ?? ''), null, {
          timeout: 60_000,
        });
        await page.waitForLoadState('networkidle');
        total.push(site.bytes());
        await context.close();
      }
      rows.push({ query: q, open: median(open), first: median(total) - median(open), total: median(total) });
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return rows;
}
