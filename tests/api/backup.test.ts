import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbState } from '../../mock-api/adapter';
import { BackupError, backupDatabase, restoreDatabase, timestamp } from '../../mock-api/backup';
import { checkDatabase } from '../../mock-api/backupCheck';
import { hashPassword } from '../../mock-api/auth/password';
import { prepareState } from '../../mock-api/database';
import { demoState, type Rows } from './demoDb';
import { fixture } from './fixture';
import { call, get, startApi } from './harness';

/**
 * `npm run backup` / `npm run restore FILE` (mock-api/backup*.ts). Most cases use the small
 * fixture (every table present, an administrator with a password), one the demo seed.
 */

const ADMIN_HASH = hashPassword('Demo@2026');

function smallState(): DbState {
  const state = fixture();
  prepareState(state);
  const users = state.users as Rows['users'];
  for (const user of users) if (user.role === 'admin') user.passwordHash = ADMIN_HASH;
  return state;
}

let dir: string;
let dbFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-api-backup-'));
  dbFile = join(dir, 'db.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeDb(state: DbState, file = dbFile): string {
  const text = JSON.stringify(state);
  writeFileSync(file, text);
  return text;
}

/** The refusal `restoreDatabase` throws for `state`, with the database left byte for byte as it was. */
function refusal(state: DbState | string): BackupError {
  const current = writeDb(smallState());
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, typeof state === 'string' ? state : JSON.stringify(state));
  let caught: unknown;
  try {
    restoreDatabase(bad, dbFile, join(dir, 'kept'));
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BackupError);
  expect(readFileSync(dbFile, 'utf8')).toBe(current);
  expect(existsSync(join(dir, 'kept'))).toBe(false);
  return caught as BackupError;
}

describe('backup', () => {
  it('writes a byte-identical copy under a timestamped name, never over an earlier one', () => {
    const text = writeDb(smallState());
    const now = new Date('2026-11-29T19:05:01.250Z');
    expect(timestamp(now)).toBe('20261129-190501Z');
    const out = join(dir, 'backups-a');
    const first = backupDatabase(dbFile, out, now);
    const second = backupDatabase(dbFile, out, now);
    expect(first.file).toBe(join(out, 'db-20261129-190501Z.json'));
    expect(second.file).toBe(join(out, 'db-20261129-190501Z-2.json'));
    expect(readFileSync(first.file, 'utf8')).toBe(text);
    expect(first.check.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['db-20261129-190501Z-2.json', 'db-20261129-190501Z.json']);
  });

  it('refuses a database file that does not parse, writing nothing', () => {
    writeFileSync(dbFile, '{"branches": [');
    expect(() => backupDatabase(dbFile, join(dir, 'backups-b'))).toThrow(/not valid JSON/);
    expect(existsSync(join(dir, 'backups-b'))).toBe(false);
  });
});

