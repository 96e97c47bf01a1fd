import {
  fromHundredths,
  roundDiv,
  SUBFEN_PER_FEN,
  toBasisPoints,
  toCenti,
  toFen,
} from '../../src/domain/appraisal';
import type { Lang } from '../../src/schema/labels';
import { RULE_CATEGORIES } from '../../src/resources/appraisal-rules';
import { sheet, type ReportData, type SheetSpec } from '../core/types';
import type { AppraisalReport } from './result';

const TOTAL = { zh: '合计', en: 'Total' };

interface EventRow {
  date: string;
  employeeNo: string;
  name: string;
  team: string;
  kind: 'event' | 'escalation';
  code: string;
  rule: string;
  category: string;
  count: number | null;
  fee: number | null;
  individualPoints: number;
  collectivePoints: number;
  individualYuan: number | null;
  eventId: number | null;
}

/**
 * 考核记录: every event of the month of the employees in the report, valued with the month's
 * rule values, and after each day whose count reached a threshold, the escalation as a row of
 * its own — so the points column adds up to the employees' individual points.
 */
function eventRows(result: AppraisalReport, data: ReportData, lang: Lang): EventRow[] {
  const employees = new Map(result.employees.map((e) => [e.employeeId, e]));
  const rules = new Map(result.rules.map((r) => [r.ruleId, r]));
  const category = (c: string) => RULE_CATEGORIES.find((o) => o.value === c)?.label[lang] ?? c;
  const escalationOf = new Map(result.escalations.map((x) => [`${x.employeeId}|${x.ruleId}|${x.date}`, x]));
  const rows: EventRow[] = [];
  const events = (data['appraisal-events'] ?? [])
    .filter((e) => String(e.occurredOn).startsWith(result.month) && employees.has(e.employeeId as number))
    .sort(
      (a, b) =>
        String(a.occurredOn).localeCompare(String(b.occurredOn)) ||
        (a.employeeId as number) - (b.employeeId as number) ||
        (a.ruleId as number) - (b.ruleId as number) ||
        (a.id as number) - (b.id as number),
    );
  events.forEach((e, i) => {
    const employee = employees.get(e.employeeId as number);
    const rule = rules.get(e.ruleId as number);
    if (!employee || !rule) return;
    const count = e.count as number;
    const fee = (e.fee as number | null) ?? null;
    const m = rule.money;
    const subfen =
      count * toFen(m?.individualYuan) * SUBFEN_PER_FEN + toFen(fee) * toBasisPoints(m?.individualPercent);
    const base = {
      date: String(e.occurredOn),
      employeeNo: employee.employeeNo,
      name: employee.name,
      team: employee.teamName,
      code: rule.code,
      rule: rule.name,
      category: category(rule.category),
    };
    rows.push({
      ...base,
      kind: 'event',
      count,
      fee,
      individualPoints: fromHundredths(count * toCenti(rule.points)),
      collectivePoints: 0,
      individualYuan: m ? fromHundredths(roundDiv(subfen, SUBFEN_PER_FEN)) : null,
      eventId: e.id as number,
    });
    const key = `${employee.employeeId}|${rule.ruleId}|${base.date}`;
    const next = events[i + 1];
    const lastOfDay =
      !next || `${next.employeeId as number}|${next.ruleId as number}|${String(next.occurredOn)}` !== key;
    const escalation = escalationOf.get(key);
    // Sorted by day, employee and rule, a day's events of one rule are adjacent: the escalation follows the last.
    if (escalation && lastOfDay)
      rows.push({
        ...base,
        kind: 'escalation',
        count: escalation.count,
        fee: null,
        individualPoints: escalation.individualPoints,
        collectivePoints: escalation.collectivePoints,
        individualYuan: null,
        eventId: null,
      });
  });
  return rows;
}

