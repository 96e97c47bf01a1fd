// @vitest-environment jsdom
import './setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS } from '../../src/app/PlainNotices';
import { PageSlot } from '../../src/app/PageSlot';
import { RowDeleteButton } from '../../src/crud/pages/RowDeleteButton';
import { crud } from '../../src/i18n/strings/crud';
import { renderNotificationsHost } from './notificationsHost';

// Code loaded on demand that cannot be fetched (the network failing, a release replaced it).
vi.mock('../../src/app/notifier', () => {
  throw new TypeError('Failed to fetch dynamically imported module: notifier.js');
});
vi.mock('../../src/crud/pages/RowDeleteConfirm', () => {
  throw new TypeError('Failed to fetch dynamically imported module: RowDeleteConfirm.js');
});

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: page.js'));

// React reports each error a boundary catches on the console; here they are the point.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('code that cannot be loaded leaves the console working', () => {
  it('a page says so and offers a reload; the next page tries again', async () => {
    const Broken = lazy(offline);
    const Fine = () => <p>next page</p>;
    const { rerender } = render(
      <PageSlot resetKey="/complaints">
        <Broken />
      </PageSlot>,
    );
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', crud.zh.pageLoadFailed);
    expect(screen.getByRole('button', { name: crud.zh.reload })).toBeTruthy();
    rerender(
      <PageSlot resetKey="/employees">
        <Fine />
      </PageSlot>,
    );
    expect(screen.getByText('next page')).toBeTruthy();
  });

  it('notifications show as plain boxes with their words, undo and close', async () => {
    const provider = renderNotificationsHost();
    const cancel = vi.fn();
    act(() =>
      provider.open?.({ key: 'e', type: 'error', message: '无法连接服务器', description: '保存失败' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('保存失败');
    expect(alert.textContent).toContain('无法连接服务器');
    act(() =>
      provider.open?.({
        key: 'u',
        type: 'progress',
        message: '5 秒后删除',
        cancelMutation: cancel,
        undoableTimeout: 5,
      }),
    );
    // refine re-opens an undoable notice each second under the same key: it is replaced, not added.
    act(() =>
      provider.open?.({
        key: 'u',
        type: 'progress',
        message: '4 秒后删除',
        cancelMutation: cancel,
        undoableTimeout: 4,
      }),
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('4 秒后删除');
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: crud.zh.closeNotice }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a plain notice closes by itself after 4.5 s, not while pointed at or focused; a countdown stays', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const provider = renderNotificationsHost();
      act(() => provider.open?.({ key: 's', type: 'success', message: '已保存' }));
      act(() => provider.open?.({ key: 'e', type: 'error', message: '保存失败' }));
      await screen.findByRole('status');
      const box = screen.getByRole('alert').parentElement!;
      fireEvent.pointerEnter(box);
      act(() => vi.advanceTimersByTime(NOTICE_MS + 100));
      expect(screen.queryByRole('status')).toBeNull();
      expect(screen.getByRole('alert').textContent).toContain('保存失败');
      // Counted again from the start once the pointer leaves.
      fireEvent.pointerLeave(box);
      act(() => vi.advanceTimersByTime(NOTICE_MS - 200));
      expect(screen.getByRole('alert')).toBeTruthy();
      // Focus in it (its close button, by keyboard) holds it too.
      fireEvent.focus(screen.getByRole('button', { name: crud.zh.closeNotice }));
      act(() => vi.advanceTimersByTime(NOTICE_MS * 2));
      expect(screen.getByRole('alert')).toBeTruthy();
      fireEvent.blur(screen.getByRole('button', { name: crud.zh.closeNotice }));
      act(() => vi.advanceTimersByTime(NOTICE_MS + 100));
      expect(screen.queryByRole('alert')).toBeNull();
      // An undoable change's countdown is refine's to close.
      act(() => provider.open?.({ key: 'u', type: 'progress', message: '5 秒后删除', undoableTimeout: 5 }));
      act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
      expect(screen.getByRole('status').textContent).toContain('5 秒后删除');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a row’s delete asks with the browser’s own confirm, and deletes only when confirmed', async () => {
    const onConfirm = vi.fn();
    const ask = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<RowDeleteButton title="TS-1" pending={false} onConfirm={onConfirm} t={crud.zh} />);
    const button = screen.getByRole('button', { name: /TS-1/ });
    fireEvent.click(button);
    await waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    expect(ask).toHaveBeenCalledWith(crud.zh.deleteConfirm);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    ask.mockRestore();
  });
});
