import { describe, expect, it } from 'vitest';
import { changeLang, i18nProvider, initI18n } from '../../src/i18n';

describe("refine's translations", () => {
  it('name a resource by its label in success messages, in both languages', async () => {
    initI18n('zh');
    await changeLang('zh');
    const resource = i18nProvider.translate('employees.employees', 'employee');
    expect(resource).toBe('员工');
    expect(i18nProvider.translate('notifications.createSuccess', { resource })).toBe('已新建 员工');
    await changeLang('en');
    expect(i18nProvider.translate('complaint-deadlines.complaint-deadlines', 'complaint-deadline')).toBe(
      'Complaint deadlines',
    );
  });

  it('take the second argument as the fallback when refine passes a string there', async () => {
    initI18n('zh');
    await changeLang('zh');
    expect(i18nProvider.translate('no.such.key', 'fallback')).toBe('fallback');
    expect(i18nProvider.translate('no.such.key', {}, 'other')).toBe('other');
  });
});
