import { toPlainText } from '../../../exports/plain-text.ts';
import { documentFile } from '../../../site/exports.ts';

export const { getStaticPaths, GET } = documentFile('text/plain; charset=utf-8', toPlainText);
