import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_DEADLINES,
  DEFAULT_APPRAISAL_RULES,
  DEFAULT_APPRAISAL_SETTINGS,
  DEFAULT_APPRAISAL_TEMPLATES,
  DEFAULT_SURVEY_TEMPLATE,
  METRIC_KEYS,
  MONTHLY_AWARD_AMOUNTS,
  type AppraisalRule,
} from '../../src/domain/defaults';
import { INDICATOR_SOURCES } from '../../src/resources/appraisal-templates';
import { getResource, RESOURCES } from '../../src/resources';
import { codes } from '../../src/resources/options';
import { FIELD_TYPES, fieldSchema } from '../../src/schema/fieldTypes';
import type { FieldDef } from '../../src/schema/fields';
import type { Labels } from '../../src/schema/labels';
import { MENU_GROUPS, type ResourceDef } from '../../src/schema/resource';
import { validateWrite } from '../../src/schema/validate';

/**
 * The resources of DOMAIN §1–§6 and §9 with their fields, exactly as DOMAIN lists them — plus
 * one extra added on purpose and explained beside it (appraisal-events.consultationId).
 */
const DOMAIN_FIELDS: Record<string, string> = {
  // §1
  branches: 'code name city type openedOn active',
  departments: 'branchId name kind',
  teams: 'branchId name leaderId',
  employees:
    'employeeNo name gender phone branchId departmentId teamId position roleGroup baseSalary hiredOn leftOn',
  // §2
  customers:
    'customerNo name gender birthDate phone occupation address branchId source memberLevel consentToContact notes',
  'service-items': 'code name category price durationMin active',
  contracts:
    'contractNo customerId branchId salesRepId lines total deposit paid paymentMethod signedOn startsOn endsOn status',
  appointments: 'customerId branchId serviceItemId staffId room startAt endAt status confirmedAt',
  'care-records':
    'customerId branchId appointmentId serviceItemId staffId performedAt effect reaction advice',
  consultations:
    'branchId consultantId channel prospectName prospectContact question receivedAt answeredAt outcome surgeryFee',
  'follow-ups': 'customerId branchId subjectType subjectId staffId dueOn doneAt method result notes',
  // §3
  'survey-templates': 'name scale dimensions hasNps active',
  'survey-responses':
    'templateId branchId customerId staffId serviceItemId channel submittedAt scores nps comment valid invalidReason',
  // §4
  complaints:
    'complaintNo branchId customerId complainantName complainantPhone channel category severity receivedAt description desiredRemedy involvedDepartmentId involvedStaffIds handlerId status acknowledgedAt resolvedAt closedAt respondDueAt resolveDueAt rootCause resolution refundAmount responsibleStaffIds handlingSatisfaction reopenedCount history',
  'complaint-deadlines': 'severity respondHours resolveHours',
  sanctions: 'employeeId kind level reason complaintId amount decidedOn approvedById',
  inspections: 'branchId kind inspectorId inspectedOn items score findings rectifyBy rectifiedAt',
  // §5
  // + effectiveFrom, versions: a rule's earlier values by month (docs/appraisal.md), so an edit never rewrites a past month
  'appraisal-rules': 'code name category appliesTo points escalation money active effectiveFrom versions',
  // the link back to the consultation that created a conversion event (§5.1)
  'appraisal-events': 'employeeId ruleId occurredOn count fee note recordedById consultationId',
  'monthly-awards': 'month teamId rank employeeId amount',
  'appraisal-settings':
    'pointValueYuan collectivePointsMode collectiveMoneyMode fullAttendanceBonus fullAttendanceRuleCode leaderAllowance',
  'appraisal-templates': 'roleGroup indicators selfWeight supervisorWeight grades bonusCoefficients',
  'monthly-appraisals':
    'employeeId month selfScores supervisorScores autoValues finalScore grade status comments',
  'annual-appraisals': 'employeeId year monthlyMean adjustment finalScore grade',
  // §6
  'training-sessions': 'branchId topic category method trainerName heldOn hours attendeeIds',
  'training-assessments':
    'sessionId employeeId theoryScore practicalScore performanceScore total passed retakeOfId',
  // §9
  users: 'username displayName role branchIds employeeId active passwordHash',
  'audit-logs': 'at userId action resource recordId changes ip',
};

/** Every field of a declaration, nested ones included, with its path. */
function allFields(fields: readonly FieldDef[], prefix = ''): { path: string; field: FieldDef }[] {
  return fields.flatMap((field) => {
    const path = prefix + field.name;
    const nested =
      field.type === 'object' || field.type === 'objectList' ? allFields(field.fields, `${path}.`) : [];
    return [{ path, field }, ...nested];
  });
}

