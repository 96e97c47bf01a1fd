// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Breakdown } from '../../src/features/kpi/api';
import { ScoringPanel } from '../../src/features/kpi/ScoringPanel';
import { initI18n } from '../../src/i18n';
import { fakeNotifications, fakeProvider, renderApp } from './harness';

const GRADES = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 0 },
];

function breakdown(
  over: Partial<Breakdown['appraisal']> = {},
  steps: Breakdown['steps'] = ['supervisor', 'confirm', 'return'],
): Breakdown {
  return {
    appraisal: {
      id: 7,
      employeeId: 3,
      month: '2026-10',
      status: 'supervisor_pending',
      selfScores: { discipline: 90, teamwork: 100 },
      supervisorScores: {},
      autoValues: { attendance: 90 },
      finalScore: null,
      grade: null,
      comments: null,
      version: 3,
      ...over,
    },
    employee: { id: 3, name: '王客服', employeeNo: 'BJ01-002', branchId: 1, roleGroup: 'customer_service' },
    template: {
      roleGroup: 'customer_service',
      indicators: [
        {
          key: 'complaintHandlingRate',
          label: '客户投诉处理率',
          group: 'performance',
          weight: 20,
          source: 'complaintHandlingRate',
          target: 95,
        },
        {
          key: 'attendance',
          label: '出勤情况',
          group: 'attitude',
          weight: 10,
          source: 'attendance',
          target: 100,
        },
        { key: 'discipline', label: '工作纪律', group: 'attitude', weight: 5, source: 'manual' },
        { key: 'teamwork', label: '团队合作', group: 'attitude', weight: 5, source: 'manual' },
      ],
      selfWeight: 0.3,
      supervisorWeight: 0.7,
      grades: GRADES,
      bonusCoefficients: { A: 1.2, B: 1, C: 0.8, D: 0 },
    },
    live: true,
    result: null,
    steps,
    isOwner: false,
  };
}

function setup(b: Breakdown) {
  const take = vi.fn(async () => b);
  const { provider } = fakeProvider({});
  renderApp(
    '/things',
    provider,
    fakeNotifications().provider,
    <ScoringPanel breakdown={b} take={take} busy={false} />,
  );
  return take;
}

const input = (name: RegExp) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
const type = (el: HTMLInputElement, value: string) => {
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
};

beforeEach(() => {
  initI18n('zh');
});

describe('the scoring panel of a monthly appraisal', () => {
  it('previews the final score as the supervisor types, leaving an unmeasured metric out', async () => {
    const take = setup(breakdown());
    await screen.findByText('客户投诉处理率');
    expect(screen.getByText('无数据（不计入）')).toBeTruthy();
    expect(screen.getByText(/尚有指标未评分/)).toBeTruthy();
    // Self scores are shown, not editable, while the supervisor scores.
    expect(screen.queryByRole('spinbutton', { name: /^自评 / })).toBeNull();

    type(input(/^上级评分 discipline$/), '80');
    type(input(/^上级评分 teamwork$/), '70');
    // discipline 0.3×90 + 0.7×80 = 83; teamwork 0.3×100 + 0.7×70 = 79;
    // (10×90 + 5×83 + 5×79) ÷ 20 = 1710 ÷ 20 = 85.5 → B, 1
    await waitFor(() => expect(screen.getByText(/85\.5/)).toBeTruthy());
    expect(screen.getByText('83')).toBeTruthy();
    expect(screen.getByText('79')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '确认考核' }));
    await waitFor(() => expect(take).toHaveBeenCalledTimes(1));
    expect(take).toHaveBeenCalledWith({
      step: 'confirm',
      version: 3,
      scores: { discipline: 80, teamwork: 70 },
      comments: null,
    });
  });

  it('offers the self-assessment forms to the employee, and only the steps given', async () => {
    const take = setup(breakdown({ status: 'self_pending', selfScores: {} }, ['self']));
    await screen.findByText('工作纪律');
    expect(screen.queryByRole('button', { name: '确认考核' })).toBeNull();
    type(input(/^自评 discipline$/), '88');
    fireEvent.click(screen.getByRole('button', { name: /提交自评/ }));
    await waitFor(() => expect(take).toHaveBeenCalledTimes(1));
    expect(take).toHaveBeenCalledWith({ step: 'self', version: 3, scores: { discipline: 88 }, submit: true });
  });
});
