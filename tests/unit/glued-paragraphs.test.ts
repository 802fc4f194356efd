import { describe, expect, it } from 'vitest';
import { gluedClosingAt, gluedParagraphAt, gluedPreambularAt } from '../../src/ingest/glued-paragraphs.ts';
import { TABLES } from '../../src/ingest/languages/index.ts';

const tableFor = (l: keyof typeof TABLES) => TABLES[l];

const cut = (text: string, at: number) => (at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)]);

describe('paragraphs a pipeline glued together are set apart where the sequence says', () => {
  it('the next number after a sentence end, a note number or a heading, in English, French, Spanish and Russian', () => {
    const en = tableFor('en');
    expect(
      cut(
        '… for Sustainable Development. 16 9. We note the interest',
        gluedParagraphAt('… for Sustainable Development. 16 9. We note the interest', 9, en),
      ),
    ).toEqual(['… for Sustainable Development. 16', '9. We note the interest']);
    expect(gluedParagraphAt('Global context and shared commitments 3. We gather at', 3, en)).toBe(37);
    const fr = 'de la Charte des Nations Unies ; 4. Prie le Secrétaire général';
    expect(cut(fr, gluedParagraphAt(fr, 4, tableFor('fr')))).toEqual([
      'de la Charte des Nations Unies ;',
      '4. Prie le Secrétaire général',
    ]);
    const es = 'en la materia; 5. Decide seguir ocupándose';
    expect(cut(es, gluedParagraphAt(es, 5, tableFor('es')))[1]).toBe('5. Decide seguir ocupándose');
    const ru = 'Организации Объединенных Наций; 2. Просит Генерального секретаря';
    expect(cut(ru, gluedParagraphAt(ru, 2, tableFor('ru')))[1]).toBe('2. Просит Генерального секретаря');
  });

  it('never a number out of sequence, nor one that a noun counts', () => {
    const en = tableFor('en');
    expect(gluedParagraphAt('as set out in paragraph 5. The Assembly', 5, en)).toBe(-1);
    expect(gluedParagraphAt('recalling paragraphs 3, 4 and 5. Requests', 5, en)).toBe(-1);
    expect(gluedParagraphAt('on 8 December 2005. 7. Requests', 6, en)).toBe(-1);
    expect(gluedParagraphAt('dans sa résolution 3. Prie', 3, tableFor('fr'))).toBe(-1);
    expect(gluedParagraphAt('en el párrafo 5. Pide', 5, tableFor('es'))).toBe(-1);
    // Paragraph 1 opens only where the preamble's last paragraph ends with its comma.
    expect(gluedParagraphAt('the Charter. 1. Decides', 1, en)).toBe(-1);
    expect(gluedParagraphAt('of nuclear weapons, 1. Demands that', 1, en)).toBe(19);
  });

  it('a capitalised preambular opening after a comma, never in a script without case', () => {
    const en = 'of nuclear weapons, Concerned also that inherent limitations';
    expect(cut(en, gluedPreambularAt(en, tableFor('en')))).toEqual([
      'of nuclear weapons,',
      'Concerned also that inherent limitations',
    ]);
    expect(gluedPreambularAt('of nuclear weapons, concerned also that', tableFor('en'))).toBe(-1);
    const fr = 'de la Charte, Rappelant sa résolution 70/1,';
    expect(cut(fr, gluedPreambularAt(fr, tableFor('fr')))[1]).toBe('Rappelant sa résolution 70/1,');
    expect(gluedPreambularAt('وإذ تشير إلى قرارها، وإذ تؤكد من جديد', tableFor('ar'))).toBe(-1);
  });

  it('the closing line run onto the last paragraph', () => {
    const t = 'the item entitled “Lethal autonomous weapons systems”. 52nd plenary meeting 1 December 2025';
    expect(cut(t, gluedClosingAt(t, tableFor('en')))[1]).toBe('52nd plenary meeting 1 December 2025');
    expect(gluedClosingAt('as decided at its 52nd plenary meeting on 1 December 2025, and', tableFor('en'))).toBe(-1);
  });
});
