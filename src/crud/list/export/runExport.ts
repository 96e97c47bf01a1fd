import type { CrudFilter, CrudSort, DataProvider } from '@refinedev/core';
import type { FieldDef } from '../../../schema/fields';
import type { Lang } from '../../../schema/labels';
import type { ResourceDef } from '../../../schema/resource';
import { buildFile, type ExportFormat } from './buildFile';
import type { BuildMessage, WorkerRequest } from './export.worker';
import { fetchAllRecords, fetchReferenceNames } from './fetchAll';
import { exportColumns, exportRow, type ExportTable } from './rows';

/**
 * How long the page turns rows into cells before it hands them to the worker and gives the
 * event loop back: by time, not by a row count, so that a slow machine or wide rows never make
 * one stretch long enough to delay a click (a task over 50 ms is what browsers call "long").
 */
const SLICE_BUDGET_MS = 12;
/** Rows converted between two looks at the clock. */
const ROWS_PER_CHECK = 100;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

export type ExportPhase = 'fetching' | 'names' | 'building';

export interface ExportStatus {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportJob {
  provider: DataProvider;
  resource: ResourceDef;
  /** The visible fields, in the table's order. */
  fields: FieldDef[];
  filters: CrudFilter[];
  sorters: CrudSort[];
  format: ExportFormat;
  lang: Lang;
  lookup: (name: string) => ResourceDef | undefined;
  signal: AbortSignal;
  onStatus(status: ExportStatus): void;
}

export interface ExportResult {
  blob: Blob;
  rows: number;
}

/** Receives the table slice by slice and builds the file when told it is complete. */
interface FileSink {
  push(rows: ExportTable['rows']): void;
  finish(): Promise<Blob>;
}

/**
 * Builds the file in a Web Worker when the browser has them (the page stays responsive however
 * big the list), else on this thread in slices that yield to the event loop (tests, old browsers).
 */
function openSink(
  head: Omit<ExportTable, 'rows'> & { format: ExportFormat; lang: Lang },
  signal: AbortSignal,
  onRows: (rows: number) => void,
): FileSink {
  if (typeof Worker === 'undefined') {
    const rows: ExportTable['rows'] = [];
    return {
      push: (slice) => rows.push(...slice),
      finish: () =>
        buildFile(head.format, { sheetName: head.sheetName, columns: head.columns, rows }, head.lang, {
          onRows,
          signal,
        }),
    };
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: WorkerRequest) => worker.postMessage(message);
  const done = new Promise<Blob>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<BuildMessage>) => {
      const message = event.data;
      if (message.kind === 'rows') onRows(message.rows);
      else if (message.kind === 'done') {
        finish();
        resolve(message.blob);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'worker failed'));
    };
  });
  // A cancel before `finish` is awaited must not surface as an unhandled rejection.
  done.catch(() => {});
  send({
    kind: 'start',
    format: head.format,
    lang: head.lang,
    sheetName: head.sheetName,
    columns: head.columns,
  });
  return {
    push: (rows) => send({ kind: 'rows', rows }),
    finish: () => {
      send({ kind: 'end' });
      return done;
    },
  };
}

/** Reads every page of the list, the names it refers to, and builds the file. */
export async function runExport(job: ExportJob): Promise<ExportResult> {
  const { provider, resource, fields, signal, onStatus, lang } = job;
  onStatus({ phase: 'fetching', done: 0, total: 0 });
  const records = await fetchAllRecords(
    provider,
    resource.name,
    { filters: job.filters, sorters: job.sorters },
    { signal, onRows: (done, total) => onStatus({ phase: 'fetching', done, total }) },
  );
  onStatus({ phase: 'names', done: records.length, total: records.length });
  const names = await fetchReferenceNames(provider, fields, records, job.lookup, lang, signal);
  onStatus({ phase: 'building', done: 0, total: records.length });
  const sink = openSink(
    { format: job.format, lang, sheetName: resource.label[lang], columns: exportColumns(fields, lang) },
    signal,
    (done) => onStatus({ phase: 'building', done, total: records.length }),
  );
  let next = 0;
  while (next < records.length) {
    signal.throwIfAborted();
    const started = performance.now();
    const slice: ExportTable['rows'] = [];
    do {
      for (const r of records.slice(next, next + ROWS_PER_CHECK))
        slice.push(exportRow(fields, r, names, lang));
      next += ROWS_PER_CHECK;
    } while (next < records.length && performance.now() - started < SLICE_BUDGET_MS);
    sink.push(slice);
    await pause();
  }
  const blob = await sink.finish();
  signal.throwIfAborted();
  return { blob, rows: records.length };
}

/** `客户_20261129-1405.xlsx`: the list's name and the local time of the export. */
export function exportFileName(label: string, format: ExportFormat, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const safe = label.replace(/[\\/:*?"<>|]/g, ' ').trim() || 'export';
  return `${safe}_${stamp}.${format}`;
}
