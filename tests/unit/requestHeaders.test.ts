import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestHeaders } from '../../src/providers/requestHeaders';

const SESSION = {
  token: 't-1',
  expiresAt: '2099-01-01T00:00:00Z',
  user: { id: 1, role: 'cs', displayName: '客服' },
};

describe('requestHeaders', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the language, and the current session’s token when signed in', () => {
    const store = new Map([['sq-console.session', JSON.stringify(SESSION)]]);
    vi.stubGlobal('sessionStorage', { getItem: (k: string) => store.get(k) ?? null });
    expect(requestHeaders('zh')).toEqual({ 'Accept-Language': 'zh-CN', Authorization: 'Bearer t-1' });
    expect(requestHeaders('en')).toEqual({ 'Accept-Language': 'en-US', Authorization: 'Bearer t-1' });
  });

  it('sends no token when signed out, when told none (signing in), or the one it is given', () => {
    vi.stubGlobal('sessionStorage', { getItem: () => null });
    expect(requestHeaders('zh')).toEqual({ 'Accept-Language': 'zh-CN' });
    expect(requestHeaders('en', null)).toEqual({ 'Accept-Language': 'en-US' });
    expect(requestHeaders('zh', 'old')).toEqual({ 'Accept-Language': 'zh-CN', Authorization: 'Bearer old' });
  });
});
