import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { type Diagnostic, Language } from '../model/document.ts';

/**
 * The glossary of one language (content/glossary/<lang>.yaml), written by editors:
 * acronyms with their expansions, and named instruments with the symbol of the text
 * that adopted them, so that "Programme de développement durable à l’horizon 2030" is a
 * citation of A/RES/70/1 like the symbol itself.
 */
export const Glossary = z
  .object({
    acronyms: z.array(z.object({ abbr: z.string().min(1), expansion: z.string().min(1) }).strict()).default([]),
    instruments: z
      .array(
        z
          .object({
            name: z.string().min(3),
            /** Other wordings of the same name ("Programme 2030"). */
            variants: z.array(z.string().min(3)).default([]),
            symbol: z
              .string()
              .regex(/^[A-Z][A-Za-z0-9.()/-]*\/[A-Za-z0-9.()/-]+$/, 'a UN document symbol, e.g. A/RES/70/1'),
            /** Where in that document ("annexe I"). */
            part: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Glossary = z.infer<typeof Glossary>;
export type Instrument = Glossary['instruments'][number];

export const EMPTY_GLOSSARY: Glossary = { acronyms: [], instruments: [] };

/** Reads content/glossary/<lang>.yaml for each language that has one. */
export async function loadGlossaries(
  contentDir: string,
): Promise<{ glossaries: Map<Language, Glossary>; problems: Diagnostic[] }> {
  const glossaries = new Map<Language, Glossary>();
  const problems: Diagnostic[] = [];
  const dir = join(contentDir, 'glossary');
  for (const f of (await readdir(dir).catch(() => [] as string[])).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const path = join('content/glossary', f);
    const lang = Language.safeParse(f.replace(/\.ya?ml$/, ''));
    if (!lang.success) {
      problems.push({
        file: path,
        line: 0,
        severity: 'error',
        code: 'glossary-language',
        message: `${path}: name the file after a UN language code (ar, en, es, fr, ru, zh)`,
      });
      continue;
    }
    try {
      const parsed = Glossary.safeParse(parse(await readFile(join(dir, f), 'utf8')) ?? {});
      if (parsed.success) glossaries.set(lang.data, parsed.data);
      else
        problems.push({
          file: path,
          line: 0,
          severity: 'error',
          code: 'glossary-invalid',
          message: `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}; it was ignored`,
        });
    } catch (error) {
      problems.push({
        file: path,
        line: 0,
        severity: 'error',
        code: 'glossary-unreadable',
        message: `${path}: not valid YAML (${String(error)}); it was ignored`,
      });
    }
  }
  return { glossaries, problems };
}

// Pure (no fs, yaml or zod): the reference grammar imports it, in ingest and in the browser.
export { namePattern } from './name-pattern.ts';
