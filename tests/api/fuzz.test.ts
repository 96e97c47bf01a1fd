import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/resources/index';
import { validateWrite } from '../../src/schema/validate';
import { demoState } from './demoDb';
import { fixture } from './fixture';
import { call, signIn, startApi, type Client, type RunningApi } from './harness';
import { diskText, readDb } from './disk';

/**
 * Property-based bad input on every write route, signed in as the administrator (who reaches
 * every handler): whatever the body, path id or header, the answer is a 4xx — never a 5xx — and
 * the database file is byte for byte unchanged. Bodies that happen to be valid are skipped
 * (fc.pre): the property is about input the declaration refuses.
 */

let api: RunningApi;
let admin: Client;
beforeAll(async () => {
  api = await startApi({ state: { ...fixture(), users: demoState().users }, auth: true });
  admin = await signIn(api, 'admin');
}, 60_000);
afterAll(() => api.close());

const json = fc.jsonValue({ maxDepth: 3 });
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom('=1+1', '(', '\\', '../../etc/passwd', '<script>', '\u0000', 'null', '1e309', '-0'),
);

function bodyFor(resourceName: string) {
  const resource = RESOURCES.find((r) => r.name === resourceName)!;
  const names = [...resource.fields.map((f) => f.name), 'id', 'version', '__proto__', 'constructor', 'extra'];
  const value = fc.oneof(json, hostileText, fc.integer(), fc.double(), fc.constant(null));
  return fc.oneof(
    json, // not even an object, mostly
    fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }),
    fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 4 }),
  );
}

const written = new Set<string>();

describe('bad input on every write route', () => {
  for (const resource of RESOURCES) {
    it(`${resource.name}: only 4xx and nothing changed`, async () => {
      const before = diskText(api.file);
      const stored = readDb<Record<string, Record<string, unknown>[]>>(api.file);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('POST', 'PUT', 'PATCH'),
          fc.constantFrom('1', '2', '999999', '0', '-1', 'abc', '1.5', '%2e%2e'),
          bodyFor(resource.name),
          async (method, id, body) => {
            const existing = stored[resource.name]?.find((r) => String(r.id) === id);
            const mode = method === 'POST' ? 'create' : method === 'PATCH' ? 'patch' : 'replace';
            const sendable = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
            const { version: _v, ...rest } = sendable as Record<string, unknown>;
            if (
              !resource.readOnly &&
              (method === 'POST' || existing) &&
              !(resource.singleton && method === 'POST')
            ) {
              const check = validateWrite(resource, body === sendable ? rest : body, mode, 'en', existing);
              fc.pre(!check.ok);
            }
            const path = method === 'POST' ? `/${resource.name}` : `/${resource.name}/${id}`;
            const r = await call(admin, method, path, JSON.stringify(body));
            if (r.status < 400) written.add(`${method} ${path} ${JSON.stringify(body)} → ${r.status}`);
            expect(r.status).toBeGreaterThanOrEqual(400);
            expect(r.status).toBeLessThan(500);
          },
        ),
        { numRuns: 40, seed: 20261120 },
      );
      expect([...written]).toEqual([]);
      expect(diskText(api.file)).toBe(before);
    }, 60_000);
  }

  it('malformed JSON, wrong media types and huge bodies: 4xx, nothing changed', async () => {
    const before = diskText(api.file);
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.constantFrom('text/plain', 'application/json', 'application/x-www-form-urlencoded'),
        async (text, type) => {
          fc.pre(!(type === 'application/json' && isJsonObject(text)));
          const r = await call(admin, 'POST', '/branches', text, { 'Content-Type': type });
          expect(r.status).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    const huge = await call(admin, 'POST', '/branches', JSON.stringify({ name: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(diskText(api.file)).toBe(before);
  });
});

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}
