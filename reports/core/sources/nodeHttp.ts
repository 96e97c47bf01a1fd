import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { Lang } from '../../../src/schema/labels';
import { reportMessage } from '../messages';
import { apiBase, networkReason, signInRequest, SourceError } from './http';

/**
 * The CLI's requests without fetch, over node:http(s): the report route's workbook (tens of MB)
 * then reaches its file as plain Node stream chunks, without fetch's web streams around each
 * one (~0.3 s of the CLI's CPU for a 30 MB workbook), and fetch itself is never loaded (~0.1 s
 * more, before the first request). Used when the caller passes no `fetch` of its own (tests
 * pass one to record the URLs asked); both ways give the same answers and the same messages.
 */

/** An answer: its status and type, its body to read once. */
export interface NodeAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: Readable;
}

/**
 * One request. No answer rejects as fetch does (`fetch failed`, the socket's error as its
 * cause), so the user reads the same reason whichever way the CLI asked.
 */
export async function nodeRequest(
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string },
): Promise<NodeAnswer> {
  const { request } = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { method: init.method ?? 'GET', headers: init.headers }, (res: IncomingMessage) =>
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        contentType: String(res.headers['content-type'] ?? ''),
        body: res,
      }),
    )
      .on('error', (error) => reject(new TypeError('fetch failed', { cause: error })))
      .end(init.body);
  });
}

export async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The reason of a refusal: the status and the backend's JSON message, else its status text. */
export function failureText(status: number, statusText: string, body: string): string {
  try {
    const { message } = JSON.parse(body) as { message?: unknown };
    if (typeof message === 'string') return `${status} ${message}`;
  } catch {
    // not JSON: the status says enough
  }
  return `${status} ${statusText}`.trim();
}

/** `signIn` of `http.ts` over node:http: the same request, answers and errors. */
export async function signInOverNode(
  api: string,
  username: string,
  password: string,
  lang: Lang,
): Promise<string | undefined> {
  let answer: NodeAnswer;
  try {
    answer = await nodeRequest(`${apiBase(api)}/auth/login`, signInRequest(username, password, lang));
  } catch (error) {
    throw new SourceError(reportMessage('loginFailed', lang, { reason: networkReason(error) }), 0);
  }
  const text = await readText(answer.body);
  if (answer.status === 404 || answer.status === 405) return undefined;
  if (answer.status < 200 || answer.status > 299)
    throw new SourceError(
      reportMessage('loginFailed', lang, { reason: failureText(answer.status, answer.statusText, text) }),
      answer.status,
    );
  const body = JSON.parse(text) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : undefined;
}
