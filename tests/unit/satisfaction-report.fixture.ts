import type ExcelJS from 'exceljs';
import type { ReportData, ReportParams } from '../../reports/core/types';

/**
 * A small world for the satisfaction and follow-up reports, with every expected figure worked
 * out by hand below (default template: weights .3 .3 .2 .2 on 5 points).
 *
 * | id | branch | Shanghai day | staff | item | channel      | q a e f  | overall | nps | counts            |
 * |----|--------|--------------|-------|------|--------------|----------|---------|-----|-------------------|
 * | 1  | BJ01   | 03-05        | 7     | 3    | face_to_face | 5 5 5 5  | 5       | 10  | yes               |
 * | 2  | BJ01   | 03-06        | 7     | 3    | online       | 4 4 4 4  | 4       | 8   | yes               |
 * | 3  | BJ01   | 04-02        | 8     | 3    | phone        | 2 2 1 1  | 1.6 low | 3   | yes               |
 * | 4  | SH01   | 04-03        | 8     | 4    | face_to_face | 3 4 5 3  | 3.7     | 6   | yes               |
 * | 5  | SH01   | 03-07        | 9     | 4    | online       | 4 4 4 –  |         | 9   | no: effect missing (flag says valid) |
 * | 6  | SH01   | 04-04        | 8     | 4    | face_to_face | 5 5 5 5  |         | 10  | no: flagged `test` |
 * | 7  | BJ01   | 03-01 00:30  | 7     | 3    | face_to_face | 4 5 4 5  | 4.5     | –   | yes (Feb 28 in UTC) |
 * | 8  | BJ01   | 05-01 00:00  | 7     | 3    | face_to_face | 1 1 1 1  |         |     | outside the period |
 *
 * Period 2026-03-01 … 2026-04-30: 7 responses, 5 valid, 2 excluded.
 * quality 5 4 2 3 4 → mean 3.6 → 65; attitude 5 4 2 4 5 → 4 → 75; environment 5 4 1 5 4 → 3.8 → 70;
 * effect 5 4 1 3 5 → 3.6 → 65; composite .3·65 + .3·75 + .2·70 + .2·65 = 69.
 * CSAT: ratings ≥ 4 are #1 #2 #7 → 3/5 = 0.6, Wilson [0.230724, 0.882379].
 * NPS: answers 10 8 3 6 → promoters 1/4, passives 1/4, detractors 2/4 → −25.
 * BJ01: #1 #2 #3 #7 → CSAT 3/4, Wilson [0.300642, 0.954413]; quality 5 4 2 4 → 3.75 → 68.75.
 * SH01: 3 responses, 1 valid (#4, 3.7) → CSAT 0, Wilson [0, 0.793451], composite
 *   .3·50 + .3·75 + .2·100 + .2·50 = 67.5.
 * March: #1 #2 #5 #7 (4 responses, 3 valid, CSAT 1); April: #3 #4 #6 (3, 2 valid, CSAT 0).
 * Low scores: #3 only (1.6 ≤ 2).
 */
export const PERIOD: ReportParams = {
  period: { from: '2026-03-01', to: '2026-04-30' },
  asOf: '2026-04-10T02:00:00.000Z',
};

export const MARCH: ReportParams = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  month: '2026-03',
  asOf: '2026-04-10T02:00:00.000Z',
};

const TEMPLATE = {
  id: 1,
  name: '服务满意度调查表',
  scale: 5,
  hasNps: true,
  active: true,
  dimensions: [
    { key: 'quality', label: '护理服务质量', weight: 0.3, required: true },
    { key: 'attitude', label: '服务态度', weight: 0.3, required: true },
    { key: 'environment', label: '环境设施', weight: 0.2, required: true },
    { key: 'effect', label: '产品效果', weight: 0.2, required: true },
  ],
};

const s = (quality: number, attitude: number, environment: number, effect?: number) => ({
  quality,
  attitude,
  environment,
  ...(effect === undefined ? {} : { effect }),
});

function response(
  id: number,
  branchId: number,
  submittedAt: string,
  staffId: number,
  serviceItemId: number,
  channel: string,
  scores: Record<string, number>,
  nps: number | null,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    templateId: 1,
    branchId,
    customerId: 100 + id,
    staffId,
    serviceItemId,
    channel,
    submittedAt,
    scores,
    nps,
    comment: null,
    valid: true,
    invalidReason: null,
    ...extra,
  };
}

