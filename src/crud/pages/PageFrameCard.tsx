import { Card, Spin } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** Spins over the card while the record loads. */
  loading?: boolean;
  /** A form's buttons (save, delete), right-aligned under the body. */
  footer?: ReactNode;
  children: ReactNode;
}

/** The body of a show, create or edit page: a borderless card, its buttons in the card's foot. */
export function PageFrameCard({ loading = false, footer, children }: Props) {
  return (
    <Spin spinning={loading}>
      <Card
        variant="borderless"
        actions={
          footer
            ? [
                <div key="footer" className="sq-page-frame-footer">
                  {footer}
                </div>,
              ]
            : undefined
        }
      >
        {children}
      </Card>
    </Spin>
  );
}
