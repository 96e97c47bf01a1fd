import type { ErrorRequestHandler, Response } from 'express';
import { DEFAULT_LANG, format, type Labels, type Lang } from '../src/schema/labels';
import { message as schemaMessage, type MessageKey } from '../src/schema/messages';
import type { FieldErrors } from '../src/schema/validate';

/**
 * Messages about the transport itself (bodies, methods, routes), which the console never shows
 * beside a field. The validation and refusal messages live in `src/schema/messages.ts`.
 */
export const API_MESSAGES = {
  malformedJson: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  bodyTooLarge: { zh: '请求体过大（上限 {limit}）', en: 'The request body is too large (limit {limit})' },
  unsupportedMediaType: {
    zh: '请求体应为 JSON（Content-Type: application/json）',
    en: 'The request body must be JSON (Content-Type: application/json)',
  },
  methodNotAllowed: { zh: '不支持此操作：{method}', en: 'Method not allowed: {method}' },
  badRequest: { zh: '请求无效', en: 'Bad request' },
  queryValueTooLong: {
    zh: '查询参数 {key} 的值过长（上限 {max} 个字符）',
    en: 'The value of query parameter {key} is too long (at most {max} characters)',
  },
  repeatedQueryKey: {
    zh: '查询参数 {key} 只能出现一次',
    en: 'Query parameter {key} may appear only once',
  },
  notSortable: { zh: '不能按 {field} 排序', en: 'Cannot sort by {field}' },
  notFilterable: {
    zh: '字段 {field} 不支持此筛选：{key}',
    en: 'Field {field} cannot be filtered this way: {key}',
  },
  storageFailed: {
    zh: '保存失败，数据未修改，请稍后重试',
    en: 'Could not save: nothing was changed; please retry',
  },
} satisfies Record<string, Labels>;

export type ApiMessageKey = keyof typeof API_MESSAGES;

export function apiMessage(key: ApiMessageKey, lang: Lang, params?: Record<string, string | number>): string {
  return format(API_MESSAGES[key][lang], params);
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  message: string;
  errors?: FieldErrors;
  references?: { resource: string; count: number }[];
  /** On 409 for a stale version: the record's version now. */
  currentVersion?: number;
}

/** A refusal with an HTTP status, thrown by middleware and hooks, answered as JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Omit<ErrorBody, 'message'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    return { message: this.message, ...this.extra };
  }
}

/** The database file could not be written (the change was undone in memory). */
export class StorageError extends Error {
  constructor(cause: unknown) {
    super(`Writing the database failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'StorageError';
  }
}

/** Shorthand for an ApiError whose message is one of the schema's messages. */
export function schemaError(
  status: number,
  key: MessageKey,
  lang: Lang,
  params?: Record<string, string | number>,
  extra?: Omit<ErrorBody, 'message'>,
): ApiError {
  return new ApiError(status, schemaMessage(key, lang, params), extra);
}

/** 400 with field errors (validation, uniqueness, references). */
export function fieldErrors(errors: FieldErrors, lang: Lang): ApiError {
  return new ApiError(400, schemaMessage('invalidInput', lang), { errors });
}

/** The request's language, set by the language middleware (Chinese before it ran). */
export function langOf(res: Response): Lang {
  const lang = (res.locals as { lang?: Lang }).lang;
  return lang ?? DEFAULT_LANG;
}

export function sendError(res: Response, error: ApiError): void {
  res.status(error.status).json(error.body());
}

interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  limit?: unknown;
}

/** Maps body-parser's and express's client errors to messages; everything else is a 500. */
function toApiError(error: unknown, lang: Lang): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StorageError) return new ApiError(500, apiMessage('storageFailed', lang));
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const status =
    typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  switch (e.type) {
    case 'entity.parse.failed':
      return new ApiError(400, apiMessage('malformedJson', lang));
    case 'entity.too.large':
      return new ApiError(413, apiMessage('bodyTooLarge', lang, { limit: String(e.limit ?? '') }));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, apiMessage('unsupportedMediaType', lang));
  }
  if (status >= 400 && status < 500) return new ApiError(status, apiMessage('badRequest', lang));
  return schemaError(500, 'internal', lang);
}

/**
 * The last handler: answers every error as JSON `{ message }` in the request's language, and
 * never sends a stack (unexpected errors are logged on the server only).
 */
export function errorHandler(log: (error: unknown) => void = console.error): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const apiError = toApiError(error, langOf(res));
    if (apiError.status >= 500) log(error);
    sendError(res, apiError);
  };
}
