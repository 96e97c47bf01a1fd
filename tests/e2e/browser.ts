import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';

/**
 * A journey's browser: Debian's Chromium driven by playwright-core, signed in through the login
 * page as one role. It records every console error, uncaught exception and failed request
 * (status ≥ 400 or no answer) so `finish()` can fail the journey on any of them, and saves
 * numbered screenshots under tests/output/e2e/<journey>/.
 */

export const DEMO_PASSWORD = 'Demo@2026';

export interface Journey {
  page: Page;
  baseURL: string;
  /** Saves `NN-label.png` of the page as it is now. */
  shot(label: string): Promise<void>;
  /** Problems seen so far (console errors, page errors, failed requests). */
  problems: string[];
  /** Closes the browser; throws when a problem was seen. */
  finish(): Promise<void>;
}

export interface JourneyOptions {
  lang?: 'zh' | 'en';
  viewport?: { width: number; height: number };
  /** Requests the journey provokes on purpose (a refused save), as `METHOD path-substring status`. */
  expectedFailures?: string[];
}

export async function startJourney(
  name: string,
  username: string,
  options: JourneyOptions = {},
): Promise<Journey> {
  const baseURL = inject('baseURL');
  const dir = resolve('tests/output/e2e', name);
  mkdirSync(dir, { recursive: true });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    acceptDownloads: true,
    locale: options.lang === 'en' ? 'en-US' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript((lang) => localStorage.setItem('sq.lang', lang), options.lang ?? 'zh');
  // Generous: a loaded CI machine can take a while over a full-page screenshot or a first build.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const problems: string[] = [];
  const expected = options.expectedFailures ?? [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A download or a navigation cut short by the next one is not a failure of the product.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${r.method()} ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() < 400) return;
    const line = `${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`;
    if (!expected.some((e) => matches(line, e))) problems.push(`HTTP ${line}`);
  });

  let count = 0;
  const journey: Journey = {
    page,
    baseURL,
    problems,
    async shot(label) {
      count += 1;
      await page.screenshot({
        path: join(dir, `${String(count).padStart(2, '0')}-${label}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    },
    async finish() {
      await browser.close();
      if (problems.length) throw new Error(`${name}: ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
  await signIn(page, baseURL, username, options.lang ?? 'zh');
  return journey;
}

function matches(line: string, expected: string): boolean {
  const [method, path, status] = expected.split(' ');
  const [m, p, s] = line.split(' ');
  return m === method && p.includes(path) && s === status;
}

/** Signs in through the login page, as a person would. */
async function signIn(page: Page, baseURL: string, username: string, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel(lang === 'en' ? 'Username' : '登录名').fill(username);
  await page.getByLabel(lang === 'en' ? 'Password' : '密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
