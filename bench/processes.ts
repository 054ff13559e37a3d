// Memory and CPU of the platform's processes, read from /proc: each service's Node process with its helpers
// (tsx's esbuild), PostgreSQL (postmaster and backends) and this benchmark process.
import { readFileSync, readdirSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcInfo {
  pid: number;
  ppid: number;
  cmdline: string;
}

export interface ProcessGroup {
  name: string;
  pids: number[];
}

export interface GroupMemory {
  name: string;
  processes: number;
  rssMb: number;
  pssMb: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return { pid, ppid: Number(fields[1]), cmdline };
  } catch {
    return undefined; // exited meanwhile
  }
}

function allProcesses(): ProcInfo[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => readProc(Number(entry)) ?? []);
}

function withDescendants(root: number, all: ProcInfo[]): number[] {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...all.filter((p) => p.ppid === pids[i]).map((p) => p.pid));
  return pids;
}

/** The platform's process groups now: one per service (plus helpers), PostgreSQL, and optionally this process. */
export function platformGroups(processes: Map<string, ChildProcess>, dataDir: string): ProcessGroup[] {
  const all = allProcesses();
  const groups: ProcessGroup[] = [...processes].flatMap(([name, child]) =>
    child.pid === undefined ? [] : [{ name, pids: withDescendants(child.pid, all) }],
  );
  const postmaster = all.find((p) => p.cmdline.includes(dataDir) && /postgres/.test(p.cmdline));
  if (postmaster) groups.push({ name: 'postgresql', pids: withDescendants(postmaster.pid, all) });
  return groups;
}

function statusKb(pid: number, file: 'status' | 'smaps_rollup', field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** RSS counts shared pages (PostgreSQL's shared buffers) in every process; PSS splits them fairly. */
export function groupMemory(group: ProcessGroup): GroupMemory {
  const sum = (file: 'status' | 'smaps_rollup', field: string) =>
    group.pids.reduce((total, pid) => total + statusKb(pid, file, field), 0) / 1024;
  return { name: group.name, processes: group.pids.length, rssMb: sum('status', 'VmRSS'), pssMb: sum('smaps_rollup', 'Pss') };
}

/** CPU seconds (user + system) each process has used so far. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Snapshot of CPU seconds per group; `cpuSince` turns two snapshots into seconds used in between. */
export function cpuSnapshot(groups: ProcessGroup[]): Map<string, Map<number, number>> {
  return new Map(groups.map((group) => [group.name, new Map(group.pids.map((pid) => [pid, cpuSeconds(pid)]))]));
}

export function cpuSince(groups: ProcessGroup[], before: Map<string, Map<number, number>>): Map<string, number> {
  return new Map(
    groups.map((group) => {
      const start = before.get(group.name) ?? new Map<number, number>();
      return [group.name, group.pids.reduce((total, pid) => total + cpuSeconds(pid) - (start.get(pid) ?? 0), 0)];
    }),
  );
}

/** CPU seconds the whole machine has spent busy (every process, every core) since boot. */
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
  const busy = ticks.slice(0, 8).reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0);
  return busy / CLOCK_TICKS_PER_SECOND;
}
