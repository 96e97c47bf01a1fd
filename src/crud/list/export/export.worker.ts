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

export type BuildMessage =
  { kind: 'rows'; rows: number } | { kind: 'done'; blob: Blob } | { kind: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<BuildRequest>) => {
  const { format, table, lang } = event.data;
  const post = (message: BuildMessage) => scope.postMessage(message);
  buildFile(format, table, lang, { onRows: (rows) => post({ kind: 'rows', rows }) }).then(
    (blob) => post({ kind: 'done', blob }),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
