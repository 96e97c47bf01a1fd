// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { FilterOutlined } from '@ant-design/icons';
import { render } from '@testing-library/react';
import { Button, Select } from 'antd';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ButtonStandIn, SelectStandIn } from '../../src/app/standIns';

/**
 * The stand-ins are drawn by antd's stylesheet, so they must carry the classes antd gives the
 * real control, on elements nested the same way (tags aside: a stand-in is never a button).
 * Classes for a state the stand-in never has (focus, hover, clearing, searching) are left out.
 */
type Shape = [string, Shape[]];
const STATEFUL = /-(focused|allow-clear|show-search|icon-only)$/;
function shape(el: Element): Shape {
  const classes = [...el.classList].filter((c) => !STATEFUL.test(c)).sort();
  const inside = el.matches('.anticon')
    ? []
    : [...el.children].filter((c) => !c.matches('input, .ant-select-selection-search'));
  return [classes.join(' '), inside.map(shape)];
}
function shapeOf(node: ReactNode): Shape {
  const { container, unmount } = render(<StyleProvider mock="server">{node}</StyleProvider>);
  const result = shape(container.firstElementChild as Element);
  unmount();
  return result;
}

describe('stand-ins of antd controls', () => {
  it('draw a button as antd does: with an icon, and as the quick filters’ small links, one disabled', () => {
    expect(shapeOf(<ButtonStandIn icon={<FilterOutlined />}>常用筛选</ButtonStandIn>)).toEqual(
      shapeOf(<Button icon={<FilterOutlined />}>常用筛选</Button>),
    );
    expect(shapeOf(<ButtonStandIn small>全部投诉</ButtonStandIn>)).toEqual(
      shapeOf(
        <Button size="small" href="/complaints">
          全部投诉
        </Button>,
      ),
    );
    expect(
      shapeOf(
        <ButtonStandIn small disabled>
          我的投诉
        </ButtonStandIn>,
      ),
    ).toEqual(
      shapeOf(
        <Button size="small" href="/complaints" disabled>
          我的投诉
        </Button>,
      ),
    );
  });

  it('draw an empty select with its placeholder as antd does', () => {
    expect(shapeOf(<SelectStandIn placeholder="选择员工" />)).toEqual(
      shapeOf(<Select placeholder="选择员工" allowClear showSearch options={[]} />),
    );
  });
});
