import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory (kB) of `root` and every process below it, summed, from /proc. */
export function treeRssKB(root: number): number {
  const procs: { pid: number; ppid: number; kb: number }[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, …, rss (pages) is the 22nd.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.push({ pid: Number(pid), ppid: Number(fields[1]), kb: Number(fields[21]) * 4 });
    } catch {
      // the process ended between the listing and the read
    }
  }
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (inTree.has(p.pid) || !inTree.has(p.ppid)) continue;
      inTree.add(p.pid);
      grew = true;
    }
  }
  return procs.filter((p) => inTree.has(p.pid)).reduce((n, p) => n + p.kb, 0);
}

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
