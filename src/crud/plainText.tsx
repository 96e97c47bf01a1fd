import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/*
 * antd Typography's looks for the few texts the pages show (secondary, strong, a heading), and
 * Divider's, as plain elements coloured by the theme's tokens: a list page then does not load
 * Typography (~5 KB gzipped with its styles, and the ellipsis, copy and edit machinery none of
 * them use) nor Divider.
 */

interface TextProps {
  id?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/** `Typography.Text type="secondary"` (a span), or `Typography.Paragraph` when `block` (a div). */
export function SecondaryText({ id, style, block, children }: TextProps & { block?: boolean }) {
  const { token } = theme.useToken();
  const Element = block ? 'div' : 'span';
  return (
    <Element id={id} style={{ color: token.colorTextDescription, wordBreak: 'break-word', ...style }}>
      {children}
    </Element>
  );
}

/** `Typography.Text strong`. */
export function StrongText({ id, style, children }: TextProps) {
  const { token } = theme.useToken();
  return (
    <strong id={id} style={{ color: token.colorText, fontWeight: token.fontWeightStrong, ...style }}>
      {children}
    </strong>
  );
}

/** `Typography.Title level={4}`. */
export function Heading4({ id, style, children }: TextProps) {
  const { token } = theme.useToken();
  return (
    <h4
      id={id}
      style={{
        color: token.colorTextHeading,
        fontWeight: token.fontWeightStrong,
        fontSize: token.fontSizeHeading4,
        lineHeight: token.lineHeightHeading4,
        marginBottom: '0.5em',
        ...style,
      }}
    >
      {children}
    </h4>
  );
}

/** `Divider` (horizontal, no text): a themed rule between two parts of a popover. */
export function Separator({ style }: { style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <div
      role="separator"
      style={{
        borderBlockStart: `${token.lineWidth}px solid ${token.colorSplit}`,
        margin: '24px 0',
        ...style,
      }}
    />
  );
}
