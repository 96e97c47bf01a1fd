import { parseArgs } from 'node:util';
import { langFromLocale, type Lang } from '../../src/schema/labels';
import { reportMessage } from './messages';
import { parseReportParams, type ParamErrors } from './params';
import type { ReportParams } from './types';

/**
 * The report command's arguments, checked without running anything (so tests cover every
 * refusal): a usage error becomes exit code 2 and a message, never a stack trace.
 */
export const USAGE = `usage: npm run report -- NAME (--month YYYY-MM | --year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD)
         [--branch CODE] [--as-of ISO-INSTANT] [--format xlsx|json] [--out FILE] [--lang zh|en]
         [--api URL [--user U --password P | --token T] | --db FILE] [--param KEY=VALUE]…

  --api   (default): the backend's report route runs the report and sends the file; a backend
          without that route (404) is read through its lists and the report is run here.
  --db    the offline path: reads a database file directly, without a server. It parses the whole
          file first, so it needs about three times the file's size in memory.
  --token a session token from POST /api/auth/login, instead of signing in with --user/--password.`;

export const DEFAULT_API = 'http://localhost:4000/api';

export interface CliOptions {
  name: string;
  params: ReportParams;
  format: 'xlsx' | 'json';
  out?: string;
  lang: Lang;
  /** Where records come from: an API, or a database file read directly. */
  source:
    | { kind: 'api'; api: string; user?: string; password?: string; token?: string }
    | { kind: 'db'; file: string };
}

export type CliParse = { ok: true; options: CliOptions } | { ok: false; message: string; help?: boolean };

function fieldList(errors: ParamErrors): string {
  const flag: Record<string, string> = { asOf: '--as-of' };
  return Object.entries(errors)
    .map(([key, message]) => `${flag[key] ?? `--${key}`}: ${message}`)
    .join('\n');
}

export function parseCliArgs(argv: readonly string[], now: Date): CliParse {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, message: USAGE, help: true };
  const lang = langFromLocale(values.lang ?? 'zh');
  if (values.lang !== undefined && !['zh', 'en'].includes(values.lang))
    return { ok: false, message: '--lang: zh | en' };

  if (positionals.length !== 1) return { ok: false, message: 'NAME: one report name is needed' };
  const extra: Record<string, string> = {};
  for (const pair of values.param ?? []) {
    const m = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(pair);
    if (!m) return { ok: false, message: `--param: KEY=VALUE, not "${pair}"` };
    extra[m[1]] = m[2];
  }
  const params = parseReportParams(
    {
      month: values.month,
      year: values.year,
      from: values.from,
      to: values.to,
      branch: values.branch,
      asOf: values['as-of'],
    },
    lang,
    now,
    extra,
  );
  if (!params.ok) return { ok: false, message: fieldList(params.errors) };

  const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (format !== 'xlsx' && format !== 'json')
    return { ok: false, message: `--format: ${reportMessage('notFormat', lang)}` };
  if (format === 'xlsx' && !values.out)
    return {
      ok: false,
      message: lang === 'en' ? '--out: an xlsx report needs a file' : '--out：xlsx 报表需要指定输出文件',
    };
  if (
    values.db !== undefined &&
    (values.api !== undefined || values.user !== undefined || values.token !== undefined)
  )
    return {
      ok: false,
      message: '--db: reads the file directly; --api, --user, --password and --token do not apply',
    };
  if ((values.user === undefined) !== (values.password === undefined))
    return { ok: false, message: '--user and --password go together' };
  if (values.token !== undefined && (values.user !== undefined || values.token === ''))
    return { ok: false, message: '--token: a non-empty token, instead of --user and --password' };

  return {
    ok: true,
    options: {
      name: positionals[0],
      params: params.params,
      format,
      out: values.out,
      lang,
      source:
        values.db !== undefined
          ? { kind: 'db', file: values.db }
          : {
              kind: 'api',
              api: values.api ?? DEFAULT_API,
              user: values.user,
              password: values.password,
              token: values.token,
            },
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      month: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      branch: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      api: { type: 'string' },
      db: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      token: { type: 'string' },
      param: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
