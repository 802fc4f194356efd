import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../global-setup.ts';
import { page, select, selectAll, toText } from '../helpers/site.ts';

/** The metadata list of a page, as [name, value] pairs. */
const metadata = (root: ReturnType<typeof page>) => {
  const names = selectAll('dl.meta dt', root).map((e) => toText(e));
  return Object.fromEntries(names.map((n, k) => [n, toText(selectAll('dl.meta dd', root)[k])]));
};

describe('editors’ series and notes (content/documents) reach the page, data.json and the citations', () => {
  it('the policy brief is headed by its series, which its data and citations carry', () => {
    const slug = 'fr/note-orientation-5-pacte-numerique-mondial';
    const p = page(`/${slug}/`);
    expect(toText(select('h1', p)!)).toBe('Notre Programme commun — Note d’orientation no 5');
    expect(toText(select('h1 + p.lede', p)!)).toBe(
      'Un Pacte numérique mondial — Un avenir numérique ouvert, libre et sûr pour tout le monde',
    );
    const data = JSON.parse(readFileSync(`dist/${slug}/data.json`, 'utf8'));
    expect(data.metadata.series).toBe('Notre Programme commun — Note d’orientation no 5');
    const csl = JSON.parse(readFileSync(`dist/${slug}/cite.csl.json`, 'utf8'));
    expect(csl[0]['collection-title']).toBe('Notre Programme commun — Note d’orientation no 5');
    expect(readFileSync(`dist/${slug}/cite.ris`, 'utf8')).toMatch(/^T2 {2}- Notre Programme commun/m);
    expect(toText(select('p.reference', page(`/${slug}/cite/`))!)).toContain('Note d’orientation no 5');
  });

  it('a note shows with the metadata, and in data.json and the CSL note', () => {
    const slug = 'fr/a-c-2-99-l-5';
    const html = readFileSync(`${FIXTURE_SITE}/${slug}/index.html`, 'utf8');
    expect(html).toContain('<dt>Notes des éditeurs</dt><dd>Texte du projet tel que distribué en séance');
    const data = JSON.parse(readFileSync(`${FIXTURE_SITE}/${slug}/data.json`, 'utf8'));
    expect(data.metadata.notes).toMatch(/^Texte du projet tel que distribué en séance/);
    const csl = JSON.parse(readFileSync(`${FIXTURE_SITE}/${slug}/cite.csl.json`, 'utf8'));
    expect(csl[0].note).toBe(data.metadata.notes);
  });

  it('a document without them shows neither', () => {
    const m = metadata(page('/fr/escap-res-80-1/'));
    expect(Object.keys(m)).not.toContain('Série');
    expect(Object.keys(m)).not.toContain('Notes des éditeurs');
    expect(m.Organe).toBe('Commission économique et sociale pour l’Asie et le Pacifique');
  });
});
