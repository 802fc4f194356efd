/**
 * DPUB-ARIA roles (W3C Digital Publishing WAI-ARIA Module 1.1) that the pages use. Astro's
 * `AriaRole` type lists WAI-ARIA's roles only, so an element takes one of these by spreading
 * `{...dpubRole('doc-noteref')}`: the role is still checked, against this list.
 * (`doc-endnote` is deprecated and not offered: axe flags it.)
 */
export type DpubRole = 'doc-noteref' | 'doc-backlink' | 'doc-footnote' | 'doc-endnotes' | 'doc-glossary';

export const dpubRole = (role: DpubRole): { [attribute: string]: string } => ({ role });
