// @vitest-environment jsdom
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderNotificationsHost } from './notificationsHost';

const notices = () => [...document.querySelectorAll('.ant-notification-notice')];

describe('console notifications (antd notification, loaded with the first one)', () => {
  it('loads nothing until a notification is opened', () => {
    renderNotificationsHost();
    expect(document.querySelector('.ant-notification')).toBeNull();
  });

  it('shows one opened before its code arrived, then later ones, with refine’s message as the text', async () => {
    const provider = renderNotificationsHost();
    act(() => provider.open?.({ key: 'a', type: 'success', message: '已保存', description: '成功' }));
    await waitFor(() => expect(screen.getByText('已保存')).toBeTruthy());
    expect(document.querySelector('.ant-notification-notice-success')).not.toBeNull();
    // description becomes the title line, message the body, as before
    expect(document.querySelector('.ant-notification-notice-message')?.textContent).toBe('成功');
    expect(document.querySelector('.ant-notification-notice-description')?.textContent).toBe('已保存');
    act(() => provider.open?.({ key: 'b', type: 'error', message: '失败了' }));
    await waitFor(() => expect(screen.getByText('失败了')).toBeTruthy());
    expect(notices()).toHaveLength(2);
  });

  it('drops one closed before its code arrived, and closes a shown one by its key', async () => {
    const provider = renderNotificationsHost();
    act(() => {
      provider.open?.({ key: 'gone', type: 'success', message: '不应出现' });
      provider.close?.('gone');
      provider.open?.({ key: 'kept', type: 'success', message: '保留' });
    });
    await waitFor(() => expect(screen.getByText('保留')).toBeTruthy());
    expect(screen.queryByText('不应出现')).toBeNull();
    act(() => provider.close?.('kept'));
    await waitFor(() =>
      expect(notices().filter((n) => !n.closest('.ant-notification-fade-leave'))).toHaveLength(0),
    );
  });

  it('offers undo on an undoable countdown: the button cancels the mutation', async () => {
    const provider = renderNotificationsHost();
    const cancelMutation = vi.fn();
    act(() =>
      provider.open?.({
        key: 'u',
        type: 'progress',
        message: '5 秒后删除',
        cancelMutation,
        undoableTimeout: 5,
      }),
    );
    const undo = await screen.findByRole('button', { name: '撤销' });
    fireEvent.click(undo);
    expect(cancelMutation).toHaveBeenCalledTimes(1);
  });
});
