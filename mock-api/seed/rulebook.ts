import {
  COMPLAINT_DEADLINES,
  DEFAULT_APPRAISAL_RULES,
  DEFAULT_APPRAISAL_SETTINGS,
  DEFAULT_APPRAISAL_TEMPLATES,
  DEFAULT_SURVEY_TEMPLATE,
  MONTHLY_AWARD_AMOUNTS,
  type AppraisalRule,
  type AppraisalSettings,
  type AppraisalTemplate,
  type ComplaintDeadline,
  type SurveyTemplate,
} from '../../src/domain/defaults';

/**
 * The rule tables the seed writes and follows. They all come from `src/domain/defaults.ts` —
 * the seed never keeps a copy — so a manager's defaults and the demo data agree by construction.
 */
export interface Rulebook {
  complaintDeadlines: ComplaintDeadline[];
  surveyTemplate: SurveyTemplate;
  appraisalRules: AppraisalRule[];
  appraisalSettings: AppraisalSettings;
  appraisalTemplates: AppraisalTemplate[];
  /** Monthly best-employee amounts by rank: [1st, 2nd, 3rd]. */
  awardAmounts: number[];
}

export function defaultRulebook(): Rulebook {
  return {
    complaintDeadlines: structuredClone(COMPLAINT_DEADLINES),
    surveyTemplate: structuredClone(DEFAULT_SURVEY_TEMPLATE),
    appraisalRules: structuredClone(DEFAULT_APPRAISAL_RULES),
    appraisalSettings: structuredClone(DEFAULT_APPRAISAL_SETTINGS),
    appraisalTemplates: structuredClone(DEFAULT_APPRAISAL_TEMPLATES),
    awardAmounts: [MONTHLY_AWARD_AMOUNTS[1], MONTHLY_AWARD_AMOUNTS[2], MONTHLY_AWARD_AMOUNTS[3]],
  };
}
