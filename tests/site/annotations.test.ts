import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { attr, type Element, page, type Root, select, selectAll, toText } from '../helpers/site.ts';
import { seeds } from '../helpers/corpus.ts';

const fixture = (path: string): Root => fromHtml(readFileSync(join(FIXTURE_SITE, path, 'index.html'), 'utf8'));

/** Every annotation shipped in content/annotations, with its frontmatter. */
const shipped = readdirSync('content/annotations').flatMap((slug) =>
  readdirSync(join('content/annotations', slug)).map((f) => {
    const source = readFileSync(join('content/annotations', slug, f), 'utf8');
    return {
      slug,
      name: f.replace(/\.mdx$/, ''),
      data: parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]) as {
        targets: string[];
        language: string;
        quote?: { exact: string };
      },
    };
  }),
);

/** A paragraph's words, without its note calls (a call "20" is not part of "SMSI"). */
function wordsOf(el: Element): string {
  return el.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' && c.tagName !== 'sup' ? wordsOf(c) : ' '))
    .join('');
}

/** The element before `el` among its parent's element children. */
function previousElement(tree: Root, el: Element): Element | undefined {
  const parent = selectAll('*', tree).find((p) => p.children.includes(el))!;
  const siblings = parent.children.filter((c): c is Element => c.type === 'element');
  return siblings[siblings.indexOf(el) - 1];
}

describe('annotations', () => {
  it('ships at least one per seed, each rendered beside its last target, named for what it annotates, and listed', async () => {
    const docs = Object.values(await seeds());
    for (const d of docs)
      expect(
        shipped.some((a) => a.slug === d.slug),
        d.slug,
      ).toBe(true);
    for (const a of shipped) {
      const doc = docs.find((d) => d.slug === a.slug)!;
      const p = page(`/${doc.language}/${a.slug}/`);
      const el = select(`details#annotation-${a.name}`, p)!;
      expect(el, a.name).toBeTruthy();
      expect(attr(el, 'dataAnnotates')).toBe(a.data.targets.join(' '));
      // Beside the last paragraph it annotates (only other editors' additions between).
      const last = a.data.targets.at(-1)!;
      let before = previousElement(p, el);
      while (before?.tagName === 'details') before = previousElement(p, before);
      expect(attr(before, 'id'), a.name).toBe(last);
      // Its accessible name says which paragraph, in the page's language.
      const name = select(`#${attr(el, 'ariaLabelledBy')}`, p)!;
      expect(toText(name)).toMatch(/^Annotation (du paragraphe|de l’alinéa|des paragraphes) /);
      expect(selectAll('#annotations a', p).map((x) => attr(x, 'href'))).toContain(`#annotation-${a.name}`);
      // Another language than the page's is marked.
      const body = select('div', el)!;
      expect(attr(body, 'lang'), a.name).toBe(a.data.language === doc.language ? undefined : a.data.language);
      // On the paragraph's own page too (search reads annotations from the document's record).
      expect(
        select(`article details#annotation-${a.name}`, page(`/${doc.language}/${a.slug}/${a.data.targets[0]}/`)),
        a.name,
      ).toBeTruthy();
    }
  });

  it('highlights the quoted words in the paragraph, tied to the annotation', () => {
    for (const a of shipped.filter((x) => x.data.quote)) {
      const p = page(`/fr/${a.slug}/`);
      const mark = select(`#${a.data.targets[0]} mark[aria-details="annotation-${a.name}"]`, p);
      expect(mark, a.name).toBeTruthy();
      expect(toText(mark!)).toBe(
        a.data.quote!.exact.replace(/'/g, '’') === toText(mark!) ? toText(mark!) : a.data.quote!.exact,
      );
    }
    expect(toText(select('#p99 mark', page('/fr/a-res-80-173/'))!)).toBe('une instance permanente des Nations Unies');
  });

  it('stand beside the same paragraphs in every language version, marked with their language', () => {
    const fr = select('details[data-annotates="p2-a p2-b"]', fixture('fr/a-res-99-1'))!;
    const en = select('details[data-annotates="p2-a p2-b"]', fixture('en/a-res-99-1'))!;
    expect(attr(select('div', fr)!, 'lang')).toBeUndefined();
    expect(attr(select('div', en)!, 'lang')).toBe('fr');
    expect(toText(select('summary', en)!)).toContain('Annotation on paragraphs 2 a, 2 b');
  });

  it('mark their author’s name with its language where the page has another', () => {
    // wsis-10-review is written in English, by "Résolu editorial team", on a French page.
    const p = page('/fr/a-res-80-173/');
    const byline = select('#annotation-wsis-10-review .byline span', p)!;
    expect([toText(byline), attr(byline, 'lang'), attr(byline, 'dir')]).toEqual(['Résolu editorial team', 'en', 'ltr']);
    // A French annotation's author, on the French page, is not wrapped.
    expect(select('#annotation-forum-instance-permanente .byline span', p)).toBeUndefined();
  });

  it('are searchable, their results landing on the annotated paragraph', () => {
    // Each fragment (one per document, in its language's shard) is a signature, then the record as JSON.
    const dir = join(FIXTURE_SITE, 'pagefind');
    const fragments = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)fragment\/[^/]+$/.test(f))
      .map((f) => {
        const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
        return JSON.parse(raw.slice(raw.indexOf('{')));
      });
    const hits = fragments.filter((f) => f.content.includes('orthogonalité'));
    // Each annotated sub-paragraph, in every version (French, English, Arabic): the word stands
    // after the anchor of p2-a and after that of p2-b, so a hit lands on either, not on paragraph 2.
    const landing = hits.flatMap((h) => {
      const words: string[] = h.content.split(/\s+/);
      const titled = (h.anchors as { id: string; title?: string; location: number }[])
        .filter((a) => a.title)
        .sort((a, b) => a.location - b.location);
      return words.flatMap((w, at) =>
        w.includes('orthogonalité')
          ? [`${h.url.replace(/^.*\/(ar|en|fr)\//, '$1/')}#${titled.filter((a) => a.location <= at).at(-1)?.id}`]
          : [],
      );
    });
    expect([...new Set(landing)].sort()).toEqual(
      ['ar', 'en', 'fr'].flatMap((l) => [`${l}/a-res-99-1/#p2-a`, `${l}/a-res-99-1/#p2-b`]),
    );
  });
});

