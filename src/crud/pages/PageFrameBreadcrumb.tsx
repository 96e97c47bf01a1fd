import { HomeOutlined } from '@ant-design/icons';
import { Link, matchResourceFromRoute, useBreadcrumb, useResourceParams } from '@refinedev/core';
import { usePageFrameText } from './PageFrameText';

/**
 * Where the page sits (menu group › resource › action), from refine's breadcrumb data as its
 * antd breadcrumb showed it — but as a plain navigation list (no antd Breadcrumb, no dropdown
 * code): the last crumb is the current page, the separators (inside the crumbs, so the list counts only crumbs) are hidden from screen readers.
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
            {/* An icon alone: named for screen readers. */}
            <Link to="/" aria-label={String(home.resource?.meta?.label ?? text.home)}>
              {home.resource?.meta?.icon ?? <HomeOutlined />}
            </Link>
          </li>
        )}
        {breadcrumbs.map(({ label, href, icon }, i) => (
          <li key={`${label}-${i}`} aria-current={i === last ? 'page' : undefined}>
            {(i > 0 || home.found) && (
              <span aria-hidden="true" className="sq-page-frame-crumb-separator">
                /
              </span>
            )}
            {icon}
            {href ? <Link to={href}>{label}</Link> : <span>{label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
