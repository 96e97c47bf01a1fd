import type { RequestHandler, Router } from 'express';
import { dueLists, type FollowUpRecord } from '../../../src/domain/followUps';
import { followUps } from '../../../src/resources/follow-ups';
import { formatShanghai, isDate, shanghaiDate } from '../../../src/schema/time';
import { ApiError, fieldErrors, langOf, schemaError } from '../../errors';
import { visibleRows } from '../../visibility';
import { updateHandler, type WriteDeps } from '../../writes';
import { satisfactionMessage } from './messages';

const ID = /^[1-9]\d{0,14}$/;

function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * `GET /follow-ups/due[?today=YYYY-MM-DD][&staffId=][&branchId=]`: what customer service still
 * has to call — `{ today, asOf, dueToday: [...], overdue: [...] }` — among the follow-ups the
 * caller may see. `today` defaults to the server's Shanghai day.
 */
function dueHandler(deps: WriteDeps): RequestHandler {
  return (req, res) => {
    const lang = langOf(res);
    const errors: Record<string, string> = {};
    const today = single(req.query.today) ?? shanghaiDate(deps.now().getTime());
    if (!isDate(today)) errors.today = satisfactionMessage('notADate', lang);
    const ids: Record<string, number | undefined> = {};
    for (const key of ['staffId', 'branchId']) {
      const value = single(req.query[key]);
      if (value === undefined || value === '') continue;
      if (ID.test(value)) ids[key] = Number(value);
      else errors[key] = satisfactionMessage('notAnId', lang);
    }
    if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
    const rows = (visibleRows(deps.store, followUps.name) as unknown as FollowUpRecord[]).filter(
      (f) =>
        (ids.staffId === undefined || f.staffId === ids.staffId) &&
        (ids.branchId === undefined || f.branchId === ids.branchId),
    );
    const lists = dueLists(rows, today);
    res.json({ today, asOf: deps.now().toISOString(), dueToday: lists.today, overdue: lists.overdue });
  };
}

/**
 * `POST /follow-ups/:id/record` `{ result, method?, notes? }`: the result of a call, timed by the
 * server — the second click of the due list. Runs as a PATCH through the generic write path
 * (validation, access, scope, audit). A follow-up already recorded is not overwritten (409).
 */
function recordHandler(deps: WriteDeps): RequestHandler {
  const update = updateHandler(deps);
  return (req, res, next) => {
    const lang = langOf(res);
    const id = ID.test(req.params.followUpId) ? Number(req.params.followUpId) : undefined;
    const existing = id === undefined ? undefined : deps.store.find(followUps.name, id);
    if (!existing) throw schemaError(404, 'notFound', lang);
    const body: unknown = req.body ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new ApiError(400, satisfactionMessage('notAnObject', lang));
    if (existing.doneAt)
      throw new ApiError(
        409,
        satisfactionMessage('alreadyDone', lang, { at: formatShanghai(String(existing.doneAt)) }),
      );
    const { result, method, notes } = body as Record<string, unknown>;
    const patch: Record<string, unknown> = { result: result ?? null, doneAt: deps.now().toISOString() };
    if (method !== undefined) patch.method = method;
    if (notes !== undefined) patch.notes = notes;
    if (patch.result === null)
      throw fieldErrors({ result: satisfactionMessage('resultRequired', lang) }, lang);
    res.locals.target = { resource: followUps, id };
    req.method = 'PATCH';
    req.body = patch;
    update(req, res, next);
  };
}

export function registerFollowUpRoutes(router: Router, deps: WriteDeps): void {
  router.get('/follow-ups/due', dueHandler(deps));
  router.post('/follow-ups/:followUpId/record', recordHandler(deps));
}
