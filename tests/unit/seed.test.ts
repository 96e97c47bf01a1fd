import { beforeAll, describe, expect, it } from 'vitest';
import { NOW_HOUR } from '../../mock-api/seed/calendar';
import { generateDatabase } from '../../mock-api/seed/generate';
import type { SeedDatabase } from '../../mock-api/seed/serialize';
import {
  COMPLAINT_DEADLINES,
  DEFAULT_APPRAISAL_RULES,
  DEFAULT_SURVEY_TEMPLATE,
} from '../../src/domain/defaults';
import { RESOURCES, getResource } from '../../src/resources';
import type { FieldDef } from '../../src/schema/fields';
import { addMonths, shanghaiDate, shanghaiDayStart, shanghaiMonth } from '../../src/schema/time';
import { validateWrite } from '../../src/schema/validate';

type Row = Record<string, unknown> & { id: number };

const TODAY = '2026-11-18';
/** The seed's "now": 08:00 in Shanghai on TODAY. */
const NOW_MS = Date.parse(shanghaiDayStart(TODAY)) + NOW_HOUR * 3_600_000;
let db: SeedDatabase;
const rows = (name: string): Row[] => db[name] as Row[];
const byId = (name: string) => new Map(rows(name).map((r) => [r.id, r]));
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

beforeAll(() => {
  db = generateDatabase({ size: 'demo', today: TODAY });
});

