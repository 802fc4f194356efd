/**
 * How each language's search index is split. One Pagefind index of every document costs
 * memory and time that grow faster than the corpus, and a first query downloads more the
 * more pages one index holds; so each language is indexed in shards of at most `max`
 * documents, cut along a line readers understand: consecutive years, newest first. A year
 * too big for one shard is split by body, then a body too big into numbered parts.
 * Undated documents get a shard of their own, last, when the language has more than one
 * shard. A language whose documents all fit in one shard is ONE shard, undated documents
 * included: every merged index costs its own entry, metadata and index chunks on the first
 * query, so the default scope (the newest shard) is then the whole language. Pure: the
 * search page and the indexer both call it on the same corpus and so agree on every shard.
 */

/** What the split needs to know of a document. */
export interface ShardInput {
  language: string;
  slug: string;
  /** ISO date (YYYY-MM-DD); its first four characters are the year. */
  date?: string | null;
  body?: string | null;
}

export interface Shard {
  /** Path-safe and stable for the same members: `2030-2031`, `2030`, `2030-ga`, `2030-ga-2`, `undated`. */
  id: string;
  /**
   * As readers read it, in any language: `2030–2031`, `2030 · GA`, `2030 · GA (2)`; `undated` for
   * the undated shard; a language in one shard is labelled by its years (`undated` if it has none).
   */
  label: string;
  language: string;
  /** Oldest and newest year of its documents (absent for the undated shard). */
  from?: string;
  to?: string;
  /** Set when a year was split by body. */
  body?: string;
  /** Set when a body's year was split into numbered parts (1-based). */
  part?: number;
  documents: number;
  /** Its documents' slugs, in the order given. */
  slugs: string[];
}

/** The default size of a shard: 500 documents index in about 10 s and 1 GB (issue #15). */
export const SHARD_SIZE = 500;

const yearOf = (d: ShardInput): string | undefined =>
  d.date && /^\d{4}/.test(d.date) ? d.date.slice(0, 4) : undefined;
const safe = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'other';

/** Appends to a map of lists in place: copying each list would be quadratic in a 20,000-document language. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The shards of every language, keyed by language, each list newest first. */
export function shardsOf(documents: ShardInput[], max = SHARD_SIZE): Map<string, Shard[]> {
  if (!(max >= 1)) throw new Error(`a shard holds at least one document (asked for ${max})`);
  const byLanguage = new Map<string, ShardInput[]>();
  for (const d of documents) pushTo(byLanguage, d.language, d);
  const out = new Map<string, Shard[]>();
  for (const language of [...byLanguage.keys()].sort())
    out.set(language, shardsOfLanguage(language, byLanguage.get(language)!, max));
  return out;
}

function shardsOfLanguage(language: string, documents: ShardInput[], max: number): Shard[] {
  const byYear = new Map<string, ShardInput[]>();
  const undated: ShardInput[] = [];
  for (const d of documents) {
    const year = yearOf(d);
    if (year) pushTo(byYear, year, d);
    else undated.push(d);
  }
  const shards: Shard[] = [];
  const make = (docs: ShardInput[], fields: Omit<Shard, 'language' | 'documents' | 'slugs'>): Shard => ({
    ...fields,
    language,
    documents: docs.length,
    slugs: docs.map((d) => d.slug),
  });
  // All of the language fits in one shard: one shard, named by its years (undated
  // documents with them), `undated` if none has a date.
  if (documents.length <= max) {
    const years = [...byYear.keys()].sort();
    const from = years[0];
    const to = years[years.length - 1];
    if (!from) return [make(documents, { id: 'undated', label: 'undated' })];
    return [
      make(documents, { id: from === to ? to : `${from}-${to}`, label: from === to ? to : `${from}–${to}`, from, to }),
    ];
  }
  // Consecutive years, newest first, gathered while they fit.
  let run: { years: string[]; docs: ShardInput[] } = { years: [], docs: [] };
  const flush = () => {
    if (run.docs.length === 0) return;
    const to = run.years[0];
    const from = run.years[run.years.length - 1];
    const range = from === to ? to : `${from}–${to}`;
    shards.push(make(run.docs, { id: from === to ? to : `${from}-${to}`, label: range, from, to }));
    run = { years: [], docs: [] };
  };
  for (const year of [...byYear.keys()].sort().reverse()) {
    const docs = byYear.get(year)!;
    if (docs.length > max) {
      flush();
      shards.push(...splitYear(year, docs, max, make));
    } else {
      if (run.docs.length + docs.length > max) flush();
      run.years.push(year);
      run.docs.push(...docs);
    }
  }
  flush();
  if (undated.length > 0) {
    // Undated documents are rare; were they many, they too are cut into numbered parts.
    const parts = chunks(undated, max);
    parts.forEach((docs, k) =>
      shards.push(
        make(
          docs,
          parts.length > 1
            ? { id: `undated-${k + 1}`, label: 'undated', part: k + 1 }
            : { id: 'undated', label: 'undated' },
        ),
      ),
    );
  }
  return shards;
}

/** One year too big for a shard: a shard per body (bodies in name order), a big body in numbered parts. */
function splitYear(
  year: string,
  docs: ShardInput[],
  max: number,
  make: (docs: ShardInput[], fields: Omit<Shard, 'language' | 'documents' | 'slugs'>) => Shard,
): Shard[] {
  const byBody = new Map<string, ShardInput[]>();
  for (const d of docs) {
    const body = d.body ?? 'other';
    pushTo(byBody, body, d);
  }
  return [...byBody.keys()].sort().flatMap((body) => {
    const parts = chunks(byBody.get(body)!, max);
    return parts.map((part, k) => {
      const numbered = parts.length > 1;
      return make(part, {
        id: `${year}-${safe(body)}${numbered ? `-${k + 1}` : ''}`,
        label: `${year} · ${body}${numbered ? ` (${k + 1})` : ''}`,
        from: year,
        to: year,
        body,
        ...(numbered && { part: k + 1 }),
      });
    });
  });
}

const chunks = <T>(xs: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, k) => xs.slice(k * size, (k + 1) * size));

/** The shard size the build uses: RESOLU_SHARD_SIZE when set (the tests make small shards), else SHARD_SIZE. */
export const shardSize = (): number => Number(process.env.RESOLU_SHARD_SIZE) || SHARD_SIZE;
