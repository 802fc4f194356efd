import { readFileSync, readdirSync } from 'node:fs';
import { SOURCE_TEXT } from '../../src/ingest/corpus.ts';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { isDoubleSpaced } from '../../src/ingest/pdf-layout.ts';
import { TABLES } from '../../src/ingest/languages/index.ts';
import { parseDate } from '../../src/ingest/metadata.ts';
import { plainText } from '../../src/ingest/references.ts';
import type { Document } from '../../src/model/document.ts';

async function mini(lang: string): Promise<Document> {
  const result = await ingest(`${lang}.txt`, readFileSync(`tests/fixtures/mini/${lang}.txt`));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.document;
}

const formulas: Record<string, string> = {
  es: 'La Asamblea General,',
  en: 'The General Assembly,',
  ar: 'إن الجمعية العامة،',
  zh: '大会，',
  ru: 'Генеральная Ассамблея,',
};

describe.each(['es', 'en', 'ar', 'zh', 'ru'])('a mini-document in %s', (lang) => {
  it('comes out in its language, with its formula, paragraph ids, note and references', async () => {
    const d = await mini(lang);
    expect(d.language).toBe(lang);
    expect(plainText(d.blocks.find((b) => b.kind === 'formula')!.inlines)).toBe(formulas[lang]);
    expect(d.blocks.map((b) => b.id)).toEqual(['formula', 'pp1', 'pp2', 'p1', 'p2', 'p2-a', 'p2-b', 'p3']);
    expect(d.footnotes.map((n) => [n.id, n.missing])).toEqual([['fn1', false]]);
    expect(d.blocks.find((b) => b.id === 'pp1')!.inlines.some((i) => i.t === 'noteref' && i.id === 'fn1')).toBe(true);
    expect(d.references.map((r) => r.url)).toEqual(
      ['A/RES/70/125', 'E/RES/2023/3', 'A/78/62', 'A/70/PV.95'].map((s) => `https://undocs.org/${lang}/${s}`),
    );
  });
});

describe('dates per language', () => {
  it.each([
    ['fr', '17 décembre 2025'],
    ['es', '17 de diciembre de 2025'],
    ['ru', '17 декабря 2025 года'],
    ['zh', '2025年12月17日'],
    ['ar', '17 كانون الأول/ديسمبر 2025'],
    ['en', '17 December 2025'],
  ] as const)('%s: %s', (lang, text) => expect(parseDate(text, TABLES[lang])).toBe('2025-12-17'));
});

describe('sessions per language', () => {
  it.each([
    ['fr', 'Quatre-vingtième session', 'Quatre-vingtième'],
    ['en', 'Seventy-eighth session', 'Seventy-eighth'],
    ['es', 'Septuagésimo octavo período de sesiones', 'Septuagésimo octavo'],
    ['ru', 'Семьдесят восьмая сессия', 'Семьдесят восьмая'],
    ['zh', '第七十八届会议', '七十八'],
    ['ar', 'الدورة الثامنة والسبعون', 'الثامنة والسبعون'],
  ] as const)('%s: %s', (lang, line, session) => expect(TABLES[lang].session.exec(line)?.groups?.s).toBe(session));
});

