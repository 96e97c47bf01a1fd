import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import { apiAs, pick } from './antd';
import { startJourney } from './browser';

interface Summary {
  responses: number;
  valid: number;
  excluded: number;
  composite: number | null;
  csat: number | null;
}

interface SatisfactionJson {
  overall: Summary;
  byChannel: (Summary & { channel: string })[];
  lowScores: { responseId: number }[];
}

interface Branch {
  id: number;
  code: string;
  name: string;
}

/** A month `n` months before `month` (YYYY-MM). */
function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

const score = (v: number | null) =>
  v === null ? '—' : v.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (v: number | null) =>
  v === null
    ? '—'
    : v.toLocaleString('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Waits until the headline figure `key` (valid, excluded…) shows `value`. */
async function headlineShows(page: Page, key: string, value: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId(`headline-${key}`).textContent(), { timeout: 60_000, interval: 500 })
    .toBe(value);
}

/**
 * A quality supervisor reads the satisfaction dashboard of one branch and month, checks a chart's
 * tooltip against the report's json, drills into the low-score list, rules one response invalid
 * and sees the valid and excluded counts move as the json says.
 */
describe('quality supervisor', () => {
  it('filters the satisfaction dashboard, reads a tooltip, marks a low score invalid', async () => {
    const j = await startJourney('quality', 'quality');
    const { page, baseURL } = j;
    const get = await apiAs(baseURL, 'quality');

    // A branch and a month (not the dashboard's default one when possible) with a low score.
    const branches = await get<Branch[]>('/branches');
    const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const defaultMonth = monthsBack(thisMonth, 1);
    const candidates = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1].map((n) => monthsBack(thisMonth, n));
    let chosen: { branch: Branch; month: string; before: SatisfactionJson } | undefined;
    for (const month of candidates) {
      if (chosen) break;
      for (const branch of branches) {
        const json = await get<SatisfactionJson>(
          `/reports/satisfaction?month=${month}&branch=${branch.code}`,
        );
        if (json.lowScores.length > 0) {
          chosen = { branch, month, before: json };
          break;
        }
      }
    }
    if (!chosen) throw new Error('the demo data has no low-score response in the last twelve months');
    const { branch, month, before } = chosen;
    const query = `month=${month}&branch=${branch.code}`;

    await page.goto(`${baseURL}/dashboards/satisfaction`);
    await page.getByTestId('headline-valid').waitFor();
    await j.shot('dashboard-default');

    // Filter: the month typed into the month picker, the branch picked from its select.
    if (month !== defaultMonth) {
      const picker = page.getByLabel('月份', { exact: true });
      await picker.click();
      await picker.fill(month);
      await picker.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('month') === month);
    }
    await pick(page, '机构', `${branch.code} ${branch.name}`);
    // Both filters stay: the branch chosen right after the month must not drop the month.
    await page.waitForURL(
      (url) => url.searchParams.get('branch') === branch.code && url.searchParams.get('month') === month,
    );
    await headlineShows(page, 'valid', String(before.overall.valid));
    await headlineShows(page, 'excluded', String(before.overall.excluded));
    await j.shot('dashboard-filtered');

    // The channel comparison's top bar (best composite first): its tooltip gives the json's figures.
    const chart = page.getByRole('figure', { name: '调查方式对比' });
    await chart.locator('.recharts-bar-rectangle').first().hover();
    const tip = chart.locator('.recharts-tooltip-wrapper [role="tooltip"]');
    await tip.waitFor();
    const tipText = (await tip.innerText()).replace(/\s+/g, ' ');
    const top = [...before.byChannel]
      .filter((c) => c.responses > 0)
      .sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1))[0];
    const channelName = SURVEY_CHANNELS.find((o) => o.value === top.channel)?.label.zh ?? top.channel;
    expect(tipText).toContain(channelName);
    expect(tipText).toContain(`综合满意度: ${score(top.composite)}`);
    expect(tipText).toContain(`CSAT 满意率: ${percent(top.csat)}`);
    expect(tipText).toContain(`有效答卷: ${top.valid}`);
    await j.shot('chart-tooltip');

    // The low-score list, and one of its responses.
    await page.getByRole('link', { name: '查看列表' }).click();
    const lowCard = page.locator('#low-scores');
    const target = before.lowScores[0].responseId;
    await lowCard.getByTestId(`low-overall-${target}`).waitFor();
    await lowCard.scrollIntoViewIfNeeded();
    await j.shot('low-scores');
    await lowCard
      .locator('tr', { has: page.getByTestId(`low-overall-${target}`) })
      .getByRole('link', { name: '查看答卷' })
      .click();
    await page.waitForURL(new RegExp(`/survey-responses/show/${target}$`));
    await page.getByText('有效答卷，计入统计').waitFor();
    await j.shot('response');

    // Ruled invalid, with a reason.
    await page.getByRole('button', { name: '标为无效' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('随意作答', { exact: true }).click();
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes(`/survey-responses/${target}`),
    );
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    expect((await answered).status()).toBe(200);
    await page.getByText('无效答卷，不计入统计：随意作答').waitFor();
    await j.shot('response-invalid');
    const ruled = await get<{ valid: boolean; invalidReason: string }>(`/survey-responses/${target}`);
    expect(ruled).toMatchObject({ valid: false, invalidReason: 'careless' });

    // Back on the dashboard, the figures have moved as the json says.
    const after = await get<SatisfactionJson>(`/reports/satisfaction?${query}`);
    expect(after.overall.valid).toBe(before.overall.valid - 1);
    expect(after.overall.excluded).toBe(before.overall.excluded + 1);
    expect(after.lowScores.map((l) => l.responseId)).not.toContain(target);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/dashboards/satisfaction');
    expect(new URL(page.url()).searchParams.get('branch')).toBe(branch.code);
    await headlineShows(page, 'valid', String(after.overall.valid));
    await headlineShows(page, 'excluded', String(after.overall.excluded));
    await headlineShows(page, 'low', String(after.lowScores.length));
    await j.shot('dashboard-after');

    await j.finish();
  }, 600_000);
});
