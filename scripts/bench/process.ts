/**
 * Runs a command and measures it: wall time, peak resident memory (GNU time where it exists, else
 * samples from /proc) and CPU seconds per program. Linux only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './budgets.ts';

export interface Timed {
  seconds: number;
  peakRssMB: number;
  /** Largest resident set seen per program name (node, pagefind_extended …), sampled from /proc. */
  peakByProgram: Record<string, number>;
  /**
   * Largest sum of the resident sets of the whole process tree at one sample (MB): what the machine
   * must hold, where `peakRssMB` is the largest single process (several Pagefind processes at once).
   */
  peakTotalMB: number;
  /** CPU seconds (user + system) per program name, from /proc: unlike wall time, barely moved by other load. */
  cpuByProgram: Record<string, number>;
  output: string;
}

/** Samples the resident memory of a process tree from /proc, per program name. Linux only. */
export function watchMemory(rootPid: number) {
  const peak: Record<string, number> = {};
  let peakTotal = 0;
  const cpuTicks = new Map<number, { comm: string; ticks: number }>();
  const sample = () => {
    let procs: { pid: number; ppid: number; comm: string; ticks: number }[];
    try {
      procs = readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .flatMap((d) => {
          try {
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            const close = stat.lastIndexOf(')');
            const comm = stat.slice(stat.indexOf('(') + 1, close);
            const fields = stat.slice(close + 2).split(' ');
            // Fields after the name: state, ppid, … utime (12th), stime (13th), in clock ticks.
            const ticks = Number(fields[11]) + Number(fields[12]);
            return [{ pid: Number(d), ppid: Number(fields[1]), comm, ticks }];
          } catch {
            return [];
          }
        });
    } catch {
      return;
    }
    const tree = new Set([rootPid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) {
        if (!tree.has(p.pid) && tree.has(p.ppid)) {
          tree.add(p.pid);
          grew = true;
        }
      }
    }
    let total = 0;
    for (const p of procs) {
      if (!tree.has(p.pid) || p.comm === 'time') continue;
      cpuTicks.set(p.pid, { comm: p.comm, ticks: p.ticks });
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak[p.comm] = Math.max(peak[p.comm] ?? 0, Math.round(kb / 1024));
        total += kb / 1024;
      } catch {
        // The process ended between listing and reading.
      }
    }
    peakTotal = Math.max(peakTotal, Math.round(total));
  };
  const timer = setInterval(sample, 250);
  return {
    stop: () => {
      clearInterval(timer);
      const cpu: Record<string, number> = {};
      // Linux counts 100 ticks a second (USER_HZ); the last sample before exit is within 250 ms.
      for (const { comm, ticks } of cpuTicks.values()) cpu[comm] = round((cpu[comm] ?? 0) + ticks / 100);
      return { peak, peakTotal, cpu };
    },
  };
}

/**
 * Runs a command under GNU time, which reports the largest resident set of the command and of
 * every child it waited for (Pagefind's indexer runs as a child binary). `onLine` sees stdout.
 */
export function timed(cmd: string, cmdArgs: string[], cwd: string, onLine?: (line: string) => void): Promise<Timed> {
  const timeFile = join(cwd, `.time-${Date.now()}`);
  const start = performance.now();
  // Without GNU time (some minimal images), the /proc sampler's figures stand in for it.
  const gnuTime = existsSync('/usr/bin/time');
  const child = spawn(gnuTime ? '/usr/bin/time' : cmd, gnuTime ? ['-v', '-o', timeFile, cmd, ...cmdArgs] : cmdArgs, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  let pending = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) onLine?.(l);
  };
  const memory = watchMemory(child.pid!);
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise((resolvePromise, reject) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const { peak: peakByProgram, peakTotal: peakTotalMB, cpu: cpuByProgram } = memory.stop();
      if (code !== 0) return reject(new Error(`${cmd} ${cmdArgs.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      let peakRssMB = Math.max(0, ...Object.values(peakByProgram));
      if (gnuTime) {
        const time = readFileSync(timeFile, 'utf8');
        rmSync(timeFile);
        peakRssMB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? NaN) / 1024;
      }
      resolvePromise({ seconds, peakRssMB, peakByProgram, peakTotalMB, cpuByProgram, output });
    });
  });
}
