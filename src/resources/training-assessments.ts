import { defineResource } from '../schema/resource';

const score = { min: 0, max: 100, decimals: 1 } as const;

/**
 * 培训考核: theory, practice and classroom performance (理论考试、实际操作考核、课堂表现评价).
 * The total and the pass (total ≥ 60) are the backend's; who fails retakes until passed.
 */
export const trainingAssessments = defineResource({
  name: 'training-assessments',
  label: { zh: '培训考核', en: 'Training assessments' },
  group: 'training',
  icon: 'CheckSquareOutlined',
  titleField: 'employeeId',
  defaultSort: [{ field: 'sessionId', order: 'desc' }],
  fields: [
    {
      name: 'sessionId',
      type: 'reference',
      resource: 'training-sessions',
      label: { zh: '培训课程', en: 'Session' },
      required: true,
    },
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    {
      name: 'theoryScore',
      type: 'number',
      label: { zh: '理论考试', en: 'Theory' },
      required: true,
      ...score,
    },
    {
      name: 'practicalScore',
      type: 'number',
      label: { zh: '实际操作', en: 'Practical' },
      required: true,
      ...score,
    },
    {
      name: 'performanceScore',
      type: 'number',
      label: { zh: '课堂表现', en: 'Classroom performance' },
      required: true,
      ...score,
    },
    {
      name: 'total',
      type: 'number',
      label: { zh: '总评', en: 'Total' },
      readOnly: true,
      ...score,
      help: { zh: '由系统按三项成绩计算', en: 'Computed by the system from the three scores' },
    },
    {
      name: 'passed',
      type: 'boolean',
      label: { zh: '合格', en: 'Passed' },
      readOnly: true,
      help: {
        zh: '总评 ≥ 60 为合格；不合格者补考直至合格',
        en: 'Passed at 60 or more; who fails retakes until passed',
      },
    },
    {
      name: 'retakeOfId',
      type: 'reference',
      resource: 'training-assessments',
      label: { zh: '补考自', en: 'Retake of' },
      help: { zh: '补考时关联不合格的那次考核', en: 'For a retake: the failed assessment it repeats' },
    },
  ],
  related: [{ resource: 'training-assessments', field: 'retakeOfId' }],
});
