import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, pick, save, typeInto } from './antd';
import { startJourney, type Journey } from './browser';

type Get = Awaited<ReturnType<typeof apiAs>>;

interface FollowUp {
  id: number;
  staffId: number | null;
  dueOn: string;
  doneAt: string | null;
  result: string | null;
}

interface Template {
  id: number;
  scale: number;
  dimensions: { key: string; label: string }[];
  hasNps: boolean;
  active?: boolean;
}

const DAY = 86_400_000;
/** The Shanghai calendar day of an instant (UTC+8, no daylight saving). */
const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/** Clicks a lifecycle action on the complaint's page, fills its dialog, confirms, waits for the move. */
async function step(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  // antd spaces out a two-character Chinese label ("受 理")
  await page.getByRole('button', { name: new RegExp(`^${[...action].join('\\s*')}$`) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill();
  const answered = page.waitForResponse((r) => r.url().includes('/transitions'));
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  expect((await answered).status()).toBe(200);
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * On the due follow-ups page, the signed-in caller records one of their own calls due today (or,
 * when none is, overdue) as reached, in two clicks.
 */
async function recordDueFollowUp(j: Journey, get: Get): Promise<void> {
  const { page, baseURL } = j;
  const employeeId = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('sq-console.session') ?? '{}') as { user?: { employeeId?: number } })
        .user?.employeeId,
  );
  expect(employeeId).toEqual(expect.any(Number));
  const due = await get<{ dueToday: FollowUp[]; overdue: FollowUp[] }>(
    `/follow-ups/due?staffId=${employeeId}`,
  );
  const view = due.dueToday.length > 0 ? 'today' : 'overdue';
  const target = (view === 'today' ? due.dueToday : due.overdue)[0];
  if (!target) throw new Error(`the demo data has no follow-up due for employee ${employeeId}`);

  await page.goto(`${baseURL}/follow-ups?view=${view}`);
  const reached = page.getByRole('button', { name: `回访成功 · #${target.id}` });
  await reached.waitFor();
  await j.shot(`follow-ups-${view}`);
  await reached.click();
  const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  const answered = page.waitForResponse((r) => r.url().includes(`/follow-ups/${target.id}/record`));
  await confirm.getByRole('button', { name: /确\s*定/ }).click();
  expect((await answered).status()).toBe(200);
  await page.getByText('已记录：回访成功').first().waitFor();
  // Recorded, it leaves the list of calls to make, without a reload.
  await reached.waitFor({ state: 'detached' });
  await j.shot('follow-up-recorded');

  const done = await get<FollowUp>(`/follow-ups/${target.id}`);
  expect(done.result).toBe('reached');
  expect(done.doneAt).not.toBeNull();
}

/**
 * A survey response entered from the first active template (the form's default): a rating on
 * every dimension, the NPS answer when asked, branch, channel, customer and a comment.
 */
async function enterSurveyResponse(j: Journey, get: Get): Promise<void> {
  const { page, baseURL } = j;
  const templates = await get<Template[]>('/survey-templates');
  const template = templates.find((t) => t.active !== false);
  if (!template) throw new Error('the demo data has no active survey template');
  const scores: Record<string, number> = {};
  template.dimensions.forEach((d, i) => {
    scores[d.key] = template.scale === 5 ? [5, 4][i % 2] : [9, 8][i % 2];
  });

  await page.goto(`${baseURL}/survey-responses/create`);
  for (const d of template.dimensions) {
    const group = page.getByRole('group', { name: d.label, exact: true });
    if (template.scale === 5)
      await group
        .locator('.ant-rate-star')
        .nth(scores[d.key] - 1)
        .click();
    else await group.getByText(String(scores[d.key]), { exact: true }).click();
  }
  if (template.hasNps)
    await page
      .getByRole('group', { name: '您有多大可能向亲友推荐我们？' })
      .getByText('9', { exact: true })
      .click();
  await pick(page, '机构');
  await pick(page, '调查方式', '电话调查');
  await pick(page, '顾客');
  const comment = `护理师很耐心，预约改期通知再及时一些更好（E2E ${Date.now()}）`;
  await typeInto(page, '意见和建议', comment);
  await j.shot('survey-response-form');
  expect(await save(page)).toBe(201);
  await page.waitForURL(/\/survey-responses\/show\/\d+/);
  const id = Number(/show\/(\d+)/.exec(page.url())![1]);
  await page.getByText(comment).first().waitFor();
  await j.shot('survey-response-saved');

  const saved = await get<{
    templateId: number;
    scores: Record<string, number>;
    nps: number | null;
    channel: string;
    branchId: number;
    customerId: number | null;
    comment: string;
    valid: boolean;
  }>(`/survey-responses/${id}`);
  expect(saved).toMatchObject({ templateId: template.id, scores, channel: 'phone', comment, valid: true });
  expect(saved.nps).toBe(template.hasNps ? 9 : null);
  expect(saved.branchId).toEqual(expect.any(Number));
  expect(saved.customerId).toEqual(expect.any(Number));
}

