import { auditLogs } from '../../src/resources/audit-logs';
import { getResource } from '../../src/resources/index';
import { currentContext } from '../auth/context';
import type { Row } from '../database';
import { toRow } from '../records';
import type { Store, StoreChange } from '../store';

/**
 * The audit log (操作日志): appended by the backend only, in the same transaction as the change
 * it records (so a change is never saved without its entry, nor an entry without its change).
 * The `audit-logs` resource is read-only, so no route can edit or delete an entry.
 */

export type AuditAction =
  'create' | 'update' | 'delete' | 'login' | 'login_failed' | 'view_customer' | 'report_download';

export interface AuditEntry {
  action: AuditAction;
  resource?: string | null;
  recordId?: number | null;
  /** Recorded as JSON text. */
  changes?: Record<string, unknown> | null;
  /** Default: the signed-in user of the current request. */
  userId?: number | null;
}

const MAX_CHANGES = auditLogs.fields.find((f) => f.name === 'changes' && f.type === 'longText') as {
  maxLength: number;
};
/** Fields never copied into the log (password hashes) or meaningless there. */
const SKIPPED = new Set(['id', 'version']);

function secretFields(resource: string): Set<string> {
  return new Set((getResource(resource)?.fields ?? []).filter((f) => f.secret).map((f) => f.name));
}

/** `{ field: [before, after] }` for every field that differs; secrets shown as changed, never as values. */
export function changedFields(
  resource: string,
  before: Row | undefined,
  after: Row | undefined,
): Record<string, [unknown, unknown]> {
  const secrets = secretFields(resource);
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (SKIPPED.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = secrets.has(key) ? ['***', '***'] : [a, b];
  }
  return out;
}

function changesText(changes: Record<string, unknown> | null | undefined): string | null {
  if (!changes || Object.keys(changes).length === 0) return null;
  const text = JSON.stringify(changes);
  if (text.length <= MAX_CHANGES.maxLength) return text;
  // Too long to keep whole: keep which fields changed.
  return JSON.stringify({ _truncated: Object.keys(changes) }).slice(0, MAX_CHANGES.maxLength);
}

export class AuditTrail {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** Appends one entry (inside the current transaction, or in one of its own). */
  append(entry: AuditEntry): void {
    const ctx = currentContext();
    this.store.transaction(() => {
      const id = this.store.allocateId(auditLogs.name);
      this.store.insert(
        auditLogs.name,
        toRow(auditLogs, id, {
          at: this.now().toISOString(),
          userId: entry.userId !== undefined ? entry.userId : (ctx?.identity?.userId ?? null),
          action: entry.action,
          resource: entry.resource ?? null,
          recordId: entry.recordId ?? null,
          changes: changesText(entry.changes),
          ip: ctx?.ip?.slice(0, 45) ?? null,
        }),
      );
    });
  }

  /** The store observer: every create, update and delete of a record, with its changed fields. */
  readonly onChange = (change: StoreChange): void => {
    if (change.table === auditLogs.name) return;
    const id = (change.row ?? change.previous)?.id ?? null;
    this.append({
      action: change.action,
      resource: change.table,
      recordId: id,
      changes: changedFields(change.table, change.previous, change.row),
    });
  };
}
