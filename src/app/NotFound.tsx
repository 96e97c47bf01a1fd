import { useTranslation } from '@refinedev/core';
import { Button, Result } from 'antd';
import { Link } from 'react-router';

/**
 * An address no route matches. Ours rather than refine's `ErrorComponent`: that one is part of
 * @refinedev/antd's single module and brings antd's Result into every page's load.
 */
export function NotFound() {
  const { translate } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={translate('pages.error.404')}
      extra={
        <Link to="/">
          <Button type="primary">{translate('pages.error.backHome')}</Button>
        </Link>
      }
    />
  );
}
