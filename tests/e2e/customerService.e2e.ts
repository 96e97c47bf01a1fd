import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, pick, save, typeInto } from './antd';
import { startJourney } from './browser';

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
 * Customer-service staff register a complaint from a customer's file, walk it through its whole
 * lifecycle to closed, and see its history.
 */
describe('customer-service staff', () => {
  it('register a complaint and walk it to closed', async () => {
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
      await typeInto(page, '处理方式', '致歉并补约次日护理，赠送一次盆底肌评估');
    });
    await j.shot('complaint-resolved');
    await step(page, '回访结案', async () => {
      await typeInto(page, '处理满意度（1–5）', '5');
    });
    await j.shot('complaint-closed');

    const closed = await get<{ status: string; history: { to: string }[]; handlingSatisfaction: number }>(
      `/complaints/${id}`,
    );
    expect(closed.status).toBe('closed');
    expect(closed.handlingSatisfaction).toBe(5);
    expect(closed.history.map((h) => h.to)).toEqual([
      'received',
      'acknowledged',
      'investigating',
      'resolved',
      'closed',
    ]);

    await j.finish();
  });
});
