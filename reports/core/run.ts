import type { Lang } from '../../src/schema/labels';
import { reportMessage } from './messages';
import type { ParamErrors } from './params';
import type { AnyReportDefinition, RecordSource, ReportData, ReportParams, SheetSpec } from './types';

/** Parameters a report cannot run with (an unknown branch…): field → message. */
export class ReportParamsError extends Error {
  constructor(
    readonly errors: ParamErrors,
    lang: Lang,
  ) {
    super(`${reportMessage('invalidParams', lang)}: ${Object.values(errors).join('; ')}`);
    this.name = 'ReportParamsError';
  }
}

export interface ReportRun {
  params: ReportParams;
  data: ReportData;
  result: unknown;
}

/**
 * Runs a report the one way the CLI, the API route and the console all do: resolve the branch
 * code, load through the source, compute. `sheetsOf` then lays the same run out as a workbook.
 */
export async function runReport(
  definition: AnyReportDefinition,
  source: RecordSource,
  params: ReportParams,
  lang: Lang,
): Promise<ReportRun> {
  const resolved = { ...params };
  if (params.branch !== undefined && params.branchId === undefined) {
    const [branch] = await source.list('branches', { code: params.branch });
    if (!branch)
      throw new ReportParamsError(
        { branch: reportMessage('unknownBranch', lang, { code: params.branch }) },
        lang,
      );
    resolved.branchId = Number(branch.id);
  }
  const data = await definition.load(source, resolved);
  return { params: resolved, data, result: definition.compute(data, resolved) };
}

export function sheetsOf(definition: AnyReportDefinition, run: ReportRun, lang: Lang): SheetSpec[] {
  return definition.sheets(run.result, run.data, run.params, lang);
}

/** The download's file name: `投诉案件统计表_2026-03.xlsx`, `complaints_2026-01-01_2026-03-31.xlsx`. */
export function reportFileName(
  definition: AnyReportDefinition,
  params: ReportParams,
  lang: Lang,
  ext: string,
): string {
  const period = params.month ?? params.year ?? `${params.period.from}_${params.period.to}`;
  const branch = params.branch ? `_${params.branch}` : '';
  return `${definition.title[lang]}_${period}${branch}.${ext}`.replace(/[\\/:*?"<>|]/g, '_');
}
