import { citationFormats } from '../../../exports/citation.ts';
import { documentFile } from '../../../site/exports.ts';

export const { getStaticPaths, GET } = documentFile(
  'application/x-research-info-systems; charset=utf-8',
  (doc) => `${citationFormats(doc).ris}\n`,
);
