/**
 * The files beside each document's page, for researchers and catalogues (README, "For
 * each document"): the model, its plain text, Akoma Ntoso, a MARC record and three citation
 * formats. Each is a pure function of the model (src/exports/); they are written here, by
 * the writer, rather than one Astro endpoint per file and document.
 */
import { toAkomaNtoso } from '../exports/akoma-ntoso.ts';
import { citationFormats } from '../exports/citation.ts';
import { toMarcXml } from '../exports/marc.ts';
import { toPlainText } from '../exports/plain-text.ts';
import type { Document } from '../model/document.ts';
import type { WriterContext } from './context.ts';
import type { OutputFile } from './paragraph-pages.ts';

export function documentExports(doc: Document, shared: WriterContext): OutputFile[] {
  const cite = citationFormats(doc);
  const files: Record<string, string> = {
    // The Document model itself (schema: /data/document.schema.json).
    'data.json': `${JSON.stringify(doc, null, 2)}\n`,
    'data.txt': toPlainText(doc),
    'data.xml': toAkomaNtoso(doc),
    // A MARC 21 record (MARCXML) for library catalogues; all of them in /data/catalog.marc.xml.
    'marc.xml': toMarcXml(doc, { site: shared.site, entered: shared.entered }),
    'cite.bib': `${cite.bibtex}\n`,
    'cite.csl.json': `${cite.csl}\n`,
    'cite.ris': `${cite.ris}\n`,
  };
  return Object.entries(files).map(([name, text]) => ({ path: `${doc.language}/${doc.slug}/${name}`, text }));
}