function labelsOf(resource: ResourceDef): { where: string; labels: Labels }[] {
  const out: { where: string; labels: Labels }[] = [{ where: resource.name, labels: resource.label }];
  for (const { path, field } of allFields(resource.fields)) {
    out.push({ where: path, labels: field.label });
    if (field.help) out.push({ where: `${path} help`, labels: field.help });
    if (field.type === 'enum' || field.type === 'enumList') {
      for (const o of field.options) out.push({ where: `${path}=${o.value}`, labels: o.label });
    }
    if ((field.type === 'text' || field.type === 'longText') && field.pattern) {
      out.push({ where: `${path} pattern`, labels: field.pattern.message });
    }
  }
  for (const rule of resource.rules ?? []) out.push({ where: `rule on ${rule.field}`, labels: rule.message });
  return out;
}

const ANTD_PRESET_COLOURS = new Set([
  ...'default magenta red volcano orange gold lime green cyan'.split(' '),
  ...'blue geekblue purple pink yellow success processing error warning'.split(' '),
]);

const byName = (name: string) => {
  const r = getResource(name);
  if (!r) throw new Error(`no resource ${name}`);
  return r;
};

/** validateWrite in Chinese, returning its errors (or {} when the record is accepted). */
function errorsOf(name: string, record: unknown, mode: 'create' | 'patch' = 'create', existing = {}) {
  const check = validateWrite(byName(name), record, mode, 'zh', existing);
  return check.ok ? {} : check.errors;
}

