/**
 * Classifier speed: CPU time of classifying 10,000 names, measured cold in fresh Node processes that
 * load only the bundled classifier. Measured inside the benchmark process instead, the figure would
 * also count the background compilation and garbage collection of everything else it loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export interface ClassifierSpeed {
  rows: number;
  /** CPU milliseconds of each cold run. */
  runs: number[];
  medianCpuMs: number;
  maxCpuMs: number;
}

/** `withReasons`: every row's reasons written out too, which the Classer action leaves to the rows it lists. */
export function measureClassifierSpeed(runCount = 5, withReasons = false): ClassifierSpeed {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-speed-'));
  try {
    const script = join(dir, 'speed.js');
    buildSync({
      entryPoints: [join(__dirname, 'classifier-speed-run.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      outfile: script,
      logLevel: 'warning',
    });
    const measured = Array.from(
      { length: runCount },
      () =>
        JSON.parse(
          execFileSync(process.execPath, [script, ...(withReasons ? ['--with-reasons'] : [])], { encoding: 'utf8' }),
        ) as { rows: number; cpuMs: number },
    );
    const runs = measured.map((m) => m.cpuMs);
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      rows: measured[0].rows,
      runs,
      medianCpuMs: sorted[Math.floor(sorted.length / 2)],
      maxCpuMs: sorted[sorted.length - 1],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
