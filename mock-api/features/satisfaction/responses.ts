import {
  missingRequired,
  scoreProblems,
  type ScoreProblem,
  type TemplateRecord,
} from '../../../src/domain/satisfaction';
import type { Lang } from '../../../src/schema/labels';
import type { Row } from '../../database';
import { fieldErrors } from '../../errors';
import type { HookContext, ResourceHooks } from '../../hooks';
import { satisfactionMessage } from './messages';
import { checkValidityRuling } from './validity';

type Values = Record<string, unknown>;

function problemMessage(p: ScoreProblem, template: Row, lang: Lang): string {
  const name = String(template.name);
  switch (p.kind) {
    case 'unknownDimension':
      return satisfactionMessage('unknownDimension', lang, { template: name, key: p.field.slice(7) });
    case 'outOfScale':
      return satisfactionMessage('outOfScale', lang, { key: p.field.slice(7), scale: p.scale });
    case 'noNpsQuestion':
      return satisfactionMessage('noNpsQuestion', lang, { template: name });
  }
}

const sameScores = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Scores are checked against the response's template (keys, integers 1…scale, the NPS only when
 * asked). A response missing a required answer is stored as invalid, reason `incomplete` — never
 * refused, so nothing typed is lost. Marking it valid again while answers are missing is refused,
 * as is calling a complete response incomplete; completing the answers makes it valid again.
 */
function checkResponse(record: Values, existing: Row | undefined, ctx: HookContext): Values {
  const template = ctx.store.find('survey-templates', Number(record.templateId));
  // The reference check ran first: a missing template cannot reach here.
  if (!template) return record;
  const shape = template as unknown as TemplateRecord;
  const scores = record.scores as Record<string, unknown> | null;
  const problems = scoreProblems(shape, scores, record.nps as number | null);
  if (problems.length > 0) {
    const errors: Record<string, string> = {};
    for (const p of problems) errors[p.field] = problemMessage(p, template, ctx.lang);
    throw fieldErrors(errors, ctx.lang);
  }
  const missing = missingRequired(shape, scores);
  const scoresChanged = !existing || !sameScores(existing.scores, record.scores);
  if (missing.length > 0) {
    if (record.valid === false) return record; // invalid already, for its own reason
    if (existing && existing.valid === false && !scoresChanged)
      throw fieldErrors(
        { valid: satisfactionMessage('stillIncomplete', ctx.lang, { keys: missing.join(', ') }) },
        ctx.lang,
      );
    return { ...record, valid: false, invalidReason: 'incomplete' };
  }
  if (record.invalidReason === 'incomplete') {
    if (scoresChanged && existing?.invalidReason === 'incomplete')
      return { ...record, valid: true, invalidReason: null };
    throw fieldErrors({ invalidReason: satisfactionMessage('notIncomplete', ctx.lang) }, ctx.lang);
  }
  return record;
}

export const responseHooks: ResourceHooks = {
  beforeCreate(record, ctx) {
    checkValidityRuling(record, undefined, ctx);
    return checkResponse(record, undefined, ctx);
  },
  beforeUpdate(record, existing, ctx) {
    checkValidityRuling(record, existing, ctx);
    return checkResponse(record, existing, ctx);
  },
};
