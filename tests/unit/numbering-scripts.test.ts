import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numeralValue } from '../../src/ingest/ids.ts';
import { ingest } from '../../src/ingest/index.ts';

/**
 * Numbering as each script prints it, in small constructed texts (tests/fixtures/numbering/)
 * for the shapes the corpus lacks: Chinese numerals "一、" and the heavenly stems 甲 乙 丙,
 * full-width "（a）" beside ASCII "(c)", Arabic "1 -", "2-", "(أ)", "ج –" under a formula
 * ending with a colon, Cyrillic "а)", "б)". Ids are the same in every language.
 */
const idsOf = async (file: string) => {
  const path = `tests/fixtures/numbering/${file}`;
  const r = await ingest(path, readFileSync(path));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.document.blocks.filter((b) => b.kind !== 'closing').map((b) => `${b.id}:${b.label ?? ''}`);
};

describe('numbering in every script maps to the same ids', () => {
  it('reads Chinese numerals', () => {
    expect(['一', '九', '十', '十二', '二十', '二十一', '一百零五'].map(numeralValue)).toEqual([
      1, 9, 10, 12, 20, 21, 105,
    ]);
    expect(numeralValue('决定')).toBeNull();
  });

  it('Chinese "一、" paragraphs and 甲 乙 丙 sub-paragraphs; the masthead\'s bare "大会" is no formula', async () => {
    expect(await idsOf('zh-words.txt')).toEqual([
      'formula:',
      'pp1:1',
      'pp2:2',
      'p1:一',
      'p2:二',
      'p2-a:甲',
      'p2-b:乙',
      'p2-c:丙',
      'p3:三',
    ]);
  });

  it('Chinese full-width "（a）" and ASCII-folded "(c)" in one list', async () => {
    expect(await idsOf('zh-fullwidth.txt')).toEqual([
      'formula:',
      'pp1:1',
      'p1:1',
      'p2:2',
      'p2-a:a',
      'p2-b:b',
      'p2-c:c',
      'p3:3',
    ]);
  });

  it('Arabic "1 -", "2-", "(أ)", "ج –" under "إن مجلس الأمن:"', async () => {
    expect(await idsOf('ar-dashes.txt')).toEqual([
      'formula:',
      'pp1:1',
      'pp2:2',
      'p1:1',
      'p2:2',
      'p2-a:أ',
      'p2-b:ب',
      'p2-c:ج',
      'p3:3',
    ]);
  });

  it('Cyrillic "а)", "б)"', async () => {
    expect(await idsOf('ru-cyrillic-letters.txt')).toEqual(['formula:', 'pp1:1', 'p1:1', 'p1-a:а', 'p1-b:б', 'p2:2']);
  });
});
