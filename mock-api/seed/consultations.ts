import { atShanghai, HOUR_MS, MINUTE_MS, weekday } from './calendar';
import { SURNAMES } from './content/people';
import { CONSULT_QUESTIONS, SERVICE_CATALOGUE } from './content/services';
import { iso, type SeedContext } from './context';
import type { Organisation } from './organisation';
import { Weighted, type Rng } from './prng';
import type { Consultation, ConsultationChannel, ConsultationOutcome } from './types';

const ONLINE_CHANNELS = new Weighted<ConsultationChannel>([
  ['online_chat', 55],
  ['website_booking', 20],
  ['message_board', 15],
  ['email', 10],
]);

/** Minutes until an answer, by channel: [min, max]. */
const ANSWER_DELAY: Record<ConsultationChannel, [number, number]> = {
  online_chat: [1, 10],
  phone: [0, 2],
  website_booking: [5, 120],
  message_board: [30, 1200],
  email: [60, 1440],
};

const SURNAME = new Weighted(SURNAMES);

function prospect(
  rng: Rng,
  ctx: SeedContext,
  channel: ConsultationChannel,
): { name: string; contact: string } {
  const name = rng.chance(0.5)
    ? `${SURNAME.pick(rng)}女士`
    : ctx.pools.name(rng, rng.chance(0.9) ? 'female' : 'male');
  let contact: string;
  if (channel === 'email') contact = `${ctx.pools.mobile(rng).slice(3)}@qq.com`;
  else if (channel === 'phone' || rng.chance(0.7)) contact = ctx.pools.mobile(rng);
  else contact = `微信 wxid_${Math.floor(rng.next() * 36 ** 8).toString(36)}`;
  return { name, contact };
}

const SURGERY_PRICES = SERVICE_CATALOGUE.plastic_surgery.items.map(([, price]) => price);

/**
 * 咨询登记: what the consulting team registers each working day. Online consultants take chats,
 * web bookings, message-board posts and e-mail; phone consultants take calls; the leader a few of
 * both. Outcomes (screening booked, a registered visit, surgery in a clinic) feed the C rules.
 */
export function generateConsultations(ctx: SeedContext, org: Organisation): Consultation[] {
  const rng = ctx.rng.fork('consultations');
  const { cal, size } = ctx;
  const out: Consultation[] = [];
  const outcomesOf = new Map(
    org.branches.map((b) => [
      b.id,
      new Weighted<ConsultationOutcome>([
        ['none', 62],
        ['screening_booked', 22],
        ['registered_visit', 13],
        ['surgery', b.type === 'aesthetic_clinic' ? 4 : 0],
      ]),
    ]),
  );
  for (const day of cal.workingDays) {
    const saturday = weekday(day) === 6;
    for (const branch of org.branches) {
      const staff = org.staffOn(branch.id, ['网络咨询员', '电话咨询员', '咨询组长'], day);
      const outcomes = outcomesOf.get(branch.id) as Weighted<ConsultationOutcome>;
      for (const consultant of staff) {
        const rate =
          size.consultationsPerConsultantDay *
          (consultant.position === '咨询组长' ? 0.4 : 1) *
          (saturday ? 0.6 : 1);
        const n = rng.poisson(rate);
        for (let k = 0; k < n; k++) {
          const channel: ConsultationChannel =
            consultant.position === '电话咨询员' || (consultant.position === '咨询组长' && rng.chance(0.4))
              ? 'phone'
              : ONLINE_CHANNELS.pick(rng);
          const receivedMs = atShanghai(day, rng.int(9, 20), rng.int(0, 59));
          if (receivedMs > cal.nowMs) continue;
          const [lo, hi] = ANSWER_DELAY[channel];
          const answeredMs = receivedMs + rng.int(lo, hi) * MINUTE_MS + rng.int(0, 59) * 1000;
          const unanswered = answeredMs > cal.nowMs || rng.chance(0.02);
          // Outcomes are known a few days later; the most recent enquiries are still open.
          const settled = cal.nowMs - receivedMs > 48 * HOUR_MS;
          const outcome = settled && !unanswered ? outcomes.pick(rng) : 'none';
          const { name, contact } = prospect(rng, ctx, channel);
          out.push({
            id: 0,
            branchId: branch.id,
            consultantId: consultant.id,
            channel,
            prospectName: name,
            prospectContact: contact,
            question: rng.pick(CONSULT_QUESTIONS[branch.type]),
            receivedAt: iso(receivedMs),
            answeredAt: unanswered ? null : iso(answeredMs),
            outcome,
            surgeryFee:
              outcome === 'surgery'
                ? Math.round((rng.pick(SURGERY_PRICES) * (0.9 + rng.next() * 0.3)) / 100) * 100
                : null,
          });
        }
      }
    }
  }
  out.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  out.forEach((c, i) => (c.id = i + 1));
  return out;
}
