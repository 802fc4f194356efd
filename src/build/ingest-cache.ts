/**
 * The ingest cache: for each key (cache-keys.ts), the document's summary and its model, one
 * small file each, so that the site reads one document at a time and never the corpus as
 * one JSON. Written to a temporary name and renamed, so a build stopped midway never leaves
 * half a file for the next one to trust.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../model/document.ts';
import type { Ingested } from '../model/summary.ts';

export const summaryPath = (cacheDir: string, key: string) => join(cacheDir, 'summaries', `${key}.json`);
export const modelPath = (cacheDir: string, key: string) => join(cacheDir, 'models', `${key}.json`);

function writeAtomically(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function writeCached(cacheDir: string, ingested: Ingested, model?: Document): void {
  // The model first: a summary on disk promises its model is there too.
  if (model) writeAtomically(modelPath(cacheDir, ingested.key), JSON.stringify(model));
  writeAtomically(summaryPath(cacheDir, ingested.key), JSON.stringify(ingested));
}

export function readCached(cacheDir: string, key: string): Ingested | undefined {
  const path = summaryPath(cacheDir, key);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Ingested;
  } catch {
    return undefined; // unreadable: ingest again
  }
}
