import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../i18n/lang';
import { roleMay } from '../providers/accessControl';
import { RESOURCES } from '../resources';
import { MENU_GROUPS, type MenuGroup } from '../schema/resource';
import { iconElement, GROUP_ICONS } from './icons';

/** Whether the signed-in user may read any resource of `group` (the others are not shown). */
const hasReadable = (group: MenuGroup) => RESOURCES.some((r) => r.group === group && roleMay(r.name, 'read'));

/** The start page: every menu group with the resources the user may open, one click away. */
export function Home() {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <div>
      <Typography.Title level={3}>{t('common.appTitle')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {(Object.keys(MENU_GROUPS) as MenuGroup[]).filter(hasReadable).map((group) => (
          <Col key={group} xs={24} md={12} xl={8}>
            <Card
              title={
                <span>
                  {iconElement(GROUP_ICONS[group])} {label(MENU_GROUPS[group])}
                </span>
              }
              size="small"
            >
              <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 2 }}>
                {RESOURCES.filter((r) => r.group === group && roleMay(r.name, 'read')).map((r) => (
                  <li key={r.name}>
                    <Link to={`/${r.name}`}>{label(r.label)}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
