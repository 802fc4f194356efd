import type { Language } from '../../model/document.ts';
import type { LanguageTable } from './types.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { LanguageTable } from './types.ts';

export const TABLES: Record<Language, LanguageTable> = { ar, en, es, fr, ru, zh };

export function table(language: Language): LanguageTable {
  return TABLES[language];
}
