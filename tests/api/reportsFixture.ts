import { reportCaption } from '../../reports/core/caption';
import { branchQuery, periodQuery } from '../../reports/core/query';
import { defineReport, sheet, type ReportRecord } from '../../reports/core/types';

/**
 * A tiny report used only by the report-engine tests (never registered in REPORTS): contracts
 * signed in the period, counted and summed per branch. Its figures are easy to compute by hand
 * from the records a test writes.
 */
export interface ContractsByBranch {
  period: { from: string; to: string };
  asOf: string;
  count: number;
  total: number;
  byBranch: { branchId: number; code: string; name: string; count: number; total: number }[];
}

export const contractsFixtureReport = defineReport<ContractsByBranch>({
  name: 'test-contracts',
  title: { zh: '合同统计（测试）', en: 'Contracts (test)' },
  async load(source, params) {
    const [contracts, branches] = await Promise.all([
      source.list('contracts', { ...periodQuery('signedOn', params, 'date'), ...branchQuery(params) }),
      source.list('branches'),
    ]);
    return { contracts, branches };
  },
  compute(data, params) {
    const byId = new Map<number, ReportRecord>(data.branches.map((b) => [Number(b.id), b]));
    const groups = new Map<number, { count: number; fen: number }>();
    for (const c of data.contracts) {
      const g = groups.get(Number(c.branchId)) ?? { count: 0, fen: 0 };
      g.count++;
      g.fen += Math.round(Number(c.total) * 100);
      groups.set(Number(c.branchId), g);
    }
    const byBranch = [...groups]
      .sort(([a], [b]) => a - b)
      .map(([branchId, g]) => ({
        branchId,
        code: String(byId.get(branchId)?.code ?? ''),
        name: String(byId.get(branchId)?.name ?? ''),
        count: g.count,
        total: g.fen / 100,
      }));
    return {
      period: params.period,
      asOf: params.asOf,
      count: data.contracts.length,
      total: byBranch.reduce((fen, b) => fen + Math.round(b.total * 100), 0) / 100,
      byBranch,
    };
  },
  sheets(result, data, params, lang) {
    const caption = reportCaption(contractsFixtureReport, params, lang);
    return [
      sheet({
        name: { zh: '按机构', en: 'By branch' },
        caption,
        rows: result.byBranch,
        totalsLabel: { zh: '合计', en: 'Total' },
        columns: [
          { key: 'code', header: { zh: '机构编码', en: 'Code' }, type: 'text', value: (r) => r.code },
          { key: 'name', header: { zh: '机构', en: 'Branch' }, type: 'text', value: (r) => r.name },
          {
            key: 'count',
            header: { zh: '合同数', en: 'Contracts' },
            type: 'integer',
            value: (r) => r.count,
            total: 'sum',
          },
          {
            key: 'total',
            header: { zh: '金额', en: 'Amount' },
            type: 'money',
            value: (r) => r.total,
            total: 'sum',
          },
        ],
      }),
      sheet({
        name: { zh: '合同明细', en: 'Contracts' },
        caption,
        rows: data.contracts,
        columns: [
          {
            key: 'contractNo',
            header: { zh: '合同编号', en: 'Contract no.' },
            type: 'text',
            value: (r) => String(r.contractNo),
          },
          {
            key: 'signedOn',
            header: { zh: '签约日期', en: 'Signed on' },
            type: 'date',
            value: (r) => r.signedOn as string,
          },
          {
            key: 'total',
            header: { zh: '金额', en: 'Amount' },
            type: 'money',
            value: (r) => r.total as number,
            total: 'sum',
          },
        ],
      }),
    ];
  },
});
