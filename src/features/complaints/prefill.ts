import { COMPLAINT_CHANNELS } from '../../resources/complaints';

/** The longest description a link may carry (the field's own limit). */
const DESCRIPTION_MAX = 4000;

const positiveId = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.slice(0, DESCRIPTION_MAX) : undefined;

/**
 * The complaint form's starting values from a link's query — `/complaints/create?customerId=…
 * &branchId=…&staffId=…&channel=…&description=…` (e.g. "register a complaint" from a low
 * satisfaction score). `staffId` becomes the involved staff. A malformed value is left out
 * rather than guessed; the form and the backend still check everything on save.
 * (`serviceItemId` is accepted by such links but complaints have no service-item field.)
 */
export function prefillFromQuery(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const customerId = positiveId(query.customerId);
  if (customerId) out.customerId = customerId;
  const branchId = positiveId(query.branchId);
  if (branchId) out.branchId = branchId;
  const staffId = positiveId(query.staffId);
  if (staffId) out.involvedStaffIds = [staffId];
  if (typeof query.channel === 'string' && COMPLAINT_CHANNELS.some((o) => o.value === query.channel))
    out.channel = query.channel;
  const description = text(query.description);
  if (description) out.description = description;
  return out;
}
