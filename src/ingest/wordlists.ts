import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Set<string>>>();

/**
 * Loads an `an-array-of-*-words` list once per process: a `Set` of every inflected form,
 * which answers "is this joined word a word?" in ~1 µs, far lighter than a Hunspell
 * dictionary for that one question (DESIGN.md, measured facts).
 */
export function loadWordList(pkg: string): Promise<Set<string>> {
  let list = cache.get(pkg);
  if (!list) {
    list = Promise.resolve().then(() => new Set<string>(require(pkg) as string[]));
    cache.set(pkg, list);
  }
  return list;
}
