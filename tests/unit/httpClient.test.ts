import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataProvider } from '../../src/providers/dataProvider';
import { createHttpClient, HttpClientError } from '../../src/providers/httpClient';
import { readSession, writeSession, type Session } from '../../src/providers/session';

/**
 * The console's fetch-based HTTP client (src/providers/httpClient.ts), and refine's simple-rest
 * provider on it (dataProvider.ts): what goes out (method, URL, headers, body) and what comes
 * back, against a stubbed `fetch` answering as the mock API does.
 */

type FetchArgs = [url: string, init: RequestInit];

function stubFetch(...answers: Array<Response | Error>) {
  const spy = vi.fn(async (..._args: FetchArgs): Promise<Response> => {
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** sessionStorage as the browser has it, for the session the provider reads and clears. */
function stubSessionStorage() {
  const items = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
}

const SESSION: Session = {
  token: 'tok-9',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 1, username: 'admin', displayName: '管理员', role: 'admin', branchIds: [], employeeId: null },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the HTTP client', () => {
  it('GETs with the call’s headers in lower case and answers { data, status, headers }', async () => {
    const fetchSpy = stubFetch(json(200, [{ id: 1 }], { 'X-Total-Count': '41' }));
    const answer = await createHttpClient().get('/api/branches?_start=0', { headers: { 'X-Trace': 'a1' } });
    expect(fetchSpy).toHaveBeenCalledWith('/api/branches?_start=0', {
      method: 'GET',
      headers: { accept: 'application/json, text/plain, */*', 'x-trace': 'a1' },
    });
    expect(answer).toEqual({
      data: [{ id: 1 }],
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-total-count': '41' },
    });
    expect(answer.headers['x-total-count']).toBe('41');
  });

  it('sends POST, PUT and PATCH bodies as JSON, and a DELETE’s `data` too', async () => {
    const fetchSpy = stubFetch(json(201, { id: 7 }), json(200, {}), json(200, {}), json(200, {}));
    const http = createHttpClient();
    expect((await http.post('/api/x', { name: '北京店', price: 298 })).data).toEqual({ id: 7 });
    await http.put('/api/x/7', [1, 2]);
    await http.patch('/api/x/7', { note: null });
    await http.delete('/api/x/7', { data: { reason: 'dup' } });
    const sent = fetchSpy.mock.calls.map(([, init]) => [init.method, init.body]);
    expect(sent).toEqual([
      ['POST', '{"name":"北京店","price":298}'],
      ['PUT', '[1,2]'],
      ['PATCH', '{"note":null}'],
      ['DELETE', '{"reason":"dup"}'],
    ]);
    expect(fetchSpy.mock.calls[0][1].headers).toEqual({
      accept: 'application/json, text/plain, */*',
      'content-type': 'application/json',
    });
  });

  it('sends HEAD and OPTIONS without a body, and a read whose meta.method names one through simple-rest', async () => {
    const fetchSpy = stubFetch(
      new Response(null, { status: 200, headers: { 'X-Total-Count': '3' } }),
      new Response(null, { status: 204, headers: { Allow: 'GET, HEAD' } }),
      new Response(null, { status: 200 }),
    );
    const http = createHttpClient();
    expect(await http.head('/api/complaints')).toEqual({
      data: '',
      status: 200,
      headers: { 'x-total-count': '3' },
    });
    expect((await http.options('/api/complaints')).headers.allow).toBe('GET, HEAD');
    await createDataProvider('/api', () => 'zh').getOne({
      resource: 'complaints',
      id: 4,
      meta: { method: 'head' },
    });
    expect(fetchSpy.mock.calls.map(([url, init]) => [init.method, url, init.body])).toEqual([
      ['HEAD', '/api/complaints', undefined],
      ['OPTIONS', '/api/complaints', undefined],
      ['HEAD', '/api/complaints/4', undefined],
    ]);
  });

  it('sends no body and no content type for a POST without one', async () => {
    const fetchSpy = stubFetch(new Response(null, { status: 204 }));
    await createHttpClient().post('/api/auth/logout');
    expect(fetchSpy.mock.calls[0][1]).toEqual({
      method: 'POST',
      headers: { accept: 'application/json, text/plain, */*' },
    });
  });

  it('answers an empty body (204) with empty data, and a text body with its text', async () => {
    stubFetch(new Response(null, { status: 204 }), new Response('ok', { status: 200 }));
    const http = createHttpClient();
    expect(await http.delete('/api/x/1')).toEqual({ data: '', status: 204, headers: {} });
    expect((await http.get('/health')).data).toBe('ok');
  });

  it('puts its own headers over the call’s, whatever their case', async () => {
    const fetchSpy = stubFetch(json(200, {}));
    const http = createHttpClient({ headers: () => ({ 'Accept-Language': 'en-US' }) });
    await http.get('/api/x', { headers: { 'accept-language': 'fr' } });
    expect(fetchSpy.mock.calls[0][1].headers).toEqual({
      accept: 'application/json, text/plain, */*',
      'accept-language': 'en-US',
    });
  });

  it('fails outside 2xx with the answer kept, a text body included', async () => {
    stubFetch(new Response('<html>bad gateway</html>', { status: 502 }));
    const failure = await createHttpClient()
      .get('/api/x')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpClientError);
    expect((failure as HttpClientError).message).toBe('Request failed with status code 502');
    expect((failure as HttpClientError).response).toEqual({
      status: 502,
      data: '<html>bad gateway</html>',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
  });

  it('fails without an answer when the server cannot be reached', async () => {
    const cause = new TypeError('fetch failed');
    stubFetch(cause);
    const failure = (await createHttpClient()
      .get('/api/x')
      .catch((e: unknown) => e)) as HttpClientError;
    expect(failure).toBeInstanceOf(HttpClientError);
    expect(failure.message).toBe('Network Error');
    expect(failure.response).toBeUndefined();
    expect(failure.cause).toBe(cause);
  });

  it('throws what onFailure makes of a failure', async () => {
    stubFetch(json(404, { message: 'gone' }));
    const http = createHttpClient({ onFailure: (e) => ({ seen: e.response?.status }) });
    await expect(http.get('/api/x')).rejects.toEqual({ seen: 404 });
  });
});

describe('the data provider on it', () => {
  beforeEach(stubSessionStorage);

  it('lists with simple-rest’s query, the language and the token, and the total from x-total-count', async () => {
    writeSession(SESSION);
    const fetchSpy = stubFetch(json(200, [{ id: 3 }, { id: 4 }], { 'X-Total-Count': '12' }));
    const provider = createDataProvider('/api', () => 'en');
    const page = await provider.getList({
      resource: 'complaints',
      pagination: { currentPage: 2, pageSize: 2, mode: 'server' },
      sorters: [{ field: 'openedAt', order: 'desc' }],
      filters: [{ field: 'status', operator: 'eq', value: 'open' }],
    });
    expect(page).toEqual({ data: [{ id: 3 }, { id: 4 }], total: 12 });
    // Page 2 of 2: rows 2–3 from 0; query-string sorts the keys.
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/complaints?_end=4&_order=desc&_sort=openedAt&_start=2&status=open',
      {
        method: 'GET',
        headers: {
          accept: 'application/json, text/plain, */*',
          'accept-language': 'en-US',
          authorization: 'Bearer tok-9',
        },
      },
    );
  });

  it('sends no token without a session, and Chinese by default', async () => {
    const fetchSpy = stubFetch(json(200, { id: 5, name: '店' }));
    const { data } = await createDataProvider('/api', () => 'zh').getOne({ resource: 'branches', id: 5 });
    expect(data).toEqual({ id: 5, name: '店' });
    expect(fetchSpy.mock.calls[0][1].headers).toEqual({
      accept: 'application/json, text/plain, */*',
      'accept-language': 'zh-CN',
    });
  });

  it('creates with a JSON body, and keeps a 422’s field errors', async () => {
    const fetchSpy = stubFetch(
      json(422, {
        message: '输入有误',
        errors: { phone: '手机号格式不正确', 'lines.0.unitPrice': '不能小于 0' },
      }),
    );
    const provider = createDataProvider('/api', () => 'zh');
    await expect(
      provider.create({ resource: 'complaints', variables: { phone: '12', lines: [{ unitPrice: -1 }] } }),
    ).rejects.toEqual({
      message: '输入有误',
      statusCode: 422,
      errors: { phone: '手机号格式不正确', 'lines.0.unitPrice': '不能小于 0' },
    });
    const [url, init] = fetchSpy.mock.calls[0];
    expect([url, init.method, init.body]).toEqual([
      '/api/complaints',
      'POST',
      '{"phone":"12","lines":[{"unitPrice":-1}]}',
    ]);
  });

  it('updates with PATCH, and a 409 names the record’s version now', async () => {
    const fetchSpy = stubFetch(json(409, { message: '记录已被他人修改', currentVersion: 7 }));
    const provider = createDataProvider('/api', () => 'zh');
    await expect(
      provider.update({ resource: 'complaints', id: 31, variables: { version: 6, note: 'x' } }),
    ).rejects.toEqual({ message: '记录已被他人修改', statusCode: 409, errors: undefined, currentVersion: 7 });
    expect(fetchSpy.mock.calls[0][0]).toBe('/api/complaints/31');
    expect(fetchSpy.mock.calls[0][1].method).toBe('PATCH');
  });

  it('ends the session on a 401, and only on a 401', async () => {
    writeSession(SESSION);
    stubFetch(json(403, { message: '无权操作' }), json(401, { message: '请重新登录' }));
    const provider = createDataProvider('/api', () => 'zh');
    await expect(provider.getOne({ resource: 'users', id: 1 })).rejects.toMatchObject({ statusCode: 403 });
    expect(readSession()).toEqual(SESSION);
    await expect(provider.getOne({ resource: 'users', id: 1 })).rejects.toEqual({
      message: '请重新登录',
      statusCode: 401,
      errors: undefined,
    });
    expect(readSession()).toBeNull();
  });

  it('says the server cannot be reached, in the console’s language', async () => {
    stubFetch(new TypeError('fetch failed'), new TypeError('fetch failed'));
    await expect(createDataProvider('/api', () => 'zh').getOne({ resource: 'x', id: 1 })).rejects.toEqual({
      message: '无法连接服务器，请检查网络后重试',
      statusCode: 0,
    });
    await expect(createDataProvider('/api', () => 'en').getOne({ resource: 'x', id: 1 })).rejects.toEqual({
      message: 'The server cannot be reached; check the connection and retry',
      statusCode: 0,
    });
  });

  it('deletes with the variables as the body, and takes a 204’s empty answer', async () => {
    const fetchSpy = stubFetch(new Response(null, { status: 204 }));
    const result = await createDataProvider('/api', () => 'zh').deleteOne({
      resource: 'complaints',
      id: 9,
      variables: { reason: '重复' },
    });
    expect(result).toEqual({ data: '' });
    expect(fetchSpy.mock.calls[0][0]).toBe('/api/complaints/9');
    expect([fetchSpy.mock.calls[0][1].method, fetchSpy.mock.calls[0][1].body]).toEqual([
      'DELETE',
      '{"reason":"重复"}',
    ]);
  });
});
