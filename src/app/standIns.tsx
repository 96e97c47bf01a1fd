import { DownOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Look-alikes of antd controls for the first page's paint (firstPageFirst.tsx): plain elements
 * with the classes antd gives the real control, so antd's stylesheet draws them the same, at the
 * same size. Not focusable and hidden from assistive technology; the real control replaces them
 * right after the paint.
 */
export function ButtonStandIn({
  children,
  icon,
  small,
  disabled,
}: {
  children: ReactNode;
  icon?: ReactNode;
  small?: boolean;
  disabled?: boolean;
}) {
  const { hashId } = theme.useToken();
  const classes = [`ant-btn ${hashId} ant-btn-default ant-btn-color-default ant-btn-variant-outlined`];
  if (small) classes.push('ant-btn-sm');
  if (disabled) classes.push('ant-btn-disabled');
  return (
    <span className={classes.join(' ')} aria-hidden>
      {icon && <span className="ant-btn-icon">{icon}</span>}
      <span>{children}</span>
    </span>
  );
}

/** A single select without a value, showing its placeholder. */
export function SelectStandIn({ placeholder, style }: { placeholder?: string; style?: CSSProperties }) {
  const { hashId } = theme.useToken();
  return (
    <div
      className={`ant-select ant-select-outlined ${hashId} ant-select-single ant-select-show-arrow`}
      style={style}
      aria-hidden
    >
      <div className="ant-select-selector">
        <span className="ant-select-selection-wrap">
          <span className="ant-select-selection-placeholder">{placeholder}</span>
        </span>
      </div>
      <span className="ant-select-arrow">
        <DownOutlined className="ant-select-suffix" />
      </span>
    </div>
  );
}
