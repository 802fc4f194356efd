import { describe, expect, it } from 'vitest';
import { verifyDigests } from '../helpers/digests.ts';

describe('the real documents copied into the repository are exactly as received', () => {
  it('match the digests committed beside them (tests/fixtures/corpus/SHA256SUMS)', () => {
    const files = verifyDigests('tests/fixtures/corpus');
    expect(files.filter((f) => f.startsWith('railcar/')).length).toBeGreaterThanOrEqual(110);
    expect(files.filter((f) => f.startsWith('cr-unsc/')).length).toBeGreaterThanOrEqual(451);
    expect(files.filter((f) => f.startsWith('web/')).length).toBeGreaterThanOrEqual(33);
  });
});
