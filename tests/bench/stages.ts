import { existsSync, readFileSync } from 'node:fs';

/** One stage of one build, as the build reported it (RESOLU_BUILD_TIMINGS). */
export interface Stage {
  seconds: number;
  rssMB?: number;
  files?: number;
}

/**
 * The stage lines a build appended to `file`, by stage. A stage reported more than once
 * (one line per language, per worker…) is summed in seconds and files, its memory the
 * largest. Lines that are not a stage's JSON are skipped: the bench reports what it finds.
 */
export function readStages(file: string): Record<string, Stage> {
  const stages: Record<string, Stage> = {};
  if (!existsSync(file)) return stages;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    let x: { stage?: unknown; seconds?: unknown; rssMB?: unknown; files?: unknown };
    try {
      x = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof x?.stage !== 'string' || typeof x.seconds !== 'number') continue;
    const s = (stages[x.stage] ??= { seconds: 0 });
    s.seconds += x.seconds;
    if (typeof x.rssMB === 'number') s.rssMB = Math.max(s.rssMB ?? 0, x.rssMB);
    if (typeof x.files === 'number') s.files = (s.files ?? 0) + x.files;
  }
  return stages;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Each stage's median over runs (a stage missing from a run is left out of its median). */
export function medianStages(runs: Record<string, Stage>[]): Record<string, Stage> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  const of = (name: string, key: keyof Stage) =>
    runs.map((r) => r[name]?.[key]).filter((v): v is number => typeof v === 'number');
  return Object.fromEntries(
    names.map((name) => {
      const rss = of(name, 'rssMB');
      const files = of(name, 'files');
      return [
        name,
        {
          seconds: median(of(name, 'seconds')),
          ...(rss.length && { rssMB: median(rss) }),
          ...(files.length && { files: median(files) }),
        },
      ];
    }),
  );
}
