const cache = new Map<string, Promise<Set<string>>>();

/**
 * Loads an `an-array-of-*-words` list once per process: a `Set` of every inflected form,
 * which answers "is this joined word a word?" in ~1 µs, far lighter than a Hunspell
 * dictionary for that one question (DESIGN.md, measured facts). Node's `require` is
 * imported only when a list is first asked for: the language tables that name these
 * lists are also bundled for the browser (the resolver, src/resolve/), which never asks.
 */
export function loadWordList(pkg: string): Promise<Set<string>> {
  let list = cache.get(pkg);
  if (!list) {
    list = import('node:module').then(
      ({ createRequire }) => new Set<string>(createRequire(import.meta.url)(pkg) as string[]),
    );
    cache.set(pkg, list);
  }
  return list;
}
