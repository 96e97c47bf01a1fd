// @vitest-environment jsdom
import './setup';
import { DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RowDeleteButton } from '../../src/crud/pages/RowDeleteButton';
import { ROW_ICONS } from '../../src/crud/pages/staticIcons';
import { crudText } from '../../src/crud/text';
import { renderCell } from '../../src/crud/widgets/render';
import type { EnumField } from '../../src/schema/fields';
import { fakeProvider, renderApp } from './harness';

const BRANCHES = [{ id: 1, name: '北京一院' }];
const THINGS = [
  { id: 11, code: 'A1', name: '甲', status: 'open', branchId: 1, active: true },
  { id: 12, code: 'A2', name: '乙', status: 'closed', branchId: 1, active: false },
];
const tables = () => ({ things: THINGS, branches: BRANCHES, people: [] });

async function listPage() {
  renderApp('/things', fakeProvider(tables()).provider);
  const t = await screen.findByRole('table');
  await within(t).findByText('甲');
  return t;
}

const location = () => screen.getByTestId('location').textContent ?? '';

/** A click as the browser dispatches it; `false` when a handler prevented the default. */
const click = (el: Element, init: MouseEventInit = {}) =>
  fireEvent(el, new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));

describe('list rows', () => {
  it('link the title, the reference names and the show / edit actions, navigating inside the app on a plain click', async () => {
    const t = await listPage();
    const title = within(t).getByRole('link', { name: '甲' });
    expect(title.getAttribute('href')).toBe('/things/show/11');
    const branch = (await within(t).findAllByRole('link', { name: '北京一院' }))[0];
    expect(branch.getAttribute('href')).toBe('/branches/show/1');
    const show = within(t).getByRole('link', { name: '查看 甲' });
    const edit = within(t).getByRole('link', { name: '编辑 甲' });
    expect([show.getAttribute('href'), show.getAttribute('title')]).toEqual(['/things/show/11', '查看 甲']);
    expect([edit.getAttribute('href'), edit.getAttribute('title')]).toEqual(['/things/edit/11', '编辑 甲']);

    // ctrl / cmd / shift and middle clicks are the browser's (a new tab or window): not prevented.
    expect(click(title, { ctrlKey: true })).toBe(true);
    expect(click(edit, { metaKey: true })).toBe(true);
    expect(click(branch, { shiftKey: true })).toBe(true);
    expect(click(show, { button: 1 })).toBe(true);
    expect(location()).toMatch(/^\/things(\?|$)/);

    expect(click(edit)).toBe(false);
    await waitFor(() => expect(location()).toBe('/things/edit/11'));
  });

  it('follow a reference name to its record', async () => {
    const t = await listPage();
    const branch = (await within(t).findAllByRole('link', { name: '北京一院' }))[0];
    expect(click(branch)).toBe(false);
    await waitFor(() => expect(location()).toBe('/branches/show/1'));
  });

  it('draw the action icons as antd does, each made once', () => {
    const pairs = [
      [ROW_ICONS.show, <EyeOutlined key="eye" />],
      [ROW_ICONS.edit, <EditOutlined key="edit" />],
      [ROW_ICONS.remove, <DeleteOutlined key="delete" />],
    ] as const;
    for (const [made, antd] of pairs) {
      const ours = render(made).container.innerHTML;
      expect(ours).toBe(render(antd).container.innerHTML);
      expect(ours).toMatch(/^<span role="img" aria-label="\w+" class="anticon anticon-\w+"><svg /);
    }
  });

  it('show enum tags wrapped in one element, and a blank as a dash hidden from screen readers', () => {
    const field: EnumField = {
      name: 'tags',
      type: 'enumList',
      label: { zh: '标签', en: 'Tags' },
      options: [
        { value: 'a', label: { zh: '甲', en: 'A' }, color: 'blue' },
        { value: 'b', label: { zh: '乙', en: 'B' } },
      ],
    };
    const { container } = render(<>{renderCell(field, ['a', 'b'], 'en')}</>);
    const holder = container.firstElementChild as HTMLElement;
    expect([...holder.children].map((c) => [c.className.includes('ant-tag'), c.textContent])).toEqual([
      [true, 'A'],
      [true, 'B'],
    ]);
    expect(holder.children[0].className).toContain('ant-tag-blue');
    expect([holder.style.display, holder.style.flexWrap, holder.style.rowGap]).toEqual([
      'inline-flex',
      'wrap',
      '4px',
    ]);
    const blank = render(<>{renderCell(field, [], 'en')}</>).container.firstElementChild as HTMLElement;
    expect([blank.textContent, blank.getAttribute('aria-hidden')]).toEqual(['—', 'true']);
  });
});

