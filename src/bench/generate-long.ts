import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../ingest/corpus.ts';
import { plainText } from '../ingest/references.ts';
import type { Block, Document } from '../model/document.ts';
import { random } from './random.ts';

const SESSION = 85;
const MINI_LANGUAGES = ['en', 'es', 'ar', 'zh', 'ru'] as const;

/** The paragraphs of the five seeds, by kind: the material generated documents are made of. */
async function material(): Promise<{ preambular: string[]; operative: Block[]; sub: string[]; notes: string[] }> {
  const { documents } = await loadCorpus('seeds', 'content');
  const text = (b: { inlines: Block['inlines'] }) => plainText(b.inlines).replace(/\s+/g, ' ').trim();
  const of = (kind: Block['kind']) =>
    documents.flatMap((d: Document) => d.blocks.filter((b) => b.kind === kind && d.language === 'fr'));
  return {
    preambular: of('preambular')
      .map(text)
      .filter((t) => t.length > 40),
    operative: of('operative').filter((b) => text(b).length > 30),
    sub: of('subparagraph')
      .map(text)
      .filter((t) => t.length > 20),
    notes: documents.flatMap((d) => d.footnotes.filter((n) => !n.missing).map(text)).filter((t) => t.length > 5),
  };
}

/**
 * `npm run bench -- --long`: the generator of the bench of issue #8, kept so its figures
 * can be compared (about 60 paragraphs per document, far longer than most resolutions).
 * Writes N documents into `dir`/seeds and their metadata into `dir`/content/documents:
 * resolutions A/RES/85/k with dates, paragraphs drawn from the seeds and renumbered,
 * footnotes numbered in order, and references to earlier generated resolutions ("sa
 * résolution 85/12") so that links and the citation index have real work. One document
 * in ten is a mini-document in another UN language (tests/fixtures/mini).
 */
export async function generateLongCorpus(n: number, dir: string): Promise<{ bytes: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'content/documents'), { recursive: true });
  const m = await material();
  const next = random(n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  let bytes = 0;
  for (let k = 1; k <= n; k++) {
    const date = new Date(Date.UTC(2030, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    const name = `gen-${String(k).padStart(5, '0')}.md`;
    let source: string;
    let language = 'fr';
    if (k % 10 === 0) {
      language = MINI_LANGUAGES[(k / 10) % MINI_LANGUAGES.length];
      source = readFileSync(`tests/fixtures/mini/${language}.txt`, 'utf8');
    } else {
      const notes: string[] = [];
      const call = (text: string) => {
        notes.push(text);
        return `[^${notes.length}]`;
      };
      const lines = [
        `**Document généré ${k} sur les technologies numériques au service du développement durable**`,
        '',
        "*L'Assemblée générale,*",
        '',
      ];
      for (let j = between(1, 3); j > 0 && k > 1; j--)
        lines.push(`*Rappelant* sa résolution ${SESSION}/${between(1, k - 1)} du ${date},`, '');
      for (let j = between(6, 14); j > 0; j--)
        lines.push(`${pick(m.preambular)}${next() < 0.15 ? call(pick(m.notes)) : ''}`, '');
      const operative = between(10, 40);
      for (let p = 1; p <= operative; p++) {
        lines.push(
          `${p}. ${plainText(pick(m.operative).inlines).replace(/\s+/g, ' ').trim()}${next() < 0.12 ? call(`Voir résolution ${SESSION}/${between(1, Math.max(1, k - 1))}.`) : ''}`,
          '',
        );
        if (next() < 0.25) for (let s = 0; s < between(2, 5); s++) lines.push(`${'abcdefgh'[s]}) ${pick(m.sub)}`, '');
      }
      lines.push('*68e séance plénière*', '');
      notes.forEach((t, j) => lines.push(`[^${j + 1}]: ${t}`));
      source = `${lines.join('\n')}\n`;
    }
    writeFileSync(join(dir, 'seeds', name), source);
    bytes += Buffer.byteLength(source);
    writeFileSync(
      join(dir, 'content/documents', `${name}.yaml`),
      `source: ${name}\nsymbol: A/RES/${SESSION}/${k}\ntype: resolution\ndate: "${date}"\nlanguage: ${language}\n`,
    );
  }
  return { bytes };
}
