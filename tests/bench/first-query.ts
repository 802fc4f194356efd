import { launch, serve } from '../helpers/browser.ts';
import { median } from './stages.ts';

/**
 * The README's three queries (## Search), on the French search page of the seeds. A
 * generated corpus is mostly English (src/bench/generate-corpus.ts), so it is searched on
 * the English page with the same three kinds of query — two phrases of its texts and a
 * resolution number — or the language searched would be a few per cent of the corpus and
 * its first query would cost nothing.
 */
export const QUERIES: Record<string, string[]> = {
  fr: ['developpement durable', 'fracture numerique', '70/125'],
  en: ['sustainable development', 'digital divide', '80/1'],
};

/**
 * Where a search looks: `default` is the search page as a reader opens it (with sharded
 * indexes, the most recent shard of the language); `all` adds `?shards=all`, every shard of
 * the language (with one index per language, the same as `default`).
 */
export type Scope = 'default' | 'all';
const PAGE: Record<Scope, string> = { default: 'search/', all: 'search/?shards=all' };

export interface QueryBytes {
  query: string;
  language: string;
  scope: Scope;
  /** Opening the search page, then the first query's own bytes, then both. */
  open: number;
  first: number;
  total: number;
}

/**
 * Bytes on the wire (gzip), median of `runs` fresh browser contexts (empty cache: the
 * script and Pagefind's WebAssembly are counted), for opening the search page of
 * `language` in the site in `dir` and running each query.
 */
export async function searchBytes(
  dir: string,
  queries: string[],
  runs: number,
  { language = 'fr', scope = 'default' }: { language?: string; scope?: Scope } = {},
): Promise<QueryBytes[]> {
  const site = await serve(dir, '/miroir/', { gzip: true });
  const browser = await launch();
  const rows: QueryBytes[] = [];
  try {
    for (const q of queries) {
      const open: number[] = [];
      const total: number[] = [];
      for (let k = 0; k < runs; k++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        site.reset();
        await page.goto(`${site.url}${language}/${PAGE[scope]}`);
        await page.waitForFunction(() => document.getElementById('search')?.dataset.ready === 'true');
        open.push(site.bytes());
        await page.fill('#q', q);
        await page.press('#q', 'Enter');
        // Done when the status says a count or "no result": every language's "searching" ends in "…".
        await page.waitForFunction(
          () => {
            const s = document.getElementById('status')!.textContent?.trim() ?? '';
            return s !== '' && !s.endsWith('…');
          },
          null,
          { timeout: 120_000 },
        );
        await page.waitForLoadState('networkidle');
        total.push(site.bytes());
        await context.close();
      }
      rows.push({
        query: q,
        language,
        scope,
        open: median(open),
        first: median(total) - median(open),
        total: median(total),
      });
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return rows;
}
