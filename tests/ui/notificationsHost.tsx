import { StyleProvider } from '@ant-design/cssinjs';
import type { NotificationProvider } from '@refinedev/core';
import { render } from '@testing-library/react';
import { NotificationsHost, useConsoleNotifications } from '../../src/app/notifications';

/** Renders the console's notifications host and returns the provider refine would get from it. */
export function renderNotificationsHost(): NotificationProvider {
  let provider: NotificationProvider | undefined;
  function Probe() {
    provider = useConsoleNotifications();
    return null;
  }
  render(
    <StyleProvider mock="server">
      <NotificationsHost>
        <Probe />
      </NotificationsHost>
    </StyleProvider>,
  );
  if (!provider) throw new Error('the provider was not rendered');
  return provider;
}
