/** What a benchmark module gives the orchestrator (scripts/bench.ts). */

/**
 * One figure. `budget` is an upper bound (bytes, seconds); `floor` a lower bound (a share
 * right); `ok` says whether the figure is within it.
 */
export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  floor?: number;
  ok?: boolean;
}

export interface BenchResult {
  name: string;
  rows: BenchRow[];
}

/**
 * A benchmark module: a file in scripts/bench/ that exports `run`. Modules measure and report;
 * they do not fail the run over a missed budget (set `ok: false`), but may throw when they
 * cannot measure at all.
 */
export interface BenchModule {
  run(): Promise<BenchResult>;
}

/** The row for a figure with an upper-bound budget. */
export function withinBudget(metric: string, value: number, unit: string, budget: number): BenchRow {
  return { metric, value, unit, budget, ok: value <= budget };
}

/** The median of some samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The row for a figure with a lower-bound target, such as a share of answers right. */
export function atLeast(metric: string, value: number, unit: string, floor: number): BenchRow {
  return { metric, value, unit, floor, ok: value >= floor };
}
