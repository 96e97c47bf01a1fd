import { describe, expect, it } from 'vitest';
import { HttpClientError } from '../../src/providers/httpClient';
import { toHttpError } from '../../src/providers/httpError';

function failure(status: number, data: unknown): HttpClientError {
  return new HttpClientError(`Request failed with status code ${status}`, { status, data, headers: {} });
}

describe('toHttpError', () => {
  it('keeps the backend message, status and field errors (simple-rest drops the errors)', () => {
    const err = toHttpError(
      failure(400, { message: '输入有误', errors: { name: '必填', 'lines.0.unitPrice': '不能小于 0' } }),
      'zh',
    );
    expect(err).toEqual({
      message: '输入有误',
      statusCode: 400,
      errors: { name: '必填', 'lines.0.unitPrice': '不能小于 0' },
    });
  });

  it('keeps the version a 409 names', () => {
    expect(toHttpError(failure(409, { message: '已被修改', currentVersion: 4 }), 'zh')).toEqual({
      message: '已被修改',
      statusCode: 409,
      errors: undefined,
      currentVersion: 4,
    });
  });

  it('falls back to the transport message when the body has none', () => {
    for (const body of ['<html>bad gateway</html>', '', undefined]) {
      const err = toHttpError(failure(502, body), 'en');
      expect(err.statusCode).toBe(502);
      expect(err.message).toBe('Request failed with status code 502');
      expect(err.errors).toBeUndefined();
    }
  });

  it('says the server cannot be reached, in the console language, when there is no response', () => {
    expect(toHttpError(new HttpClientError('Network Error'), 'en')).toEqual({
      message: 'The server cannot be reached; check the connection and retry',
      statusCode: 0,
    });
    expect(toHttpError(new HttpClientError('Network Error'), 'zh').message).toBe(
      '无法连接服务器，请检查网络后重试',
    );
    expect(toHttpError(new Error('anything else'), 'zh').statusCode).toBe(0);
  });
});
