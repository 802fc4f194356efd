import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { toPlainText } from '../exports/plain-text.ts';
import type { Document } from '../model/document.ts';

export interface PageWeight {
  page: string;
  html: number;
  gzip: number;
  brotli: number;
  css: number;
  js: number;
  /** Characters of editors' annotations on the page, counted as text. */
  annotations: number;
  textGzip: number;
  ratio: number;
}

/**
 * The weight of a document's page in the built site `dist`: HTML raw, gzip and brotli,
 * the CSS and JS it loads, and the ratio of its gzip size to the gzip size of the
 * document's text — its plain text as printed (numbers, header, notes), exactly what
 * `data.txt` publishes, and the text of the editors' annotations the page carries, which
 * readers read as they read the paragraphs beside them.
 */
export function pageWeight(dist: string, d: Document): PageWeight {
  const dir = `${dist}/${d.language}/${d.slug}`;
  const html = readFileSync(`${dir}/index.html`);
  const source = html.toString();
  // The one stylesheet, shared by every page (cached after the first).
  const css = [...source.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (n, m) => n + readFileSync(`${dir}/${m[1]}`).length,
    0,
  );
  // Scripts that run (inline or loaded); JSON-LD is data for catalogues, never run.
  const js = [
    ...source.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*?(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g),
  ].reduce((n, m) => n + (m[1] ? readFileSync(`${dir}/${m[1]}`).length : Buffer.byteLength(m[2])), 0);
  const gzip = gzipSync(html, { level: 9 }).length;
  const annotations = selectAll('details.annotation', fromHtml(source))
    .map((a) => toText(a))
    .join('\n');
  const textGzip = gzipSync(Buffer.from(`${toPlainText(d)}\n${annotations}`), { level: 9 }).length;
  return {
    page: `/${d.language}/${d.slug}/`,
    html: html.length,
    gzip,
    brotli: brotliCompressSync(html).length,
    css,
    js,
    annotations: annotations.length,
    textGzip,
    ratio: gzip / textGzip,
  };
}
