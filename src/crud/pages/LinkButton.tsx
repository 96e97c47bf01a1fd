import { useGo } from '@refinedev/core';
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';

interface Props extends Omit<ButtonProps, 'href' | 'onClick'> {
  to: string;
  children?: ReactNode;
}

/**
 * A link that looks like a button: one element, one tab stop (refine's buttons put a button
 * inside a link, which takes two), opening in a new tab on ctrl/cmd-click like any link.
 */
export function LinkButton({ to, children, ...rest }: Props) {
  const go = useGo();
  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go({ to, type: 'push' });
  };
  return (
    <Button {...rest} href={to} onClick={onClick}>
      {children}
    </Button>
  );
}
