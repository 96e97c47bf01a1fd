import type { Request, Response, Router } from 'express';
import {
  availableSteps,
  CYCLE_STEPS,
  mayTakeStep,
  mergeScores,
  scoreAppraisal,
  scoreMapProblems,
  STEP_FROM,
  statusAfter,
  type CycleStep,
} from '../../../src/domain/kpi';
import { MONTHLY_APPRAISAL_STATUSES, monthlyAppraisals } from '../../../src/resources/monthly-appraisals';
import type { Lang } from '../../../src/schema/labels';
import type { FieldErrors } from '../../../src/schema/validate';
import { takeVersion } from '../../access/version';
import { accessMessage } from '../../access/messages';
import { ApiError, fieldErrors, langOf } from '../../errors';
import { versionOf, type Store } from '../../store';
import type { WriteDeps } from '../../writes';
import { actorFor, mayRead } from './access';
import { refreshAnnual } from './annual';
import { breakdownOf } from './breakdown';
import { kpiMessage, type KpiMessageKey } from './messages';
import { liveAutoValues, MONTHLY, requireTemplate, type EmployeeRow, type MonthlyRow } from './records';

/**
 * `POST /monthly-appraisals/:id/steps` `{ step, scores?, comments?, submit?, version? }`: one
 * step of the monthly cycle (src/domain/kpi/cycle.ts). Refusals: 400 for a malformed body or
 * score, 403 for a step the user may not take, 404 for an appraisal they cannot see, 409 for a
 * step not possible from the current state (or a stale version), 422 for scores still missing.
 * Answers the appraisal's breakdown as saved.
 */

const ID = /^[1-9]\d{0,14}$/;
const COMMENTS_MAX = 2000;

const STEP_LABELS: Record<CycleStep, { zh: string; en: string }> = {
  self: { zh: '自评', en: 'self-assessment' },
  supervisor: { zh: '上级评分', en: 'supervisor scoring' },
  confirm: { zh: '确认', en: 'confirm' },
  return: { zh: '退回自评', en: 'return to the employee' },
  reopen: { zh: '重新打开', en: 'reopen' },
};

const WHY: Record<CycleStep, KpiMessageKey> = {
  self: 'whySelf',
  supervisor: 'whySupervisor',
  confirm: 'whySupervisor',
  return: 'whySupervisor',
  reopen: 'whyReopen',
};

const statusLabel = (status: string, lang: Lang) =>
  MONTHLY_APPRAISAL_STATUSES.find((o) => o.value === status)?.label[lang] ?? status;

interface StepBody {
  step: CycleStep;
  scores?: Record<string, number | null>;
  comments?: string | null;
  submit: boolean;
  version?: number;
}

function parseBody(req: Request, lang: Lang): StepBody {
  const { body: raw, version } = takeVersion(req.body, lang, req.get('If-Match'));
  const body = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >;
  const errors: FieldErrors = {};
  if (!CYCLE_STEPS.includes(body.step as CycleStep))
    errors.step = kpiMessage('stepUnknown', lang, { allowed: CYCLE_STEPS.join(', ') });
  if (
    body.comments !== undefined &&
    body.comments !== null &&
    (typeof body.comments !== 'string' || body.comments.length > COMMENTS_MAX)
  )
    errors.comments = kpiMessage('commentsText', lang);
  if (body.submit !== undefined && typeof body.submit !== 'boolean')
    errors.submit = kpiMessage('submitBoolean', lang);
  if (
    body.scores !== undefined &&
    (typeof body.scores !== 'object' || body.scores === null || Array.isArray(body.scores))
  )
    errors.scores = kpiMessage('scoresNotObject', lang);
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
  return {
    step: body.step as CycleStep,
    scores: body.scores as Record<string, number | null> | undefined,
    comments: body.comments as string | null | undefined,
    submit: body.submit === true,
    version,
  };
}

function scoreErrors(problems: Record<string, string>, lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, problem] of Object.entries(problems))
    errors[key ? `scores.${key}` : 'scores'] = kpiMessage(
      problem === 'notObject' ? 'scoresNotObject' : (problem as KpiMessageKey),
      lang,
    );
  return errors;
}

