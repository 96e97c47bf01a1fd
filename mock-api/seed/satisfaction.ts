import { addDays, shanghaiDate } from '../../src/schema/time';
import { atShanghai, HOUR_MS, MINUTE_MS, weekday } from './calendar';
import { BRANCH_CATEGORIES } from './content/services';
import { SURVEY_COMMENTS } from './content/quality';
import { iso, type SeedContext } from './context';
import type { CustomerBase } from './customers';
import type { Organisation } from './organisation';
import { perBranchDay } from './sizes';
import { Weighted, type Rng } from './prng';
import type { CareRecord, Id, ServiceItem, SurveyResponse } from './types';

/** The parts of a survey template the generator needs (the template itself comes from the defaults). */
export interface TemplateShape {
  id: Id;
  scale: number;
  dimensions: { key: string; required: boolean }[];
  hasNps: boolean;
}

const CHANNELS = new Weighted<SurveyResponse['channel']>([
  ['face_to_face', 50],
  ['online', 35],
  ['phone', 15],
]);

const INVALID_REASONS = new Weighted<NonNullable<SurveyResponse['invalidReason']>>([
  ['incomplete', 35],
  ['duplicate', 25],
  ['careless', 20],
  ['test', 10],
  ['other', 10],
]);

const THERAPISTS = ['产后修复师', '技术主管'];

/** Per-dimension shifts: the environment scores a little lower, the attitude a little higher. */
const DIMENSION_SHIFT: Record<string, number> = {
  quality: 0,
  attitude: 0.15,
  environment: -0.2,
  effect: -0.1,
};

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function npsFor(rng: Rng, overall: number): number {
  if (overall >= 4.5) return rng.chance(0.8) ? rng.int(9, 10) : rng.int(7, 8);
  if (overall >= 3.5) return rng.chance(0.6) ? rng.int(7, 8) : rng.int(8, 10);
  if (overall >= 2.5) return rng.int(4, 7);
  return rng.int(0, 4);
}

/**
 * 满意度调查答卷 against the default template: mostly 4–5 with a few low scores and their
 * comments, a slow improvement over the year, differences between branches and staff; about
 * 5 % marked invalid with a reason, and a handful flagged valid although a required dimension
 * is missing (the metrics must catch those themselves).
 */
