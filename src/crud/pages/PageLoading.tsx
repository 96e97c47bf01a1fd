import { Spin } from 'antd';
import { useCrudText } from '../text';

/** What a lazily loaded page shows while its code arrives. */
export function PageLoading() {
  const t = useCrudText();
  return (
    <div role="status" style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin tip={t.loading} size="large">
        {/* wide enough for the tip on one line */}
        <div style={{ minHeight: 48, minWidth: 200 }} />
      </Spin>
    </div>
  );
}
