import { citationFormats } from '../../../exports/citation.ts';
import { documentFile } from '../../../site/exports.ts';

export const { getStaticPaths, GET } = documentFile(
  'application/vnd.citationstyles.csl+json',
  (doc) => `${citationFormats(doc).csl}\n`,
);
