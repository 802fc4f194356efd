import { newestDate, toMarcXml } from '../../../exports/marc.ts';
import { corpus } from '../../../site/corpus.ts';
import { documentFile } from '../../../site/exports.ts';
import { siteUrl } from '../../../site/paths.ts';

// A MARC 21 record (MARCXML) for library catalogues; all of them in /data/catalog.marc.xml.
export const { getStaticPaths, GET } = documentFile('application/marcxml+xml', async (doc) =>
  toMarcXml(doc, { site: siteUrl(), entered: newestDate((await corpus()).documents) }),
);
