import { statSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

const builtAt = () => {
  try {
    return statSync('dist/index.html').mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * The unit layer builds nothing: it reads sources, seeds and fixtures only. Run alone
 * (`npm run test:unit`), its teardown checks that dist/ is as it was and says so, so a unit
 * test that started a build is seen. (Run with the site layer, that layer builds dist/.)
 */
export default function setup(project: TestProject): (() => void) | undefined {
  if (project.vitest.projects.some((p) => p.name !== 'unit')) return undefined;
  const before = builtAt();
  return () => {
    if (builtAt() !== before) throw new Error('the unit tests changed dist/: a unit test must not build the site');
    console.log('[unit] no site was built: these tests read the sources, seeds and fixtures only');
  };
}
