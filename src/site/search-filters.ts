import type { Document } from '../model/document.ts';

/** The filters a document's pages carry in the search index; the search page lists the same values. */
export interface SearchFilters {
  type: string;
  body: string;
  language: string;
  year?: string;
}

export const searchFilters = (doc: Document): SearchFilters => ({
  type: doc.metadata.type,
  body: doc.metadata.body ?? 'other',
  language: doc.language,
  year: doc.metadata.date?.slice(0, 4),
});
