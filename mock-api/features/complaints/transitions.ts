import type { RequestHandler, Router } from 'express';
import { COMPLAINT_STATUS_CODES, type ComplaintStatus } from '../../../src/domain/complaints';
import { complaints } from '../../../src/resources/complaints';
import { ApiError, langOf } from '../../errors';
import { updateHandler, type WriteDeps } from '../../writes';
import { setPendingTransition } from './hooks';
import { complaintMessage } from './messages';

const ID = /^[1-9]\d{0,14}$/;
const NOTE_MAX = 2000;

function isStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && COMPLAINT_STATUS_CODES.includes(value as ComplaintStatus);
}

/**
 * `POST /complaints/:id/transitions` `{ to, note?, unreachable?, from?, …fields }`: one step of
 * the lifecycle, with what it records (resolve: rootCause, resolution, refundAmount,
 * responsibleStaffIds; close: handlingSatisfaction, or unreachable with a note). It runs as a
 * PATCH of those fields through the generic write path — validation, references, access,
 * versions, audit — with the step itself applied by the complaint hooks.
 */
function transitionHandler(deps: WriteDeps): RequestHandler {
  const update = updateHandler(deps);
  return (req, res, next) => {
    const lang = langOf(res);
    const body = req.body as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError(
        400,
        complaintMessage('unknownStatus', lang, { allowed: COMPLAINT_STATUS_CODES.join(', ') }),
        {
          errors: {
            to: complaintMessage('unknownStatus', lang, { allowed: COMPLAINT_STATUS_CODES.join(', ') }),
          },
        },
      );
    }
    const { to, note, unreachable, from, ...fields } = body as Record<string, unknown>;
    const errors: Record<string, string> = {};
    if (!isStatus(to))
      errors.to = complaintMessage('unknownStatus', lang, { allowed: COMPLAINT_STATUS_CODES.join(', ') });
    if (from !== undefined && !isStatus(from))
      errors.from = complaintMessage('unknownStatus', lang, { allowed: COMPLAINT_STATUS_CODES.join(', ') });
    if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > NOTE_MAX))
      errors.note = complaintMessage('notText', lang);
    if (unreachable !== undefined && typeof unreachable !== 'boolean')
      errors.unreachable = complaintMessage('notBoolean', lang);
    if (Object.keys(errors).length > 0) {
      throw new ApiError(400, Object.values(errors)[0], { errors });
    }
    const id = ID.test(req.params.complaintId) ? Number(req.params.complaintId) : undefined;
    res.locals.target = { resource: complaints, id };
    setPendingTransition(res, {
      to: to as ComplaintStatus,
      note: typeof note === 'string' ? note : null,
      unreachable: unreachable === true,
      from: from as ComplaintStatus | undefined,
    });
    // The generic update decides replace or patch by the method: this request changes only what it sends.
    req.method = 'PATCH';
    req.body = fields;
    update(req, res, next);
  };
}

export function registerComplaintRoutes(router: Router, deps: WriteDeps): void {
  router.post('/complaints/:complaintId/transitions', transitionHandler(deps));
}
