import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import DeleteOutlinedSvg from '@ant-design/icons-svg/es/asn/DeleteOutlined';
import EditOutlinedSvg from '@ant-design/icons-svg/es/asn/EditOutlined';
import EyeOutlinedSvg from '@ant-design/icons-svg/es/asn/EyeOutlined';
import { createElement, type ReactElement } from 'react';

/** The SVG attributes `@ant-design/icons` adds to every icon's root. */
const SVG_ATTRS = { width: '1em', height: '1em', fill: 'currentColor', 'aria-hidden': 'true' };

function toElement(node: AbstractNode, key: number, root: boolean, name: string): ReactElement {
  const attrs = root ? { ...node.attrs, 'data-icon': name, ...SVG_ATTRS } : node.attrs;
  return createElement(
    node.tag,
    { key, ...attrs },
    ...(node.children ?? []).map((child, i) => toElement(child, i, false, name)),
  );
}

/**
 * An outlined antd icon as one element made once: the same DOM as `<EyeOutlined />` (a span
 * `role="img"` with the `anticon` classes around the icon's SVG) without its three components,
 * hooks and SVG generation on every render. For icons a table shows in every row; the
 * `.anticon` styles are antd's (any antd icon on the page inserts them).
 */
export function staticIcon(definition: IconDefinition): ReactElement {
  const { name, icon } = definition;
  const svg = typeof icon === 'function' ? icon('currentColor', '#e6f4ff') : icon;
  return (
    <span role="img" aria-label={name} className={`anticon anticon-${name}`}>
      {toElement(svg, 0, true, name)}
    </span>
  );
}

/** The row actions' icons (show, edit, delete), each made once for every list. */
export const ROW_ICONS = {
  show: staticIcon(EyeOutlinedSvg),
  edit: staticIcon(EditOutlinedSvg),
  remove: staticIcon(DeleteOutlinedSvg),
};
