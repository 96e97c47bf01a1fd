import { beforeAll, describe, expect, it } from 'vitest';
import { generateDatabase } from '../../mock-api/seed/generate';
import type { SeedDatabase } from '../../mock-api/seed/serialize';
import {
  DEFAULT_APPRAISAL_RULES,
  DEFAULT_APPRAISAL_SETTINGS,
  MONTHLY_AWARD_AMOUNTS,
} from '../../src/domain/defaults';

/**
 * DOMAIN §5.1's table, typed again by hand from the spec (not from defaults.ts): code →
 * [points, escalation threshold / individual / collective, money individual ¥ / collective ¥ /
 * individual % / collective %].
 */
const SPEC: Record<
  string,
  [number, [number, number, number] | null, [number, number, number, number] | null]
> = {
  L01: [1, null, null],
  L02: [1, null, null],
  L03: [-2, null, null],
  L04: [-2, null, null],
  L05: [-2, null, null],
  L06: [1, null, null],
  L07: [1, null, null],
  L08: [-2, null, null],
  L09: [-2, null, null],
  L10: [-2, null, null],
  L11: [2, null, null],
  L12: [-5, null, null],
  S01: [-2, [2, -5, -5], null],
  S02: [-2, [2, -5, -5], null],
  S03: [-2, [2, -5, -5], null],
  S04: [-2, [2, -5, -5], null],
  S05: [-2, [2, -5, -5], null],
  S06: [-2, [2, -5, -5], null],
  S07: [-8, [3, -12, -12], null],
  D01: [-2, [3, -5, -5], null],
  D02: [-2, [3, -5, -5], null],
  D03: [-2, [3, -5, -5], null],
  D04: [-2, [3, -5, -5], null],
  P01: [6, null, null],
  C01: [0, null, [15, 0, 0, 0]],
  C02: [0, null, [1, 0, 0, 0]],
  C03: [0, null, [10, 5, 0, 0]],
  C04: [0, null, [0.5, 0.5, 0, 0]],
  C05: [0, null, [0, 0, 2, 1]],
};

describe('§5.1 default rules', () => {
  it('has exactly the 29 codes of the spec, all active', () => {
    expect(DEFAULT_APPRAISAL_RULES.map((r) => r.code).sort()).toEqual(Object.keys(SPEC).sort());
    expect(DEFAULT_APPRAISAL_RULES.every((r) => r.active)).toBe(true);
  });

  it.each(Object.entries(SPEC))(
    '%s has the spec’s points, escalation and money',
    (code, [points, esc, money]) => {
      const rule = DEFAULT_APPRAISAL_RULES.find((r) => r.code === code);
      expect(rule?.points).toBe(points);
      expect(rule?.escalation).toEqual(
        esc && { threshold: esc[0], individualPoints: esc[1], collectivePoints: esc[2] },
      );
      expect(rule?.money).toEqual(
        money && {
          individualYuan: money[0],
          collectiveYuan: money[1],
          individualPercent: money[2],
          collectivePercent: money[3],
        },
      );
    },
  );

  it('L rules are the leader’s; S and D01–D03 the members’; categories follow the table', () => {
    for (const r of DEFAULT_APPRAISAL_RULES) {
      if (r.code.startsWith('L')) expect(r.appliesTo).toBe('leader');
      if (r.code.startsWith('S') || ['D01', 'D02', 'D03'].includes(r.code))
        expect(r.appliesTo).toBe('member');
      const category = {
        L: r.code <= 'L10' ? 'record_keeping' : 'spot_check',
        S: 'service_standard',
        D: 'discipline',
        P: 'praise',
        C: 'conversion',
      }[r.code[0]];
      expect(r.category).toBe(category);
    }
  });

  it('settings and award amounts are the spec’s', () => {
    expect(DEFAULT_APPRAISAL_SETTINGS).toEqual({
      pointValueYuan: 1,
      collectivePointsMode: 'each_member',
      collectiveMoneyMode: 'split_equally',
      fullAttendanceBonus: 30,
      fullAttendanceRuleCode: 'D04',
      leaderAllowance: 200,
    });
    expect(MONTHLY_AWARD_AMOUNTS).toEqual({ 1: 150, 2: 100, 3: 50 });
  });
});

type SeededRule = {
  id: number;
  code: string;
  points: number;
  escalation: { threshold: number; individualPoints: number; collectivePoints: number } | null;
  money: {
    individualYuan: number;
    collectiveYuan: number;
    individualPercent: number;
    collectivePercent: number;
  } | null;
  active: boolean;
};

describe('the demo database as seeded carries the spec’s rules and settings', () => {
  let db: SeedDatabase;
  beforeAll(() => {
    db = generateDatabase({ size: 'demo', today: '2026-11-18' });
  });

  it.each(Object.entries(SPEC))('%s is seeded with the spec’s values', (code, [points, esc, money]) => {
    const rule = (db['appraisal-rules'] as SeededRule[]).find((r) => r.code === code);
    expect(rule).toBeDefined();
    expect(rule?.active).toBe(true);
    expect(rule?.points).toBe(points);
    expect(rule?.escalation ?? null).toEqual(
      esc && { threshold: esc[0], individualPoints: esc[1], collectivePoints: esc[2] },
    );
    // Money amounts a rule does not name are 0 in the seed; the spec's table leaves them blank.
    expect(rule?.money ?? null).toEqual(
      money && {
        individualYuan: money[0],
        collectiveYuan: money[1],
        individualPercent: money[2],
        collectivePercent: money[3],
      },
    );
  });

  it('seeds 29 rules with unique codes and the one settings record of the spec', () => {
    const rules = db['appraisal-rules'] as SeededRule[];
    expect(rules).toHaveLength(29);
    expect(new Set(rules.map((r) => r.code)).size).toBe(29);
    expect(db['appraisal-settings']).toEqual([
      {
        id: 1,
        pointValueYuan: 1,
        collectivePointsMode: 'each_member',
        collectiveMoneyMode: 'split_equally',
        fullAttendanceBonus: 30,
        fullAttendanceRuleCode: 'D04',
        leaderAllowance: 200,
      },
    ]);
  });

  it('gives awards of 150 / 100 / 50 by rank when the seed names an amount', () => {
    const byRank: Record<number, number> = { 1: 150, 2: 100, 3: 50 };
    const awards = db['monthly-awards'] as { rank: number; amount: number | null }[];
    expect(awards.length).toBeGreaterThan(0);
    for (const a of awards) if (a.amount !== null) expect(a.amount).toBe(byRank[a.rank]);
  });
});
