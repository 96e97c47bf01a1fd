import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeFileAtomically } from './atomicFile';
import { parseCliArgs, USAGE, type CliOptions } from './cliArgs';
import { reportMessage } from './messages';
import { ReportParamsError, runReport, sheetsOf } from './run';
import { httpRecordSource, signIn, SourceError } from './sources/http';
import { signInOverNode } from './sources/nodeHttp';
import { requestReport } from './sources/reportRoute';
import type { AnyReportDefinition, RecordSource } from './types';

/**
 * `npm run report -- NAME …` as a function: the exit code is returned, output goes to the
 * given streams, so tests run it in-process. 0 = done; 2 = wrong arguments or parameters (a
 * message, no stack); 1 = the report could not be read or written (a message, no stack).
 *
 * With `--api` the backend's report route is asked first: it runs the report where the records
 * are and streams the workbook, which goes to the file as it arrives (the CLI holds neither the
 * records nor the sheet). Only a backend without that route (404) is read through its lists,
 * with the report run here. An output file appears only when complete (see `atomicFile.ts`).
 */
export interface CommandIo {
  stdout: Writable;
  stderr: Writable;
  now?: Date;
  fetch?: typeof fetch;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

type ApiSource = Extract<CliOptions['source'], { kind: 'api' }>;

async function tokenOf(source: ApiSource, options: CliOptions, io: CommandIo): Promise<string | undefined> {
  if (source.token !== undefined) return source.token;
  if (source.user === undefined || source.password === undefined) return undefined;
  // Without a fetch of the caller's, node:http: fetch is then never loaded (see nodeHttp.ts).
  if (!io.fetch) return signInOverNode(source.api, source.user, source.password, options.lang);
  return signIn(source.api, source.user, source.password, { lang: options.lang, fetch: io.fetch });
}

async function writeJson(result: unknown, options: CliOptions, io: CommandIo): Promise<void> {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (options.out) await writeFileAtomically(options.out, (out) => writeText(out, json));
  else io.stdout.write(json);
}

function writeText(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    out.end(text, (error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Asks the backend's report route; false when it has none (then the report runs here). */
async function fromRoute(
  source: ApiSource,
  token: string | undefined,
  options: CliOptions,
  io: CommandIo,
): Promise<boolean> {
  const response = await requestReport({
    api: source.api,
    name: options.name,
    params: options.params,
    format: options.format,
    token,
    lang: options.lang,
    fetch: io.fetch,
  });
  if (!response) return false;
  if (options.format === 'json') {
    // Re-indented like the local path's output, so both give the same text.
    await writeJson(await response.json(), options, io);
    return true;
  }
  let readable: Readable;
  try {
    readable = response.stream();
  } catch (error) {
    throw new SourceError(
      reportMessage('sourceFailed', options.lang, {
        resource: `reports/${options.name}`,
        reason: error instanceof Error ? error.message : String(error),
      }),
      response.status,
    );
  }
  // What the transfer failed with, told apart from the file's own failures (disk full…).
  let cutShort: unknown;
  readable.once('error', (error) => (cutShort = error));
  try {
    await writeFileAtomically(options.out as string, (out) => pipeline(readable, out));
  } catch (error) {
    // A transfer cut short (the server failed mid-sheet): say so, as for any source failure.
    if (error === cutShort && error instanceof Error)
      throw new SourceError(
        reportMessage('sourceFailed', options.lang, {
          resource: `reports/${options.name}`,
          reason: error.message,
        }),
        0,
      );
    throw error;
  }
  return true;
}

async function localRun(
  definition: AnyReportDefinition,
  source: RecordSource,
  options: CliOptions,
  io: CommandIo,
): Promise<void> {
  const run = await runReport(definition, source, options.params, options.lang);
  if (options.format === 'json') await writeJson(run.result, options, io);
  else {
    const { writeWorkbookFile } = await import('./xlsx/node');
    await writeWorkbookFile(sheetsOf(definition, run, options.lang), options.lang, options.out as string);
  }
}

/**
 * The report definitions, or a function loading them: the command then loads them (and what
 * they import) only when it runs a report itself — not when the backend's route answers.
 */
export type ReportList = readonly AnyReportDefinition[] | (() => Promise<readonly AnyReportDefinition[]>);

function unknownReport(
  name: string,
  reports: readonly AnyReportDefinition[],
  options: CliOptions,
  io: CommandIo,
) {
  const names = reports.map((r) => r.name).join(', ') || '—';
  io.stderr.write(`${reportMessage('unknownReport', options.lang, { name, names })}\n`);
  return EXIT_USAGE;
}

export async function runCommand(
  argv: readonly string[],
  reportList: ReportList,
  io: CommandIo,
): Promise<number> {
  const parsed = parseCliArgs(argv, io.now ?? new Date());
  if (!parsed.ok) {
    (parsed.help ? io.stdout : io.stderr).write(`${parsed.message}\n${parsed.help ? '' : `${USAGE}\n`}`);
    return parsed.help ? EXIT_OK : EXIT_USAGE;
  }
  const { options } = parsed;
  const definitions = typeof reportList === 'function' ? undefined : reportList;
  const loadDefinitions = async () =>
    definitions ?? (await (reportList as () => Promise<readonly AnyReportDefinition[]>)());
  // A list at hand is checked before anything is asked; a loader's only when it is needed.
  if (definitions && !definitions.some((r) => r.name === options.name))
    return unknownReport(options.name, definitions, options, io);
  try {
    const { source } = options;
    let records: RecordSource | undefined;
    if (source.kind === 'db') {
      const { databaseFileSource } = await import('./sources/database');
      records = databaseFileSource(source.file);
    } else {
      const token = await tokenOf(source, options, io);
      if (!(await fromRoute(source, token, options, io)))
        records = httpRecordSource({ api: source.api, token, lang: options.lang, fetch: io.fetch });
    }
    if (records) {
      const reports = await loadDefinitions();
      const definition = reports.find((r) => r.name === options.name);
      if (!definition) return unknownReport(options.name, reports, options, io);
      await localRun(definition, records, options, io);
    }
    if (options.out) io.stderr.write(`${options.out}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ReportParamsError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_USAGE;
    }
    // Expected failures carry a message for the user; anything else is still shown without a stack.
    const message = error instanceof SourceError || error instanceof Error ? error.message : String(error);
    io.stderr.write(`${message}\n`);
    return EXIT_FAILED;
  }
}
