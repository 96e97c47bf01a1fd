import { useNotification, useParsed, type HttpError } from '@refinedev/core';
import { Alert, Button, Card, DatePicker, Form, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DailyGrid } from '../../../domain/appraisal';
import { ReferenceSelect } from '../../../crud/references/ReferenceSelect';
import { toKey } from '../../../crud/references/title';
import { ErrorState } from '../../../crud/pages/ListStates';
import { CrudPage } from '../../../crud/pages/CrudPage';
import { isDate, shanghaiDate } from '../../../schema/time';
import { format, useAppraisalText } from '../text';
import { EntryGrid } from './EntryGrid';
import { cellKey, cellOfError, cellsToSave, countsOf, isDirty, type Counts } from './gridState';
import { useDailyGrid } from './useDailyGrid';

/**
 * 考核日录入: a team leader picks the team and the day, types or steps the counts, sees each
 * member's running points and the escalations reached, and saves the whole grid at once. The
 * backend checks every cell again and refuses the save as a whole, naming the cells.
 */
export default function DailyEntryPage() {
  const t = useAppraisalText();
  const { open } = useNotification();
  const [today] = useState(() => shanghaiDate(Date.now()));
  // `?teamId=&date=` open a given team's day (a link from the dashboard or a bookmark).
  const { params } = useParsed<{ teamId?: string; date?: string }>();
  const [teamId, setTeamId] = useState<number | null>(params?.teamId ? Number(params.teamId) || null : null);
  const [date, setDate] = useState(
    params?.date && isDate(params.date) && params.date <= today ? params.date : today,
  );
  const { grid, query, save, saving } = useDailyGrid(teamId, date);
  const [counts, setCounts] = useState<Counts>({});
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  // A newly loaded grid (another team or day, or the saved state) replaces what was typed
  // (adjusted during render, as React recommends, rather than in an effect).
  const [shown, setShown] = useState<DailyGrid | undefined>(undefined);
  if (grid !== shown) {
    setShown(grid);
    if (grid) setCounts(countsOf(grid));
    setCellErrors({});
    setFailure(null);
  }

  const onChange = (employeeId: number, ruleId: number, count: number) => {
    const key = cellKey(employeeId, ruleId);
    setCounts((prev) => ({ ...prev, [key]: count }));
    setCellErrors(({ [key]: _, ...rest }) => rest);
  };

  const onSave = async () => {
    if (!grid) return;
    const cells = cellsToSave(grid, counts);
    try {
      const answer = await save(cells);
      open?.({ type: 'success', message: format(t.saved, { changed: answer.data.changed }) });
      await query.refetch();
    } catch (e) {
      const error = e as HttpError;
      const placed: Record<string, string> = {};
      const other: string[] = [];
      for (const [path, text] of Object.entries(error.errors ?? {})) {
        const key = cellOfError(cells, path);
        const message = Array.isArray(text) ? text.join('；') : String(text);
        if (key) placed[key] = message;
        else other.push(message);
      }
      setCellErrors(placed);
      setFailure([error.message || t.saveFailed, ...other].join('：'));
    }
  };

  const dirty = grid ? isDirty(grid, counts) : false;
  return (
    <CrudPage>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t.entryTitle}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{t.entryIntro}</Typography.Paragraph>
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t.team} htmlFor="appraisal-entry-team">
            <ReferenceSelect
              id="appraisal-entry-team"
              resource="teams"
              aria-label={t.team}
              placeholder={t.chooseTeam}
              style={{ minWidth: 220 }}
              value={teamId ?? undefined}
              onChange={(v) => setTeamId(v === null ? null : Number(toKey(v)))}
            />
          </Form.Item>
          <Form.Item label={t.day} htmlFor="appraisal-entry-day">
            <DatePicker
              id="appraisal-entry-day"
              aria-label={t.day}
              allowClear={false}
              value={dayjs(date)}
              disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
              onChange={(d: Dayjs | null) => d && setDate(d.format('YYYY-MM-DD'))}
            />
          </Form.Item>
        </Form>
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {failure && (
          <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />
        )}
        {grid && (
          <>
            <EntryGrid
              grid={grid}
              counts={counts}
              onChange={onChange}
              cellErrors={cellErrors}
              disabled={saving}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {t.conversionsNote}
            </Typography.Paragraph>
            <Space>
              <Button type="primary" onClick={() => void onSave()} loading={saving} disabled={!dirty}>
                {saving ? t.saving : t.save}
              </Button>
              <Button onClick={() => setCounts(countsOf(grid))} disabled={!dirty || saving}>
                {t.reset}
              </Button>
              {dirty && <Typography.Text type="warning">{t.unsaved}</Typography.Text>}
            </Space>
          </>
        )}
      </Card>
    </CrudPage>
  );
}
