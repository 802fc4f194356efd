/**
 * Render keys: one digest per document of everything its pages show, and one per citation
 * page. An incremental build renders a page again (and rewrites the document's folder) only
 * when its key changed. A document's pages show its own text, but also its other language
 * versions, the documents citing it, where each symbol it cites leads, its draft or
 * adopted text, and the editors' annotations of it: all of these are in its key, so adding
 * a resolution that cites an old one renders that old one's page again, and nothing else.
 * The site's code, its interface strings, editors' site-wide content (glossary, pages) and
 * the mirror's address (RESOLU_SITE_URL) are in every key: a change there renders everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary } from '../model/summary.ts';
import { preferredBySymbol } from '../site/corpus.ts';
import { folderDigest, sha256 } from './cache-keys.ts';

export interface Summarized {
  key: string;
  summary: DocumentSummary;
}

/** The code and site-wide content every page is made with. */
export function siteVersion(contentDir: string, root = '.'): string {
  return sha256(
    ...['src', 'public'].map((d) => folderDigest(join(root, d))),
    readFileSync(join(root, 'astro.config.mjs')),
    readFileSync(join(root, 'package-lock.json')),
    folderDigest(join(contentDir, 'glossary')),
    folderDigest(join(contentDir, 'pages')),
    // The mirror's address is in every document page's JSON-LD and every MARC record.
    process.env.RESOLU_SITE_URL ?? '',
  );
}

const page = (s: Summarized) => `${s.summary.document.language}/${s.summary.document.slug}`;

export function renderKeys(
  documents: Summarized[],
  site: string,
  contentDir: string,
): { renderKeys: Record<string, string>; refKeys: Record<string, string> } {
  const heads = documents.map((d) => ({ ...d.summary.document, summarized: d }));
  const here = preferredBySymbol(heads);
  const bySymbol = new Map<string, Summarized[]>();
  const byDraft = new Map<string, Summarized[]>();
  const citing = new Map<string, string[]>();
  for (const d of documents) {
    const m = d.summary.document.metadata;
    if (m.symbol) bySymbol.set(m.symbol, [...(bySymbol.get(m.symbol) ?? []), d]);
    if (m.draft) byDraft.set(m.draft, [...(byDraft.get(m.draft) ?? []), d]);
    for (const c of d.summary.citations) {
      const list = citing.get(c.symbol) ?? [];
      list.push(`${d.key} ${c.block.id}`);
      citing.set(c.symbol, list);
    }
  }
  const target = (symbol: string) => {
    const d = here.get(symbol)?.summarized;
    return d ? `${page(d)} ${d.key}` : 'undocs';
  };
  const renderKeys: Record<string, string> = {};
  for (const d of documents) {
    const { language, slug, metadata: m } = d.summary.document;
    const same = m.symbol ? (bySymbol.get(m.symbol) ?? []) : [];
    const cited = [...new Set(d.summary.citations.map((c) => c.symbol))];
    renderKeys[page(d)] = sha256(
      site,
      d.key,
      ...same.filter((v) => v !== d).map((v) => `version ${page(v)} ${v.key}`),
      ...(m.symbol ? (citing.get(m.symbol) ?? []).map((c) => `cited by ${c}`) : []),
      ...cited.map((s) => `cites ${s} ${target(s)}`),
      ...(m.draft ? (bySymbol.get(m.draft) ?? []).filter((v) => v.summary.document.language === language) : []).map(
        (v) => `draft ${v.key}`,
      ),
      ...(m.symbol ? (byDraft.get(m.symbol) ?? []) : []).map((v) => `adopted ${page(v)} ${v.key}`),
      folderDigest(join(contentDir, 'annotations', slug)),
    );
  }
  const refKeys: Record<string, string> = {};
  for (const [symbol, list] of citing) refKeys[symbol] = sha256(site, symbol, target(symbol), ...list);
  return { renderKeys, refKeys };
}
