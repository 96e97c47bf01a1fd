// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { Authenticated, Refine } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { fireEvent, render, screen } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Login } from '../../src/app/Login';
import { createAuthProvider } from '../../src/providers/authProvider';
import { clearSession, readSession, writeSession, type Session } from '../../src/providers/session';
import { fakeProvider } from './harness';

// See harness.tsx: react-router as Node loads it, one router instance for refine and the test.
const { MemoryRouter, Route, Routes } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

/**
 * The sign-in page and the auth provider (issue 7, point 1 in the console): the real provider
 * with `fetch` answering as the mock API does, the real page, refine's routing between them.
 */

const SESSION: Session = {
  token: 'tok-1',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: {
    id: 3,
    username: 'cs',
    displayName: '胡珈（客服专员）',
    role: 'cs_staff',
    branchIds: [],
    employeeId: null,
  },
};

/** The API's answer: a JSON body and its status. */
function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** `fetch` answering each call with the next of `answers`. */
function stubFetch(...answers: Response[]) {
  const spy = vi.fn(async (_url: string, _init: RequestInit): Promise<Response> => {
    const next = answers.shift();
    if (!next) throw new TypeError('fetch failed');
    return next;
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearSession();
});

function renderConsole() {
  const authProvider = createAuthProvider('/api', () => 'zh');
  render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={['/login']}>
        <Refine
          dataProvider={fakeProvider({}).provider}
          authProvider={authProvider}
          routerProvider={routerProvider}
          options={{ disableTelemetry: true }}
        >
          <Routes>
            <Route
              path="/"
              element={
                <Authenticated key="console" fallback={<p>signed out</p>}>
                  <p>the console</p>
                </Authenticated>
              }
            />
            <Route path="/login" element={<Login />} />
          </Routes>
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
  return authProvider;
}

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('登录名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('the sign-in page', { timeout: 60_000 }, () => {
  it('signs in: keeps the session and opens the console', async () => {
    const post = stubFetch(answer(200, SESSION));
    renderConsole();
    signIn('cs', 'Demo@2026');
    expect(await screen.findByText('the console', undefined, { timeout: 20_000 })).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/auth/login', {
      method: 'POST',
      headers: {
        accept: 'application/json, text/plain, */*',
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
      },
      body: '{"username":"cs","password":"Demo@2026"}',
    });
    expect(readSession()).toEqual(SESSION);
  });

  it('shows the server’s reason for a refusal and stays signed out', async () => {
    stubFetch(
      answer(401, { message: '登录名或密码不正确' }),
      answer(429, { message: '登录失败次数过多，请 600 秒后再试' }),
    );
    renderConsole();
    signIn('cs', 'wrong');
    expect(await screen.findByText('登录名或密码不正确', undefined, { timeout: 20_000 })).toBeTruthy();
    signIn('cs', 'wrong again');
    expect(
      await screen.findByText('登录失败次数过多，请 600 秒后再试', undefined, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(readSession()).toBeNull();
    expect(screen.queryByText('the console')).toBeNull();
  });

  it('says so when the server cannot be reached', async () => {
    stubFetch();
    renderConsole();
    signIn('cs', 'Demo@2026');
    expect(
      await screen.findByText('无法连接服务器，请检查网络后重试', undefined, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(readSession()).toBeNull();
  });

  it('asks for both fields before calling the API', async () => {
    const post = stubFetch();
    renderConsole();
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入登录名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });
});

describe('the auth provider', () => {
  it('ends the session on a 401 from any call, and only on a 401', async () => {
    const provider = createAuthProvider('/api', () => 'en');
    writeSession(SESSION);
    expect(await provider.onError({ statusCode: 403 })).toEqual({});
    expect(readSession()).toEqual(SESSION);
    expect(await provider.onError({ statusCode: 401 })).toMatchObject({ logout: true, redirectTo: '/login' });
    expect(readSession()).toBeNull();
    expect(await provider.check()).toMatchObject({ authenticated: false, redirectTo: '/login' });
  });

  it('treats an expired session as none', async () => {
    writeSession({ ...SESSION, expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(readSession()).toBeNull();
    expect(await createAuthProvider('/api', () => 'zh').getPermissions?.()).toBeNull();
  });

  it('signs out on the server too, and locally whatever the server answers', async () => {
    const post = stubFetch(answer(500, { message: 'down' }));
    writeSession(SESSION);
    const result = await createAuthProvider('/api', () => 'zh').logout({});
    expect(result).toEqual({ success: true, redirectTo: '/login' });
    expect(post).toHaveBeenCalledWith('/api/auth/logout', {
      method: 'POST',
      headers: {
        accept: 'application/json, text/plain, */*',
        'accept-language': 'zh-CN',
        authorization: 'Bearer tok-1',
      },
    });
    expect(readSession()).toBeNull();
  });
});
