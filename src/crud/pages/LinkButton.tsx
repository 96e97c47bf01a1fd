import { Button, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useFollowLink } from './useFollowLink';

interface Props extends Omit<ButtonProps, 'href' | 'onClick'> {
  to: string;
  children?: ReactNode;
}

/**
 * A link that looks like a button: one element, one tab stop (refine's buttons put a button
 * inside a link, which takes two), opening in a new tab on ctrl/cmd-click like any link.
 * (A table's rows render antd's `Button` with `href` and one shared `useFollowLink` handler.)
 */
export function LinkButton({ to, children, ...rest }: Props) {
  const follow = useFollowLink();
  return (
    <Button {...rest} href={to} onClick={follow}>
      {children}
    </Button>
  );
}
