import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a child process and measures it from outside: wall time from spawn to exit, and its
 * peak resident memory from GNU time (`/usr/bin/time -v`, "Maximum resident set size"), which
 * counts the process that does the work, not this one. Without GNU time the peak is unknown
 * (null) rather than guessed.
 */
export interface Measured {
  wallMs: number;
  /** Peak resident set size of the child in MB (10^6 bytes), or null when not measurable. */
  maxRssMb: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export async function measure(
  command: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const wallMs = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
  return {
    wallMs,
    maxRssMb: rss ? (Number(rss[1]) * 1024) / 1e6 : null,
    stdout,
    stderr: timed ? stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, '') : stderr,
  };
}

/** `node --import tsx FILE`: TypeScript without the extra process `npx tsx` starts. */
export function tsxArgs(file: string, args: readonly string[] = []): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', file, ...args]];
}

/**
 * `measure`, tried once more when the child fails: on this shared machine a keep-alive
 * connection the server closes just as the client reuses it ("fetch failed") is not what is
 * being measured. A second failure is reported.
 */
export async function measureRetrying(
  command: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; log?: (line: string) => void } = {},
): Promise<Measured> {
  try {
    return await measure(command, args, opts);
  } catch (error) {
    opts.log?.(`  retrying after: ${(error as Error).message.split('\n').slice(1, 2).join(' ')}`);
    return measure(command, args, opts);
  }
}

/** utime + stime of a process in ms, from /proc/PID/stat (clock ticks of 10 ms on Linux). */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] = utime, stime (the 14th and 15th of the whole line)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU milliseconds (user + system) used so far by every process whose command line matches `match`. */
function cpuMsOf(match: RegExp): number {
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (match.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) ms += cpuMs(Number(pid)) ?? 0;
    } catch {
      // The process ended between listing and reading: it uses no more CPU.
    }
  }
  return ms;
}

/**
 * Waits until the processes matching `match`, with the processes `pids`, together use less than
 * `share` of one core over a `windowMs` window (or `maxMs` has passed), and says how long that
 * took. Linux only (/proc); elsewhere it returns at once with `settled: false`.
 */
export async function waitUntilIdle(
  match: RegExp,
  { pids = [] as readonly (number | undefined)[], share = 0.05, windowMs = 500, maxMs = 20_000 } = {},
): Promise<{ waitedMs: number; settled: boolean }> {
  const started = performance.now();
  if (!existsSync('/proc/self/stat')) return { waitedMs: 0, settled: false };
  const used = () => cpuMsOf(match) + pids.reduce((sum: number, pid) => sum + (cpuMs(pid) ?? 0), 0);
  let before = used();
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = used();
    if (after - before < share * windowMs) return { waitedMs: performance.now() - started, settled: true };
    before = after;
  }
  return { waitedMs: performance.now() - started, settled: false };
}
