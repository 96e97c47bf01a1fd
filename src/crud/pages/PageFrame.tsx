import { ArrowLeftOutlined } from '@ant-design/icons';
import { useBack } from '@refinedev/core';
import { Button, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { PageFrameBreadcrumb } from './PageFrameBreadcrumb';
import { usePageFrameText } from './PageFrameText';
import './PageFrame.css';

export interface PageFrameProps {
  /** The page's title, its one heading (related lists below it are h2). */
  title: string;
  /** A back arrow before the title (show, create and edit pages). */
  back?: boolean;
  /** The header's buttons, right of the title (wrapping below it when narrow). */
  extra?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame of the generic and feature record pages: breadcrumb, title with optional back
 * arrow, header buttons, then the body. It replaces refine's List/Show/Create/Edit wrappers,
 * whose page header came from @ant-design/pro-layout and pulled @ant-design/pro-provider
 * (~16 KB gzipped, its locales and a theme provider) into the first page of every session.
 */
export function PageFrame({ title, back, extra, children }: PageFrameProps) {
  const { token } = theme.useToken();
  const text = usePageFrameText();
  const goBack = useBack();
  const colours = {
    '--sq-frame-heading': token.colorTextHeading,
    '--sq-frame-text': token.colorText,
    '--sq-frame-muted': token.colorTextDescription,
    '--sq-frame-hover-bg': token.colorBgTextHover,
    '--sq-frame-focus': token.colorPrimary,
    '--sq-frame-split': token.colorSplit,
    '--sq-frame-font-size': `${token.fontSize}px`,
    '--sq-frame-title-size': `${token.fontSizeHeading4}px`,
  } as CSSProperties;
  return (
    <div className="sq-page-frame" style={colours}>
      <PageFrameBreadcrumb />
      <div className="sq-page-frame-heading">
        <div className="sq-page-frame-heading-left">
          {back && (
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={text.back}
              title={text.back}
              onClick={goBack}
            />
          )}
          <h1 className="sq-page-frame-title">{title}</h1>
        </div>
        {extra && <div className="sq-page-frame-extra">{extra}</div>}
      </div>
      <div className="sq-page-frame-body">{children}</div>
    </div>
  );
}
