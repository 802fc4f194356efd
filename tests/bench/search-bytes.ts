/**
 * `npm run bench:search` (after `npm run build`): bytes transferred, gzip on the wire,
 * for opening the French search page and running a first query, in headless Chromium.
 * Median of several runs, each in a fresh browser context (empty cache).
 */
import { QUERIES, searchBytes } from './first-query.ts';

const rows = await searchBytes('dist', QUERIES.fr, Number(process.env.RUNS ?? 5));
console.table(
  rows.map((r) => ({
    query: r.query,
    'open search page kB': (r.open / 1024).toFixed(1),
    'first query kB': (r.first / 1024).toFixed(1),
    'total kB': (r.total / 1024).toFixed(1),
  })),
);
