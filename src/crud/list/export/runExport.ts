import type { CrudFilter, CrudSort, DataProvider } from '@refinedev/core';
import type { FieldDef } from '../../../schema/fields';
import type { Lang } from '../../../schema/labels';
import type { ResourceDef } from '../../../schema/resource';
import { buildFile, type ExportFormat } from './buildFile';
import type { BuildMessage, BuildRequest } from './export.worker';
import { fetchAllRecords, fetchReferenceNames } from './fetchAll';
import { exportTable } from './rows';

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

/**
 * Builds the file in a Web Worker when the browser has them (the page stays responsive however
 * big the list), else on this thread in slices that yield to the event loop (tests, old browsers).
 */
function buildOffThread(request: BuildRequest, signal: AbortSignal, onRows: (rows: number) => void) {
  if (typeof Worker === 'undefined') {
    return buildFile(request.format, request.table, request.lang, { onRows, signal });
  }
  return new Promise<Blob>((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
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
    worker.postMessage(request);
  });
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
  const table = exportTable(resource.label[lang], fields, records, names, lang);
  onStatus({ phase: 'building', done: 0, total: records.length });
  const blob = await buildOffThread({ format: job.format, table, lang }, signal, (done) =>
    onStatus({ phase: 'building', done, total: records.length }),
  );
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