describe('seed: determinism', () => {
  it('gives byte-identical JSON for the same size and day', () => {
    const again = generateDatabase({ size: 'demo', today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(db));
  });

  it('gives different data for another day', () => {
    const other = generateDatabase({ size: 'demo', today: '2026-11-19' });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(db));
  });

  it('refuses a day that is not a date', () => {
    expect(() => generateDatabase({ size: 'demo', today: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('seed: records match their declarations', () => {
  it('holds every declared resource, and only those', () => {
    const names = Object.keys(db).filter((k) => k !== '_meta');
    expect(new Set(names)).toEqual(new Set(RESOURCES.map((r) => r.name)));
    for (const name of names) expect(rows(name).length, name).toBeGreaterThan(0);
  });

  it.each(RESOURCES.map((r) => [r.name]))(
    '%s: every record passes validateWrite',
    { timeout: 60_000 },
    (name) => {
      const resource = getResource(name);
      if (!resource) throw new Error(name);
      const failures: string[] = [];
      for (const record of rows(name)) {
        const check = validateWrite(resource, record, 'create', 'zh');
        if (!check.ok && failures.length < 5) failures.push(`#${record.id}: ${JSON.stringify(check.errors)}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it('numbers ids 1…n, and _meta.nextId is one past the largest', () => {
    const meta = db._meta as { nextId: Record<string, number> };
    for (const r of RESOURCES) {
      const list = rows(r.name);
      list.forEach((row, i) => expect(row.id).toBe(i + 1));
      expect(meta.nextId[r.name], r.name).toBe(list.length + 1);
    }
    expect(rows('appraisal-settings').map((r) => r.id)).toEqual([1]);
  });

  it('stores every instant in canonical UTC form', () => {
    const bad: string[] = [];
    const visit = (fields: FieldDef[], value: Record<string, unknown>, where: string) => {
      for (const f of fields) {
        const v = value[f.name];
        if (v === null || v === undefined) continue;
        if (f.type === 'datetime' && !CANONICAL.test(v as string))
          bad.push(`${where}.${f.name}=${String(v)}`);
        if (f.type === 'objectList')
          (v as Record<string, unknown>[]).forEach((row) => visit(f.fields, row, where));
        if (f.type === 'object') visit(f.fields, v as Record<string, unknown>, where);
      }
    };
    for (const r of RESOURCES) for (const row of rows(r.name)) visit(r.fields, row, `${r.name}#${row.id}`);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('keeps unique fields unique', () => {
    for (const r of RESOURCES) {
      for (const f of r.fields.filter((x) => x.unique)) {
        const values = rows(r.name).map((row) => row[f.name]);
        expect(new Set(values).size, `${r.name}.${f.name}`).toBe(values.length);
      }
    }
  });

  it('points every reference at an existing record', () => {
    const ids = new Map(RESOURCES.map((r) => [r.name, new Set(rows(r.name).map((row) => row.id))]));
    const dangling: string[] = [];
    const check = (fields: FieldDef[], value: Record<string, unknown>, where: string) => {
      for (const f of fields) {
        const v = value[f.name];
        if (v === null || v === undefined) continue;
        if (f.type === 'reference' && !ids.get(f.resource)?.has(v as number))
          dangling.push(`${where}.${f.name}→${f.resource}#${String(v)}`);
        if (f.type === 'referenceList')
          for (const id of v as number[])
            if (!ids.get(f.resource)?.has(id)) dangling.push(`${where}.${f.name}→${f.resource}#${id}`);
        if (f.type === 'objectList')
          (v as Record<string, unknown>[]).forEach((row) => check(f.fields, row, where));
        if (f.type === 'object') check(f.fields, v as Record<string, unknown>, where);
      }
    };
    for (const r of RESOURCES) for (const row of rows(r.name)) check(r.fields, row, `${r.name}#${row.id}`);
    // follow-ups name their subject by type and id
    for (const f of rows('follow-ups')) {
      const target = ids.get(
        f.subjectType === 'care-record'
          ? 'care-records'
          : f.subjectType === 'contract'
            ? 'contracts'
            : 'complaints',
      );
      if (!target?.has(f.subjectId as number)) dangling.push(`follow-ups#${f.id}.subjectId`);
    }
    expect(dangling.slice(0, 10)).toEqual([]);
  });
});

describe('seed: demo content', () => {
  it('has three branches, one of each type, ~60 staff and 1,000 customers', () => {
    const branches = rows('branches');
    expect(branches.map((b) => b.type).sort()).toEqual([
      'aesthetic_clinic',
      'beauty_salon',
      'postpartum_center',
    ]);
    expect(branches.map((b) => b.code)).toEqual(['BJ01', 'SH01', 'GZ01']);
    expect(rows('employees').length).toBeGreaterThanOrEqual(55);
    expect(rows('employees').length).toBeLessThanOrEqual(80);
    expect(rows('customers')).toHaveLength(1000);
    expect(rows('users').map((u) => u.role)).toEqual([
      'admin',
      'manager',
      'cs_staff',
      'quality_supervisor',
      'finance',
      'therapist',
    ]);
    expect(rows('users').find((u) => u.role === 'manager')?.branchIds).toEqual([1]);
    for (const u of rows('users')) expect(u).not.toHaveProperty('password');
  });

  it('has staff who joined or left during the year', () => {
    const first = `${addMonths(TODAY.slice(0, 7), -12)}-01`;
    expect(rows('employees').some((e) => e.leftOn !== null && (e.leftOn as string) >= first)).toBe(true);
    expect(rows('employees').some((e) => (e.hiredOn as string) > first)).toBe(true);
  });

  it('keeps team leaders in their own teams', () => {
    const employees = byId('employees');
    for (const t of rows('teams')) expect(employees.get(t.leaderId as number)?.teamId).toBe(t.id);
  });

  it('writes customers with Chinese names and 11-digit 13x/15x/18x mobiles', () => {
    for (const c of rows('customers')) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(c.phone).toMatch(/^1[358]\d{9}$/);
    }
  });

  it('keeps the counts within the demo ranges', () => {
    const within = (name: string, lo: number, hi: number) => {
      expect(rows(name).length, name).toBeGreaterThanOrEqual(lo);
      expect(rows(name).length, name).toBeLessThanOrEqual(hi);
    };
    within('complaints', 150, 400);
    within('survey-responses', 1500, 4000);
    within('appraisal-events', 5000, 20000);
    within('contracts', 700, 1200);
    within('care-records', 2000, 8000);
    within('monthly-awards', 300, 700);
    within('training-sessions', 30, 100);
  });

  it('makes contract totals equal Σ sessions × unitPrice (in fen)', () => {
    for (const c of rows('contracts')) {
      const lines = c.lines as { sessions: number; unitPrice: number }[];
      const fen = lines.reduce((s, l) => s + l.sessions * Math.round(l.unitPrice * 100), 0);
      expect(Math.round((c.total as number) * 100), c.contractNo as string).toBe(fen);
      expect(c.paid as number).toBeLessThanOrEqual(c.total as number);
    }
  });
});

describe('seed: complaints', () => {
  it('numbers complaints TS-{branch}-{yyyyMM}-{seq} per branch and Shanghai month, in order of receipt', () => {
    const code = new Map(rows('branches').map((b) => [b.id, b.code]));
    const seqs = new Map<string, number[]>();
    const sorted = [...rows('complaints')].sort((a, b) =>
      (a.receivedAt as string) < (b.receivedAt as string) ? -1 : 1,
    );
    for (const c of sorted) {
      const m = /^TS-([A-Z]{2}\d{2})-(\d{4})(\d{2})-(\d{4})$/.exec(c.complaintNo as string);
      expect(m, c.complaintNo as string).not.toBeNull();
      if (!m) continue;
      expect(m[1]).toBe(code.get(c.branchId as number));
      expect(`${m[2]}-${m[3]}`).toBe(shanghaiMonth(c.receivedAt as string));
      const key = `${m[1]}-${m[2]}${m[3]}`;
      seqs.set(key, [...(seqs.get(key) ?? []), Number(m[4])]);
    }
    for (const [key, list] of seqs) expect(list, key).toEqual(list.map((_, i) => i + 1));
    expect(new Set(rows('complaints').map((c) => c.complaintNo)).size).toBe(rows('complaints').length);
  });

  it('covers every status and severity, reopened ones, refunds and overdue ones', () => {
    const complaints = rows('complaints');
    const statuses = new Set(complaints.map((c) => c.status));
    for (const s of [
      'received',
      'acknowledged',
      'investigating',
      'resolved',
      'closed',
      'withdrawn',
      'invalid',
    ])
      expect(statuses.has(s), s).toBe(true);
    expect(new Set(complaints.map((c) => c.severity))).toEqual(
      new Set(['minor', 'general', 'serious', 'critical']),
    );
    expect(complaints.some((c) => (c.reopenedCount as number) > 0 && c.status === 'closed')).toBe(true);
    expect(complaints.some((c) => (c.refundAmount as number) > 0)).toBe(true);
    const now = NOW_MS;
    const overdue = complaints.filter((c) =>
      c.resolvedAt
        ? c.resolvedAt > (c.resolveDueAt as string)
        : !['withdrawn', 'invalid'].includes(c.status as string) &&
          now > Date.parse(c.resolveDueAt as string),
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('sets deadlines from the severity and keeps history, status and timestamps consistent', () => {
    const hours = new Map(COMPLAINT_DEADLINES.map((d) => [d.severity, d]));
    const allowed = new Set([
      'null>received',
      'received>acknowledged',
      'acknowledged>investigating',
      'investigating>resolved',
      'resolved>closed',
      'resolved>investigating',
      'closed>investigating',
      'received>withdrawn',
      'acknowledged>withdrawn',
      'investigating>withdrawn',
      'received>invalid',
      'acknowledged>invalid',
      'investigating>invalid',
    ]);
    for (const c of rows('complaints')) {
      const d = hours.get(c.severity as never);
      if (!d) throw new Error(String(c.severity));
      const received = Date.parse(c.receivedAt as string);
      expect(Date.parse(c.respondDueAt as string)).toBe(received + d.respondHours * 3_600_000);
      expect(Date.parse(c.resolveDueAt as string)).toBe(received + d.resolveHours * 3_600_000);
      const history = c.history as { at: string; from: string | null; to: string; note: string | null }[];
      expect(history[0].at).toBe(c.receivedAt);
      expect(history[history.length - 1].to).toBe(c.status);
      let reopened = 0;
      history.forEach((h, i) => {
        expect(allowed.has(`${h.from}>${h.to}`), `${c.complaintNo} ${h.from}>${h.to}`).toBe(true);
        if (i > 0) {
          expect(h.from).toBe(history[i - 1].to);
          expect(h.at >= history[i - 1].at).toBe(true);
        }
        if (h.to === 'investigating' && (h.from === 'resolved' || h.from === 'closed')) reopened++;
      });
      expect(c.reopenedCount).toBe(reopened);
      const first = (s: string) => history.find((h) => h.to === s)?.at ?? null;
      expect(c.acknowledgedAt).toBe(first('acknowledged'));
      expect(c.resolvedAt).toBe(first('resolved'));
      expect(c.closedAt).toBe(first('closed'));
      if (c.status === 'closed') {
        const last = history[history.length - 1];
        expect(c.handlingSatisfaction !== null || /联系/.test(last.note ?? '')).toBe(true);
      }
      expect(Date.parse(history[history.length - 1].at)).toBeLessThanOrEqual(NOW_MS);
    }
  });
});

describe('seed: satisfaction', () => {
  const keys = DEFAULT_SURVEY_TEMPLATE.dimensions.map((d) => d.key);

  it('answers the default template, mostly 4–5, with a few low scores and their comments', () => {
    const valid = rows('survey-responses').filter((r) => r.valid);
    const complete = valid.filter((r) =>
      keys.every((k) => typeof (r.scores as Record<string, number>)[k] === 'number'),
    );
    const overall = complete.map(
      (r) => keys.reduce((s, k) => s + (r.scores as Record<string, number>)[k], 0) / keys.length,
    );
    const top = overall.filter((v) => v >= 4).length / overall.length;
    expect(top).toBeGreaterThan(0.6);
    expect(top).toBeLessThan(0.95);
    const low = complete.filter((_, i) => overall[i] <= 2);
    expect(low.length).toBeGreaterThan(0);
    for (const r of low) expect(r.comment).toBeTruthy();
    for (const r of rows('survey-responses')) {
      expect(r.templateId).toBe(1);
      for (const k of Object.keys(r.scores as object)) expect(keys).toContain(k);
    }
  });

  it('marks about 5 % invalid with a reason, and a few valid ones miss a required answer', () => {
    const all = rows('survey-responses');
    const invalid = all.filter((r) => r.valid === false);
    expect(invalid.length / all.length).toBeGreaterThan(0.03);
    expect(invalid.length / all.length).toBeLessThan(0.08);
    for (const r of invalid) expect(r.invalidReason).not.toBeNull();
    const sneaky = all.filter((r) => r.valid && keys.some((k) => !(k in (r.scores as object))));
    expect(sneaky.length).toBeGreaterThan(0);
    expect(sneaky.length).toBeLessThan(all.length * 0.02);
  });
});

describe('seed: appraisal', () => {
  it('records L rules for leaders only, member rules for members only, and reaches escalations', () => {
    const rulesById = new Map(rows('appraisal-rules').map((r) => [r.id, r]));
    const leaders = new Set(rows('teams').map((t) => t.leaderId));
    let escalations = 0;
    for (const e of rows('appraisal-events')) {
      const rule = rulesById.get(e.ruleId as number) as Row;
      if (rule.appliesTo === 'leader') expect(leaders.has(e.employeeId)).toBe(true);
      if (rule.appliesTo === 'member') expect(leaders.has(e.employeeId)).toBe(false);
      const esc = rule.escalation as { threshold: number } | null;
      if (esc && (e.count as number) >= esc.threshold) escalations++;
    }
    expect(escalations).toBeGreaterThan(5);
    const codes = new Set(
      rows('appraisal-events').map((e) => (rulesById.get(e.ruleId as number) as Row).code),
    );
    for (const code of DEFAULT_APPRAISAL_RULES.map((r) => r.code)) expect(codes.has(code), code).toBe(true);
  });

  it('converts each consultation with an outcome once, linked back to it', () => {
    const consultations = byId('consultations');
    const linked = rows('appraisal-events').filter((e) => e.consultationId != null);
    expect(new Set(linked.map((e) => e.consultationId)).size).toBe(linked.length);
    const converted = rows('consultations').filter((c) => c.outcome !== 'none');
    expect(linked.length).toBe(converted.length);
    for (const e of linked) {
      const c = consultations.get(e.consultationId as number) as Row;
      expect(e.employeeId).toBe(c.consultantId);
      expect(e.fee).toBe(c.outcome === 'surgery' ? c.surgeryFee : null);
    }
  });

  it('awards ranks 1–3 per team and past month, 150/100/50', () => {
    const months = new Set(rows('monthly-awards').map((a) => a.month));
    expect(months.size).toBe(12);
    expect(months.has(TODAY.slice(0, 7))).toBe(false);
    const amount: Record<number, number> = { 1: 150, 2: 100, 3: 50 };
    for (const a of rows('monthly-awards')) expect(a.amount).toBe(amount[a.rank as number]);
  });

  it('confirms past monthly appraisals and leaves the current month open', () => {
    for (const m of rows('monthly-appraisals')) {
      if (m.month === TODAY.slice(0, 7)) {
        expect(m.status).toBe('self_pending');
        expect(m.finalScore).toBeNull();
      } else {
        expect(m.status).toBe('confirmed');
        expect(typeof m.finalScore).toBe('number');
      }
    }
    const year = Number(TODAY.slice(0, 4)) - 1;
    expect(rows('annual-appraisals').length).toBeGreaterThan(40);
    for (const a of rows('annual-appraisals')) expect(a.year).toBe(year);
  });
});

describe('seed: training and operations', () => {
  it('passes an assessment exactly when its total is at least 60, and links retakes to failures', () => {
    const assessments = byId('training-assessments');
    let retakes = 0;
    for (const a of rows('training-assessments')) {
      expect(a.passed).toBe((a.total as number) >= 60);
      if (a.retakeOfId !== null) {
        retakes++;
        const failed = assessments.get(a.retakeOfId as number) as Row;
        expect(failed.passed).toBe(false);
        expect(failed.employeeId).toBe(a.employeeId);
        expect(failed.id).toBeLessThan(a.id);
      }
    }
    expect(retakes).toBeGreaterThan(0);
    // …and some recent failures still owe their retake (the managers' list).
    const retaken = new Set(rows('training-assessments').map((a) => a.retakeOfId));
    expect(rows('training-assessments').some((a) => !a.passed && !retaken.has(a.id))).toBe(true);
  });

  it('has follow-ups done with results, some overdue, some still due', () => {
    const f = rows('follow-ups');
    expect(f.filter((x) => x.doneAt !== null).length / f.length).toBeGreaterThan(0.8);
    expect(f.some((x) => x.doneAt === null && (x.dueOn as string) < TODAY)).toBe(true);
    for (const x of f) expect(x.doneAt === null).toBe(x.result === null);
  });

  it('keeps care records and appointments on the staff member’s working days', () => {
    const employees = byId('employees');
    for (const c of rows('care-records')) {
      const e = employees.get(c.staffId as number) as Row;
      const day = shanghaiDate(c.performedAt as string);
      expect(day >= (e.hiredOn as string) && (e.leftOn === null || day <= (e.leftOn as string))).toBe(true);
    }
  });
});
