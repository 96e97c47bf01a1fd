import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDatabase, type DbState } from '../../mock-api/adapter';
import { hashPassword } from '../../mock-api/auth/password';
import { backupDatabase, restoreDatabase } from '../../mock-api/backup';
import {
  compactDatabase,
  databaseStorage,
  openDatabase,
  prepareState,
  type LowdbInstance,
  type Row,
} from '../../mock-api/database';
import { StorageError } from '../../mock-api/errors';
import type { JournalEntry } from '../../mock-api/storage/journalFile';
import { replayEntries } from '../../mock-api/storage/replay';
import { Store } from '../../mock-api/store';
import type { Rows } from './demoDb';
import { fixture } from './fixture';

/**
 * The write-ahead journal (mock-api/storage/*, adapter.ts; docs/storage.md): a write is one
 * line, reading replays it over the snapshot, compaction folds it in. Expected values are
 * written out by hand from the fixture (5 branches, 3 departments).
 */

let dir: string;
let file: string;
let journal: string;
const opened: LowdbInstance[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-api-journal-'));
  file = join(dir, 'db.json');
  journal = `${file}.journal`;
});
afterEach(() => {
  for (const db of opened.splice(0)) databaseStorage(db)?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(options: { compactAtBytes?: number; warn?: (m: string) => void } = {}): LowdbInstance {
  const db = openDatabase(
    file,
    () => {
      throw new Error('the test writes the file first');
    },
    options,
  );
  opened.push(db);
  return db;
}

/** The snapshot file as it is on disk, without the journal. */
const rawSnapshot = () => JSON.parse(readFileSync(file, 'utf8')) as Rows & { _meta: Record<string, unknown> };
const journalLines = () =>
  readFileSync(journal, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as JournalEntry);
const names = (state: DbState, table: string) =>
  (state[table] as Row[]).map((r) => `${r.id}:${String(r.name)}`);

function addDepartment(store: Store, name: string): number {
  return store.transaction(() => {
    const id = store.allocateId('departments');
    store.insert('departments', { id, branchId: 1, name, kind: 'business' });
    return id;
  });
}

function renameBranch(store: Store, id: number, name: string): void {
  store.transaction(() => {
    store.replace('branches', { ...(store.find('branches', id) as Row), name });
  });
}

const line = (entry: JournalEntry) => `${JSON.stringify(entry)}\n`;

describe('a write', () => {
  it('is one journal line, and a reopened database sees it without any compaction', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    const before = readFileSync(file, 'utf8');
    const store = new Store(open());
    expect(addDepartment(store, '质控部')).toBe(4);
    renameBranch(store, 2, '上海新店');
    store.transaction(() => store.remove('departments', 3));

    expect(readFileSync(file, 'utf8')).toBe(before); // the file itself was not rewritten
    const lines = journalLines();
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(lines[0]).toEqual({
      seq: 1,
      changes: [
        {
          table: 'departments',
          action: 'create',
          row: { id: 4, branchId: 1, name: '质控部', kind: 'business', version: 1 },
        },
      ],
      meta: { merge: { nextId: { departments: 5 } } },
    });
    expect(lines[1].changes).toMatchObject([
      { table: 'branches', action: 'update', row: { id: 2, name: '上海新店', version: 2 } },
    ]);
    expect(lines[1].meta).toBeUndefined(); // no counter moved
    expect(lines[2]).toEqual({ seq: 3, changes: [{ table: 'departments', action: 'delete', id: 3 }] });

    const again = open().getState();
    expect(names(again, 'departments')).toEqual(['1:行政部', '2:客服部', '4:质控部']);
    expect(names(again, 'branches')[1]).toBe('2:上海新店');
    expect(again._meta).toEqual({ nextId: { departments: 5 } });
    // the next id after a reopen is still above every id given
    expect(addDepartment(new Store(opened[1]), '财务部')).toBe(5);
  });

  it('that fails to reach the disk is undone in memory and in the journal', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    const db = open();
    // The journal opens at the first write: every write to /dev/full fails with ENOSPC, like a full disk.
    symlinkSync('/dev/full', journal);
    const store = new Store(db);
    expect(() => addDepartment(store, '质控部')).toThrow(StorageError);
    expect(names(db.getState(), 'departments')).toEqual(['1:行政部', '2:客服部', '3:客服部']);
    expect(db.getState()._meta).toEqual({ nextId: {} });
    expect(() => renameBranch(store, 1, '改名')).toThrow(StorageError);
    expect(names(db.getState(), 'branches')[0]).toBe('1:北京悦心产后修复中心');
  });

  it('is not journalled when the transaction changes nothing', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    const store = new Store(open());
    store.transaction(() => store.remove('departments', 99));
    expect(existsSync(journal)).toBe(false);
  });
});

