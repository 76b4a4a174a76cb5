// Shared by the benchmark scripts: their command line (`[payments] [--json FILE] [--during-ingest]`),
// the machine line every table starts with, and the JSON summary `npm run bench` collects.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';

export interface BenchArgs {
  /** About how many payments the demo city gets (its two years together). */
  payments: number;
  /** Where to write the figures as JSON (for `npm run bench`), if anywhere. */
  json: string | null;
  /** bench:api: measure while payment batches keep arriving in the inbox. */
  duringIngest: boolean;
}

export function benchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const args: BenchArgs = { payments: 1_000_000, json: null, duringIngest: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = argv[++i] ?? null;
    else if (arg === '--during-ingest') args.duringIngest = true;
    else if (/^\d+$/.test(arg)) args.payments = Number(arg);
    else throw new Error(`unknown argument ${arg}: expected [payments] [--json FILE] [--during-ingest]`);
  }
  return args;
}

export function machineLine(): string {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export async function writeBenchJson(args: BenchArgs, figures: Record<string, unknown>): Promise<void> {
  if (args.json) await writeFile(args.json, `${JSON.stringify({ machine: machineLine(), ...figures }, null, 2)}\n`);
}

/** Peak resident memory (VmHWM) of a process on Linux, in MiB; null where /proc is not there. */
export async function peakRssMiB(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * Resets a process's peak RSS (Linux: `5` into /proc/PID/clear_refs), so that what follows is
 * measured apart from its start-up. False where that is not possible.
 */
export async function resetPeakRss(pid: number | undefined): Promise<boolean> {
  if (pid === undefined) return false;
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