/**
 * Customer-service staff register a complaint from a customer's file, walk it through its whole
 * lifecycle to closed (which schedules its follow-up visit), record a due follow-up visit's result
 * and enter a survey response.
 */
describe('customer-service staff', () => {
  it('register a complaint, walk it to closed, record a follow-up and a survey response', async () => {
    const j = await startJourney('customer-service', 'cs');
    const { page, baseURL } = j;
    const get = await apiAs(baseURL, 'admin');

    await page.goto(`${baseURL}/complaints/create`);
    await page.getByLabel('投诉渠道', { exact: true }).waitFor();
    await pick(page, '机构');
    await pick(page, '顾客档案');
    await pick(page, '投诉渠道', '投诉热线');
    await pick(page, '投诉类别');
    await pick(page, '严重程度', '一般');
    const description = `产后修复疗程第三次护理时间被临时取消，未提前通知（E2E ${Date.now()}）`;
    await typeInto(page, '投诉内容', description);
    await j.shot('complaint-form');
    expect(await save(page)).toBe(201);
    await page.waitForURL(/\/complaints\/show\/\d+/);
    const id = Number(/show\/(\d+)/.exec(page.url())![1]);
    const created = await get<{ complaintNo: string; status: string; resolveDueAt: string }>(
      `/complaints/${id}`,
    );
    expect(created.complaintNo).toMatch(/^TS-[A-Z0-9]+-\d{6}-\d{4}$/);
    expect(created.status).toBe('received');
    await page.getByText(created.complaintNo).first().waitFor();
    await j.shot('complaint-received');

    await step(page, '受理');
    await step(page, '开始调查');
    await step(page, '处理完成', async () => {
      await typeInto(page, '原因分析', '排班系统调整后未同步通知顾客');
      await pick(page, '处理方式', '重新服务');
    });
    await j.shot('complaint-resolved');
    await step(page, '回访结案', async () => {
      await typeInto(page, '处理满意度（1–5）', '5');
    });
    await j.shot('complaint-closed');

    const closed = await get<{
      status: string;
      history: { to: string }[];
      handlingSatisfaction: number;
      resolvedAt: string;
      resolution: string;
    }>(`/complaints/${id}`);
    expect(closed.status).toBe('closed');
    expect(closed.handlingSatisfaction).toBe(5);
    expect(closed.resolution).toBe('re_service');
    expect(closed.history.map((h) => h.to)).toEqual([
      'received',
      'acknowledged',
      'investigating',
      'resolved',
      'closed',
    ]);

    // The resolved complaint has its follow-up visit, due the day after it was resolved.
    const own = await get<FollowUp[]>(`/follow-ups?subjectType=complaint&subjectId=${id}`);
    expect(own).toHaveLength(1);
    expect(own[0].doneAt).toBeNull();
    expect(own[0].dueOn).toBe(nextDay(shanghaiDay(closed.resolvedAt)));

    await recordDueFollowUp(j, get);
    await enterSurveyResponse(j, get);

    await j.finish();
  }, 600_000);
});
