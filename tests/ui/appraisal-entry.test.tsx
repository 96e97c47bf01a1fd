// @vitest-environment jsdom
import './setup';
import type { DataProvider } from '@refinedev/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DailyGrid } from '../../src/domain/appraisal';
import { DEFAULT_APPRAISAL_RULES } from '../../src/domain/defaults';
import DailyEntryPage from '../../src/features/appraisal/entry/DailyEntryPage';
import { initI18n } from '../../src/i18n';
import { fakeNotifications, fakeProvider, renderApp } from './harness';

const rule = (id: number, code: string) => {
  const r = DEFAULT_APPRAISAL_RULES.find((x) => x.code === code);
  if (!r) throw new Error(code);
  return {
    id,
    code,
    name: r.name,
    category: r.category,
    appliesTo: r.appliesTo,
    points: r.points,
    escalation: r.escalation,
    money: r.money,
  };
};

const GRID: DailyGrid = {
  teamId: 2,
  teamName: '网络咨询组',
  date: '2026-03-05',
  members: [
    { employeeId: 20, employeeNo: 'E20', name: '周组长', isLeader: true },
    { employeeId: 21, employeeNo: 'E21', name: '吴网咨', isLeader: false },
  ],
  rules: [rule(1, 'L01'), rule(13, 'S01'), rule(19, 'S07'), rule(24, 'P01')],
  applicable: { '20': [1, 24], '21': [13, 19, 24] },
  cells: [{ employeeId: 21, ruleId: 13, count: 1, eventIds: [7] }],
};

function setup(post: DataProvider['custom']) {
  const get = vi.fn(async () => ({ data: GRID }));
  const custom = vi.fn(async (params: Parameters<NonNullable<DataProvider['custom']>>[0]) =>
    params.method === 'get' ? get() : (post as NonNullable<DataProvider['custom']>)(params),
  );
  const { provider } = fakeProvider({ teams: [{ id: 2, name: '网络咨询组' }] }, { custom: custom as never });
  const notes = fakeNotifications();
  renderApp('/things?teamId=2&date=2026-03-05', provider, notes.provider, <DailyEntryPage />);
  return { custom, notes };
}

const cell = (member: string, code: string) =>
  screen.getByRole('spinbutton', { name: new RegExp(`^${member} · ${code} `) }) as HTMLInputElement;
const type = (input: HTMLInputElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

beforeEach(() => {
  initI18n('zh');
});
afterEach(() => vi.restoreAllMocks());

describe('daily team entry grid', () => {
  it('shows the day’s counts, only where a rule applies, and running points as one types', async () => {
    setup(async () => ({ data: {} }) as never);
    await waitFor(() => expect(cell('吴网咨', 'S01').value).toBe('1'));
    // leader rows: L01 for the leader only, member rules not for the leader
    expect(screen.queryByRole('spinbutton', { name: /^吴网咨 · L01 / })).toBeNull();
    expect(screen.queryByRole('spinbutton', { name: /^周组长 · S01 / })).toBeNull();
    expect(screen.getByTestId('total-21').textContent).toBe('-2');

    type(cell('吴网咨', 'S01'), '3');
    // 3 × (−2) − 5 = −11, the team −5, the cell marked as escalated
    await waitFor(() => expect(screen.getByTestId('total-21').textContent).toBe('-11集体扣分 -5'));
    expect(within(cell('吴网咨', 'S01').closest('td') as HTMLElement).getByText('已达加重')).toBeTruthy();

    type(cell('吴网咨', 'P01'), '1');
    type(cell('周组长', 'L01'), '1');
    await waitFor(() => expect(screen.getByTestId('total-21').textContent).toBe('-5集体扣分 -5'));
    expect(screen.getByTestId('total-20').textContent).toBe('+1');
    // S07 twice: −16, no escalation below three
    type(cell('吴网咨', 'S07'), '2');
    await waitFor(() => expect(screen.getByTestId('total-21').textContent).toBe('-21集体扣分 -5'));
  });

  it('saves the whole grid in one request and reloads it', async () => {
    const post = vi.fn(async () => ({ data: { changed: 2, grid: GRID } }));
    const { custom, notes } = setup(post as never);
    await waitFor(() => expect(cell('吴网咨', 'S01').value).toBe('1'));
    type(cell('吴网咨', 'S01'), '2');
    type(cell('周组长', 'L01'), '1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保 存' })));
    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const sent = (
      post.mock.calls[0] as unknown as [{ payload: { teamId: number; date: string; cells: unknown[] } }]
    )[0].payload;
    expect(sent.teamId).toBe(2);
    expect(sent.date).toBe('2026-03-05');
    expect(sent.cells).toEqual([
      { employeeId: 20, ruleId: 1, count: 1 },
      { employeeId: 20, ruleId: 24, count: 0 },
      { employeeId: 21, ruleId: 13, count: 2 },
      { employeeId: 21, ruleId: 19, count: 0 },
      { employeeId: 21, ruleId: 24, count: 0 },
    ]);
    await waitFor(() => expect(notes.opened.map((n) => n.message)).toContain('已保存，2 项有变化'));
    expect(custom.mock.calls.filter(([p]) => p.method === 'get').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the backend’s refusal beside the cell it names', async () => {
    const post = vi.fn(async () => {
      throw {
        message: '输入有误，请检查标出的字段',
        statusCode: 400,
        errors: { 'cells.2.count': '次数须为 0–999 的整数' },
      };
    });
    setup(post as never);
    await waitFor(() => expect(cell('吴网咨', 'S01').value).toBe('1'));
    type(cell('吴网咨', 'S01'), '4');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保 存' })));
    const td = await waitFor(() => cell('吴网咨', 'S01').closest('td') as HTMLElement);
    await waitFor(() => expect(within(td).getByRole('alert').textContent).toBe('次数须为 0–999 的整数'));
    expect(cell('吴网咨', 'S01').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('输入有误'))).toBe(true);
    // what was typed is kept
    expect(cell('吴网咨', 'S01').value).toBe('4');
  });
});
