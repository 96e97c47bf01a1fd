// @vitest-environment jsdom
import './setup';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TextField } from '../../src/schema/fields';
import { formatDecimal, formatMoney, formatPercent } from '../../src/crud/widgets/format';
import { textWidget } from '../../src/crud/widgets/text';

const field = (type: 'text' | 'longText'): TextField =>
  ({ name: 'note', type, label: { zh: '备注', en: 'Note' } }) as TextField;

describe('list cells', () => {
  it('cut a long text to one line, keeping the whole text as its title and in the page', () => {
    const text = '客户反映产后修复疗程第三次护理后腹部仍有不适，希望安排主管回访并调整方案。'.repeat(3);
    const { container } = render(<textWidget.Cell field={field('longText')} value={text} />);
    const span = container.querySelector('span')!;
    expect(span.getAttribute('title')).toBe(text);
    expect(span.textContent).toBe(text);
    expect(span.style.textOverflow).toBe('ellipsis');
    expect(span.style.whiteSpace).toBe('nowrap');
  });

  it('show a short text as it is', () => {
    const { container } = render(<textWidget.Cell field={field('text')} value="王女士" />);
    expect(container.innerHTML).toBe('王女士');
  });

  it('format numbers the same on every call (the formats are made once and kept)', () => {
    for (let i = 0; i < 3; i++) {
      expect(formatMoney(1234.5)).toBe('¥1,234.50');
      expect(formatMoney(-5)).toBe('-¥5.00');
      expect(formatPercent(0.125)).toBe('12.5%');
      expect(formatDecimal(1234.56789)).toBe('1,234.5679');
      expect(formatDecimal(1234.56789, 1)).toBe('1,234.6');
      expect(formatDecimal(7, 2)).toBe('7');
    }
  });
});
