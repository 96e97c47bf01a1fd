import type { Lang } from '../../src/schema/labels';
import { fieldErrors } from '../errors';
import { accessMessage } from './messages';

/**
 * Splits the optimistic-concurrency `version` off a write body (it is no field of any
 * declaration). It may also come as an `If-Match: "3"` header, for clients that cannot add
 * it to the body. Absent = the client does not ask for the check (scripts); the console always
 * sends it.
 */
export function takeVersion(
  body: unknown,
  lang: Lang,
  ifMatch?: string,
): { body: unknown; version: number | undefined } {
  let raw: unknown;
  let rest = body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'version' in body) {
    const { version, ...others } = body as Record<string, unknown>;
    raw = version;
    rest = others;
  }
  if ((raw === undefined || raw === null) && ifMatch !== undefined)
    raw = ifMatch.replace(/^W\//, '').replace(/"/g, '').trim();
  if (raw === undefined || raw === null) return { body: rest, version: undefined };
  const version = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    throw fieldErrors({ version: accessMessage('badVersion', lang) }, lang);
  return { body: rest, version };
}
