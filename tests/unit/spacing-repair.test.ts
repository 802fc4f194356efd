import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { table } from '../../src/ingest/languages/index.ts';
import { corpusOf, type Lexicon, repairSpacing } from '../../src/ingest/reflow.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Language } from '../../src/model/document.ts';

/** Runs the spacing repair on one paragraph as ingest does: the document is its own corpus. */
async function repair(language: Language, text: string, context: string[] = []) {
  const lang = table(language);
  const lex: Lexicon = {
    words: (await lang.words?.()) ?? null,
    corpus: corpusOf([text, ...context]),
    letterWords: new Set(lang.letterWords),
  };
  const repairs: string[] = [];
  const out = repairSpacing(text, lex, lang.elisions, (from, to) => repairs.push(`${from} → ${to}`));
  return { out, repairs };
}

describe('spacing repair never joins two words', () => {
  it('keeps Spanish prepositions and conjunctions apart (a la, a las, y al, a cabo)', async () => {
    const texts = [
      'Exhorta a las partes a poner fin a la violencia y al conflicto armado',
      'Decide reconocer a los representantes y restituir a la población sus derechos',
      'llevar a cabo las medidas o e u y a',
    ];
    for (const t of texts) expect(await repair('es', t)).toEqual({ out: t, repairs: [] });
  });

  it('keeps French one-letter words apart (a, à, y)', async () => {
    const t = 'Le Conseil a la charge de veiller à la paix et il y a lieu de le dire';
    expect(await repair('fr', t)).toEqual({ out: t, repairs: [] });
  });

  it('keeps English letters beside a word apart unless the document writes the joined form (d of, m or)', async () => {
    const t = 'subparagraph d of paragraph 2 and item m or any other item';
    expect(await repair('en', t)).toEqual({ out: t, repairs: [] });
    // "t he" is debris: the document writes "the" elsewhere, so the letter joins.
    const debris = await repair('en', 'Calls upon t he parties', ['the Council, the Members']);
    expect(debris.out).toBe('Calls upon the parties');
    expect(debris.repairs).toEqual(['t he → the']);
  });

  it('still repairs words cut in two where a piece is not a word (pu isse, e t, involv ing)', async () => {
    expect((await repair('fr', 'afin qu’il pu isse parvenir')).out).toBe('afin qu’il puisse parvenir');
    expect((await repair('fr', 'des recommandations e t des directives')).out).toBe(
      'des recommandations et des directives',
    );
    const en = await repair('en', 'activities involv ing the parties');
    expect(en).toEqual({ out: 'activities involving the parties', repairs: ['involv ing → involving'] });
  });

  it('counts a piece the document writes alone elsewhere as a word', async () => {
    // Neither "regio" nor "nal" is in the Spanish list; the text writes each on its own.
    const t = 'la regio nal';
    expect((await repair('es', t)).out).toBe('la regional');
    expect((await repair('es', t, ['la regio norte', 'el nal sur'])).out).toBe(t);
  });

  it('joins a spaced apostrophe only after an elided form the language lists', async () => {
    expect((await repair('fr', 'de l ’information')).out).toBe('de l’information');
    const ayn = 'the Khawr ’Abd Allah waterway';
    expect((await repair('en', ayn)).out).toBe(ayn);
  });
});

describe('spacing repair on real web copies', () => {
  let spanish: string;
  beforeAll(async () => {
    const file = 'tests/fixtures/corpus/web/es_s-res-53-1948-pagina17.txt';
    const r = await ingest(file, readFileSync(file));
    if (!r.ok) throw new Error(r.diagnostic.message);
    spanish = r.document.blocks.map((b) => plainText(b.inlines)).join('\n');
    expect(r.document.diagnostics.filter((d) => d.code === 'spacing-repaired')).toEqual([]);
  });

  it('keeps "a las", "a la" and "y al" in the Spanish Council resolution', () => {
    expect(spanish).toMatch(/(?<!\p{L})a las(?!\p{L})/u);
    expect(spanish).toMatch(/(?<!\p{L})a la(?!\p{L})/u);
    expect(spanish).toMatch(/(?<!\p{L})y al(?!\p{L})/u);
    expect(spanish).not.toMatch(/(?<!\p{L})(?:alas|ala|yal)(?!\p{L})/u);
  });
});
