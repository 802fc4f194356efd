import { citationFormats } from '../../../exports/citation.ts';
import { documentFile } from '../../../site/exports.ts';

export const { getStaticPaths, GET } = documentFile(
  'application/x-bibtex; charset=utf-8',
  (doc) => `${citationFormats(doc).bibtex}\n`,
);