export function generateSurveyResponses(
  ctx: SeedContext,
  org: Organisation,
  base: CustomerBase,
  careRecords: CareRecord[],
  items: ServiceItem[],
  template: TemplateShape,
): SurveyResponse[] {
  const rng = ctx.rng.fork('surveys');
  const { cal, size } = ctx;
  const scale = template.scale;
  const keys = template.dimensions.map((d) => d.key);
  const requiredKeys = template.dimensions.filter((d) => d.required).map((d) => d.key);

  const careByBranchDay = new Map<string, CareRecord[]>();
  for (const c of careRecords) {
    const key = `${c.branchId}:${shanghaiDate(c.performedAt)}`;
    const list = careByBranchDay.get(key);
    if (list) list.push(c);
    else careByBranchDay.set(key, [c]);
  }
  const activeItems = items.filter((i) => i.active);
  const branchOffset = new Map(org.branches.map((b) => [b.id, rng.normal(0, 0.12)]));
  const staffOffset = new Map(org.employees.map((e) => [e.id, rng.normal(0, 0.2)]));
  const categoriesOf = new Map(
    org.branches.map((b) => [b.id, new Set(BRANCH_CATEGORIES[b.type].map(([c]) => c as string))] as const),
  );

  const dayFactor = (day: string) => (weekday(day) === 0 ? 0.6 : weekday(day) === 6 ? 1.3 : 1);
  const meanFactor = cal.days.reduce((sum, day) => sum + dayFactor(day), 0) / cal.days.length;
  const rate = perBranchDay(size.surveys, org.branches.length, cal.days.length) / meanFactor;
  const out: SurveyResponse[] = [];
  const lastByCustomer = new Map<Id, SurveyResponse>();
  const totalDays = cal.days.length;

  cal.days.forEach((day, dayIndex) => {
    const trend = (dayIndex / totalDays) * 0.15;
    for (const branch of org.branches) {
      const n = rng.poisson(rate * dayFactor(day));
      if (n === 0) continue;
      const care = careByBranchDay.get(`${branch.id}:${day}`) ?? [];
      const customers = base.byBranch.get(branch.id) ?? [];
      const therapists = org.staffOn(branch.id, THERAPISTS, day);
      const branchItems = activeItems.filter((i) => categoriesOf.get(branch.id)?.has(i.category));
      for (let k = 0; k < n; k++) {
        // Prefer a service performed that day; otherwise a customer answering about an earlier one.
        const record = k < care.length ? care[(k * 7919) % care.length] : undefined;
        const customerId = record ? record.customerId : customers.length ? rng.pick(customers).id : null;
        const staffId = record ? record.staffId : therapists.length ? rng.pick(therapists).id : null;
        const serviceItemId = record
          ? record.serviceItemId
          : branchItems.length
            ? rng.pick(branchItems).id
            : null;
        const channel = CHANNELS.pick(rng);
        const baseMs = record
          ? Date.parse(record.performedAt)
          : atShanghai(day, rng.int(10, 19), rng.int(0, 59));
        const submittedMs =
          channel === 'face_to_face'
            ? baseMs + rng.int(60, 100) * MINUTE_MS
            : channel === 'online'
              ? baseMs + rng.int(2, 30) * HOUR_MS
              : atShanghai(addDays(day, rng.int(1, 3)), rng.int(10, 17), rng.int(0, 59));
        if (submittedMs > cal.nowMs) continue; // not answered yet

        const latent =
          4.3 +
          trend +
          (branchOffset.get(branch.id) ?? 0) +
          (staffId ? (staffOffset.get(staffId) ?? 0) : 0) +
          rng.normal(0, 0.75);
        const scores: Record<string, number> = {};
        for (const key of keys) {
          const v = latent + (DIMENSION_SHIFT[key] ?? 0) + rng.normal(0, 0.45);
          scores[key] = clamp(Math.round(((v - 1) / 4) * (scale - 1) + 1), 1, scale);
        }
        const overall = keys.reduce((s, key) => s + scores[key], 0) / keys.length;
        // Comments follow the feeling: every low rating explains itself, some others do too.
        let comment: string | null = null;
        if (overall <= 0.4 * scale) comment = rng.pick(SURVEY_COMMENTS.low);
        else if (overall < 0.9 * scale) comment = rng.chance(0.35) ? rng.pick(SURVEY_COMMENTS.middle) : null;
        else if (rng.chance(0.25)) comment = rng.pick(SURVEY_COMMENTS.high);

        const response: SurveyResponse = {
          id: 0,
          templateId: template.id,
          branchId: branch.id,
          customerId,
          staffId,
          serviceItemId,
          channel,
          submittedAt: iso(submittedMs),
          scores,
          nps:
            template.hasNps && rng.chance(0.88) ? npsFor(rng, ((overall - 1) / (scale - 1)) * 4 + 1) : null,
          comment,
          valid: true,
          invalidReason: null,
        };

        const roll = rng.next();
        if (roll < 0.05) {
          const reason = INVALID_REASONS.pick(rng);
          response.valid = false;
          response.invalidReason = reason;
          if (reason === 'incomplete') {
            for (const key of rng.sample(requiredKeys, rng.int(1, 2))) delete scores[key];
          } else if (reason === 'duplicate') {
            const previous = customerId ? lastByCustomer.get(customerId) : undefined;
            if (previous) Object.assign(scores, previous.scores);
          } else if (reason === 'careless') {
            const v = rng.chance(0.5) ? 1 : scale;
            for (const key of keys) scores[key] = v;
            response.comment = v === 1 ? rng.pick(SURVEY_COMMENTS.high) : null;
          } else if (reason === 'test') {
            response.comment = rng.pick(SURVEY_COMMENTS.test);
          }
        } else if (roll < 0.056 && requiredKeys.length) {
          // Marked valid, yet a required answer is missing: the metrics must not trust the flag.
          delete scores[rng.pick(requiredKeys)];
        }
        out.push(response);
        if (customerId) lastByCustomer.set(customerId, response);
      }
    }
  });

  out.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0));
  out.forEach((r, i) => (r.id = i + 1));
  return out;
}
