import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startJourney } from './browser';

/** How far the page itself scrolls sideways (0 when everything fits the window's width). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The controls of the page (buttons, inputs, links) whose box ends right of the window. */
async function controlsOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'header button, main button, main input, h1, h2',
    )) {
      // Inside a table that scrolls on its own, a cell's control may be to the right: that is the table's scroll.
      if (el.closest('.ant-table-content, .ant-table-body')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1)
        out.push(
          `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 20)}" ends at ${Math.round(box.right)}`,
        );
    }
    return out;
  });
}

/** The element that has the keyboard focus, as "TAG role name". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return `${el.tagName} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? ''}`;
  });
}

/**
 * Waits for every spinner to stop, with the pointer parked on the page's title: a tablet has no
 * hover, and a pointer left over the folded menu would open its flyout in the screenshots.
 */
async function settle(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1024, height: 768 };
  await page.mouse.move(size.width - 10, size.height - 10);
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
}

async function expectFits(page: Page): Promise<void> {
  await settle(page);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await controlsOutOfView(page)).toEqual([]);
}

/**
 * Customer-service staff on a tablet: in landscape (1024×768) the menu starts folded to icons
 * and the complaint list, a complaint and the new-complaint form fit the width (a wide table
 * scrolls inside itself, never the page); the command palette is opened and used with the
 * keyboard alone; turned to portrait (768×1024) the same pages still fit.
 */
describe('customer service on a tablet', () => {
  it('works in landscape and portrait, and by keyboard', async () => {
    const j = await startJourney('tablet', 'cs', { viewport: { width: 1024, height: 768 } });
    const { page, baseURL } = j;

    await page.goto(`${baseURL}/complaints`);
    await page.locator('tr.ant-table-row').first().waitFor();
    await expect.poll(() => page.locator('.ant-layout-sider-collapsed').count()).toBe(1);
    await expectFits(page);
    // The list scrolls sideways inside its own container when its columns are wider than the window.
    const table = await page
      .locator('.ant-table-content, .ant-table-body')
      .first()
      .evaluate((el) => ({
        scrolls: el.scrollWidth > el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
      }));
    if (table.scrolls) expect(['auto', 'scroll']).toContain(table.overflowX);
    // antd's styles of the page come from the build's stylesheet (vite.config.ts): its style
    // runtime wrote only the few the sheet lacks (3 here; 46 without the sheet).
    expect(await page.locator('link[rel="stylesheet"][href*="/assets/antd-"]').count()).toBe(1);
    expect(await page.locator('style[data-css-hash]').count()).toBeLessThan(15);
    await j.shot('landscape-complaint-list');

    // The keyboard alone: Ctrl+K, type, Enter opens the follow-up list.
    await page.locator('body').click({ position: { x: 600, y: 5 } });
    await page.keyboard.press('Control+K');
    await expect.poll(() => focused(page)).toMatch(/^INPUT combobox/);
    await page.keyboard.type('回访');
    await j.shot('landscape-palette');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/follow-ups/);
    await page.locator('tr.ant-table-row, .ant-empty').first().waitFor();
    await expect.poll(() => page.title()).toMatch(/回访/);
    await expectFits(page);
    await j.shot('landscape-follow-ups');

    // A complaint's page and the new-complaint form.
    await page.goto(`${baseURL}/complaints`);
    const firstNo = page.locator('tr.ant-table-row').first().locator('a').first();
    await firstNo.click();
    await page.waitForURL(/\/complaints\/show\/\d+/);
    await page
      .locator('.ant-descriptions-item-content')
      .filter({ hasText: /TS-[A-Z0-9]+-\d{6}-\d{4}/ })
      .first()
      .waitFor();
    await expectFits(page);
    await j.shot('landscape-complaint');
    await page.goto(`${baseURL}/complaints/create`);
    await page.locator('form').first().waitFor();
    await expectFits(page);
    await j.shot('landscape-complaint-form');

    // Turned to portrait.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${baseURL}/complaints`);
    await page.locator('tr.ant-table-row').first().waitFor();
    await expectFits(page);
    await j.shot('portrait-complaint-list');
    await page.goto(`${baseURL}/complaints/create`);
    await page.locator('form').first().waitFor();
    await expectFits(page);
    await j.shot('portrait-complaint-form');
    await page.goto(`${baseURL}/survey-responses`);
    await page.locator('tr.ant-table-row, .ant-empty').first().waitFor();
    await expectFits(page);
    await j.shot('portrait-survey-responses');

    await j.finish();
  });
});
