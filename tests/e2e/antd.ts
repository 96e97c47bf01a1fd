import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

/**
 * What a person does with antd's controls, by their visible labels: pick an option of a select
 * (typing to search it, as for a reference), type a date, read a field's error.
 */

/** The form item of the field labelled `label`. */
export function formItem(page: Page, label: string | RegExp): Locator {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.getByText(label, { exact: typeof label === 'string' }) });
}

/** Opens the select labelled `label`, types `search` when given, and clicks the option `option` (or the first one). */
export async function pick(
  page: Page,
  label: string,
  option?: string | RegExp,
  search?: string,
): Promise<void> {
  // The select's search input (a select may carry the same aria-label on its wrapper too).
  const box = page.getByLabel(label, { exact: true }).and(page.locator('input'));
  // Click the select itself: a chosen value covers its input.
  await box.locator('xpath=ancestor::div[contains(@class, "ant-select ")][1]').click();
  if (search) await page.keyboard.type(search);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const choice = option
    ? dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first()
    : dropdown.locator('.ant-select-item-option').first();
  await choice.click();
  // A multiple select stays open: close it so it does not cover the next field. Only then: in a
  // dialog, Escape would close the dialog itself.
  if ((await box.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
}

/** Types a date (YYYY-MM-DD) into the date picker labelled `label`. */
export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Replaces the value of the input labelled `label`. */
export async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill('');
  await input.fill(value);
}

/** Waits until the edit form shows the loaded record (the input labelled `label` is no longer empty). */
export async function waitForLoaded(page: Page, label: string): Promise<void> {
  // By label each time: the form may mount its controls again once the record arrives.
  await page.waitForFunction((text) => {
    const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
    const input = labelEl?.htmlFor
      ? (document.getElementById(labelEl.htmlFor) as HTMLInputElement | null)
      : null;
    return !!input && input.value !== '';
  }, label);
}

/** Clicks the page's save button and waits for the write to be answered. */
export async function save(page: Page, method: 'POST' | 'PATCH' | 'PUT' = 'POST'): Promise<number> {
  const answered = page.waitForResponse((r) => r.request().method() === method && r.url().includes('/api/'));
  await page
    .getByRole('button', { name: /保\s*存|Save/ })
    .first()
    .click();
  return (await answered).status();
}

/** A signed-in client of the API, to check what a journey wrote. */
export async function apiAs(baseURL: string, username: string) {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in of ${username}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async <T>(path: string): Promise<T> => {
    const r = await fetch(`${baseURL}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
    return (await r.json()) as T;
  };
}
