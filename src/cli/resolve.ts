/**
 * `npm run resolve -- file.txt [--csv] [--lang fr]`: every UN symbol and resolution the
 * text cites, found by ingest's grammar (src/resolve/find.ts, the resolver page's too), as
 * JSON (default) or CSV: symbol, the text matched, its offset in the text (UTF-16 code
 * units, as JavaScript counts), the paragraph named, and where it links — `/{lang}/{slug}/`
 * when the corpus (seeds/ and content/) has the document, else undocs.org. The text's
 * language is detected as ingest detects it unless `--lang` names it; `-` reads stdin.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../ingest/corpus.ts';
import { decode } from '../ingest/decode.ts';
import { detectLanguage } from '../ingest/detect.ts';
import { LANGUAGES, type Language } from '../model/document.ts';
import { findReferences, type Instruments, linkFor, symbolIndexOf } from '../resolve/find.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const csv = args.includes('--csv');
const lang = option('--lang');
const [file] = args.filter((a) => a !== '--csv');
if (!file || (lang !== undefined && !LANGUAGES.includes(lang as Language))) {
  console.error(`usage: npm run resolve -- file.txt [--csv] [--lang ${LANGUAGES.join('|')}]   (- reads stdin)`);
  process.exit(2);
}
const decoded = decode(readFileSync(file === '-' ? 0 : file));
if (!decoded.ok) {
  console.error(`${file}: ${decoded.message}`);
  process.exit(1);
}
const text = decoded.text;
const language = (lang as Language | undefined) ?? detectLanguage(text) ?? 'en';

const { documents, glossaries } = await loadCorpus('seeds', 'content');
const instruments: Instruments = Object.fromEntries([...glossaries].map(([l, g]) => [l, g.instruments]));
const index = symbolIndexOf(documents);
const rows = findReferences(text, language, instruments).map((f) => ({
  ...f,
  href: linkFor(f, language, index, '/').href,
}));

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (v: string | number | undefined) => {
  const s = String(v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
if (csv) {
  const columns = ['symbol', 'text', 'offset', 'paragraph', 'href'] as const;
  process.stdout.write(
    [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].map((l) => `${l}\r\n`).join(''),
  );
} else process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