describe('paragraph numbering and letters per language', () => {
  it('reads Arabic "1 -" and maps Arabic and Cyrillic letters to Latin ids by position', async () => {
    expect(TABLES.ar.operativeNumber.exec('12 - تقرر')?.groups?.n).toBe('12');
    const ar = await ingest(
      'ar.txt',
      new TextEncoder().encode('إن الجمعية العامة،\n\n1 - تهيب:\n\n(أ) أن تعزز؛\n\n(ب) أن تسد؛\n\n(ج) أن تدعم.\n'),
    );
    expect(ar.ok && ar.document.blocks.map((b) => b.id)).toEqual(['formula', 'p1', 'p1-a', 'p1-b', 'p1-c']);
    const ru = await ingest(
      'ru.txt',
      new TextEncoder().encode(
        'Генеральная Ассамблея,\n\n1. призывает:\n\nа) содействовать;\n\nб) преодолевать;\n\nв) поддерживать.\n',
      ),
    );
    expect(ru.ok && ru.document.blocks.map((b) => b.id)).toEqual(['formula', 'p1', 'p1-a', 'p1-b', 'p1-c']);
  });

  it('reads Arabic-Indic digits as ASCII and roman sub-sub-paragraphs under their letter', async () => {
    const ar = await ingest(
      'ar.txt',
      new TextEncoder().encode('إن الجمعية العامة،\n\n١ - تقرر ما يلي؛\n\n٢ - تهيب بالدول؛\n'),
    );
    expect(ar.ok && ar.document.blocks.map((b) => b.id)).toEqual(['formula', 'p1', 'p2']);
    const en = await ingest(
      'en.txt',
      new TextEncoder().encode(
        'The General Assembly,\n\n2. Calls upon:\n\n(a) States:\n\n(i) To act;\n\n(ii) To report;\n\n(b) Others to help.\n',
      ),
    );
    expect(en.ok && en.document.blocks.map((b) => b.id)).toEqual([
      'formula',
      'p2',
      'p2-a',
      'p2-a-i',
      'p2-a-ii',
      'p2-b',
    ]);
  });
});

describe('section ids across languages', () => {
  // The mini-document of each language with two untitled sections, headed in that language.
  const sectionTitles: Record<string, [string, string]> = {
    en: ['Digital divides', 'Data governance'],
    es: ['Brechas digitales', 'Gobernanza de datos'],
    ru: ['Цифровой разрыв', 'Управление данными'],
    ar: ['الفجوات الرقمية', 'حوكمة البيانات'],
    zh: ['数字鸿沟', '数据治理'],
  };
  it('gives the same section the same id in every language version: its rank, not its words', async () => {
    const ids: Record<string, string[]> = {};
    for (const [lang, [first, second]] of Object.entries(sectionTitles)) {
      const source = readFileSync(`tests/fixtures/mini/${lang}.txt`, 'utf8')
        .replace(/^1([. ])/m, `${first}\n\n1$1`)
        .replace(/^3([. ])/m, `${second}\n\n3$1`);
      const r = await ingest(`${lang}.txt`, new TextEncoder().encode(source));
      if (!r.ok) throw new Error(r.diagnostic.message);
      ids[lang] = r.document.blocks.map((b) => `${b.kind}:${b.id}`);
    }
    expect(ids.en).toEqual([
      'formula:formula',
      'preambular:pp1',
      'preambular:pp2',
      'heading:h1',
      'operative:p1',
      'operative:p2',
      'subparagraph:p2-a',
      'subparagraph:p2-b',
      'heading:h2',
      'operative:p3',
    ]);
    for (const lang of ['es', 'ru', 'ar', 'zh']) expect(ids[lang], lang).toEqual(ids.en);
  });
});

describe('blank lines: double-spaced wraps or paragraph breaks', () => {
  it('reads the two double-spaced PDF seeds as wrapped lines, the others as blank-separated', () => {
    const seeds = readdirSync('seeds')
      .filter((f) => SOURCE_TEXT.test(f))
      .sort();
    expect(seeds.map((f) => isDoubleSpaced(readFileSync(`seeds/${f}`, 'utf8').split('\n')))).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('keeps a short text of titles and one-line paragraphs apart: short unpunctuated lines are headings, not wraps', async () => {
    const source =
      'Digital cooperation\n\nThe General Assembly,\n\nRecalling its resolution 70/125,\n\nDigital divides\n\n1. Notes the gap.\n\nData governance\n\n2. Decides to act.\n';
    const r = await ingest('en.txt', new TextEncoder().encode(source));
    if (!r.ok) throw new Error(r.diagnostic.message);
    expect(r.document.blocks.map((b) => `${b.kind}:${b.id}`)).toEqual([
      'formula:formula',
      'preambular:pp1',
      'heading:h1',
      'operative:p1',
      'heading:h2',
      'operative:p2',
    ]);
  });
});
