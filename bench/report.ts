// The gateway benchmark's printed report: plain-text tables that paste as Markdown into docs/benchmarks.md.
import { cpus } from 'node:os';
import type { RunResult, Target } from './load.ts';
import { groupMemory, type ProcessGroup } from './processes.ts';

export interface Measured {
  max: (RunResult & {
    /** CPU seconds per process group during the run, idle background subtracted. */
    cpu: Map<string, number>;
    /** CPU seconds used by everything else on the machine (other processes, kernel network work). */
    othersCpu: number;
  })[];
  fixedRate: RunResult[];
}

export const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile `p` (0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Per process group: memory, and the CPU it used per second while nobody called it (`idleCpu`, if given). */
export function memoryTable(groups: ProcessGroup[], idleCpu?: Map<string, number>): string {
  const rows = groups.map(groupMemory);
  const total = rows.reduce((sum, row) => ({ rss: sum.rss + row.rssMb, pss: sum.pss + row.pssMb, n: sum.n + row.processes }), { rss: 0, pss: 0, n: 0 });
  const cpu = (name?: string) => {
    if (!idleCpu) return [];
    const value = name ? (idleCpu.get(name) ?? 0) : [...idleCpu].filter(([key]) => rows.some((row) => row.name === key)).reduce((a, [, b]) => a + b, 0);
    return [fixed(value * 100, 1)];
  };
  return table(
    ['process', 'processes', 'RSS MB', 'PSS MB', ...(idleCpu ? ['idle CPU %'] : [])],
    [
      ...rows.map((row) => [row.name, row.processes, fixed(row.rssMb), fixed(row.pssMb), ...cpu(row.name)]),
      ['total', total.n, fixed(total.rss), fixed(total.pss), ...cpu()],
    ],
  );
}

interface Settings {
  reps: number;
  seconds: number;
  connections: number;
  fixedRate: number;
  targetRatio: number;
  targetP99Ms: number;
}

export function loadReport(targets: Target[], results: Map<Target['key'], Measured>, groups: ProcessGroup[], s: Settings): string {
  const of = (key: Target['key']) => results.get(key)!;
  const reqs = (key: Target['key']) => median(of(key).max.map((r) => r.requestsPerSecond));
  const p99AtRate = (key: Target['key']) => median(of(key).fixedRate.map((r) => r.p99));

  const main = table(
    ['gateway', 'req/s', 'p50 ms', 'p99 ms', 'errors', `achieved @${s.fixedRate}/s`, `p50 ms @${s.fixedRate}/s`, `p99 ms @${s.fixedRate}/s`],
    targets.map(({ key, name }) => {
      const { max, fixedRate } = of(key);
      return [
        name,
        fixed(reqs(key)),
        fixed(median(max.map((r) => r.p50))),
        fixed(median(max.map((r) => r.p99))),
        [...max, ...fixedRate].reduce((sum, run) => sum + run.errors, 0),
        fixed(median(fixedRate.map((r) => r.requestsPerSecond))),
        fixed(median(fixedRate.map((r) => r.p50))),
        fixed(p99AtRate(key)),
      ];
    }),
  );

  const verdict = [
    `Targets (foundation issue): Hive/Apollo req/s ≥ ${s.targetRatio}× — measured ${(reqs('hive') / reqs('apollo')).toFixed(2)}× with one viewer,`,
    `${(reqs('hive-viewers') / reqs('apollo-viewers')).toFixed(2)}× with one viewer per connection;`,
    `p99 ≤ ${s.targetP99Ms} ms at ${s.fixedRate} req/s — Hive ${fixed(p99AtRate('hive'))} ms (one viewer per connection: ${fixed(p99AtRate('hive-viewers'))} ms),`,
    `Apollo ${fixed(p99AtRate('apollo'))} ms (${fixed(p99AtRate('apollo-viewers'))} ms).`,
  ].join(' ');

  const reps = targets
    .map(({ key, name }) => {
      const { max, fixedRate } = of(key);
      return `  ${name}: req/s ${max.map((r) => fixed(r.requestsPerSecond)).join(', ')}; p99 @${s.fixedRate}/s ${fixedRate.map((r) => r.p99).join(', ')} ms`;
    })
    .join('\n');

  // CPU milliseconds per request in each process during the max-throughput runs: where the time goes.
  const names = groups.map((group) => group.name).filter((name) => !['questions', 'search'].includes(name));
  const cores = cpus().length;
  const cpuTable = table(
    ['CPU ms per request', ...names, 'total', `ceiling req/s on ${cores} cores`, 'others, % of a core'],
    targets.map(({ key, name }) => {
      const runs = of(key).max;
      const perRequest = (cpu: (r: Measured['max'][number]) => number) => median(runs.map((r) => (cpu(r) * 1000) / (r.requestsPerSecond * r.seconds)));
      const total = perRequest((r) => [...r.cpu.values()].reduce((a, b) => a + b, 0));
      const others = median(runs.map((r) => (r.othersCpu / r.seconds) * 100));
      return [name, ...names.map((group) => fixed(perRequest((r) => r.cpu.get(group) ?? 0), 2)), fixed(total, 2), fixed((cores * 1000) / total), fixed(others)];
    }),
  );

  return [
    `Leaderboard query (experts + identity + rewards), ${s.connections} connections, median of ${s.reps} × ${s.seconds} s:`,
    '',
    main,
    '',
    verdict,
    '',
    'Repetitions:',
    reps,
    '',
    'CPU ms per request during the max-throughput runs, idle background subtracted. "gateway" is the Hive Gateway process;',
    '"bench process" is the load generator, plus the Apollo gateway in the Apollo rows; "others" is the rest of the machine',
    '(other processes and the kernel’s loopback network work), as % of one core.',
    '',
    cpuTable,
  ].join('\n');
}
