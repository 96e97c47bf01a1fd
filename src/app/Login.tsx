import { useLogin } from '@refinedev/core';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { AUTH_TEXT } from '../i18n/strings/auth';
import { useLang } from '../i18n/lang';
import { LanguageSwitch } from './LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

/** The sign-in page, in both languages: the backend's message (wrong password, too many attempts) is shown as it comes. */
export function Login() {
  const lang = useLang();
  const t = AUTH_TEXT[lang];
  const [failure, setFailure] = useState<string | null>(null);
  const { mutate: login, isPending } = useLogin<Credentials>();

  const onFinish = (values: Credentials) => {
    setFailure(null);
    login(values, {
      onSuccess: (result) => {
        if (!result.success) setFailure(result.error?.message ?? t.failed);
      },
    });
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f7f2f5',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {t.title}
            </Typography.Title>
            <LanguageSwitch />
          </Space>
          {failure && <Alert type="error" showIcon message={t.failed} description={failure} role="alert" />}
          <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={isPending}>
            <Form.Item
              label={t.username}
              name="username"
              rules={[{ required: true, whitespace: true, message: t.usernameRequired }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t.password}
              name="password"
              rules={[{ required: true, message: t.passwordRequired }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending}>
              {isPending ? t.signingIn : t.signIn}
            </Button>
          </Form>
          <Typography.Text type="secondary">{t.demoHint}</Typography.Text>
        </Space>
      </Card>
    </main>
  );
}
