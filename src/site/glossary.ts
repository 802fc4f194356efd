import type { Glossary } from '../glossary/glossary.ts';
import type { Language } from '../model/document.ts';
import { corpus } from './corpus.ts';

/** A language's acronyms, ready to find in text: one pattern, longest first ("ONU-Femmes" before "ONU"). */
export interface Acronyms {
  pattern: RegExp;
  expansion: Map<string, string>;
}

export function compileAcronyms(glossary: Glossary): Acronyms | undefined {
  if (glossary.acronyms.length === 0) return undefined;
  const sorted = [...glossary.acronyms].sort((a, b) => b.abbr.length - a.abbr.length);
  const alternatives = sorted.map((a) => a.abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // Whole words, hyphens included: "ONU" inside "ONU-Habitat" is not ONU alone.
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu'),
    expansion: new Map(sorted.map((a) => [a.abbr, a.expansion])),
  };
}

const compiled = new Map<Language, Promise<Acronyms | undefined>>();

/** The acronyms of the glossary of `language` (content/glossary/<language>.yaml), if any. */
export function acronymsFor(language: Language): Promise<Acronyms | undefined> {
  if (!compiled.has(language))
    compiled.set(
      language,
      corpus().then(({ glossaries }) =>
        glossaries.has(language) ? compileAcronyms(glossaries.get(language)!) : undefined,
      ),
    );
  return compiled.get(language)!;
}
