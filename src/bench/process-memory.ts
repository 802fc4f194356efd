import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory (kB) of `root` and every process below it, summed, from /proc (Linux). */
export function treeRssKB(root: number): number {
  const procs: { pid: number; ppid: number; kb: number }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0; // not Linux: no figure rather than a wrong one
  }
  for (const pid of entries) {
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
