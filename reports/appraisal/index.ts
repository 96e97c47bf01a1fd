import type { ReportData } from '../core/types';
import { reportCaption } from '../core/caption';
import { branchQuery } from '../core/query';
import { defineReport } from '../core/types';
import { monthFirstDay, monthLastDay } from '../../src/schema/time';
import { appraisalReport, trendMonths, type AppraisalReport } from './result';
import { appraisalSheets } from './sheets';

/**
 * 考核得分表 (DOMAIN §8.3): per employee every pay component of §5.1, per team its collective
 * points and money, every event of the month with the escalations reached, and the rule values
 * used. A month report: given a date range, it is the month of the range's first day. Optional
 * `team=ID` (`--param team=3`, `?team=3`) narrows it to one team.
 */
export const appraisalReportDefinition = defineReport<AppraisalReport>({
  name: 'appraisal',
  title: { zh: '考核得分表', en: 'Appraisal points and pay' },

  async load(source, params) {
    const month = monthOf(params);
    const months = trendMonths(month);
    const [teams, employees, rules, settings, events, awards] = await Promise.all([
      source.list('teams', branchQuery(params)),
      source.list('employees', branchQuery(params)),
      source.list('appraisal-rules'),
      source.list('appraisal-settings'),
      source.list('appraisal-events', {
        occurredOn_gte: monthFirstDay(months[0]),
        occurredOn_lte: monthLastDay(month),
      }),
      source.list('monthly-awards', { month_gte: months[0], month_lte: month }),
    ]);
    // Events carry no branch: keep those of the branch's employees (the rest is never scored).
    const ids = new Set(employees.map((e) => e.id));
    const data: ReportData = {
      teams,
      employees,
      'appraisal-rules': rules,
      'appraisal-settings': settings,
      'appraisal-events': events.filter((e) => ids.has(e.employeeId)),
      'monthly-awards': awards,
    };
    return data;
  },

  compute: (data, params) => appraisalReport(data, monthOf(params), teamOf(params)),

  sheets(result, data, params, lang) {
    const team = result.teams.length === 1 && teamOf(params) !== undefined ? result.teams[0].name : undefined;
    const caption = reportCaption(
      appraisalReportDefinition,
      params,
      lang,
      team ? { [lang === 'zh' ? '考核小组' : 'Team']: team } : {},
    );
    return appraisalSheets(result, data, caption, lang);
  },
});

function monthOf(params: { month?: string; period: { from: string } }): string {
  return params.month ?? params.period.from.slice(0, 7);
}

function teamOf(params: { extra?: Record<string, string> }): number | undefined {
  const raw = params.extra?.team;
  const id = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
