import type { Request, Response, Router } from 'express';
import { REPORTS } from '../../reports/index';
import { reportMessage } from '../../reports/core/messages';
import { parseReportParams, type RawReportParams } from '../../reports/core/params';
import { reportFileName, ReportParamsError, runReport, sheetsOf } from '../../reports/core/run';
import type { AnyReportDefinition } from '../../reports/core/types';
import { XLSX_MIME } from '../../reports/core/xlsx/browser';
import { writeWorkbookToStream } from '../../reports/core/xlsx/node';
import type { Lang } from '../../src/schema/labels';
import { currentIdentity } from '../auth/context';
import { ApiError, apiMessage, langOf } from '../errors';
import { ReportCache } from './reportCache';
import { ReportRecordSources } from './reportSource';
import type { ApiFeature } from './types';

/**
 * `GET /api/reports/:name?month=|year=|from=&to=&branch=&asOf=&format=json|xlsx` — the report
 * definitions of `reports/index.ts` run over the store, read through `visibleRows` (so a user
 * limited to some branches gets figures of those branches only). JSON by default: the figures
 * behind the dashboards ("stats route"); `format=xlsx` streams the workbook. Any other query
 * key is passed to the report as `params.extra` (its own filters).
 */

const KNOWN = new Set(['month', 'year', 'from', 'to', 'branch', 'asOf', 'format']);
/** A report's own filters: a few short values, nothing more. */
const MAX_EXTRA = 10;

function single(req: Request, key: string, errors: Record<string, string>, lang: Lang): string | undefined {
  const value = req.query[key];
  if (value === undefined || typeof value === 'string') return value;
  errors[key] = apiMessage('repeatedQueryKey', lang, { key });
  return undefined;
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 5987): the Chinese title survives. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

function handler(
  reports: readonly AnyReportDefinition[],
  deps: Parameters<Required<ApiFeature>['registerRoutes']>[1],
) {
  const cache = new ReportCache(deps.store, deps.now);
  const sources = new ReportRecordSources(deps.store);
  return async (req: Request, res: Response): Promise<void> => {
    const lang = langOf(res);
    const definition = reports.find((r) => r.name === req.params.name);
    if (!definition) {
      const names = reports.map((r) => r.name).join(', ') || '—';
      throw new ApiError(404, reportMessage('unknownReport', lang, { name: req.params.name, names }));
    }

    const errors: Record<string, string> = {};
    const raw: RawReportParams = {};
    for (const key of ['month', 'year', 'from', 'to', 'branch', 'asOf'] as const)
      raw[key] = single(req, key, errors, lang);
    const format = single(req, 'format', errors, lang) ?? 'json';
    if (format !== 'json' && format !== 'xlsx') errors.format = reportMessage('notFormat', lang);
    const extra: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.query)) {
      if (KNOWN.has(key)) continue;
      if (
        typeof value !== 'string' ||
        value.length > 100 ||
        Object.keys(extra).length >= MAX_EXTRA ||
        !/^[A-Za-z]\w{0,40}$/.test(key)
      )
        errors[key] = reportMessage('unknownParam', lang);
      else extra[key] = value;
    }
    const parsed = parseReportParams(raw, lang, deps.now(), extra);
    if (!parsed.ok) Object.assign(errors, parsed.errors);
    if (Object.keys(errors).length > 0 || !parsed.ok)
      throw new ApiError(400, reportMessage('invalidParams', lang), { errors });

    let run;
    try {
      const key = ReportCache.key(definition.name, { raw, extra }, lang, currentIdentity());
      run = await cache.get(key, () => runReport(definition, sources.source(), parsed.params, lang));
    } catch (error) {
      if (error instanceof ReportParamsError)
        throw new ApiError(400, reportMessage('invalidParams', lang), { errors: error.errors });
      throw error;
    }
    if (format === 'json') {
      res.json(run.result);
      return;
    }
    res.status(200);
    res.set({
      'Content-Type': XLSX_MIME,
      'Content-Disposition': contentDisposition(
        reportFileName(definition, run.params, lang, 'xlsx'),
        reportFileName(
          { ...definition, title: { zh: definition.name, en: definition.name } },
          run.params,
          'en',
          'xlsx',
        ),
      ),
      'Cache-Control': 'no-store',
    });
    try {
      await writeWorkbookToStream(sheetsOf(definition, run, lang), lang, res);
    } catch (error) {
      // Half a workbook was sent: the client must see a broken transfer, not a short file.
      res.destroy(error as Error);
    }
  };
}

/** The reports route over a list of definitions (tests pass their own; the product, REPORTS). */
export function createReportsApi(reports: readonly AnyReportDefinition[] = REPORTS): ApiFeature {
  return {
    name: 'reports',
    registerRoutes(router: Router, deps) {
      const handle = handler(reports, deps);
      // express 4 does not forward a rejected promise: hand errors to the error handler.
      router.get('/reports/:name', (req, res, next) => {
        handle(req, res).catch(next);
      });
    },
  };
}

export const reportsApi = createReportsApi();
