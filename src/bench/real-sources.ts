import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Language } from '../model/document.ts';

/** A real resolution the generator copies: its text as a pipeline delivered it, and who adopted it. */
export interface RealSource {
  /** Where it was read (for messages and tests). */
  path: string;
  /** `.md` or `.txt`: ingest reads the two differently, so a copy keeps it. */
  ext: string;
  body: 'ga' | 'sc';
  language: Language;
  /** Its symbol as published (A/RES/80/7, S/RES/53 (1948)): replaced in the copy by the new one. */
  symbol: string;
  text: string;
}

const CORPUS = 'tests/fixtures/corpus';

/**
 * railcar keeps several extractions of each resolution; the generator takes one per
 * resolution, the newest shape (what the pipeline delivers today), so that no resolution
 * weighs more than another for having been extracted more often.
 */
const SHAPES = ['v1.3.0.md', 'v1.2.0.md', 'v1.1.0.md', 'v1.1.0.txt', 'v1.0.0.md', 'v1.0.0.txt'];

function railcar(): RealSource[] {
  const files = readdirSync(join(CORPUS, 'railcar'));
  const byResolution = new Map<string, string>();
  for (const shape of [...SHAPES].reverse())
    for (const f of files.filter((x) => x.endsWith(`.${shape}`))) byResolution.set(f.split('.')[0], f);
  return [...byResolution.entries()].sort().map(([id, f]) => ({
    path: join(CORPUS, 'railcar', f),
    ext: extname(f),
    body: 'ga',
    language: 'en',
    symbol: id.replaceAll('_', '/'),
    text: readFileSync(join(CORPUS, 'railcar', f), 'utf8'),
  }));
}

/** The Security Council's annual volumes, 1946–2002: S_RES_0053_1948_EN_GOLD.txt is S/RES/53 (1948). */
function council(): RealSource[] {
  return readdirSync(join(CORPUS, 'cr-unsc'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [, n, year] = /^S_RES_0*(\d+)_(\d{4})/.exec(f)!;
      return {
        path: join(CORPUS, 'cr-unsc', f),
        ext: '.txt',
        body: 'sc' as const,
        language: 'en' as const,
        symbol: `S/RES/${n} (${year})`,
        text: readFileSync(join(CORPUS, 'cr-unsc', f), 'utf8'),
      };
    });
}

/**
 * Web copies in the other languages (one paragraph per line, the site's furniture kept, as
 * found). English ones repeat railcar and cr-unsc; the French one is a volume's table of
 * contents, not a resolution, so the French texts come from the seeds instead.
 */
const WEB = [
  'es_s-res-53-1948-pagina17',
  'ru_a-res-1767-xvii-wikisource',
  'ru_s-res-1913-2010',
  'zh_a-es-11-l-1-page2',
  'zh_s-res-87-1950',
];

function web(): RealSource[] {
  return WEB.map((name) => {
    const truth = JSON.parse(readFileSync(join(CORPUS, 'web', `${name}.truth.json`), 'utf8')) as { symbol: string };
    return {
      path: join(CORPUS, 'web', `${name}.txt`),
      ext: '.txt',
      body: truth.symbol.startsWith('S/') ? 'sc' : 'ga',
      language: name.slice(0, 2) as Language,
      symbol: truth.symbol,
      text: readFileSync(join(CORPUS, 'web', `${name}.txt`), 'utf8'),
    };
  });
}

/**
 * The seeds that are resolutions or drafts of one, all French (the report and the policy
 * brief are not resolutions). Their names are digests, so their symbols are written here.
 * Arabic has no real text in the fixtures: the one Arabic source is tests/fixtures/mini/ar.txt,
 * a short resolution written for the tests in the UN's Arabic style.
 */
const SEEDS: [string, string][] = [
  ['000_1d7ed085675f9348.txt', 'A/C.2/78/L.11'],
  ['001_8dcf9cb5f0b3d3ea.txt', 'A/RES/80/173'],
  ['004_1fdee7c1af5cfb86.txt', 'ESCAP/RES/80/1'],
];

function seeds(): RealSource[] {
  return [
    ...SEEDS.map(([f, symbol]) => ({
      path: join('seeds', f),
      ext: '.txt',
      body: 'ga' as const,
      language: 'fr' as const,
      symbol,
      text: readFileSync(join('seeds', f), 'utf8'),
    })),
    {
      path: 'tests/fixtures/mini/ar.txt',
      ext: '.txt',
      body: 'ga',
      language: 'ar',
      symbol: 'A/RES/78/1',
      text: readFileSync('tests/fixtures/mini/ar.txt', 'utf8'),
    },
  ];
}

/** Every real text the generator draws from (read once: about 3 MB). */
export function realSources(): RealSource[] {
  return [...railcar(), ...council(), ...web(), ...seeds()];
}