export function satisfactionTables(): ReportData {
  return {
    'survey-templates': [TEMPLATE],
    'survey-responses': [
      response(1, 1, '2026-03-05T02:00:00.000Z', 7, 3, 'face_to_face', s(5, 5, 5, 5), 10),
      response(2, 1, '2026-03-06T02:00:00.000Z', 7, 3, 'online', s(4, 4, 4, 4), 8),
      response(3, 1, '2026-04-02T02:00:00.000Z', 8, 3, 'phone', s(2, 2, 1, 1), 3, {
        comment: '态度差，等了很久',
      }),
      response(4, 2, '2026-04-03T02:00:00.000Z', 8, 4, 'face_to_face', s(3, 4, 5, 3), 6),
      response(5, 2, '2026-03-07T02:00:00.000Z', 9, 4, 'online', s(4, 4, 4), 9),
      response(6, 2, '2026-04-04T02:00:00.000Z', 8, 4, 'face_to_face', s(5, 5, 5, 5), 10, {
        valid: false,
        invalidReason: 'test',
      }),
      response(7, 1, '2026-02-28T16:30:00.000Z', 7, 3, 'face_to_face', s(4, 5, 4, 5), null),
      response(8, 1, '2026-04-30T16:00:00.000Z', 7, 3, 'face_to_face', s(1, 1, 1, 1), 0),
    ],
    branches: [
      { id: 1, code: 'BJ01', name: '北京一院' },
      { id: 2, code: 'SH01', name: '上海一院' },
    ],
    employees: [
      { id: 7, name: '王芳', branchId: 1 },
      { id: 8, name: '李娜', branchId: 2 },
      { id: 9, name: '赵敏', branchId: 2 },
    ],
    'service-items': [
      { id: 3, code: 'PR01', name: '产后修复' },
      { id: 4, code: 'SK01', name: '面部护理' },
    ],
    customers: [
      { id: 103, name: '陈女士' },
      { id: 104, name: '周女士' },
    ],
    'follow-ups': followUps(),
  };
}

/**
 * Follow-ups due 2026-04 (as of 2026-04-10 10:00 Shanghai):
 * | id | staff | branch | dueOn | done | result      |
 * | 1  | 7     | 1      | 04-02 | yes  | reached     |
 * | 2  | 7     | 1      | 04-03 | yes  | unreachable |
 * | 3  | 7     | 1      | 04-05 | no   | overdue 5 days |
 * | 4  | 8     | 2      | 04-10 | no   | due today, not overdue |
 * | 5  | 8     | 2      | 04-20 | no   | not yet due |
 * | 6  | 8     | 2      | 04-08 | yes  | reached     |
 * | 7  | 8     | 2      | 04-09 | yes  | refused     |
 * | 8  | 7     | 1      | 03-31 | yes  | reached (outside April) |
 * April: due 7, done 4, reached 2 → 2/7; open 3, overdue 1, unreachable 1, refused 1.
 * 王芳 (7, BJ01): due 3, done 2, reached 1 → 1/3, overdue 1. 李娜 (8, SH01): due 4, done 2,
 * reached 1 → 1/4, open 2, overdue 0.
 */
function followUps() {
  const f = (
    id: number,
    staffId: number,
    branchId: number,
    dueOn: string,
    result: 'reached' | 'unreachable' | 'refused' | null,
  ) => ({
    id,
    customerId: 100 + id,
    branchId,
    subjectType: 'care-record',
    subjectId: 500 + id,
    staffId,
    dueOn,
    doneAt: result ? `${dueOn}T03:00:00.000Z` : null,
    method: 'phone',
    result,
    notes: null,
  });
  return [
    f(1, 7, 1, '2026-04-02', 'reached'),
    f(2, 7, 1, '2026-04-03', 'unreachable'),
    f(3, 7, 1, '2026-04-05', null),
    f(4, 8, 2, '2026-04-10', null),
    f(5, 8, 2, '2026-04-20', null),
    f(6, 8, 2, '2026-04-08', 'reached'),
    f(7, 8, 2, '2026-04-09', 'refused'),
    f(8, 7, 1, '2026-03-31', 'reached'),
  ];
}

export const APRIL: ReportParams = {
  period: { from: '2026-04-01', to: '2026-04-30' },
  month: '2026-04',
  asOf: '2026-04-10T02:00:00.000Z',
};

/** A sheet's rows as objects keyed by the header row (the row whose first cell is `first`). */
export function sheetRows(ws: ExcelJS.Worksheet, first: string): Record<string, unknown>[] {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === first) header = n;
  });
  if (!header) throw new Error(`no header "${first}" in ${ws.name}`);
  const names = (ws.getRow(header).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) {
    const values = (ws.getRow(n).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null])));
  }
  return rows;
}

/** The number format of the column headed `header` in the first data row under it. */
export function columnFormat(ws: ExcelJS.Worksheet, first: string, header: string): string {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === first) headerRow = n;
  });
  const names = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const col = names.indexOf(header) + 1;
  if (col === 0) throw new Error(`no column "${header}" in ${ws.name}`);
  return ws.getRow(headerRow + 1).getCell(col).numFmt;
}
