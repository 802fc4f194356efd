import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Language } from '../../src/model/document.ts';
import type { Instruments } from '../../src/resolve/find.ts';

/**
 * Every example of issue #17, a sentence each, as a reader would paste them (a line break
 * inside a named instrument, as a PDF copy leaves it), with the symbols they must give.
 */
export const EXAMPLES = {
  text: [
    'Le représentant a présenté le projet A/C.3/78/L.41/Rev.1.',
    'Il a rappelé la résolution 70/1.',
    'Il a aussi rappelé les résolutions 56/183 et 57/238.',
    'Voir la résolution 2023/3 du Conseil économique et social.',
    'Le Conseil avait adopté S/RES/242 (1967) à l’unanimité.',
    'La résolution 2758 (XXVI) a été adoptée en 1971.',
    'Conformément au paragraphe 5 de la résolution 70/1.',
    'La résolution A/RES/80/173 est publiée sur ce site.',
    'Le Programme de développement durable à\nl’horizon 2030 reste le cadre.',
  ].join('\n'),
  language: 'fr' as Language,
  symbols: [
    'A/C.3/78/L.41/Rev.1',
    'A/RES/70/1',
    'A/RES/56/183',
    'A/RES/57/238',
    'E/RES/2023/3',
    'S/RES/242',
    'A/RES/2758(XXVI)',
    'A/RES/70/1',
    'A/RES/80/173',
    'A/RES/70/1',
  ],
};

/** Real texts as they were received (web copies), read whole, raw: the language is in the name. */
export const WEB_TEXTS = ['en_a-res-80-45.txt', 'ru_s-res-1913-2010.txt', 'zh_a-es-11-l-1-page2.txt'].map((f) => ({
  name: f,
  language: f.slice(0, 2) as Language,
  text: readFileSync(`tests/fixtures/corpus/web/${f}`, 'utf8'),
}));

let seeds: Promise<{ corpus: Awaited<ReturnType<typeof loadCorpus>>; instruments: Instruments }> | undefined;
/** The corpus as the build and `npm run resolve` load it, and its glossaries' instruments. */
export function seedCorpus() {
  seeds ??= loadCorpus('seeds', 'content').then((corpus) => ({
    corpus,
    instruments: Object.fromEntries([...corpus.glossaries].map(([l, g]) => [l, g.instruments])),
  }));
  return seeds;
}

/** For each seed, the paragraph that cites most (its text as the page prints it): what a reader would paste. */
export async function seedParagraphs(): Promise<{ file: string; id: string; language: Language; text: string }[]> {
  const { corpus } = await seedCorpus();
  return corpus.documents.map((d) => {
    const count = (b: (typeof d.blocks)[number]) => b.inlines.filter((i) => i.t === 'ref').length;
    const block = d.blocks.reduce((best, b) => (count(b) > count(best) ? b : best));
    return { file: d.file, id: block.id, language: d.language, text: plainText(block.inlines) };
  });
}