describe('glossary', () => {
  const glossary = parse(readFileSync('content/glossary/fr.yaml', 'utf8')) as {
    acronyms: { abbr: string; expansion: string }[];
  };

  it('expands each acronym of the seeds at its first use in each paragraph, and only there', async () => {
    let expanded = 0;
    for (const d of Object.values(await seeds())) {
      const p = page(`/fr/${d.slug}/`);
      for (const para of selectAll('article p[id]', p)) {
        const abbrs = selectAll('abbr', para);
        for (const { abbr, expansion } of glossary.acronyms) {
          const used = new RegExp(`(?<![\\p{L}\\p{N}-])${abbr}(?![\\p{L}\\p{N}]|-\\p{L})`, 'u').test(wordsOf(para));
          const marked = abbrs.filter((a) => toText(a) === abbr);
          expect(marked.length, `${d.slug} ${attr(para, 'id')} ${abbr}`).toBe(used ? 1 : 0);
          if (marked[0]) expect(attr(marked[0], 'title')).toBe(expansion);
          expanded += marked.length;
        }
      }
    }
    expect(expanded).toBeGreaterThan(100);
    // The seeds' acronyms are all in the glossary.
    const all = new Set(glossary.acronyms.map((a) => a.abbr));
    for (const abbr of ['SMSI', 'CNUCED', 'UIT', 'TIC', 'CESAP', 'ONU-Femmes']) expect(all.has(abbr), abbr).toBe(true);
  });

  it('has a page per language: the French one lists every entry, the others say there is none yet', () => {
    const fr = page('/fr/glossary/');
    expect(selectAll('#acronyms ~ dl dt', fr)).toHaveLength(glossary.acronyms.length);
    expect(selectAll('dt', fr).map((dt) => toText(dt))).toEqual(
      expect.arrayContaining(['ONU-Femmes', 'Programme de développement durable à l’horizon 2030 (Programme 2030)']),
    );
    const ar = page('/ar/glossary/');
    expect(selectAll('main a[hreflang]', ar).map((a) => attr(a, 'href'))).toEqual([
      '../../en/glossary/',
      '../../fr/glossary/',
    ]);
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh'])
      expect(selectAll('footer a', page(`/${lang}/`)).map((a) => attr(a, 'href'))).toContain(`../${lang}/glossary/`);
  });

  it('links named instruments like symbols and counts them in the citation index', () => {
    const report = page('/fr/rapport-sg-smsi-2024/');
    const named = selectAll('#p3 a', report).find((a) => toText(a) === 'Pacte numérique mondial')!;
    expect(attr(named, 'href')).toBe('https://undocs.org/fr/A/RES/79/1');
    const index = selectAll('main > ul > li > a', page('/fr/ref/a-res-79-1/')).map((a) => attr(a, 'href'));
    expect(index).toEqual(
      expect.arrayContaining([
        '../../../fr/rapport-sg-smsi-2024/#p3',
        '../../../fr/note-orientation-5-pacte-numerique-mondial/#para-157',
      ]),
    );
    // The instrument and its note agree: "Nouveau Programme pour les villes" is resolution 71/256.
    expect(selectAll('#pp5 a', page('/fr/a-c-2-78-l-11/')).map((a) => attr(a, 'href'))).toContain(
      'https://undocs.org/fr/A/RES/71/256',
    );
  });
});

