import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import type { ApiServer } from './server';
import { round } from './stats';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';

/**
 * Issue 8's "a large export never freezes the page", measured: the console's generic export of
 * a complaint list of more than 20,000 rows (a quarter of the bench year), in headless
 * Chromium, signed in. While it runs the page records how late a 50 ms timer fires (the
 * longest gap is the longest time the page could not answer a click) and the browser's long
 * tasks (PerformanceObserver 'longtask': main-thread work over 50 ms). The downloaded file is
 * re-read with exceljs and its rows counted against the API's total for the same filter.
 */
export interface ListExportResult {
  filter: string;
  apiTotal: number;
  fileRows: number;
  seconds: number;
  /** Longest gap between two ticks of a 50 ms timer on the page, while the export ran. */
  longestTimerGapMs: number;
  longTasks: { count: number; totalMs: number; longestMs: number };
  /** Distinct texts the progress indicator showed. */
  progressSteps: number;
}

/** January–March 2026 of the bench year, in Shanghai time: ~25,000 complaints. */
const FROM = '2026-01-01T00:00:00+08:00';
const TO = '2026-03-31T23:59:59+08:00';

/** The list page's URL with refine's synchronised filters (what a person's filter puts there). */
function listUrl(base: string): string {
  const q = new URLSearchParams({
    pageSize: '20',
    currentPage: '1',
    'sorters[0][field]': 'receivedAt',
    'sorters[0][order]': 'desc',
    'filters[0][field]': 'receivedAt',
    'filters[0][operator]': 'gte',
    'filters[0][value]': FROM,
    'filters[1][field]': 'receivedAt',
    'filters[1][operator]': 'lte',
    'filters[1][value]': TO,
  });
  return `${base}/complaints?${q.toString()}`;
}

interface Probe {
  gaps: number[];
  longTasks: number[];
  progress: string[];
}

export async function benchListExport(
  server: ApiServer,
  log: (line: string) => void,
): Promise<ListExportResult> {
  const filter = `receivedAt_gte=${encodeURIComponent(FROM)}&receivedAt_lte=${encodeURIComponent(TO)}`;
  const apiTotal = Number(
    (await server.get(`/complaints?${filter}&_start=0&_end=1`)).headers.get('X-Total-Count'),
  );
  const login = await fetch(`${server.api}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026' }),
  });
  const session = JSON.stringify(await login.json());

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
    });
    await context.addInitScript((s) => {
      localStorage.setItem('sq.lang', 'zh');
      sessionStorage.setItem('sq-console.session', s);
    }, session);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(listUrl(server.base));
    await page.locator('tr.ant-table-row').first().waitFor();
    const shownTotal = await page.locator('.ant-pagination-total-text').textContent();
    log(`  list open: ${shownTotal?.trim()} (API total ${apiTotal})`);

    // The probe: a 50 ms timer's gaps, long tasks, and the progress indicator's texts.
    await page.evaluate(() => {
      const probe: Probe = { gaps: [], longTasks: [], progress: [] };
      (window as unknown as { __probe: Probe }).__probe = probe;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        probe.gaps.push(now - last);
        last = now;
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        if (status && probe.progress.at(-1) !== status) probe.progress.push(status);
      }, 50);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });

    const started = performance.now();
    await page.getByRole('button', { name: /导\s*出/ }).click();
    const downloading = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByText('导出 Excel (.xlsx)').click();
    const download = await downloading;
    const file = await download.path();
    const seconds = (performance.now() - started) / 1000;
    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const fileRows = sheet ? sheet.actualRowCount - 1 : 0;
    const longest = probe.longTasks.reduce((m, d) => Math.max(m, d), 0);
    const result: ListExportResult = {
      filter,
      apiTotal,
      fileRows,
      seconds: round(seconds),
      longestTimerGapMs: round(probe.gaps.reduce((m, g) => Math.max(m, g), 0)),
      longTasks: {
        count: probe.longTasks.length,
        totalMs: round(probe.longTasks.reduce((s, d) => s + d, 0)),
        longestMs: round(longest),
      },
      progressSteps: probe.progress.length,
    };
    log(
      `  export of ${fileRows} rows (API ${apiTotal}) in ${result.seconds} s; longest timer gap ` +
        `${result.longestTimerGapMs} ms; long tasks ${result.longTasks.count}, ` +
        `${result.longTasks.totalMs} ms in all, longest ${result.longTasks.longestMs} ms`,
    );
    return result;
  } finally {
    await browser.close();
  }
}
