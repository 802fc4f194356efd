/**
 * Editors' annotations as plain text, by document slug and paragraph id, for the search
 * records. The records are written after Astro's build, outside Vite, where the MDX
 * modules (src/site/annotations.ts) cannot be imported; the build has already checked
 * every annotation, so here the files are only read: front matter for the targets, the
 * body with its Markdown and JSX markup removed (search wants the words).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** slug → paragraph id → the texts of the annotations that target it. */
export function annotationTexts(contentDir: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const root = join(contentDir, 'annotations');
  if (!existsSync(root)) return out;
  for (const slug of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, slug))
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const raw = readFileSync(join(root, slug, file), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
      if (!m) continue;
      const targets = (parse(m[1]) as { targets?: string[] })?.targets ?? [];
      const words = m[2]
        .replace(/^(?:import|export)\s.*$/gm, '') // MDX module lines
        .replace(/<[^>]*>|\{[^}]*\}/g, ' ') // JSX tags and expressions
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their words
        .replace(/[*_`#>]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const bySlug = out.get(slug) ?? new Map<string, string[]>();
      for (const t of targets) bySlug.set(t, [...(bySlug.get(t) ?? []), words]);
      out.set(slug, bySlug);
    }
  }
  return out;
}
