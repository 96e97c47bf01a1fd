/// <reference lib="webworker" />
import type { Lang } from '../../../schema/labels';
import { buildFile, type ExportFormat } from './buildFile';
import type { ExportTable } from './rows';

/**
 * Builds an export file off the main thread: exceljs's zip and the sheet's XML of tens of
 * thousands of rows take seconds of CPU that would otherwise freeze the page. The page
 * cancels by terminating the worker.
 */
export interface BuildRequest {
  format: ExportFormat;
  table: ExportTable;
  lang: Lang;
}

/**
 * What the page sends: the table's head first, its rows in slices (each slice's copy into the
 * worker is short, so the page never stalls on one big copy), then `end`.
 */
export type WorkerRequest =
  | { kind: 'start'; format: ExportFormat; lang: Lang; sheetName: string; columns: ExportTable['columns'] }
  | { kind: 'rows'; rows: ExportTable['rows'] }
  | { kind: 'end' };

export type BuildMessage =
  { kind: 'rows'; rows: number } | { kind: 'done'; blob: Blob } | { kind: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let pending: BuildRequest | null = null;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.kind === 'start') {
    const { format, lang, sheetName, columns } = message;
    pending = { format, lang, table: { sheetName, columns, rows: [] } };
    return;
  }
  if (!pending) return;
  if (message.kind === 'rows') {
    for (const row of message.rows) pending.table.rows.push(row);
    return;
  }
  const { format, table, lang } = pending;
  pending = null;
  const post = (reply: BuildMessage) => scope.postMessage(reply);
  buildFile(format, table, lang, { onRows: (rows) => post({ kind: 'rows', rows }) }).then(
    (blob) => post({ kind: 'done', blob }),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
