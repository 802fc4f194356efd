import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { loadCorpus } from '../../src/ingest/corpus.ts';
import { isSymbol } from '../../src/ingest/symbols.ts';
import { LANGUAGES, type Language } from '../../src/model/document.ts';
import { COMPONENTS, MAIN_COMMITTEES, SERIES, romanToNumber } from '../../src/model/symbol-parts.ts';
import { explainSymbol, ordinal } from '../../src/site/symbol-parts.ts';

/** A symbol explained, as [printed, meaning] pairs per symbol. */
const explained = (symbol: string, language: Language) =>
  explainSymbol(symbol, language).map((parts) => parts.map((p) => [p.printed, p.meaning]));

describe('the symbol explained, part by part', () => {
  it('explains every seed’s symbol', async () => {
    const { documents } = await loadCorpus('seeds', 'content');
    const symbols = documents.map((d) => d.metadata.symbol).filter((s) => s !== null && s !== undefined);
    expect(symbols.sort()).toEqual(['A/C.2/78/L.11', 'A/RES/80/173', 'ESCAP/RES/80/1']);
    expect(explained('A/RES/80/173', 'fr')).toEqual([
      [
        ['A', 'Assemblée générale'],
        ['RES', 'résolution'],
        ['80', '80e session'],
        ['173', 'numéro'],
      ],
    ]);
    expect(explained('A/RES/80/173', 'en')).toEqual([
      [
        ['A', 'General Assembly'],
        ['RES', 'resolution'],
        ['80', '80th session'],
        ['173', 'number'],
      ],
    ]);
    expect(explained('A/RES/80/173', 'zh')).toEqual([
      [
        ['A', '大会'],
        ['RES', '决议'],
        ['80', '第80届会议'],
        ['173', '编号'],
      ],
    ]);
    expect(explained('A/C.2/78/L.11', 'fr')).toEqual([
      [
        ['A', 'Assemblée générale'],
        ['C.2', 'Deuxième Commission'],
        ['78', '78e session'],
        ['L.', 'distribution limitée, en général un projet'],
        ['11', 'numéro'],
      ],
    ]);
    expect(explained('A/C.2/78/L.11', 'en')).toEqual([
      [
        ['A', 'General Assembly'],
        ['C.2', 'Second Committee'],
        ['78', '78th session'],
        ['L.', 'limited distribution, usually a draft'],
        ['11', 'number'],
      ],
    ]);
    expect(explained('A/C.2/78/L.11', 'ar')).toEqual([
      [
        ['A', 'الجمعية العامة'],
        ['C.2', 'اللجنة الثانية'],
        ['78', 'الدورة 78'],
        ['L.', 'توزيع محدود، وعادةً ما تكون الوثيقة مشروعًا'],
        ['11', 'الرقم'],
      ],
    ]);
    expect(explained('ESCAP/RES/80/1', 'fr')).toEqual([
      [
        ['ESCAP', 'Commission économique et sociale pour l’Asie et le Pacifique'],
        ['RES', 'résolution'],
        ['80', '80e session'],
        ['1', 'numéro'],
      ],
    ]);
    expect(explained('ESCAP/RES/80/1', 'ru')).toEqual([
      [
        ['ESCAP', 'Экономическая и социальная комиссия для Азии и Тихого океана'],
        ['RES', 'резолюция'],
        ['80', '80-я сессия'],
        ['1', 'номер'],
      ],
    ]);
  });

  it('reads a Council resolution’s year, an early Assembly session in roman numerals, an ECOSOC year', () => {
    expect(explained('S/RES/242 (1967)', 'fr')).toEqual([
      [
        ['S', 'Conseil de sécurité'],
        ['RES', 'résolution'],
        ['242', 'numéro'],
        ['(1967)', 'adoptée en 1967'],
      ],
    ]);
    expect(explained('S/RES/242 (1967)', 'en')[0][3]).toEqual(['(1967)', 'adopted in 1967']);
    expect(explained('S/RES/242 (1967)', 'zh')[0][3]).toEqual(['(1967)', '1967年通过']);
    expect(explained('A/RES/2758(XXVI)', 'fr')).toEqual([
      [
        ['A', 'Assemblée générale'],
        ['RES', 'résolution'],
        ['2758', 'numéro'],
        ['(XXVI)', 'adoptée à la 26e session'],
      ],
    ]);
    expect(explained('A/RES/2758(XXVI)', 'en')[0][3]).toEqual(['(XXVI)', 'adopted at the 26th session']);
    expect(explained('A/RES/2758(XXVI)', 'ar')[0][3]).toEqual(['(XXVI)', 'اتُّخذ في الدورة 26']);
    expect(explained('E/RES/2023/3', 'en')).toEqual([
      [
        ['E', 'Economic and Social Council'],
        ['RES', 'resolution'],
        ['2023', 'year'],
        ['3', 'number'],
      ],
    ]);
    expect(explained('E/RES/2023/3', 'fr')[0].slice(2)).toEqual([
      ['2023', 'année'],
      ['3', 'numéro'],
    ]);
    expect(explained('ESCAP/RES/80/1', 'en')[0][2]).toEqual(['80', '80th session']);
  });

  it('explains both symbols of a document issued under two', () => {
    expect(explained('A/78/62-E/2023/49', 'fr')).toEqual([
      [
        ['A', 'Assemblée générale'],
        ['78', '78e session'],
        ['62', 'numéro'],
      ],
      [
        ['E', 'Conseil économique et social'],
        ['2023', 'année'],
        ['49', 'numéro'],
      ],
    ]);
    expect(explained('A/78/62-E/2023/49', 'en')[1]).toEqual([
      ['E', 'Economic and Social Council'],
      ['2023', 'year'],
      ['49', 'number'],
    ]);
  });

  it('reads the common subsidiary components', () => {
    expect(explained('A/ES-11/L.1/Rev.2', 'en')).toEqual([
      [
        ['A', 'General Assembly'],
        ['ES-11', '11th emergency special session'],
        ['L.', 'limited distribution, usually a draft'],
        ['1', 'number'],
        ['Rev.2', 'revision 2'],
      ],
    ]);
    expect(explained('A/ES-11/L.1/Rev.2', 'fr')[0][1]).toEqual(['ES-11', '11e session extraordinaire d’urgence']);
    expect(explained('S/PRST/2023/1', 'en')[0][1]).toEqual(['PRST', 'presidential statement']);
    expect(explained('A/78/PV.12', 'fr')[0].slice(1)).toEqual([
      ['78', '78e session'],
      ['PV.', 'procès-verbal d’une séance'],
      ['12', 'numéro de la séance'],
    ]);
    expect(explained('A/CONF.157/24/Corr.1/Add.3', 'en')[0].slice(1)).toEqual([
      ['CONF.157', 'conference 157'],
      ['24', 'number'],
      ['Corr.1', 'corrigendum 1'],
      ['Add.3', 'addendum 3'],
    ]);
    expect(explained('A/INF/78/1', 'en')[0][1]).toEqual(['INF', 'information series']);
    expect(explained('A/S-27/19', 'en')[0][1]).toEqual(['S-27', '27th special session']);
    expect(explained('A/HRC/RES/52/1', 'en')[0].slice(1, 4)).toEqual([
      ['HRC', 'Human Rights Council'],
      ['RES', 'resolution'],
      ['52', '52nd session'],
    ]);
    for (const [k, name] of ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'].entries())
      expect(explained(`A/C.${k + 1}/78/L.1`, 'en')[0][1]).toEqual([`C.${k + 1}`, `${name} Committee`]);
    // Outside the General Assembly, C.12 is a committee, not a Main Committee.
    expect(explained('E/C.12/2023/1', 'en')[0][1]).toEqual(['C.12', 'committee 12']);
  });

  it('keeps what it does not know as printed, with no meaning', () => {
    expect(explained('A/CONF.157/24 (Part I)', 'en')[0].slice(3)).toEqual([['(Part I)', null]]);
    expect(explained('UNEP/EA.6/Res.1', 'fr')).toEqual([
      [
        ['UNEP', 'Programme des Nations Unies pour l’environnement'],
        ['EA.6', null],
        ['Res.1', null],
      ],
    ]);
    expect(explained('DP/2023/1', 'en')).toEqual([
      [
        ['DP', null],
        ['2023', 'year'],
        ['1', 'number'],
      ],
    ]);
    // A series the table lacks: its grammar is unknown, so not even its numbers are read.
    expect(explained('XYZ/12/QQ', 'en')).toEqual([
      [
        ['XYZ', null],
        ['12', null],
        ['QQ', null],
      ],
    ]);
    expect(explained('A/RES', 'en')[0][1]).toEqual(['RES', 'resolution']);
  });

  it('writes ordinals right in each language (Intl ordinal categories)', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 80, 101, 111, 112].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '80th',
      '101st',
      '111th',
      '112th',
    ]);
    expect([1, 2, 80].map((n) => ordinal(n, 'fr'))).toEqual(['1re', '2e', '80e']);
    expect(explained('A/RES/1/1', 'fr')[0][2]).toEqual(['1', '1re session']);
    expect(ordinal(80, 'es')).toBe('80.º');
    expect(explained('A/RES/80/173', 'es')[0][2]).toEqual(['80', '80.º período de sesiones']);
    expect(ordinal(1, 'ru')).toBe('1-я');
    // Every ordinal category of the six languages has its string.
    for (const l of LANGUAGES)
      for (const c of new Intl.PluralRules(l, { type: 'ordinal' }).resolvedOptions().pluralCategories)
        expect(LOCALES[l][`symbol.nth.${c}`], `${l} ${c}`).toBeDefined();
  });

  it('reads roman numerals', () => {
    expect(['I', 'IV', 'IX', 'XXVI', 'LIII', 'XC'].map(romanToNumber)).toEqual([1, 4, 9, 26, 53, 90]);
    expect(['', 'IIII', 'ABC', '1967'].map(romanToNumber)).toEqual([null, null, null, null]);
  });

  it('is one table: ingest recognises the series it explains, and every name is in the six locales', () => {
    for (const series of Object.keys(SERIES)) expect(isSymbol(`${series}/1`), series).toBe(true);
    const keys = [
      ...Object.values(SERIES),
      ...Object.values(COMPONENTS).map((c) => c.key),
      ...Object.values(MAIN_COMMITTEES),
    ].filter((k): k is string => k !== null);
    for (const l of LANGUAGES) for (const k of keys) expect(LOCALES[l][k], `${l} ${k}`).toBeDefined();
    // No name left over in the locales that the table does not use.
    const named = Object.keys(LOCALES.fr).filter((k) => /^symbol\.(?:series|part)\./.test(k));
    expect(named.sort()).toEqual(keys.filter((k) => k.startsWith('symbol.')).sort());
  });
});
