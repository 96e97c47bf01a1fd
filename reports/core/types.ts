import type { Labels, Lang } from '../../src/schema/labels';

/**
 * The contract every report follows (DOMAIN §8): one computation, three outputs. A report
 * loads the records it needs through a `RecordSource`, computes its JSON result with the pure
 * functions of `src/domain/`, and lays that result (and the records) out as sheets. The CLI,
 * the mock API's `/api/reports/:name` and the browser's download all run the same definition,
 * so the dashboard, the json and the xlsx can never disagree.
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
  /** Set for the `kpi` report's annual form. */
  year?: string;
  /** A branch code (`--branch`); absent = every branch the caller may see. */
  branch?: string;
  /** "Now" for overdue figures, canonical UTC instant; reproducible reports pass it. */
  asOf: string;
}

/** A simple-rest filter as the mock API understands it: `field`, `field_gte`, `field_like`… */
export type QueryParams = Record<string, string | number | boolean | readonly (string | number)[]>;

/** Where a report reads records: the HTTP API (CLI `--api`, browser) or the mock API's own store. */
export interface RecordSource {
  /** Every record of `resource` matching `query` (all pages), in id order. */
  list(resource: string, query?: QueryParams): Promise<Record<string, unknown>[]>;
}

/** Records by resource name, as a report's `load` returns them. */
export type ReportData = Record<string, Record<string, unknown>[]>;

export type CellType =
  | 'text'
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'score'
  | 'hours'
  | 'date'
  | 'datetime'
  | 'month'
  | 'boolean';

export interface SheetColumn<Row> {
  key: string;
  header: Labels;
  type: CellType;
  value(row: Row): string | number | boolean | null;
  /** How the totals row sums this column (a formula with its cached value), if at all. */
  total?: 'sum' | 'average' | 'count';
}

export interface SheetSpec<Row = unknown> {
  name: Labels;
  columns: SheetColumn<Row>[];
  rows: Iterable<Row>;
  /** Lines above the header (title, period, as-of, filters). */
  caption?: string[];
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
  sheets(
    result: Result,
    data: ReportData,
    params: ReportParams,
    lang: Lang,
  ): SheetSpec<never>[] | SheetSpec[];
}
