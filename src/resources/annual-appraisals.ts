import { defineResource } from '../schema/resource';
import { GRADES } from './options';

/** 年度考核: the year's confirmed monthly results, with a year-end adjustment (seed 000). */
export const annualAppraisals = defineResource({
  name: 'annual-appraisals',
  label: { zh: '年度考核', en: 'Annual appraisals' },
  group: 'appraisal',
  icon: 'FundOutlined',
  uniqueTogether: [['employeeId', 'year']],
  titleField: 'year',
  defaultSort: [
    { field: 'year', order: 'desc' },
    { field: 'employeeId', order: 'asc' },
  ],
  fields: [
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    {
      name: 'year',
      type: 'integer',
      label: { zh: '年度', en: 'Year' },
      required: true,
      min: 2000,
      max: 2100,
    },
    {
      name: 'monthlyMean',
      type: 'number',
      label: { zh: '月度平均分', en: 'Monthly mean' },
      readOnly: true,
      min: 0,
      max: 100,
      decimals: 2,
      help: { zh: '全年已确认月度考核得分的平均值', en: "The mean of the year's confirmed monthly scores" },
    },
    {
      name: 'adjustment',
      type: 'number',
      label: { zh: '年度调整分', en: 'Adjustment' },
      min: -20,
      max: 20,
      decimals: 1,
      default: 0,
      help: {
        zh: '结合员工年度工作表现的加减分（±20 以内）',
        en: "Points added or taken for the year's overall performance (within ±20)",
      },
    },
    {
      name: 'finalScore',
      type: 'number',
      label: { zh: '年度得分', en: 'Final score' },
      readOnly: true,
      min: 0,
      max: 100,
      decimals: 2,
      help: { zh: '月度平均分 + 调整分，限 0–100', en: 'Monthly mean + adjustment, within 0–100' },
    },
    { name: 'grade', type: 'enum', label: { zh: '等级', en: 'Grade' }, readOnly: true, options: GRADES },
  ],
});
