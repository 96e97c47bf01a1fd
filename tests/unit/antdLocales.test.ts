import { describe, expect, it } from 'vitest';
import { ANTD_LOCALES } from '../../src/i18n/antdLocales';

describe('antd locales', () => {
  it('hands antd the locale objects themselves, so pickers and pagination follow the language', () => {
    expect(ANTD_LOCALES.zh.locale).toBe('zh-cn');
    expect(ANTD_LOCALES.zh.DatePicker?.lang.placeholder).toBe('请选择日期');
    expect(ANTD_LOCALES.en.locale).toBe('en');
    expect(ANTD_LOCALES.en.DatePicker?.lang.placeholder).toBe('Select date');
  });
});
