import { HomeOutlined } from '@ant-design/icons';
import { Link, matchResourceFromRoute, useBreadcrumb, useResourceParams } from '@refinedev/core';
import { Fragment } from 'react';
import { usePageFrameText } from './PageFrameText';

/**
 * Where the page sits (menu group › resource › action), from refine's breadcrumb data as its
 * antd breadcrumb showed it — but as a plain navigation list (no antd Breadcrumb, no dropdown
 * code): the last crumb is the current page, the separators are hidden from screen readers.
 */
export function PageFrameBreadcrumb() {
  const { breadcrumbs } = useBreadcrumb();
  const { resources } = useResourceParams();
  const text = usePageFrameText();
  // A lone crumb repeats the title: shown from two on, as refine did.
  if (breadcrumbs.length < 2) return null;
  const home = matchResourceFromRoute('/', resources);
  const last = breadcrumbs.length - 1;
  return (
    <nav aria-label={text.breadcrumb} className="sq-page-frame-breadcrumb">
      <ol>
        {home.found && (
          <li>
            <Link to="/">{home.resource?.meta?.icon ?? <HomeOutlined />}</Link>
          </li>
        )}
        {breadcrumbs.map(({ label, href, icon }, i) => (
          <Fragment key={`${label}-${i}`}>
            {(i > 0 || home.found) && (
              <li aria-hidden="true" className="sq-page-frame-crumb-separator">
                /
              </li>
            )}
            <li aria-current={i === last ? 'page' : undefined}>
              {icon}
              {href ? <Link to={href}>{label}</Link> : <span>{label}</span>}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