describe('the resource registry', () => {
  it('holds every DOMAIN resource of §1–§6 and §9, each with exactly its DOMAIN fields', () => {
    for (const [name, list] of Object.entries(DOMAIN_FIELDS)) {
      const fields = list.split(' ');
      const resource = getResource(name);
      expect(resource, name).toBeDefined();
      expect(resource?.fields.map((f) => f.name).sort(), name).toEqual([...fields].sort());
    }
  });

  it('has unique resource names, plural kebab-case, and unique camelCase field names', () => {
    const names = RESOURCES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RESOURCES) {
      expect(r.name, r.name).toMatch(/^[a-z]+(-[a-z]+)*s$/);
      const check = (fields: readonly FieldDef[], where: string) => {
        const own = fields.map((f) => f.name);
        expect(new Set(own).size, `${where}: duplicate field`).toBe(own.length);
        for (const f of fields) {
          expect(f.name, `${where}.${f.name}`).toMatch(/^[a-z][a-zA-Z0-9]*$/);
          if (f.type === 'object' || f.type === 'objectList') check(f.fields, `${where}.${f.name}`);
        }
      };
      check(r.fields, r.name);
    }
  });

  it('names references <name>Id and lists of them <name>Ids (DOMAIN §0)', () => {
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.type === 'reference') expect(field.name, `${r.name}.${path}`).toMatch(/Id$/);
        if (field.type === 'referenceList') expect(field.name, `${r.name}.${path}`).toMatch(/Ids$/);
        if (/Ids?$/.test(field.name) && field.name !== 'subjectId' && field.name !== 'recordId') {
          expect(['reference', 'referenceList'], `${r.name}.${path}`).toContain(field.type);
        }
      }
    }
  });

  it('gives every resource an existing titleField, a menu group and a real icon', () => {
    for (const r of RESOURCES) {
      expect(
        r.fields.some((f) => f.name === r.titleField),
        `${r.name}.titleField`,
      ).toBe(true);
      expect(Object.keys(MENU_GROUPS), r.name).toContain(r.group);
      const iconFile = resolve('node_modules/@ant-design/icons/lib/icons', `${r.icon}.js`);
      expect(existsSync(iconFile), `${r.name}: icon ${r.icon}`).toBe(true);
    }
  });

  it('points every reference and reference list at a declared resource', () => {
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.type === 'reference' || field.type === 'referenceList') {
          expect(getResource(field.resource), `${r.name}.${path} → ${field.resource}`).toBeDefined();
        }
      }
    }
  });

  it('names, in every related list, a declared resource and its reference field back to this one', () => {
    for (const r of RESOURCES) {
      for (const rel of r.related ?? []) {
        const other = getResource(rel.resource);
        expect(other, `${r.name} related ${rel.resource}`).toBeDefined();
        const field = other?.fields.find((f) => f.name === rel.field);
        expect(field, `${rel.resource}.${rel.field}`).toBeDefined();
        expect(['reference', 'referenceList']).toContain(field?.type);
        expect((field as { resource?: string }).resource, `${rel.resource}.${rel.field}`).toBe(r.name);
      }
    }
  });

  it('lists the related records DOMAIN asks for', () => {
    const related = (name: string) => (byName(name).related ?? []).map((x) => `${x.resource}.${x.field}`);
    expect(related('customers')).toEqual(
      expect.arrayContaining([
        'care-records.customerId',
        'follow-ups.customerId',
        'complaints.customerId',
        'survey-responses.customerId',
      ]),
    );
    expect(related('employees')).toContain('appraisal-events.employeeId');
    expect(related('branches')).toEqual(expect.arrayContaining(['departments.branchId', 'teams.branchId']));
    expect(related('teams')).toContain('employees.teamId');
  });

  it('labels everything in both languages: resources, fields, nested fields, options, help, rules', () => {
    for (const r of RESOURCES) {
      for (const { where, labels } of labelsOf(r)) {
        expect(labels.zh?.trim(), `${r.name} ${where} zh`).toBeTruthy();
        expect(labels.en?.trim(), `${r.name} ${where} en`).toBeTruthy();
        expect(labels.zh, `${r.name} ${where}: the Chinese label has Chinese`).toMatch(
          /[\u4e00-\u9fff]|^[A-Za-z0-9 ()%./+-]+$/,
        );
      }
    }
  });

  it('declares enums with options of unique codes and antd preset colours', () => {
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.type !== 'enum' && field.type !== 'enumList') continue;
        expect(field.options.length, `${r.name}.${path}`).toBeGreaterThan(0);
        const values = codes(field.options);
        expect(new Set(values).size, `${r.name}.${path}`).toBe(values.length);
        for (const o of field.options) {
          if (o.color !== undefined)
            expect(ANTD_PRESET_COLOURS.has(o.color), `${r.name}.${path}=${o.value}`).toBe(true);
        }
      }
    }
  });

  it('sorts by default on existing sortable fields', () => {
    for (const r of RESOURCES) {
      for (const s of r.defaultSort ?? []) {
        const field = r.fields.find((f) => f.name === s.field);
        expect(field, `${r.name} sorts by ${s.field}`).toBeDefined();
        expect(FIELD_TYPES[field!.type].sortable, `${r.name} sorts by ${s.field}`).toBe(true);
      }
      if (!r.singleton) expect(r.defaultSort?.length, `${r.name} has a default sort`).toBeGreaterThan(0);
    }
  });

  it('keeps list tables readable: at most 8 visible columns', () => {
    for (const r of RESOURCES) {
      const visible = r.fields.filter((f) => !f.hideInList);
      expect(visible.length, `${r.name}: ${visible.map((f) => f.name).join(', ')}`).toBeLessThanOrEqual(8);
      expect(visible.length, r.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every default a value its own field accepts', () => {
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.default === undefined) continue;
        const parsed = fieldSchema(field, 'en').safeParse(field.default);
        expect(parsed.success, `${r.name}.${path} default`).toBe(true);
      }
    }
  });

  it('marks as unique only scalar fields, and names rules after existing fields', () => {
    const scalar = ['text', 'phone', 'integer', 'number', 'money', 'date', 'month', 'enum'];
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.unique) expect(scalar, `${r.name}.${path}`).toContain(field.type);
      }
      for (const rule of r.rules ?? []) {
        expect(
          r.fields.some((f) => f.name === rule.field),
          `${r.name} rule on ${rule.field}`,
        ).toBe(true);
      }
    }
  });

  it('keeps numbers within sensible bounds: money never negative, counts from 1', () => {
    for (const r of RESOURCES) {
      for (const { path, field } of allFields(r.fields)) {
        if (field.type === 'money') expect(field.min, `${r.name}.${path}`).toBe(0);
        if (field.type === 'percent') {
          expect(field.min ?? 0, `${r.name}.${path}`).toBeGreaterThanOrEqual(0);
          expect(field.max ?? 1, `${r.name}.${path}`).toBeLessThanOrEqual(1);
        }
      }
    }
    const field = (resource: string, name: string) =>
      byName(resource).fields.find((f) => f.name === name) as {
        min?: number;
        max?: number;
        minItems?: number;
      };
    expect(field('appraisal-events', 'count').min).toBe(1);
    expect(field('contracts', 'lines')).toMatchObject({ minItems: 1 });
    expect(field('survey-responses', 'nps')).toMatchObject({ min: 0, max: 10 });
    expect(field('monthly-awards', 'rank')).toMatchObject({ min: 1, max: 3 });
    expect(field('complaints', 'handlingSatisfaction')).toMatchObject({ min: 1, max: 5 });
    expect(field('monthly-appraisals', 'selfScores')).toMatchObject({ min: 0, max: 100 });
    expect(field('inspections', 'score')).toMatchObject({ min: 0, max: 100 });
  });

  it('has one singleton (the appraisal settings) and one read-only resource (the audit log)', () => {
    expect(RESOURCES.filter((r) => r.singleton).map((r) => r.name)).toEqual(['appraisal-settings']);
    expect(RESOURCES.filter((r) => r.readOnly).map((r) => r.name)).toEqual(['audit-logs']);
  });

  it("leaves the backend's fields read-only and the password hash secret", () => {
    const readOnly = (name: string) =>
      byName(name)
        .fields.filter((f) => f.readOnly)
        .map((f) => f.name)
        .sort();
    expect(readOnly('complaints')).toEqual(
      [
        'complaintNo',
        'status',
        'acknowledgedAt',
        'resolvedAt',
        'closedAt',
        'respondDueAt',
        'resolveDueAt',
        'reopenedCount',
        'history',
      ].sort(),
    );
    expect(readOnly('training-assessments')).toEqual(['passed', 'total']);
    expect(readOnly('monthly-appraisals')).toEqual(['autoValues', 'finalScore', 'grade']);
    expect(readOnly('annual-appraisals')).toEqual(['finalScore', 'grade', 'monthlyMean']);
    // The only secret: the password hash, which no client writes (password routes only) or reads.
    const secrets = RESOURCES.flatMap((r) =>
      r.fields.filter((f) => f.secret).map((f) => `${r.name}.${f.name}`),
    );
    expect(secrets).toEqual(['users.passwordHash']);
    expect(byName('users').fields.find((f) => f.name === 'passwordHash')).toMatchObject({ readOnly: true });
  });
});

