import { becameResolved, complaintFollowUp, type ResolvedComplaint } from '../../../src/domain/followUps';
import { followUps } from '../../../src/resources/follow-ups';
import { shanghaiDate } from '../../../src/schema/time';
import type { Row } from '../../database';
import type { ResourceHooks } from '../../hooks';
import { toRow } from '../../records';
import type { Store } from '../../store';

/**
 * Who calls the customer of a resolved complaint: its handler while employed, else the first
 * customer-service employee of the branch still employed on `day`.
 */
function callerFor(store: Store, complaint: Row, day: string): number | null {
  const employed = (e: Row) => e.leftOn === null || e.leftOn === undefined || String(e.leftOn) >= day;
  const handler =
    typeof complaint.handlerId === 'number' ? store.find('employees', complaint.handlerId) : undefined;
  if (handler && employed(handler)) return handler.id;
  const desk = store
    .rows('employees')
    .find((e) => e.branchId === complaint.branchId && e.roleGroup === 'customer_service' && employed(e));
  return desk?.id ?? null;
}

function hasOpenFollowUp(store: Store, complaintId: number): boolean {
  return store
    .rows(followUps.name)
    .some((f) => f.subjectType === 'complaint' && f.subjectId === complaintId && f.doneAt === null);
}

/**
 * 跟踪回访: the move of a complaint into `resolved` (however it got there: the transitions route,
 * a PATCH, a reopened complaint resolved again) creates its follow-up visit, in the same
 * transaction, unless one is still open. It only reads the complaint; the complaint feature owns
 * every complaint field.
 */
export const complaintFollowUpHooks: ResourceHooks = {
  afterWrite(change, ctx) {
    const record = change.record;
    if (!record || !becameResolved(change.previous?.status as string | undefined, String(record.status)))
      return;
    if (hasOpenFollowUp(ctx.store, record.id)) return;
    const complaint = record as unknown as ResolvedComplaint;
    const day = shanghaiDate(complaint.resolvedAt ?? ctx.now.getTime());
    const draft = complaintFollowUp(complaint, callerFor(ctx.store, record, day), ctx.now);
    if (!draft) return;
    ctx.store.insert(followUps.name, toRow(followUps, ctx.store.allocateId(followUps.name), { ...draft }));
  },
};
