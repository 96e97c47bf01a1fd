import {
  conversionCode,
  needsFee,
  valuesForMonth,
  type ConsultationChannel,
  type ConsultationOutcome,
} from '../../../src/domain/appraisal';
import { appraisalEvents } from '../../../src/resources/appraisal-events';
import { shanghaiDate } from '../../../src/schema/time';
import { currentIdentity } from '../../auth/context';
import type { Row } from '../../database';
import type { HookContext, WriteChange } from '../../hooks';
import { toRow } from '../../records';
import { eventErrors } from './events';
import { ruleByCode } from './records';

interface ConsultationRow extends Row {
  consultantId: number;
  channel: ConsultationChannel;
  outcome: ConsultationOutcome | null;
  surgeryFee: number | null;
}

const EVENTS = appraisalEvents.name;

/**
 * Keeps a consultation's conversion event in step with its outcome, inside the consultation's
 * own transaction: at most one event per consultation (linked by `consultationId`), created
 * when an outcome is first set (on the day it is recorded), moved to the right C rule and fee
 * when the outcome changes, removed when the outcome goes back to none. A consultant who
 * cannot earn the rule (no team, not employed that day, rule inactive) gets no event: the
 * consultation itself is still saved.
 */
export function syncConversion(change: WriteChange, ctx: HookContext): void {
  const c = change.record as ConsultationRow | undefined;
  if (!c) return;
  const { store } = ctx;
  const linked = (store.rows(EVENTS) as Row[]).find((e) => e.consultationId === c.id);
  const code = conversionCode(c.channel, c.outcome);
  const rule = code ? ruleByCode(store, code) : undefined;
  if (!rule) {
    if (linked) store.remove(EVENTS, linked.id);
    return;
  }
  const today = shanghaiDate(ctx.now.getTime());
  const fee = needsFee(valuesForMonth(rule, today.slice(0, 7)).values) ? c.surgeryFee : null;
  if (linked) {
    if (linked.ruleId !== rule.id || linked.fee !== fee || linked.employeeId !== c.consultantId)
      store.replace(EVENTS, { ...linked, ruleId: rule.id, fee, employeeId: c.consultantId });
    return;
  }
  const draft = { employeeId: c.consultantId, ruleId: rule.id, occurredOn: today, fee };
  if (Object.keys(eventErrors(store, draft, today, ctx.lang, { ruleChanged: true })).length > 0) return;
  const id = store.allocateId(EVENTS);
  store.insert(
    EVENTS,
    toRow(appraisalEvents, id, {
      ...draft,
      count: 1,
      note: `咨询登记 #${c.id}`,
      // whoever set the outcome recorded the conversion (none in contract mode)
      recordedById: currentIdentity()?.userId ?? null,
      consultationId: c.id,
    }),
  );
}
