import { DownloadOutlined, FilterOutlined, SettingOutlined } from '@ant-design/icons';
import { ButtonStandIn } from '../../app/standIns';
import { useListText } from './text';

/**
 * The list header's saved-filters, column-settings and export buttons as look-alikes while the
 * first page paints (firstPageFirst.tsx): their popups' triggers update themselves while
 * mounting. Same labels and icons, so the header keeps its width and does not wrap later.
 */
export function ToolbarStandIn() {
  const t = useListText();
  return (
    <>
      <ButtonStandIn icon={<FilterOutlined />}>{t.savedFilters}</ButtonStandIn>
      <ButtonStandIn icon={<SettingOutlined />}>{t.columns}</ButtonStandIn>
      <ButtonStandIn icon={<DownloadOutlined />}>{t.export}</ButtonStandIn>
    </>
  );
}