describe('cross-field rules', () => {
  const contract = {
    contractNo: 'HT-BJ01-202611-0001',
    customerId: 1,
    branchId: 1,
    salesRepId: 2,
    lines: [
      { serviceItemId: 1, sessions: 10, unitPrice: 580 },
      { serviceItemId: 2, sessions: 3, unitPrice: 0.1 },
    ],
    total: 5800.3,
    deposit: 1000,
    paid: 5800.3,
    paymentMethod: 'wechat',
    signedOn: '2026-11-01',
    startsOn: '2026-11-03',
    endsOn: '2027-05-02',
    status: 'active',
  };

  it('contracts: total = Σ sessions × unit price (in fen), paid and deposit ≤ total, dates in order', () => {
    expect(errorsOf('contracts', contract)).toEqual({});
    expect(errorsOf('contracts', { ...contract, total: 5800.31, paid: 0 })).toHaveProperty('total');
    expect(errorsOf('contracts', { ...contract, paid: 5800.31 })).toHaveProperty('paid');
    expect(errorsOf('contracts', { ...contract, deposit: 6000 })).toHaveProperty('deposit');
    expect(errorsOf('contracts', { ...contract, endsOn: '2026-11-02' })).toHaveProperty('endsOn');
    expect(errorsOf('contracts', { ...contract, startsOn: '2026-10-31' })).toHaveProperty('startsOn');
    expect(errorsOf('contracts', { ...contract, lines: [] })).toHaveProperty('lines');
    expect(
      errorsOf('contracts', { ...contract, lines: [{ serviceItemId: 1, sessions: 0, unitPrice: 1 }] }),
    ).toHaveProperty(['lines.0.sessions']);
  });

  it('appointments: the end comes after the start, whatever the offsets', () => {
    const a = {
      customerId: 1,
      branchId: 1,
      serviceItemId: 1,
      staffId: 1,
      startAt: '2026-11-03T10:00:00+08:00',
      endAt: '2026-11-03T02:30:00Z',
    };
    expect(errorsOf('appointments', a)).toEqual({});
    expect(errorsOf('appointments', { ...a, endAt: '2026-11-03T02:00:00Z' })).toHaveProperty('endAt');
  });

  it('survey templates: the scale is 5 or 10, dimension keys are unique and weights positive', () => {
    expect(errorsOf('survey-templates', { ...DEFAULT_SURVEY_TEMPLATE, scale: 7 })).toHaveProperty('scale');
    expect(errorsOf('survey-templates', { ...DEFAULT_SURVEY_TEMPLATE, scale: 10 })).toEqual({});
    const [first, ...rest] = DEFAULT_SURVEY_TEMPLATE.dimensions;
    expect(
      errorsOf('survey-templates', { ...DEFAULT_SURVEY_TEMPLATE, dimensions: [first, first, ...rest] }),
    ).toHaveProperty(['dimensions.1.key']);
    expect(
      errorsOf('survey-templates', {
        ...DEFAULT_SURVEY_TEMPLATE,
        dimensions: [{ ...first, weight: 0 }, ...rest],
      }),
    ).toHaveProperty(['dimensions.0.weight']);
  });

  it('survey responses: valid by default; an invalid one needs a reason, a valid one has none', () => {
    const r = {
      templateId: 1,
      branchId: 1,
      channel: 'online',
      submittedAt: '2026-11-03T10:00:00+08:00',
      scores: { quality: 5 },
    };
    const ok = validateWrite(byName('survey-responses'), r, 'create', 'zh');
    expect(ok.ok && ok.record.valid).toBe(true);
    expect(errorsOf('survey-responses', { ...r, valid: false })).toHaveProperty('invalidReason');
    expect(errorsOf('survey-responses', { ...r, valid: false, invalidReason: 'duplicate' })).toEqual({});
    expect(errorsOf('survey-responses', { ...r, invalidReason: 'duplicate' })).toHaveProperty(
      'invalidReason',
    );
    expect(errorsOf('survey-responses', { ...r, scores: { quality: 11 } })).toHaveProperty([
      'scores.quality',
    ]);
    expect(errorsOf('survey-responses', { ...r, nps: 11 })).toHaveProperty('nps');
  });

  it("complaints: the backend's fields sent by a client are ignored; a refund needs its amount", () => {
    const c = {
      branchId: 1,
      complainantName: '王女士',
      channel: 'hotline',
      category: 'billing_refund',
      receivedAt: '2026-11-03T10:00:00+08:00',
      description: '申请退款两周没有进展',
    };
    const check = validateWrite(
      byName('complaints'),
      { ...c, complaintNo: 'TS-XX', status: 'closed', reopenedCount: 9, history: [] },
      'create',
      'zh',
    );
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.record).not.toHaveProperty('complaintNo');
      expect(check.record).not.toHaveProperty('status');
      expect(check.record.severity).toBe('general');
    }
    expect(errorsOf('complaints', { ...c, resolution: 'refund' })).toHaveProperty('refundAmount');
    expect(errorsOf('complaints', { ...c, resolution: 'refund', refundAmount: 380 })).toEqual({});
  });

  it('consultations: a surgery has a fee, and only a surgery', () => {
    const c = {
      branchId: 1,
      consultantId: 1,
      channel: 'phone',
      prospectName: '李女士',
      question: '双眼皮手术恢复期多久？',
      receivedAt: '2026-11-03T10:00:00+08:00',
    };
    expect(errorsOf('consultations', c)).toEqual({});
    expect(errorsOf('consultations', { ...c, outcome: 'surgery' })).toHaveProperty('surgeryFee');
    expect(errorsOf('consultations', { ...c, outcome: 'surgery', surgeryFee: 12000 })).toEqual({});
    expect(errorsOf('consultations', { ...c, surgeryFee: 12000 })).toHaveProperty('surgeryFee');
    expect(errorsOf('consultations', { ...c, answeredAt: '2026-11-03T09:00:00+08:00' })).toHaveProperty(
      'answeredAt',
    );
  });

  it('follow-ups: done and result go together', () => {
    const f = {
      customerId: 1,
      branchId: 1,
      subjectType: 'care-record',
      subjectId: 5,
      staffId: 1,
      dueOn: '2026-11-05',
    };
    expect(errorsOf('follow-ups', f)).toEqual({});
    expect(errorsOf('follow-ups', { ...f, doneAt: '2026-11-05T10:00:00+08:00' })).toHaveProperty('result');
    expect(errorsOf('follow-ups', { ...f, result: 'reached' })).toHaveProperty('doneAt');
    expect(errorsOf('follow-ups', { ...f, subjectType: 'customer' })).toHaveProperty('subjectType');
  });

  it('sanctions: a reward is a commendation, a penalty a warning or worse', () => {
    const s = {
      employeeId: 1,
      kind: 'penalty',
      level: 'warning',
      reason: '服务态度差被投诉',
      decidedOn: '2026-11-03',
    };
    expect(errorsOf('sanctions', s)).toEqual({});
    expect(errorsOf('sanctions', { ...s, level: 'commendation' })).toHaveProperty('level');
    expect(errorsOf('sanctions', { ...s, kind: 'reward' })).toHaveProperty('level');
  });

  it('employees, deadlines, inspections: ordered dates and hours', () => {
    expect(
      errorsOf('complaint-deadlines', { severity: 'minor', respondHours: 24, resolveHours: 12 }),
    ).toHaveProperty('resolveHours');
    const e = {
      employeeNo: 'BJ01-001',
      name: '张敏',
      gender: 'female',
      branchId: 1,
      departmentId: 1,
      position: '客服专员',
      roleGroup: 'customer_service',
      hiredOn: '2025-03-01',
    };
    expect(errorsOf('employees', e)).toEqual({});
    expect(errorsOf('employees', { ...e, leftOn: '2025-02-28' })).toHaveProperty('leftOn');
    const i = {
      branchId: 1,
      kind: 'quality_team',
      inspectorId: 1,
      inspectedOn: '2026-11-03',
      items: [{ item: '电话接听三声内应答', passed: false, note: null }],
      score: 80,
    };
    expect(errorsOf('inspections', i)).toHaveProperty('rectifyBy');
    expect(errorsOf('inspections', { ...i, rectifyBy: '2026-11-10' })).toEqual({});
    expect(errorsOf('inspections', { ...i, rectifyBy: '2026-11-01' })).toHaveProperty('rectifyBy');
  });

  it('appraisal rules: points or a commission; a nested escalation is checked', () => {
    const r = { code: 'X01', name: '测试规则', category: 'discipline', appliesTo: 'member', points: 0 };
    expect(errorsOf('appraisal-rules', r)).toHaveProperty('points');
    expect(errorsOf('appraisal-rules', { ...r, points: -2 })).toEqual({});
    expect(
      errorsOf('appraisal-rules', {
        ...r,
        points: -2,
        escalation: { threshold: 0, individualPoints: -5, collectivePoints: -5 },
      }),
    ).toHaveProperty(['escalation.threshold']);
    expect(errorsOf('appraisal-rules', { ...r, code: 'x1', points: -2 })).toHaveProperty('code');
  });

  it('appraisal templates: weights add up, metrics have targets, grades cover every score', () => {
    const t = DEFAULT_APPRAISAL_TEMPLATES[0];
    expect(errorsOf('appraisal-templates', { ...t, selfWeight: 0.4 })).toHaveProperty('supervisorWeight');
    expect(
      errorsOf('appraisal-templates', {
        ...t,
        indicators: t.indicators.map((i) => ({ ...i, target: null })),
      }),
    ).toHaveProperty('indicators');
    expect(
      errorsOf('appraisal-templates', { ...t, grades: t.grades.filter((g) => g.grade !== 'D') }),
    ).toHaveProperty('grades');
    expect(
      errorsOf('appraisal-templates', {
        ...t,
        grades: [
          { grade: 'A', min: 70 },
          { grade: 'B', min: 80 },
          { grade: 'D', min: 0 },
        ],
      }),
    ).toHaveProperty('grades');
    expect(
      errorsOf('appraisal-templates', { ...t, bonusCoefficients: { A: 1.2, B: 1, C: 0.8 } }),
    ).toHaveProperty('bonusCoefficients');
    expect(
      errorsOf('appraisal-templates', {
        ...t,
        indicators: [...t.indicators, { ...t.indicators[0], source: 'sales' }],
      }),
    ).not.toEqual({});
  });

  it('survey templates, settings and monthly appraisals start from the declared defaults', () => {
    const settings = validateWrite(byName('appraisal-settings'), {}, 'create', 'zh');
    expect(settings.ok && settings.record).toEqual(DEFAULT_APPRAISAL_SETTINGS);
    const template = validateWrite(
      byName('appraisal-templates'),
      { roleGroup: 'sales', indicators: DEFAULT_APPRAISAL_TEMPLATES[0].indicators },
      'create',
      'zh',
    );
    expect(template.ok).toBe(true);
    if (template.ok) {
      expect(template.record).toMatchObject({
        selfWeight: 0.3,
        supervisorWeight: 0.7,
        grades: DEFAULT_APPRAISAL_TEMPLATES[0].grades,
        bonusCoefficients: DEFAULT_APPRAISAL_TEMPLATES[0].bonusCoefficients,
      });
    }
    const monthly = validateWrite(
      byName('monthly-appraisals'),
      { employeeId: 1, month: '2026-11' },
      'create',
      'zh',
    );
    expect(monthly.ok && monthly.record.status).toBe('self_pending');
  });
});

