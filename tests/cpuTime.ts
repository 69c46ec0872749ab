// Timing for the tests that compare costs measured side by side in one run (never against a fixed
// number of milliseconds): CPU time, so other processes taking the machine's cores do not count.

/** The CPU time `work` took, in milliseconds. */
export function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The fastest of `runs` runs of `work`, in CPU milliseconds: the run least disturbed by other work. */
export const fastestCpuMs = (work: () => unknown, runs = 3): number =>
  Math.min(...Array.from({ length: runs }, () => cpuMs(work)));
