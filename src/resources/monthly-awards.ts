import { defineResource } from '../schema/resource';

/** 月度优秀员工: the team's anonymous vote (小组不记名投票), first to third (seed 002). */
export const monthlyAwards = defineResource({
  name: 'monthly-awards',
  label: { zh: '月度优秀员工', en: 'Monthly awards' },
  group: 'appraisal',
  icon: 'TrophyOutlined',
  uniqueTogether: [['month', 'teamId', 'rank']],
  titleField: 'month',
  defaultSort: [
    { field: 'month', order: 'desc' },
    { field: 'teamId', order: 'asc' },
    { field: 'rank', order: 'asc' },
  ],
  fields: [
    { name: 'month', type: 'month', label: { zh: '月份', en: 'Month' }, required: true },
    {
      name: 'teamId',
      type: 'reference',
      resource: 'teams',
      label: { zh: '考核小组', en: 'Team' },
      required: true,
    },
    { name: 'rank', type: 'integer', label: { zh: '名次', en: 'Rank' }, required: true, min: 1, max: 3 },
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    {
      name: 'amount',
      type: 'money',
      label: { zh: '奖金（元）', en: 'Award (¥)' },
      min: 0,
      help: {
        zh: '留空按名次：第一名 150 元、第二名 100 元、第三名 50 元',
        en: 'Empty means by rank: ¥150, ¥100, ¥50',
      },
    },
  ],
});
