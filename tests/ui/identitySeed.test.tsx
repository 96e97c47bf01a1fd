// @vitest-environment jsdom
import './setup';
import { Refine, useGetIdentity, useLogin, type AuthProvider } from '@refinedev/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/providers/queryClient';

/** What each render of a component asking refine for the identity saw. */
function IdentityProbe({ seen }: { seen: string[] }) {
  const { data, fetchStatus } = useGetIdentity<{ name: string }>();
  seen.push(`${data?.name ?? '-'}/${fetchStatus}`);
  const { mutate: login } = useLogin();
  return (
    <button type="button" onClick={() => login({})}>
      login
    </button>
  );
}

function authWith(getIdentity: () => Promise<{ name: string }>): AuthProvider {
  return {
    login: async () => ({ success: true }),
    logout: async () => ({ success: true }),
    check: async () => ({ authenticated: true }),
    onError: async () => ({}),
    getIdentity,
  };
}

function renderWith(identity: unknown, getIdentity: () => Promise<{ name: string }>, seen: string[]) {
  return render(
    <Refine
      authProvider={authWith(getIdentity)}
      options={{ disableTelemetry: true, reactQuery: { clientConfig: createQueryClient(identity) } }}
    >
      <IdentityProbe seen={seen} />
    </Refine>,
  );
}

describe('the identity known from the session', () => {
  it('is there at the first render, without asking the auth provider or rendering again', async () => {
    const getIdentity = vi.fn(async () => ({ name: '李客服（provider）' }));
    const seen: string[] = [];
    renderWith({ name: '李客服' }, getIdentity, seen);
    await screen.findByRole('button');
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(seen[0]).toBe('李客服/idle');
    // No fetch: nothing turned "fetching", so every render saw the same.
    expect(new Set(seen)).toEqual(new Set(['李客服/idle']));
    expect(getIdentity).not.toHaveBeenCalled();
  });

  it('is asked again from the auth provider after signing in', async () => {
    const getIdentity = vi.fn(async () => ({ name: '王经理' }));
    const seen: string[] = [];
    renderWith(null, getIdentity, seen);
    (await screen.findByRole('button')).click();
    await waitFor(() => expect(seen.at(-1)).toBe('王经理/idle'));
    expect(getIdentity).toHaveBeenCalled();
  });

  it('without a session is fetched as before (the sign-in page, or a console without sign-in)', async () => {
    const getIdentity = vi.fn(async () => ({ name: '赵质检' }));
    const seen: string[] = [];
    renderWith(undefined, getIdentity, seen);
    await waitFor(() => expect(seen.at(-1)).toBe('赵质检/idle'));
    expect(seen[0]).toBe('-/fetching');
    expect(getIdentity).toHaveBeenCalledTimes(1);
  });
});
