import { atShanghai, MINUTE_MS } from './calendar';
import { iso, type SeedContext } from './context';
import type { Complaint, Customer, User } from './types';

export interface AuditLog {
  id: number;
  at: string;
  userId: number | null;
  action: 'create' | 'update' | 'delete' | 'login' | 'login_failed' | 'view_customer' | 'report_download';
  resource: string | null;
  recordId: number | null;
  changes: string | null;
  ip: string | null;
}

/**
 * A few entries of the audit log from the last days, so that its page opens with content:
 * sign-ins, a failed one, openings of full customer files, complaints registered and updated,
 * a report download. Everything after this is written by the API itself.
 */
export function generateAuditLogs(
  ctx: SeedContext,
  users: User[],
  customers: Customer[],
  complaints: Complaint[],
): AuditLog[] {
  const rng = ctx.rng.fork('audit-logs');
  const { cal, size } = ctx;
  const out: AuditLog[] = [];
  const ip = () => `192.168.1.${rng.int(10, 240)}`;
  const recent = complaints.filter((c) => Date.parse(c.receivedAt) > cal.nowMs - 20 * 86_400_000);
  const user = (role: User['role']) => users.find((u) => u.role === role) as User;
  const days = cal.days.slice(-8, -1); // the week before today
  for (let i = 0; i < size.auditEntries; i++) {
    const day = days[Math.floor((i / size.auditEntries) * days.length)];
    let ms = atShanghai(day, 8, 30) + rng.int(0, 9 * 60) * MINUTE_MS;
    if (ms > cal.nowMs) ms = cal.nowMs - rng.int(1, 60) * MINUTE_MS;
    const kind = i % 6;
    const at = iso(ms);
    if (kind === 0 || kind === 3) {
      const u = rng.pick(users);
      out.push({
        id: 0,
        at,
        userId: u.id,
        action: 'login',
        resource: null,
        recordId: null,
        changes: null,
        ip: ip(),
      });
    } else if (kind === 1) {
      const c = rng.pick(customers);
      out.push({
        id: 0,
        at,
        userId: user('cs_staff').id,
        action: 'view_customer',
        resource: 'customers',
        recordId: c.id,
        changes: null,
        ip: ip(),
      });
    } else if (kind === 2 && recent.length) {
      const c = rng.pick(recent);
      const changes = JSON.stringify({ description: [null, c.description], severity: [null, c.severity] });
      out.push({
        id: 0,
        at,
        userId: user('cs_staff').id,
        action: 'create',
        resource: 'complaints',
        recordId: c.id,
        changes,
        ip: ip(),
      });
    } else if (kind === 4 && recent.length) {
      const c = rng.pick(recent);
      const changes = JSON.stringify({ handlerId: [null, c.handlerId] });
      out.push({
        id: 0,
        at,
        userId: user('quality_supervisor').id,
        action: 'update',
        resource: 'complaints',
        recordId: c.id,
        changes,
        ip: ip(),
      });
    } else if (kind === 5) {
      out.push({
        id: 0,
        at,
        userId: user('finance').id,
        action: 'report_download',
        resource: 'appraisal',
        recordId: null,
        changes: null,
        ip: ip(),
      });
    } else {
      out.push({
        id: 0,
        at,
        userId: null,
        action: 'login_failed',
        resource: null,
        recordId: null,
        changes: JSON.stringify({ username: 'manger' }),
        ip: ip(),
      });
    }
  }
  out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  out.forEach((e, i) => (e.id = i + 1));
  return out;
}
