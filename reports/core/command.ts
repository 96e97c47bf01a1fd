import { writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { parseCliArgs, USAGE, type CliOptions } from './cliArgs';
import { reportMessage } from './messages';
import { ReportParamsError, runReport, sheetsOf } from './run';
import { databaseFileSource } from './sources/database';
import { httpRecordSource, signIn, SourceError } from './sources/http';
import type { AnyReportDefinition, RecordSource } from './types';
import { writeWorkbookFile } from './xlsx/node';

/**
 * `npm run report -- NAME …` as a function: the exit code is returned, output goes to the
 * given streams, so tests run it in-process. 0 = done; 2 = wrong arguments or parameters (a
 * message, no stack); 1 = the report could not be read or written (a message, no stack).
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

async function sourceOf(options: CliOptions, io: CommandIo): Promise<RecordSource> {
  const { source, lang } = options;
  if (source.kind === 'db') return databaseFileSource(source.file);
  const token =
    source.user !== undefined && source.password !== undefined
      ? await signIn(source.api, source.user, source.password, { lang, fetch: io.fetch })
      : undefined;
  return httpRecordSource({ api: source.api, token, lang, fetch: io.fetch });
}

export async function runCommand(
  argv: readonly string[],
  reports: readonly AnyReportDefinition[],
  io: CommandIo,
): Promise<number> {
  const parsed = parseCliArgs(argv, io.now ?? new Date());
  if (!parsed.ok) {
    (parsed.help ? io.stdout : io.stderr).write(`${parsed.message}\n${parsed.help ? '' : `${USAGE}\n`}`);
    return parsed.help ? EXIT_OK : EXIT_USAGE;
  }
  const { options } = parsed;
  const definition = reports.find((r) => r.name === options.name);
  if (!definition) {
    const names = reports.map((r) => r.name).join(', ') || '—';
    io.stderr.write(`${reportMessage('unknownReport', options.lang, { name: options.name, names })}\n`);
    return EXIT_USAGE;
  }
  try {
    const source = await sourceOf(options, io);
    const run = await runReport(definition, source, options.params, options.lang);
    if (options.format === 'json') {
      const json = `${JSON.stringify(run.result, null, 2)}\n`;
      if (options.out) await writeFile(options.out, json);
      else io.stdout.write(json);
    } else {
      await writeWorkbookFile(sheetsOf(definition, run, options.lang), options.lang, options.out as string);
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