describe('the defaults of DOMAIN (src/domain/defaults.ts)', () => {
  it('complaint deadlines: one per severity, valid, with DOMAIN §4 hours', () => {
    for (const d of COMPLAINT_DEADLINES) expect(errorsOf('complaint-deadlines', d), d.severity).toEqual({});
    const hours = Object.fromEntries(
      COMPLAINT_DEADLINES.map((d) => [d.severity, [d.respondHours, d.resolveHours]]),
    );
    expect(hours).toEqual({ critical: [1, 72], serious: [4, 120], general: [24, 168], minor: [24, 360] });
  });

  it('survey template: valid, 5 points, the four weighted dimensions, NPS', () => {
    expect(errorsOf('survey-templates', DEFAULT_SURVEY_TEMPLATE)).toEqual({});
    expect(DEFAULT_SURVEY_TEMPLATE.scale).toBe(5);
    expect(DEFAULT_SURVEY_TEMPLATE.hasNps).toBe(true);
    expect(DEFAULT_SURVEY_TEMPLATE.dimensions.map((d) => [d.key, d.weight, d.required])).toEqual([
      ['quality', 0.3, true],
      ['attitude', 0.3, true],
      ['environment', 0.2, true],
      ['effect', 0.2, true],
    ]);
  });

  it('appraisal rules: all 29 codes, unique, each valid', () => {
    const expected = [
      ...Array.from({ length: 12 }, (_, i) => `L${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 7 }, (_, i) => `S0${i + 1}`),
      'D01',
      'D02',
      'D03',
      'D04',
      'P01',
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
    ];
    expect(DEFAULT_APPRAISAL_RULES.map((r) => r.code)).toEqual(expected);
    for (const r of DEFAULT_APPRAISAL_RULES) expect(errorsOf('appraisal-rules', r), r.code).toEqual({});
  });

  const ruleOf = (code: string) => DEFAULT_APPRAISAL_RULES.find((r) => r.code === code) as AppraisalRule;
  const summary = (code: string) => {
    const r = ruleOf(code);
    return { points: r.points, escalation: r.escalation, money: r.money, appliesTo: r.appliesTo };
  };

  it('appraisal rules: the leader rules L01–L12 (daily forms and spot checks)', () => {
    const points = (codes: string[]) => codes.map((c) => ruleOf(c).points);
    expect(points(['L01', 'L02', 'L03', 'L04', 'L05'])).toEqual([1, 1, -2, -2, -2]);
    expect(points(['L06', 'L07', 'L08', 'L09', 'L10'])).toEqual([1, 1, -2, -2, -2]);
    expect(points(['L11', 'L12'])).toEqual([2, -5]);
    for (let i = 1; i <= 12; i++) {
      const r = ruleOf(`L${String(i).padStart(2, '0')}`);
      expect(r.appliesTo, r.code).toBe('leader');
      expect(r.escalation, r.code).toBeNull();
      expect(r.money, r.code).toBeNull();
      expect(r.category).toBe(i <= 10 ? 'record_keeping' : 'spot_check');
    }
  });

  it('appraisal rules: service standards S01–S07 and discipline D01–D04', () => {
    for (const code of ['S01', 'S02', 'S03', 'S04', 'S05', 'S06']) {
      expect(summary(code), code).toEqual({
        points: -2,
        escalation: { threshold: 2, individualPoints: -5, collectivePoints: -5 },
        money: null,
        appliesTo: 'member',
      });
    }
    expect(summary('S07')).toEqual({
      points: -8,
      escalation: { threshold: 3, individualPoints: -12, collectivePoints: -12 },
      money: null,
      appliesTo: 'member',
    });
    for (const code of ['D01', 'D02', 'D03', 'D04']) {
      expect(summary(code), code).toMatchObject({
        points: -2,
        escalation: { threshold: 3, individualPoints: -5, collectivePoints: -5 },
        money: null,
      });
    }
    expect(ruleOf('D04').appliesTo).toBe('all'); // it decides the leader's full-attendance bonus too
    expect(DEFAULT_APPRAISAL_SETTINGS.fullAttendanceRuleCode).toBe('D04');
  });

  it('appraisal rules: praise P01 and conversions C01–C05', () => {
    expect(summary('P01')).toEqual({ points: 6, escalation: null, money: null, appliesTo: 'all' });
    const money = (code: string) => {
      const r = ruleOf(code);
      expect(r.points, code).toBe(0);
      expect(r.escalation, code).toBeNull();
      expect(r.category, code).toBe('conversion');
      return r.money;
    };
    expect(money('C01')).toEqual({
      individualYuan: 15,
      collectiveYuan: 0,
      individualPercent: 0,
      collectivePercent: 0,
    });
    expect(money('C02')).toEqual({
      individualYuan: 1,
      collectiveYuan: 0,
      individualPercent: 0,
      collectivePercent: 0,
    });
    expect(money('C03')).toEqual({
      individualYuan: 10,
      collectiveYuan: 5,
      individualPercent: 0,
      collectivePercent: 0,
    });
    expect(money('C04')).toEqual({
      individualYuan: 0.5,
      collectiveYuan: 0.5,
      individualPercent: 0,
      collectivePercent: 0,
    });
    expect(money('C05')).toEqual({
      individualYuan: 0,
      collectiveYuan: 0,
      individualPercent: 2,
      collectivePercent: 1,
    });
  });

  it("appraisal rules reproduce DOMAIN's worked example: three S01 in a day → −11 individual, −5 collective", () => {
    const s01 = ruleOf('S01');
    const count = 3;
    const reached = s01.escalation !== null && count >= s01.escalation.threshold;
    expect(count * s01.points + (reached ? s01.escalation!.individualPoints : 0)).toBe(-11);
    expect(reached ? s01.escalation!.collectivePoints : 0).toBe(-5);
  });

  it('appraisal settings: valid, with DOMAIN §5.1 values; award amounts by rank', () => {
    expect(errorsOf('appraisal-settings', DEFAULT_APPRAISAL_SETTINGS)).toEqual({});
    expect(DEFAULT_APPRAISAL_SETTINGS).toEqual({
      pointValueYuan: 1,
      collectivePointsMode: 'each_member',
      collectiveMoneyMode: 'split_equally',
      fullAttendanceBonus: 30,
      fullAttendanceRuleCode: 'D04',
      leaderAllowance: 200,
    });
    expect(MONTHLY_AWARD_AMOUNTS).toEqual({ 1: 150, 2: 100, 3: 50 });
  });

  it('appraisal templates: one valid template per role group, weights adding up to 100', () => {
    expect(DEFAULT_APPRAISAL_TEMPLATES.map((t) => t.roleGroup).sort()).toEqual(
      ['administration', 'consulting', 'customer_service', 'sales', 'technical'].sort(),
    );
    for (const t of DEFAULT_APPRAISAL_TEMPLATES) {
      expect(errorsOf('appraisal-templates', t), t.roleGroup).toEqual({});
      expect(
        t.indicators.reduce((s, i) => s + i.weight, 0),
        t.roleGroup,
      ).toBe(100);
      expect(t.selfWeight).toBe(0.3);
      expect(t.supervisorWeight).toBe(0.7);
      expect(t.grades).toEqual([
        { grade: 'A', min: 90 },
        { grade: 'B', min: 80 },
        { grade: 'C', min: 70 },
        { grade: 'D', min: 0 },
      ]);
      expect(t.bonusCoefficients).toEqual({ A: 1.2, B: 1.0, C: 0.8, D: 0 });
      expect(new Set(t.indicators.map((i) => i.group))).toEqual(
        new Set(['performance', 'attitude', 'ability']),
      );
      // everyone: attendance computed, discipline and teamwork by hand
      expect(t.indicators.find((i) => i.key === 'attendance')).toMatchObject({
        source: 'attendance',
        target: 100,
      });
      expect(t.indicators.find((i) => i.key === 'discipline')?.source).toBe('manual');
      expect(t.indicators.find((i) => i.key === 'teamwork')?.source).toBe('manual');
    }
  });

  it('appraisal templates use the metric keys §5.2 names for each role group', () => {
    const metrics = (roleGroup: string) =>
      DEFAULT_APPRAISAL_TEMPLATES.find((t) => t.roleGroup === roleGroup)!
        .indicators.filter((i) => i.source !== 'manual')
        .map((i) => i.source)
        .sort();
    expect(metrics('sales')).toEqual(['attendance', 'contractAmount', 'contractCount', 'newCustomers']);
    expect(metrics('technical')).toEqual(['attendance', 'customersServed', 'qualityScore', 'satisfaction']);
    expect(metrics('customer_service')).toEqual([
      'attendance',
      'complaintHandlingRate',
      'followUpSuccessRate',
      'satisfaction',
    ]);
    expect(metrics('administration')).toEqual(['attendance']);
    expect(metrics('consulting')).toEqual(['attendance']);
    // the declaration's source options are exactly 'manual' and the metric keys
    expect(codes(INDICATOR_SOURCES)).toEqual(['manual', ...METRIC_KEYS]);
  });
});
