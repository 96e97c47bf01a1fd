import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../../src/providers/httpError';

function failure(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() };
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse;
  return new AxiosError(
    'Request failed with status code ' + status,
    'ERR_BAD_REQUEST',
    config,
    null,
    response,
  );
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

  it('falls back to the transport message when the body has none', () => {
    const err = toHttpError(failure(502, '<html>bad gateway</html>'), 'en');
    expect(err.statusCode).toBe(502);
    expect(err.message).toBe('Request failed with status code 502');
    expect(err.errors).toBeUndefined();
  });

  it('says the server cannot be reached, in the console language, when there is no response', () => {
    expect(toHttpError(new Error('Network Error'), 'en')).toEqual({
      message: 'The server cannot be reached; check the connection and retry',
      statusCode: 0,
    });
    expect(toHttpError(new Error('Network Error'), 'zh').message).toMatch(/无法连接服务器/);
  });
});