describe('a row delete button', () => {
  const t = crudText('zh');
  const setup = () => {
    const onConfirm = vi.fn();
    render(<RowDeleteButton title="甲" pending={false} onConfirm={onConfirm} t={t} />);
    return { onConfirm, button: screen.getByRole('button', { name: '删除 甲' }) };
  };
  const popover = () => document.querySelector('.ant-popconfirm');
  const shown = () => {
    const p = popover();
    return p !== null && !p.closest('.ant-popover')?.className.includes('ant-popover-hidden');
  };

  it('makes its confirm on the first click, keeping the same focused button', async () => {
    const { button, onConfirm } = setup();
    expect(popover()).toBeNull();
    button.focus();
    fireEvent.click(button);
    await screen.findByText(t.deleteConfirm);
    expect(shown()).toBe(true);
    expect(screen.getByRole('button', { name: '删除 甲' })).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(onConfirm).not.toHaveBeenCalled();

    const pop = popover()!.closest('.ant-popover') as HTMLElement;
    fireEvent.click(within(pop).getByRole('button', { name: /删\s*除/ }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(shown()).toBe(false));
  });

  it('closes on a second click of the button, on Escape and on a press elsewhere', async () => {
    const { button, onConfirm } = setup();
    fireEvent.click(button);
    await screen.findByText(t.deleteConfirm);
    // A press on the button is outside the confirm's anchor: in a browser antd's window listener
    // closes the confirm, and React re-renders, before the button's own mousedown handler runs
    // (the press on the body stands for that); the click that follows must not reopen it.
    fireEvent.pointerDown(button);
    fireEvent.mouseDown(document.body);
    await waitFor(() => expect(shown()).toBe(false));
    fireEvent.mouseDown(button);
    fireEvent.click(button, { detail: 1 });
    await waitFor(() => expect(shown()).toBe(false));

    // A press dragged off the button closes it without a click; it leaves nothing behind: the
    // next Enter (a click with detail 0) opens the confirm again.
    fireEvent.click(button);
    await waitFor(() => expect(shown()).toBe(true));
    fireEvent.pointerDown(button);
    fireEvent.mouseDown(document.body);
    await waitFor(() => expect(shown()).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(shown()).toBe(true));
    fireEvent.keyDown(button, { key: 'Escape' });
    await waitFor(() => expect(shown()).toBe(false));

    fireEvent.click(button);
    await waitFor(() => expect(shown()).toBe(true));
    act(() => {
      fireEvent.mouseDown(document.body);
    });
    await waitFor(() => expect(shown()).toBe(false));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('is busy while the server answers, its open confirm disabled', async () => {
    const onConfirm = vi.fn();
    const view = render(<RowDeleteButton title="甲" pending={false} onConfirm={onConfirm} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: '删除 甲' }));
    await screen.findByText(t.deleteConfirm);
    view.rerender(<RowDeleteButton title="甲" pending onConfirm={onConfirm} t={t} />);
    expect(screen.getByRole('button', { name: '删除 甲' }).className).toContain('ant-btn-loading');
    const pop = popover()!.closest('.ant-popover') as HTMLElement;
    expect((within(pop).getByRole('button', { name: /删\s*除/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