function missingErrors(
  keys: string[],
  which: 'incompleteSelf' | 'incompleteSupervisor',
  lang: Lang,
): ApiError {
  const errors: FieldErrors = {};
  for (const k of keys) errors[`scores.${k}`] = kpiMessage('missingScore', lang);
  return new ApiError(422, kpiMessage(which, lang, { count: keys.length }), { errors });
}

export function loadAppraisal(store: Store, res: Response, idParam: string, lang: Lang): MonthlyRow {
  const id = ID.test(idParam) ? Number(idParam) : NaN;
  const row = Number.isNaN(id) ? undefined : (store.find(MONTHLY, id) as MonthlyRow | undefined);
  if (!row || !mayRead(res, store, row)) throw new ApiError(404, kpiMessage('notFound', lang));
  return row;
}

function takeStep(deps: WriteDeps, req: Request, res: Response): void {
  const { store } = deps;
  const lang = langOf(res);
  const row = loadAppraisal(store, res, req.params.appraisalId, lang);
  const body = parseBody(req, lang);
  const current = versionOf(row);
  if (body.version !== undefined && body.version !== current)
    throw new ApiError(409, accessMessage('staleVersion', lang, { sent: body.version, current }), {
      currentVersion: current,
    });
  const actor = actorFor(res, store, row);
  const step = body.step;
  if (!mayTakeStep(step, actor))
    throw new ApiError(
      403,
      kpiMessage('forbiddenStep', lang, { step: STEP_LABELS[step][lang], why: kpiMessage(WHY[step], lang) }),
    );
  if (STEP_FROM[step] !== row.status) {
    const allowed = availableSteps(row.status, actor);
    throw new ApiError(
      409,
      kpiMessage('notAllowed', lang, {
        status: statusLabel(row.status, lang),
        step: STEP_LABELS[step][lang],
        allowed: allowed.map((s) => STEP_LABELS[s][lang]).join('、') || kpiMessage('none', lang),
      }),
    );
  }
  const employee = store.find('employees', row.employeeId) as EmployeeRow;
  const template = requireTemplate(store, employee, lang);
  if (body.scores !== undefined) {
    const problems = scoreMapProblems(template, body.scores);
    if (Object.keys(problems).length > 0) throw fieldErrors(scoreErrors(problems, lang), lang);
  }

  let next: MonthlyRow = { ...row };
  const sent = body.scores ?? {};
  if (step === 'self') next.selfScores = mergeScores(row.selfScores, sent);
  if (step === 'supervisor' || step === 'confirm')
    next.supervisorScores = mergeScores(row.supervisorScores, sent);
  if (body.comments !== undefined && step !== 'self') next.comments = body.comments;
  // Metrics are live until confirmation, then frozen as they were at that moment.
  next.autoValues = liveAutoValues(store, employee, row.month, template);
  const result = scoreAppraisal(template, next);
  if (step === 'self' && body.submit && result.missingSelf.length > 0)
    throw missingErrors(result.missingSelf, 'incompleteSelf', lang);
  if (step === 'confirm') {
    if (result.missingSupervisor.length > 0)
      throw missingErrors(result.missingSupervisor, 'incompleteSupervisor', lang);
    if (result.missingSelf.length > 0) throw missingErrors(result.missingSelf, 'incompleteSelf', lang);
    if (result.finalScore === null) throw new ApiError(422, kpiMessage('nothingScorable', lang));
  }
  next = {
    ...next,
    status: statusAfter(step, body.submit),
    finalScore: step === 'confirm' ? result.finalScore : null,
    grade: step === 'confirm' ? result.grade : null,
  };
  store.transaction(() => {
    store.replace(MONTHLY, next);
    if (step === 'confirm' || step === 'reopen')
      refreshAnnual(store, employee, Number(row.month.slice(0, 4)));
  });
  res.json(breakdownOf(store, res, store.find(MONTHLY, row.id) as MonthlyRow));
}

export function registerCycleRoutes(router: Router, deps: WriteDeps): void {
  router.post('/monthly-appraisals/:appraisalId/steps', (req, res) => takeStep(deps, req, res));
  router.get('/monthly-appraisals/:appraisalId/breakdown', (req, res) => {
    const lang = langOf(res);
    const row = loadAppraisal(deps.store, res, req.params.appraisalId, lang);
    res.json(breakdownOf(deps.store, res, row));
  });
}

export { monthlyAppraisals };