describe('replay', () => {
  const entries: JournalEntry[] = [
    {
      seq: 1,
      changes: [{ table: 'branches', action: 'create', row: { id: 6, name: '成都' } }],
      meta: { merge: { nextId: { branches: 7 } } },
    },
    { seq: 2, changes: [{ table: 'branches', action: 'update', row: { id: 6, name: '成都二店' } }] },
    { seq: 3, changes: [{ table: 'branches', action: 'delete', id: 1 }] },
  ];
  const start = (): DbState => ({
    branches: [
      { id: 1, name: '北京' },
      { id: 2, name: '上海' },
    ],
    _meta: { nextId: {} },
  });

  it('applies each entry once in order, and again changes nothing (idempotent)', () => {
    const state = start();
    expect(replayEntries(state, entries, 0, 'j')).toBe(3);
    expect(names(state, 'branches')).toEqual(['2:上海', '6:成都二店']);
    expect(state._meta).toEqual({ nextId: { branches: 7 } });
    const twice = structuredClone(state);
    expect(replayEntries(twice, entries, 0, 'j')).toBe(3);
    expect(twice).toEqual(state);
  });

  it('skips entries the snapshot already holds', () => {
    // The snapshot holds 1–2, then branch 6 was renamed again by hand: entries 1–2 must not undo that.
    const state: DbState = {
      branches: [
        { id: 1, name: '北京' },
        { id: 2, name: '上海' },
        { id: 6, name: '成都旗舰店' },
      ],
    };
    expect(replayEntries(state, entries, 2, 'j')).toBe(3);
    expect(names(state, 'branches')).toEqual(['2:上海', '6:成都旗舰店']);
  });

  it('refuses a gap in the sequence, naming the journal', () => {
    expect(() => replayEntries(start(), [entries[0], entries[2]], 0, '/x/db.json.journal')).toThrow(
      /\/x\/db\.json\.journal: entry 3 follows 1; entries 2–2 are missing/,
    );
  });

  it('ignores a torn last line with a warning, and the next write replaces it', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    writeFileSync(journal, line(entries[0]) + '{"seq":2,"changes":[{"table":"bran');
    const warnings: string[] = [];
    const db = open({ warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([
      `${journal}: line 2 is incomplete (a write cut off by a crash, never acknowledged); it is ignored`,
    ]);
    expect(names(db.getState(), 'branches')).toHaveLength(6);
    renameBranch(new Store(db), 6, '成都二店');
    expect(journalLines().map((l) => l.seq)).toEqual([1, 2]);
    expect(names(open().getState(), 'branches')[5]).toBe('6:成都二店');
  });

  it('refuses a damaged line in the middle, naming the file and line', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    writeFileSync(journal, line(entries[0]) + 'not json\n' + line(entries[1]));
    expect(() => readDatabase(file)).toThrow(`${journal}: line 2 is damaged`);
  });
});

