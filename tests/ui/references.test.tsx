// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, writeSession } from '../../src/providers/session';
import { fakeProvider, renderApp, showTables } from './harness';

afterEach(() => clearSession());

describe('references on a page', () => {
  it('are not asked of a resource the role may not read, and show as ids, not as deleted records', async () => {
    // customer-service staff read branches; `people` is no resource of theirs.
    writeSession({
      token: 't',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: {
        id: 3,
        username: 'cs',
        displayName: '客服',
        role: 'cs_staff',
        branchIds: [1],
        employeeId: null,
      },
    });
    const { provider, of } = fakeProvider(showTables());
    renderApp('/things/show/11', provider);
    const branch = await screen.findByText('北京一院', undefined, { timeout: 15_000 });
    const page = branch.closest('.ant-descriptions') as HTMLElement;
    expect(within(page).getByText('#7')).toBeTruthy();
    expect(within(page).queryByText('王芳')).toBeNull();
    expect(within(page).queryByText(/已不存在/)).toBeNull();
    expect(of('getMany').map((c) => c.params.resource)).toEqual(['branches']);
  });
});