export function appraisalSheets(
  result: AppraisalReport,
  data: ReportData,
  caption: string[],
  lang: Lang,
): SheetSpec[] {
  const yes = lang === 'zh' ? '是' : 'Yes';
  const escalationLabel = lang === 'zh' ? '当天累计加重' : 'Daily escalation';
  const eventLabel = lang === 'zh' ? '考核记录' : 'Event';
  const current = lang === 'zh' ? '当前值' : 'Current';
  const leaderName = new Map(result.employees.map((e) => [e.employeeId, e.name]));
  return [
    sheet({
      name: { zh: '员工得分', en: 'Employees' },
      caption,
      rows: result.employees,
      totalsLabel: TOTAL,
      columns: [
        { key: 'employeeNo', header: { zh: '工号', en: 'No.' }, type: 'text', value: (r) => r.employeeNo },
        { key: 'name', header: { zh: '姓名', en: 'Name' }, type: 'text', value: (r) => r.name },
        { key: 'team', header: { zh: '考核小组', en: 'Team' }, type: 'text', value: (r) => r.teamName },
        {
          key: 'leader',
          header: { zh: '组长', en: 'Leader' },
          type: 'text',
          value: (r) => (r.isLeader ? yes : null),
        },
        {
          key: 'individualPoints',
          header: { zh: '个人分', en: 'Individual points' },
          type: 'number',
          value: (r) => r.individualPoints,
          total: 'sum',
        },
        {
          key: 'collectivePoints',
          header: { zh: '集体分', en: 'Collective points' },
          type: 'number',
          value: (r) => r.collectivePoints,
          total: 'sum',
        },
        {
          key: 'points',
          header: { zh: '得分', en: 'Points' },
          type: 'number',
          value: (r) => r.points,
          total: 'sum',
        },
        {
          key: 'pointsYuan',
          header: { zh: '得分折合（元）', en: 'Points in ¥' },
          type: 'money',
          value: (r) => r.pointsYuan,
          total: 'sum',
        },
        {
          key: 'conversionYuan',
          header: { zh: '成功率提成（元）', en: 'Conversions (¥)' },
          type: 'money',
          value: (r) => r.conversionYuan,
          total: 'sum',
        },
        {
          key: 'commissionYuan',
          header: { zh: '业务提成（元）', en: 'Commission (¥)' },
          type: 'money',
          value: (r) => r.commissionYuan,
          total: 'sum',
        },
        {
          key: 'baseSalary',
          header: { zh: '基本工资（元）', en: 'Base salary (¥)' },
          type: 'money',
          value: (r) => r.baseSalary,
          total: 'sum',
        },
        {
          key: 'allowance',
          header: { zh: '岗位津贴（元）', en: 'Allowance (¥)' },
          type: 'money',
          value: (r) => r.allowance,
          total: 'sum',
        },
        {
          key: 'fullAttendanceBonus',
          header: { zh: '全勤奖（元）', en: 'Full attendance (¥)' },
          type: 'money',
          value: (r) => r.fullAttendanceBonus,
          total: 'sum',
        },
        {
          key: 'award',
          header: { zh: '优秀员工奖（元）', en: 'Award (¥)' },
          type: 'money',
          value: (r) => r.award,
          total: 'sum',
        },
        {
          key: 'pay',
          header: { zh: '总工资（元）', en: 'Pay (¥)' },
          type: 'money',
          value: (r) => r.pay,
          total: 'sum',
        },
        {
          key: 'escalations',
          header: { zh: '加重次数', en: 'Escalations' },
          type: 'integer',
          value: (r) => r.escalations,
          total: 'sum',
        },
      ],
    }),
    sheet({
      name: { zh: '小组', en: 'Teams' },
      caption,
      rows: result.teams,
      totalsLabel: TOTAL,
      columns: [
        { key: 'name', header: { zh: '考核小组', en: 'Team' }, type: 'text', value: (r) => r.name },
        {
          key: 'leader',
          header: { zh: '组长', en: 'Leader' },
          type: 'text',
          value: (r) => (r.leaderId === null ? null : (leaderName.get(r.leaderId) ?? null)),
        },
        {
          key: 'members',
          header: { zh: '考核人数', en: 'Members' },
          type: 'integer',
          value: (r) => r.members,
          total: 'sum',
        },
        {
          key: 'collectivePoints',
          header: { zh: '集体分', en: 'Collective points' },
          type: 'number',
          value: (r) => r.collectivePoints,
          total: 'sum',
        },
        {
          key: 'collectiveYuan',
          header: { zh: '集体提成（元）', en: 'Collective commission (¥)' },
          type: 'money',
          value: (r) => r.collectiveYuan,
          total: 'sum',
        },
        {
          key: 'escalations',
          header: { zh: '加重次数', en: 'Escalations' },
          type: 'integer',
          value: (r) => r.escalations,
          total: 'sum',
        },
        {
          key: 'points',
          header: { zh: '组员得分合计', en: 'Members’ points' },
          type: 'number',
          value: (r) => r.points,
          total: 'sum',
        },
        {
          key: 'commissionYuan',
          header: { zh: '业务提成合计（元）', en: 'Commission (¥)' },
          type: 'money',
          value: (r) => r.commissionYuan,
          total: 'sum',
        },
        {
          key: 'pay',
          header: { zh: '总工资合计（元）', en: 'Pay (¥)' },
          type: 'money',
          value: (r) => r.pay,
          total: 'sum',
        },
      ],
    }),
    sheet({
      name: { zh: '考核记录与加重', en: 'Events and escalations' },
      caption,
      rows: eventRows(result, data, lang),
      totalsLabel: TOTAL,
      columns: [
        { key: 'date', header: { zh: '日期', en: 'Date' }, type: 'date', value: (r) => r.date },
        { key: 'employeeNo', header: { zh: '工号', en: 'No.' }, type: 'text', value: (r) => r.employeeNo },
        { key: 'name', header: { zh: '姓名', en: 'Name' }, type: 'text', value: (r) => r.name },
        { key: 'team', header: { zh: '考核小组', en: 'Team' }, type: 'text', value: (r) => r.team },
        {
          key: 'kind',
          header: { zh: '类型', en: 'Kind' },
          type: 'text',
          value: (r) => (r.kind === 'event' ? eventLabel : escalationLabel),
        },
        { key: 'code', header: { zh: '规则编码', en: 'Code' }, type: 'text', value: (r) => r.code },
        { key: 'rule', header: { zh: '考核项目', en: 'Rule' }, type: 'text', value: (r) => r.rule },
        { key: 'category', header: { zh: '类别', en: 'Category' }, type: 'text', value: (r) => r.category },
        { key: 'count', header: { zh: '次数', en: 'Count' }, type: 'integer', value: (r) => r.count },
        { key: 'fee', header: { zh: '费用（元）', en: 'Fee (¥)' }, type: 'money', value: (r) => r.fee },
        {
          key: 'individualPoints',
          header: { zh: '个人分', en: 'Individual points' },
          type: 'number',
          value: (r) => r.individualPoints,
          total: 'sum',
        },
        {
          key: 'collectivePoints',
          header: { zh: '集体分', en: 'Collective points' },
          type: 'number',
          value: (r) => r.collectivePoints,
          total: 'sum',
        },
        {
          key: 'individualYuan',
          header: { zh: '个人提成（元）', en: 'Individual commission (¥)' },
          type: 'money',
          value: (r) => r.individualYuan,
        },
        {
          key: 'eventId',
          header: { zh: '记录编号', en: 'Event id' },
          type: 'integer',
          value: (r) => r.eventId,
        },
      ],
    }),
    sheet({
      name: { zh: '本月所用规则', en: 'Rules used' },
      caption,
      rows: result.rules,
      columns: [
        { key: 'code', header: { zh: '规则编码', en: 'Code' }, type: 'text', value: (r) => r.code },
        { key: 'name', header: { zh: '考核项目', en: 'Rule' }, type: 'text', value: (r) => r.name },
        {
          key: 'points',
          header: { zh: '每次得分', en: 'Points each' },
          type: 'number',
          value: (r) => r.points,
        },
        {
          key: 'threshold',
          header: { zh: '加重次数', en: 'Threshold' },
          type: 'integer',
          value: (r) => r.escalation?.threshold ?? null,
        },
        {
          key: 'escInd',
          header: { zh: '加重个人分', en: 'Escalation, individual' },
          type: 'number',
          value: (r) => r.escalation?.individualPoints ?? null,
        },
        {
          key: 'escCol',
          header: { zh: '加重集体分', en: 'Escalation, collective' },
          type: 'number',
          value: (r) => r.escalation?.collectivePoints ?? null,
        },
        {
          key: 'indYuan',
          header: { zh: '个人提成（元/次）', en: 'Individual ¥ each' },
          type: 'money',
          value: (r) => r.money?.individualYuan ?? null,
        },
        {
          key: 'colYuan',
          header: { zh: '集体提成（元/次）', en: 'Collective ¥ each' },
          type: 'money',
          value: (r) => r.money?.collectiveYuan ?? null,
        },
        {
          key: 'indPct',
          header: { zh: '个人提成（费用 %）', en: 'Individual % of fee' },
          type: 'number',
          value: (r) => r.money?.individualPercent ?? null,
        },
        {
          key: 'colPct',
          header: { zh: '集体提成（费用 %）', en: 'Collective % of fee' },
          type: 'number',
          value: (r) => r.money?.collectivePercent ?? null,
        },
        {
          key: 'version',
          header: { zh: '所用版本', en: 'Version used' },
          type: 'text',
          value: (r) =>
            r.versionUntil === null
              ? current
              : lang === 'zh'
                ? `截至 ${r.versionUntil} 的旧值`
                : `Values until ${r.versionUntil}`,
        },
      ],
    }),
  ];
}
