import type { Labels, Lang } from '../../src/schema/labels';

/**
 * The contract every report follows (DOMAIN §8): one computation, three outputs. A report
 * loads the records it needs through a `RecordSource`, computes its JSON result with the pure
 * functions of `src/domain/`, and lays that result (and the records) out as sheets. The CLI,
 * the mock API's `/api/reports/:name` and the browser's download all run the same definition,
 * so the dashboard, the json and the xlsx can never disagree.
 *
 * This file is isomorphic (no Node, no React): definitions are imported by the CLI, the mock
 * API and the console alike.
 */

/** Inclusive Asia/Shanghai calendar days, `YYYY-MM-DD`. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface ReportParams {
  period: ReportPeriod;
  /** Set when the period was given as `--month YYYY-MM` (it then spans that month). */
  month?: string;
  /** Set for the `kpi` report's annual form (`--year YYYY`; the period spans the year). */
  year?: string;
  /** A branch code (`--branch`); absent = every branch the caller may see. */
  branch?: string;
  /** The id of the `branch` code's record, resolved by the runner before `load` runs. */
  branchId?: number;
  /** "Now" for overdue figures, canonical UTC instant; reproducible reports pass it. */
  asOf: string;
  /**
   * Extra filters a report declares for itself (`--param key=value`, `?key=value` on the
   * route), e.g. a staff id. Absent keys are simply not filtered on.
   */
  extra?: Record<string, string>;
}

/** A simple-rest filter as the mock API understands it: `field`, `field_gte`, `field_like`… */
export type QueryParams = Record<string, string | number | boolean | readonly (string | number)[]>;

/** One record as a report reads it. */
export type ReportRecord = Record<string, unknown>;

/** Where a report reads records: the HTTP API (CLI `--api`, browser) or the mock API's own store. */
export interface RecordSource {
  /** Every record of `resource` matching `query` (all pages), in id order. */
  list(resource: string, query?: QueryParams): Promise<ReportRecord[]>;
  /**
   * Where a report may keep work from one run to the next, by record identity: given only by a
   * backend whose records, once read, are never changed (a write replaces a record with a new
   * object; the mock API's store). Absent: records are new objects on every read (HTTP, a
   * file), so nothing could be reused.
   */
  readonly memory?: ReportMemory;
}

/** A backend's keep for reports' remembered work: one value per name, made on first use. */
export interface ReportMemory {
  of<T>(name: string, create: () => T): T;
}

/** Records by resource name, as a report's `load` returns them. */
export type ReportData = Record<string, ReportRecord[]>;

/** How a cell is written and formatted (see `reports/core/xlsx/format.ts`). */
export type CellType =
  | 'text' //     always a text cell, even `=1+1`
  | 'integer' //  0
  | 'number' //   0.00
  | 'money' //    #,##0.00 (yuan)
  | 'percent' //  a fraction 0–1, shown 0.0%
  | 'score' //    0–100, shown 0.0
  | 'hours' //    0.0
  | 'date' //     `YYYY-MM-DD` (a Shanghai calendar day)
  | 'datetime' // an ISO instant, shown as Shanghai wall-clock time
  | 'month' //    `YYYY-MM`
  | 'boolean'; // shown 是/否 (Yes/No)

export type CellValue = string | number | boolean | null;

export interface SheetColumn<Row> {
  key: string;
  header: Labels;
  type: CellType;
  value(row: Row): CellValue;
  /** How the totals row sums this column (a formula with its cached value), if at all. */
  total?: 'sum' | 'average' | 'count';
  /** Width in characters; by default from the header and the first rows (CJK counts 2). */
  width?: number;
}

export interface SheetSpec<Row = unknown> {
  name: Labels;
  columns: SheetColumn<Row>[];
  rows: Iterable<Row>;
  /** Lines above the header (title, period, as-of, filters); see `reportCaption`. */
  caption?: string[];
  /** The first cell of the totals row; a totals row is written when a column has `total`. */
  totalsLabel?: Labels;
}

export interface ReportDefinition<Result = unknown> {
  /** The CLI and URL name: `complaints`, `satisfaction`, `follow-ups`, `appraisal`, `kpi`. */
  name: string;
  title: Labels;
  /** Reads what the report needs (already limited to the branch and period). */
  load(source: RecordSource, params: ReportParams): Promise<ReportData>;
  /** The JSON of DOMAIN §8: pure, no clock, no I/O. */
  compute(data: ReportData, params: ReportParams): Result;
  /** The workbook's sheets, from the result and the records it came from. */
  sheets(result: Result, data: ReportData, params: ReportParams, lang: Lang): SheetSpec[];
}

/**
 * A definition whose result type has been forgotten, as the registry holds it. Its `compute`
 * result may only be handed to its own `sheets` — which is all `runReport` ever does.
 */
export type AnyReportDefinition = ReportDefinition<unknown>;

/**
 * Declares a report with its result type checked between `compute` and `sheets`, and returns
 * it in the form the registry (`REPORTS`) holds. Reports of different result types can then sit
 * in one list without `any` and without relying on method-parameter bivariance.
 */
export function defineReport<Result>(definition: ReportDefinition<Result>): AnyReportDefinition {
  return {
    name: definition.name,
    title: definition.title,
    load: (source, params) => definition.load(source, params),
    compute: (data, params) => definition.compute(data, params),
    // Sound: the runner passes only this definition's own `compute` result back here.
    sheets: (result, data, params, lang) => definition.sheets(result as Result, data, params, lang),
  };
}

/**
 * Declares one sheet with its row type inferred from `rows`, so each column's `value(row)` is
 * checked against the real row, and returns it in the form `sheets()` returns.
 */
export function sheet<Row>(spec: SheetSpec<Row>): SheetSpec {
  return {
    ...spec,
    columns: spec.columns.map((column) => ({
      ...column,
      // Sound: the writer calls value() only with rows of this same spec.
      value: (row: unknown) => column.value(row as Row),
    })),
  };
}