describe('restore', () => {
  it('brings back the data of the backup through a restarted API, keeping the replaced database', async () => {
    const api = await startApi({ state: smallState() });
    const admin = api;
    const backup = backupDatabase(api.file, join(api.dir, 'backups'), new Date('2026-11-29T10:00:00Z'));
    const before = (await get<{ name: string; version: number }>(admin, '/branches/1')).body;
    const renamed = await call(admin, 'PATCH', '/branches/1', {
      name: '改名后的机构',
      version: before.version,
    });
    expect(renamed.status).toBe(200);
    await api.stop();

    const result = restoreDatabase(
      backup.file,
      api.file,
      join(api.dir, 'backups'),
      new Date('2026-11-29T11:00:00Z'),
    );
    expect(result.previous).toBe(join(api.dir, 'backups', 'db-20261129-110000Z-before-restore.json'));
    const kept = JSON.parse(readFileSync(result.previous as string, 'utf8')) as Rows;
    expect(kept.branches.find((b) => b.id === 1)?.name).toBe('改名后的机构');

    const again = await startApi({ reopen: api });
    try {
      const restored = (await get<{ name: string; version: number }>(again, '/branches/1')).body;
      expect(restored).toMatchObject({ name: before.name, version: before.version });
    } finally {
      await again.close();
    }
  });

  it('refuses a file that is missing, not JSON or not an object of tables', () => {
    let caught: unknown;
    try {
      restoreDatabase(join(dir, 'nowhere.json'), dbFile);
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toMatch(/nowhere\.json does not exist/);
    expect(refusal('{"branches": [').message).toMatch(/not valid JSON/);
    expect(refusal('[1, 2]').message).toMatch(/does not hold a JSON object/);
  });

  it('refuses a database missing a table', () => {
    const state = smallState();
    delete state.complaints;
    const error = refusal(state);
    expect(error.message).toMatch(/1 problem\(s\); the current database was not changed/);
    expect(error.details).toEqual(['  - table "complaints" is missing']);
  });

  it('refuses a record that breaks its declaration, naming table, id and field', () => {
    const state = smallState() as Rows;
    state.branches[0].code = null;
    state.customers[1].phone = 'call me';
    const error = refusal(state as DbState);
    expect(error.details).toHaveLength(2);
    expect(error.details[0]).toMatch(new RegExp(`^  - branches #${state.branches[0].id}, field code: `));
    expect(error.details[1]).toMatch(new RegExp(`^  - customers #${state.customers[1].id}, field phone: `));
  });

  it('refuses duplicate ids, rows without an id and references to missing records', () => {
    const state = smallState() as Rows;
    state.teams.push({ ...state.teams[0] });
    state.departments.push({ name: 'no id' });
    state.employees[0].branchId = 9999;
    const error = refusal(state as DbState);
    expect(error.details).toEqual([
      `  - departments[${state.departments.length - 1}] has no valid id (undefined)`,
      `  - teams #${state.teams[0].id} appears twice`,
      `  - employees #${state.employees[0].id}, field branchId: branches #9999 does not exist`,
    ]);
  });

  it('refuses a database nobody could administer', () => {
    const state = smallState() as Rows;
    for (const user of state.users) if (user.role === 'admin') user.active = false;
    expect(refusal(state as DbState).details).toEqual([
      '  - no active administrator with a password: nobody could manage the restored database',
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const state = smallState() as Rows;
    for (const n of Array.from({ length: 30 }, (_, i) => i))
      state.branches.push({ ...state.branches[0], id: 100 + n, code: null });
    const check = checkDatabase(state);
    expect(check.problemCount).toBe(30);
    expect(check.problems).toHaveLength(20);
    expect(refusal(state as DbState).details.at(-1)).toBe('  … and 10 more');
  });
});

describe('the demo seed', () => {
  it('passes the check, so a backup of a fresh database can be restored', { timeout: 120_000 }, () => {
    const check = checkDatabase(demoState());
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.counts.users).toBe(6);
  });
});

describe('the commands', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'mock-api/backupCli.ts', ...args], { encoding: 'utf8' });

  // Four runs of the real command, each starting tsx: slow on a busy machine.
  it(
    'backs up (exit 0), refuses a bad file (exit 1, database kept) and wrong arguments (exit 2)',
    { timeout: 180_000 },
    () => {
      const text = writeDb(smallState());
      const out = join(dir, 'cli-backups');
      const backup = run('backup', '--db', dbFile, '--out', out);
      expect(backup.status).toBe(0);
      const [copy] = readdirSync(out);
      expect(backup.stdout).toContain(`to ${join(out, copy)}`);
      expect(readFileSync(join(out, copy), 'utf8')).toBe(text);

      const bad = join(dir, 'cli-bad.json');
      writeFileSync(bad, '{}');
      const refused = run('restore', bad, '--db', dbFile, '--out', out);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        /is not a usable database: \d+ problem\(s\); the current database was not changed/,
      );
      expect(refused.stderr).toContain('table "branches" is missing');
      expect(readFileSync(dbFile, 'utf8')).toBe(text);

      const usage = run('restore', '--db', dbFile);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/restore needs exactly one backup file/);

      const restored = run('restore', join(out, copy), '--db', dbFile, '--out', out);
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/records checked, no problems/);
    },
  );
});
