import { documentFile } from '../../../site/exports.ts';

// The Document model itself (schema: /data/document.schema.json).
export const { getStaticPaths, GET } = documentFile('application/json', (doc) => `${JSON.stringify(doc, null, 2)}\n`);
