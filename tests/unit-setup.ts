import { statSync } from 'node:fs';

const builtAt = () => {
  try {
    return statSync('dist/index.html').mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * The unit layer builds nothing: it reads sources, seeds and fixtures only. Its teardown
 * checks that dist/ is as it was and says so, so a unit run that started a build is seen.
 */
export default function setup(): () => void {
  const before = builtAt();
  return () => {
    if (builtAt() !== before) throw new Error('the unit tests changed dist/: a unit test must not build the site');
    console.log('[unit] no site was built: these tests read the sources, seeds and fixtures only');
  };
}
