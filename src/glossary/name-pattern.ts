/**
 * A name as a pattern that survives typography: either apostrophe, any run of spaces
 * (a PDF line break became one), and whole words only.
 */
export function namePattern(name: string): string {
  const escaped = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
}
