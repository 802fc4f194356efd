import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { treeRssKB } from '../../src/bench/process-memory.ts';

/**
 * Runs a command: wall seconds (GNU time) and peak resident memory in MB. GNU time's %M
 * sees one process; a stage here is a tree (tsx starts node, Pagefind's npm wrapper
 * starts its Rust binary, which holds almost all the memory), so the process tree is also
 * sampled every 100 ms and the larger figure kept.
 */
export async function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  report: string,
): Promise<{ seconds: number; rssMB: number }> {
  const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKB(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see the messages above`);
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, rssMB: Math.max(kb, peak) / 1024 };
}
