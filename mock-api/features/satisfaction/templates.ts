import type { RequestHandler, Router } from 'express';
import { copyName, shapeChange, type TemplateRecord } from '../../../src/domain/satisfaction';
import { surveyTemplates } from '../../../src/resources/survey-templates';
import type { Lang } from '../../../src/schema/labels';
import type { Row } from '../../database';
import { ApiError, langOf, schemaError } from '../../errors';
import type { ResourceHooks } from '../../hooks';
import type { Store } from '../../store';
import { createHandler, type WriteDeps } from '../../writes';
import { satisfactionMessage } from './messages';

const ID = /^[1-9]\d{0,14}$/;

function answeredCount(store: Store, templateId: number): number {
  let n = 0;
  for (const r of store.rows('survey-responses')) if (r.templateId === templateId) n++;
  return n;
}

/** 409 naming what may not change, with field errors on `scale` / `dimensions` and the copy route. */
class ShapeLocked extends ApiError {
  constructor(existing: Row, next: Record<string, unknown>, count: number, lang: Lang) {
    const change = shapeChange(existing as unknown as TemplateRecord, next as unknown as TemplateRecord);
    const errors: Record<string, string> = {};
    const what: string[] = [];
    if (change?.scale) {
      errors.scale = satisfactionMessage('scaleLocked', lang, { scale: String(existing.scale) });
      what.push(satisfactionMessage('theScale', lang));
    }
    if (change && (change.addedKeys.length > 0 || change.removedKeys.length > 0)) {
      const keys = [...change.removedKeys, ...change.addedKeys].join(', ');
      errors.dimensions = satisfactionMessage('keysChanged', lang, { keys });
      what.push(satisfactionMessage('theKeys', lang));
    }
    super(
      409,
      satisfactionMessage('shapeLocked', lang, {
        count,
        what: what.join(lang === 'zh' ? '和' : ' and '),
      }),
      { errors },
    );
    this.copyPath = `/survey-templates/${existing.id}/copy`;
  }
  readonly copyPath: string;
  override body() {
    return { ...super.body(), copy: this.copyPath };
  }
}

/**
 * A template with answers keeps its dimension keys and its scale: the answers are keyed and
 * scored by them. Labels, weights, the required flags and the NPS question may change. The
 * weights' positivity is the declaration's (min 0.01), checked before this hook.
 */
export const templateHooks: ResourceHooks = {
  beforeUpdate(record, existing, ctx) {
    if (!shapeChange(existing as unknown as TemplateRecord, record as unknown as TemplateRecord)) return;
    const count = answeredCount(ctx.store, existing.id);
    if (count > 0) throw new ShapeLocked(existing, record, count, ctx.lang);
  },
};

/**
 * `POST /survey-templates/:id/copy` `{ …changes }`: a new template from a stored one with the
 * changes applied (what the console offers when a template with answers cannot change its
 * shape). Without a name, or with one already taken, the copy is named `名称（副本）`. Runs as a
 * create through the generic write path (validation, uniqueness, access, audit).
 */
function copyHandler(deps: WriteDeps): RequestHandler {
  const create = createHandler(deps);
  return (req, res, next) => {
    const lang = langOf(res);
    const source = ID.test(req.params.templateId)
      ? deps.store.find(surveyTemplates.name, Number(req.params.templateId))
      : undefined;
    if (!source) throw schemaError(404, 'notFound', lang);
    const body: unknown = req.body ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new ApiError(400, satisfactionMessage('notAnObject', lang));
    const changes = body as Record<string, unknown>;
    const taken = new Set(deps.store.rows(surveyTemplates.name).map((t) => String(t.name)));
    const wanted = typeof changes.name === 'string' ? changes.name.trim() : '';
    const name = wanted && !taken.has(wanted) ? wanted : copyName(wanted || String(source.name), taken);
    const copy: Record<string, unknown> = {};
    for (const f of surveyTemplates.fields) copy[f.name] = source[f.name];
    Object.assign(copy, changes, { name });
    res.locals.target = { resource: surveyTemplates };
    req.body = copy;
    create(req, res, next);
  };
}

export function registerTemplateRoutes(router: Router, deps: WriteDeps): void {
  router.post('/survey-templates/:templateId/copy', copyHandler(deps));
}
