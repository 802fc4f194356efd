import { execFileSync } from 'node:child_process';

/**
 * The site tests read the real built site. `npm test` builds it first, with the same
 * command a newcomer runs, so the tests never see a stale dist/.
 * (Set RESOLU_SKIP_BUILD=1 to reuse a dist/ you just built.)
 */
export default function setup(): void {
  if (process.env.RESOLU_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
