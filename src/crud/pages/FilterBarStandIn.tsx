import { theme } from 'antd';
import type { CSSProperties } from 'react';
import { useLabel } from '../../i18n/lang';
import type { FieldDef } from '../../schema/fields';
import './FilterBarStandIn.css';

/**
 * What the filter bar shows while the first page paints (firstPageFirst.tsx): its labels and
 * empty boxes in the bar's grid, of the bar's size, so that the real controls take their place
 * without moving the list. Plain elements: antd's Form, Row and Select each update themselves
 * while mounting, which is what the first paint must not wait for.
 */
export function FilterBarStandIn({ fields }: { fields: FieldDef[] }) {
  const { token } = theme.useToken();
  const label = useLabel();
  const style = {
    '--sq-filter-gap': '16px',
    '--sq-filter-label': token.colorTextHeading,
    '--sq-filter-border': token.colorBorder,
    '--sq-filter-radius': `${token.borderRadius}px`,
    '--sq-filter-bg': token.colorBgContainer,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
  } as CSSProperties;
  return (
    <div className="sq-filter-standin" style={style} aria-hidden>
      <div className="sq-filter-standin-grid">
        {fields.map((f) => (
          <div key={f.name}>
            <div className="sq-filter-standin-label">{label(f.label)}</div>
            <div className="sq-filter-standin-box" />
          </div>
        ))}
      </div>
      <div className="sq-filter-standin-buttons" />
    </div>
  );
}