describe('compaction', () => {
  it('at start: folds the journal into the file and empties it; the reopened state is the same', () => {
    writeFileSync(file, JSON.stringify(fixture()));
    const store = new Store(open());
    addDepartment(store, '质控部');
    renameBranch(store, 2, '上海新店');
    const db = open();
    const replayed = structuredClone(db.getState());
    expect(compactDatabase(db, true)).toBe(true);
    expect(statSync(journal).size).toBe(0);
    expect(rawSnapshot()._meta).toEqual({ nextId: { departments: 5 }, journalSeq: 2 });
    expect(rawSnapshot().departments.map((d) => d.id)).toEqual([1, 2, 3, 4]);
    expect(compactDatabase(db, true)).toBe(false); // nothing left to fold in
    expect(open().getState()).toEqual(replayed);
    // sequence numbers go on from the snapshot's
    renameBranch(new Store(opened[2]), 1, '北京新店');
    expect(journalLines().map((l) => l.seq)).toEqual([3]);
  });

  it('past the size threshold: after the answer (next turn of the event loop), not inside the write', async () => {
    writeFileSync(file, JSON.stringify(fixture()));
    const db = open({ compactAtBytes: 1 });
    addDepartment(new Store(db), '质控部');
    expect(statSync(journal).size).toBeGreaterThan(0);
    expect(rawSnapshot().departments).toHaveLength(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(statSync(journal).size).toBe(0);
    expect(rawSnapshot().departments).toHaveLength(4);
    expect(rawSnapshot()._meta.journalSeq).toBe(1);
  });

  it('cut short between the new file and emptying the journal: the reopened state is right and the old lines go', () => {
    // What a crash after the rename leaves: a file holding entries 1–2, the journal still holding them.
    const state = fixture();
    (state.branches as Row[])[1].name = 'B';
    writeFileSync(file, JSON.stringify({ ...state, _meta: { nextId: {}, journalSeq: 2 } }));
    writeFileSync(
      journal,
      line({ seq: 1, changes: [{ table: 'branches', action: 'update', row: { id: 2, name: 'A' } }] }) +
        line({ seq: 2, changes: [{ table: 'branches', action: 'update', row: { id: 2, name: 'B' } }] }),
    );
    const db = open();
    expect(names(db.getState(), 'branches')[1]).toBe('2:B');
    expect(databaseStorage(db)?.journalledAtOpen).toBe(0);
    renameBranch(new Store(db), 3, 'C');
    expect(journalLines().map((l) => l.seq)).toEqual([3]);
    const again = open().getState();
    expect(names(again, 'branches').slice(1, 3)).toEqual(['2:B', '3:C']);
  });
});

describe('backup and restore with writes still in the journal', () => {
  function usableState(): DbState {
    const state = fixture();
    prepareState(state);
    for (const user of state.users as Rows['users'])
      if (user.role === 'admin') user.passwordHash = hashPassword('Demo@2026');
    return state;
  }

  it('a backup holds the journalled writes; a restore brings the backup back and no old entry is replayed over it', () => {
    writeFileSync(file, JSON.stringify(usableState()));
    const store = new Store(open());
    const early = backupDatabase(file, join(dir, 'backups'), new Date('2026-11-29T10:00:00Z'));
    renameBranch(store, 2, '上海新店');
    addDepartment(store, '质控部');
    const late = backupDatabase(file, join(dir, 'backups'), new Date('2026-11-29T11:00:00Z'));
    // each backup is one self-contained file
    const lateRows = JSON.parse(readFileSync(late.file, 'utf8')) as Rows;
    expect(lateRows.branches[1].name).toBe('上海新店');
    expect(lateRows.departments.map((d) => d.id)).toEqual([1, 2, 3, 4]);
    expect((JSON.parse(readFileSync(early.file, 'utf8')) as Rows).branches[1].name).toBe('上海臻颜美容院');

    databaseStorage(opened[0])?.close();
    const result = restoreDatabase(early.file, file, join(dir, 'backups'), new Date('2026-11-29T12:00:00Z'));
    expect(existsSync(journal)).toBe(false);
    const kept = JSON.parse(readFileSync(result.previous as string, 'utf8')) as Rows;
    expect(kept.branches[1].name).toBe('上海新店');
    expect(rawSnapshot()._meta.journalSeq).toBe(2); // above the replaced database's entries

    const restored = open().getState();
    expect(names(restored, 'branches')[1]).toBe('2:上海臻颜美容院');
    expect(names(restored, 'departments')).toEqual(['1:行政部', '2:客服部', '3:客服部']);

    // Restored from a later backup while a stale journal is left (a crash before its removal):
    // the file's sequence number is above the journal's, so nothing is replayed.
    restoreDatabase(early.file, file, join(dir, 'backups'), new Date('2026-11-29T13:00:00Z'));
    writeFileSync(
      journal,
      line({ seq: 1, changes: [{ table: 'branches', action: 'update', row: { id: 2, name: '旧的' } }] }),
    );
    expect(names(open().getState(), 'branches')[1]).toBe('2:上海臻颜美容院');
  });
});
