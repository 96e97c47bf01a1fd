/**
 * npm run seed -- --size demo|large [--today YYYY-MM-DD] --out FILE
 *
 * Writes a seed database as JSON. `--today` (a Shanghai calendar day) defaults to today in
 * Asia/Shanghai; the same size and day always give the same bytes.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isDate, shanghaiDate } from '../../src/schema/time';
import { generateDatabase } from './generate';
import { writeDatabase } from './serialize';
import { SIZES, type SeedSize } from './sizes';

const USAGE = 'usage: npm run seed -- --size demo|large [--today YYYY-MM-DD] --out FILE';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  let values: { size?: string; today?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const size = values.size ?? fail('--size is required');
  if (!(size in SIZES)) fail(`--size must be demo or large, not "${size}"`);
  const today = values.today ?? shanghaiDate(Date.now());
  if (!isDate(today)) fail(`--today must be a date written YYYY-MM-DD, not "${today}"`);
  const out = resolve(values.out ?? fail('--out is required'));

  const started = performance.now();
  const db = generateDatabase({ size: size as SeedSize, today });
  const generated = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  const bytes = writeDatabase(db, out);
  const written = performance.now();

  const width = Math.max(...Object.keys(db).map((k) => k.length));
  let total = 0;
  for (const [name, rows] of Object.entries(db)) {
    if (!Array.isArray(rows)) continue;
    total += rows.length;
    console.log(`${name.padEnd(width)}  ${rows.length.toLocaleString('en-US').padStart(10)}`);
  }
  console.log(`${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(10)}`);
  const short = Object.entries(SIZES[size as SeedSize].minimums ?? {}).filter(
    ([name, least]) => ((db[name] as unknown[] | undefined)?.length ?? 0) < least,
  );
  for (const [name, least] of short)
    console.error(`${name}: fewer than the ${least.toLocaleString('en-US')} this size promises`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${size} seed for ${today} → ${out} (${(bytes / 1_048_576).toFixed(1)} MB) in ${seconds(written - started)}` +
      ` (generate ${seconds(generated - started)}, write ${seconds(written - generated)})`,
  );
  if (short.length > 0) process.exitCode = 1;
}

main();
