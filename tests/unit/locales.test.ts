import { readFileSync, readdirSync } from 'node:fs';
import { ANNOTATION_KINDS } from '../../src/annotations/annotation.ts';
import { describe, expect, it } from 'vitest';
import { LOCALES, dir, t } from '../../src/i18n/index.ts';
import { CITATION_RELATIONS, LANGUAGES } from '../../src/model/document.ts';

describe('interface strings', () => {
  const reference = Object.keys(LOCALES.fr).sort();

  it.each(LANGUAGES)('the %s locale has every key and no extra one, none empty', (lang) => {
    expect(Object.keys(LOCALES[lang]).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(LOCALES[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('keeps the same interpolation variables in every language', () => {
    for (const key of reference) {
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      for (const lang of LANGUAGES) expect(vars(LOCALES[lang][key]), `${lang} ${key}`).toEqual(vars(LOCALES.fr[key]));
    }
  });

  it('uses every key somewhere in the site code (no dead strings)', () => {
    const code = [
      ...readdirSync('src', { recursive: true, withFileTypes: true }),
      ...readdirSync('public', { withFileTypes: true }),
    ]
      .filter((f) => f.isFile() && /\.(astro|ts|js)$/.test(f.name))
      .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8'))
      .join('\n');
    // Built as `type.${…}`, `body.${…}` (also looked up so by search.js), `annotation.kind.${…}`
    // and `relation.${…}` (a citation's relation; the other `relation.` keys are literal).
    const relations = CITATION_RELATIONS.map((r) => `relation.${r}`);
    const dynamic = /^(?:type|body|annotation\.kind)\./;
    for (const key of reference.filter((k) => !dynamic.test(k) && !relations.includes(k) && k !== 'language.name'))
      expect(code.includes(`'${key}'`), key).toBe(true);
    // Every kind of annotation has its name, and no other.
    expect(reference.filter((k) => k.startsWith('annotation.kind.')).sort()).toEqual(
      ANNOTATION_KINDS.map((k) => `annotation.kind.${k}`).sort(),
    );
    // Every relation of a citation has its name.
    for (const key of relations) expect(reference, key).toContain(key);
  });

  it('translates through i18next and takes the direction from Intl', () => {
    expect(t('ar')('nav.skip')).toBe(LOCALES.ar['nav.skip']);
    expect(t('zh')('para.name', { n: 12 })).toBe('第 12 段');
    expect(LANGUAGES.map(dir)).toEqual(['rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
