import { toAkomaNtoso } from '../../../exports/akoma-ntoso.ts';
import { documentFile } from '../../../site/exports.ts';

export const { getStaticPaths, GET } = documentFile('application/akn+xml', toAkomaNtoso);
