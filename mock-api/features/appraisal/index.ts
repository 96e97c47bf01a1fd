import { shanghaiDate } from '../../../src/schema/time';
import { currentIdentity } from '../../auth/context';
import { fieldErrors } from '../../errors';
import type { HookContext } from '../../hooks';
import type { ApiFeature } from '../types';
import { syncConversion } from './consultations';
import { registerDailyEntry } from './dailyEntry';
import { eventErrors } from './events';
import { reviseOnUpdate, startVersions } from './rules';

function checkEvent(record: Record<string, unknown>, ctx: HookContext, ruleChanged: boolean) {
  const errors = eventErrors(ctx.store, record, shanghaiDate(ctx.now.getTime()), ctx.lang, { ruleChanged });
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, ctx.lang);
}

/** A new event names the signed-in user who recorded it (the field is read-only to clients). */
function withRecorder(record: Record<string, unknown>): Record<string, unknown> {
  const userId = currentIdentity()?.userId;
  return userId === undefined ? record : { ...record, recordedById: userId };
}

/**
 * Appraisal points (DOMAIN §5.1) in the mock API: the rules of an appraisal event, rule
 * versions by month, conversions from consultations, and the daily team entry.
 */
export const appraisalApi: ApiFeature = {
  name: 'appraisal',
  registerHooks(registry) {
    registry.register('appraisal-events', {
      beforeCreate: (record, ctx) => {
        checkEvent(record, ctx, true);
        return withRecorder(record);
      },
      beforeUpdate: (record, existing, ctx) => checkEvent(record, ctx, record.ruleId !== existing.ruleId),
    });
    registry.register('appraisal-rules', {
      beforeCreate: (record) => startVersions(record),
      beforeUpdate: (record, existing, ctx) => reviseOnUpdate(record, existing, ctx),
    });
    registry.register('consultations', {
      afterWrite: (change, ctx) => syncConversion(change, ctx),
    });
  },
  registerRoutes(router, deps) {
    registerDailyEntry(router, deps);
  },
};
