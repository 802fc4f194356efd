import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seeds } from '../helpers/corpus.ts';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const pages = (readdirSync('dist', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => join('dist', f));
const cache = new Map<string, { ids: Set<string>; hrefs: string[] }>();
function read(file: string) {
  let entry = cache.get(file);
  if (!entry) {
    const html = readFileSync(file, 'utf8');
    entry = {
      ids: new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]))),
      hrefs: [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1])),
    };
    cache.set(file, entry);
  }
  return entry;
}

/** The file a relative link from `from` opens, as a static server would serve it. */
function target(from: string, href: string): string {
  const path = normalize(join(dirname(from), decodeURIComponent(href.split('#')[0])));
  return path === normalize(from) || href.startsWith('#')
    ? from
    : existsSync(path) && statSync(path).isDirectory()
      ? join(path, 'index.html')
      : path;
}

describe('links in dist/', () => {
  it('every internal link and #fragment resolves (zero broken)', () => {
    const broken: string[] = [];
    for (const file of pages.filter((f) => !f.endsWith('404.html'))) {
      for (const href of read(file).hrefs) {
        if (/^(?:https?:|mailto:)/.test(href)) continue;
        const to = target(file, href);
        if (!existsSync(to)) {
          broken.push(`${file} → ${href} (no file)`);
          continue;
        }
        const fragment = href.includes('#') ? decodeURIComponent(href.split('#')[1]) : '';
        if (fragment && to.endsWith('.html') && !read(to).ids.has(fragment))
          broken.push(`${file} → ${href} (no #${fragment})`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('every id of the ingest model is on its document page exactly once', async () => {
    for (const doc of Object.values(await seeds())) {
      const html = readFileSync(`dist/${doc.language}/${doc.slug}/index.html`, 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      for (const id of [...doc.blocks.map((b) => b.id), ...doc.footnotes.map((n) => n.id)]) {
        expect(ids.filter((x) => x === id).length, `${doc.slug}#${id}`).toBe(1);
      }
    }
  });

  it('every note call round-trips: call → note → back to that same call', async () => {
    for (const doc of Object.values(await seeds())) {
      const html = readFileSync(`dist/${doc.language}/${doc.slug}/index.html`, 'utf8');
      const calls = [...html.matchAll(/<a href="#(fn[^"]+)" id="(fnref[^"]+)" role="doc-noteref"/g)];
      expect(calls.length, doc.slug).toBe(doc.blocks.flatMap((b) => b.inlines).filter((i) => i.t === 'noteref').length);
      for (const [, note, ref] of calls) {
        const li = new RegExp(`<li id="${note}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
        expect(li, `${doc.slug} ${note}`).not.toBeNull();
        expect(li![1], `${doc.slug} ${note} → ${ref}`).toContain(`href="#${ref}" role="doc-backlink"`);
      }
    }
  });
});
