import { toSubmission } from '../../../crud/pages/submission';
import { onScale, type TemplateRecord } from '../../../domain/satisfaction';
import { surveyResponses } from '../../../resources/survey-responses';

type Values = Record<string, unknown>;

/** The validity fields: ruled on the show page by a supervisor, never by the entry form. */
const RULED = ['valid', 'invalidReason'];

/**
 * The body the entry form sends: the template's answered dimensions only (ratings left over
 * from another template are dropped, an unanswered one is omitted), the NPS answer only when
 * the template asks it, the other fields in their stored form. An edit sends what changed.
 */
export function responseBody(template: TemplateRecord, values: Values, loaded?: Values): Values {
  const given = (values.scores ?? {}) as Record<string, unknown>;
  const scores: Record<string, number> = {};
  for (const d of template.dimensions) {
    const v = given[d.key];
    if (onScale(v, template.scale)) scores[d.key] = v;
  }
  const nps = template.hasNps && typeof values.nps === 'number' ? values.nps : null;
  const body = toSubmission(surveyResponses, { ...values, templateId: template.id, scores, nps }, loaded);
  for (const f of RULED) delete body[f];
  return body;
}
