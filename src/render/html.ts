/**
 * The two escapes of the page markup (src/render/*), written as Astro writes them, so that
 * a fragment rendered here is byte for byte what the same template wrote through Astro:
 * text as Astro escapes an expression (`&<>'"`), an attribute as Astro writes a dynamic one
 * (`&` and `"` only; no attribute when the value is undefined, the bare name when empty).
 * Every string that comes from a source text goes through one of these, or through
 * site/inline-html.ts (the paragraph's own words, escaped with escapeText).
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content: what `{text}` in an Astro template writes. */
export const escapeHtml = (s: string): string => s.replace(/[&<>'"]/g, (c) => ENTITY[c]);

/** One attribute, with its leading space: what `name={value}` in an Astro template writes. */
export const attribute = (name: string, value: string | number | undefined): string => {
  if (value === undefined) return '';
  const s = String(value);
  return s === '' ? ` ${name}` : ` ${name}="${s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
};

/** Several attributes in order; undefined ones are left out. */
export const attributes = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .map(([name, value]) => attribute(name, value))
    .join('');