describe('corrections', () => {
  it('are applied, shown as corrections, and keep the text as extracted', () => {
    const p = fixture('fr/a-res-99-1');
    expect(toText(select('#p1', p)!)).toContain('nouvelles solutions');
    const shown = select('details.correction[data-corrects="p1"]', p)!;
    expect(toText(select('summary', shown)!)).toBe('Corrigé par les éditeurs');
    expect(toText(select('blockquote', shown)!)).toContain('nouvelles so1utions');
    expect(toText(shown)).toContain('l’extraction a lu le chiffre 1 pour la lettre l');
  });
});

describe('content that no longer fits the text', () => {
  it('stops the build, naming each file and what to fix', () => {
    const out = 'node_modules/.cache/resolu-broken-site';
    rmSync(out, { recursive: true, force: true });
    let stderr = '';
    try {
      execFileSync('node_modules/.bin/tsx', ['src/cli/build.ts', '--force', '--out', out], {
        env: {
          ...process.env,
          RESOLU_CACHE: `${out}-cache`,
          RESOLU_SEEDS: 'tests/fixtures/site/seeds',
          RESOLU_CONTENT: 'tests/fixtures/broken-content',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr) + String((error as { stdout: Buffer }).stdout);
    }
    expect(stderr, 'the build should have failed').toContain('content/ needs fixing before the site can be built');
    expect(stderr).toContain(
      'content/documents/ict-fr.yaml: correction 1 (paragraph p1): the words "anciennes solutions" are no longer in that paragraph (ict-fr.txt, line',
    );
    expect(stderr).toContain(
      'content/documents/ict-fr.yaml: correction 2 (paragraph p42): ict-fr.txt has no paragraph "p42"',
    );
    expect(stderr).toContain(
      'tests/fixtures/broken-content/annotations/a-res-99-1/bad-target.mdx: targets "p42", but A/RES/99/1 has no paragraph with that id',
    );
  }, 120_000);
});

describe('draft and adopted text', () => {
  const compare = () => fixture('fr/a-res-99-1/compare');
  const row = (draft?: string, adopted?: string) =>
    selectAll('ol.compare > li', compare()).find(
      (li) => attr(li, 'dataDraft') === draft && attr(li, 'dataAdopted') === adopted,
    );

  it('aligns the paragraphs by content and marks insertions and deletions word by word, in words too', () => {
    const p1 = row('p1', 'p1')!;
    expect(selectAll('del', p1).map((d) => toText(d))).toEqual(['[supprimé : des — fin]']);
    expect(selectAll('ins', p1).map((d) => toText(d))).toEqual(['[ajouté : de nouvelles — fin]']);
    const amended = row('p2-b', 'p2-b')!;
    expect(toText(select('ins', amended)!)).toContain('comme indiqué dans le document A/78/62');
    expect(toText(row('pp2', undefined)!)).toContain('Paragraphe du projet supprimé');
    expect(toText(select('del', row('pp2', undefined)!)!)).toContain('Prenant note du rapport du Secrétaire général');
    expect(toText(select('ins', row(undefined, 'pp2')!)!)).toContain('Réaffirmant la résolution 2023/3');
    expect(toText(row('p3', 'p3')!)).toContain('Inchangé');
    expect(selectAll('ins, del', row('p3', 'p3')!)).toHaveLength(0);
  });

  it('is linked from both texts', () => {
    expect(selectAll('.compare-links a', fixture('fr/a-res-99-1')).map((a) => attr(a, 'href'))).toEqual(['compare/']);
    expect(selectAll('.compare-links a', fixture('fr/a-c-2-99-l-5')).map((a) => attr(a, 'href'))).toEqual([
      '../a-res-99-1/compare/',
    ]);
  });
});
