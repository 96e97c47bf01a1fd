/**
 * The defaults of DOMAIN.md as typed data: the records a fresh database starts with, which
 * managers then edit in the browser (rules are records, not code). The seed generator writes
 * them; `tests/unit/resources.test.ts` checks each one against its resource declaration.
 */

export type Severity = 'minor' | 'general' | 'serious' | 'critical';

export interface ComplaintDeadline {
  severity: Severity;
  respondHours: number;
  resolveHours: number;
}

/** §4 投诉处理期限: calendar hours from receipt. */
export const COMPLAINT_DEADLINES: ComplaintDeadline[] = [
  { severity: 'critical', respondHours: 1, resolveHours: 72 },
  { severity: 'serious', respondHours: 4, resolveHours: 120 },
  { severity: 'general', respondHours: 24, resolveHours: 168 },
  { severity: 'minor', respondHours: 24, resolveHours: 360 },
];

export interface SurveyDimension {
  key: string;
  label: string;
  weight: number;
  required: boolean;
}

export interface SurveyTemplate {
  name: string;
  scale: 5 | 10;
  dimensions: SurveyDimension[];
  hasNps: boolean;
  active: boolean;
}

/** §3: the seeds' survey content (护理服务质量、服务态度、环境设施、产品效果), 5-point scale. */
export const DEFAULT_SURVEY_TEMPLATE: SurveyTemplate = {
  name: '服务满意度调查表',
  scale: 5,
  dimensions: [
    { key: 'quality', label: '护理服务质量', weight: 0.3, required: true },
    { key: 'attitude', label: '服务态度', weight: 0.3, required: true },
    { key: 'environment', label: '环境设施', weight: 0.2, required: true },
    { key: 'effect', label: '产品效果', weight: 0.2, required: true },
  ],
  hasNps: true,
  active: true,
};

// ---------------------------------------------------------------------------------------------
// §5.1 Point rules of the consulting group (seed 002)

export type RuleCategory =
  'record_keeping' | 'spot_check' | 'service_standard' | 'discipline' | 'praise' | 'conversion';
export type RuleAppliesTo = 'leader' | 'member' | 'all';

export interface RuleEscalation {
  /** The day's count of the rule for one employee at which the extra points apply, once. */
  threshold: number;
  individualPoints: number;
  collectivePoints: number;
}

export interface RuleMoney {
  /** Yuan per occurrence. */
  individualYuan: number;
  collectiveYuan: number;
  /** Percent of the event's fee: 2 means 2 %. */
  individualPercent: number;
  collectivePercent: number;
}

export interface AppraisalRule {
  code: string;
  name: string;
  category: RuleCategory;
  appliesTo: RuleAppliesTo;
  /** Per occurrence. */
  points: number;
  escalation: RuleEscalation | null;
  money: RuleMoney | null;
  active: boolean;
}

function rule(
  code: string,
  name: string,
  category: RuleCategory,
  appliesTo: RuleAppliesTo,
  points: number,
  escalation: RuleEscalation | null = null,
  money: RuleMoney | null = null,
): AppraisalRule {
  return { code, name, category, appliesTo, points, escalation, money, active: true };
}

/** Seed 002 三: "一次扣2分、一天累计二次个人扣5分、集体扣5分". */
const TWICE_A_DAY: RuleEscalation = { threshold: 2, individualPoints: -5, collectivePoints: -5 };
/** Seed 002 纪律标准: "一次扣2分,一天累计三次 个人扣5分,集体扣5分". */
const THREE_TIMES_A_DAY: RuleEscalation = { threshold: 3, individualPoints: -5, collectivePoints: -5 };

function commission(
  individualYuan: number,
  collectiveYuan = 0,
  individualPercent = 0,
  collectivePercent = 0,
): RuleMoney {
  return { individualYuan, collectiveYuan, individualPercent, collectivePercent };
}

/**
 * The 29 default rules of DOMAIN §5.1 (seed 002 咨询组绩效考评), with their exact points,
 * escalations and money.
 *
 * Who each rule applies to (`appliesTo`), read from seed 002:
 * - L01–L12 `leader`: section 二 "网络组组长考核标准" (考核表、登记表、抽查考核) is the leader's alone.
 * - S01–S07 and D01–D03 `member`: section 三 "网络及电话咨询员考核标准" sets the service and
 *   discipline standards for the online and phone consultants; "集体" there is the whole group.
 * - D04 `all`: late arrival, early leave and absence also cost the leader the full-attendance
 *   bonus (全勤奖), which seed 002's pay formula gives the leader as well, so the leader's
 *   absences must be recordable under the same rule (`fullAttendanceRuleCode` is D04).
 * - P01 `all`: a customer's praise may name anyone, and the best-employee vote includes the
 *   leader (每月最佳优秀员工：含组长在内).
 * - C01–C05 `all`: the leader also answers online and phone consultations (组长职责 3) and is paid
 *   业务提成 by the same rules.
 * Money amounts that a rule does not name are 0 (not null), so that sums need no special case.
 */
export const DEFAULT_APPRAISAL_RULES: AppraisalRule[] = [
  // 关于考核表（按天计算）
  rule('L01', '每天考核表填写完善', 'record_keeping', 'leader', 1),
  rule('L02', '每天考核表上报及时', 'record_keeping', 'leader', 1),
  rule('L03', '每天考核表填写不合格', 'record_keeping', 'leader', -2),
  rule('L04', '每天考核表填写有误', 'record_keeping', 'leader', -2),
  rule('L05', '每天考核表上报不及时', 'record_keeping', 'leader', -2),
  // 关于网络、电话登记表（按天计算）
  rule('L06', '每天登记表填写完善', 'record_keeping', 'leader', 1),
  rule('L07', '每天登记表上报及时', 'record_keeping', 'leader', 1),
  rule('L08', '每天登记表填写不合格', 'record_keeping', 'leader', -2),
  rule('L09', '每天登记表填写有误', 'record_keeping', 'leader', -2),
  rule('L10', '每天登记表上报不及时', 'record_keeping', 'leader', -2),
  // 抽查考核（按每次抽查计算）
  rule('L11', '抽查考核合格', 'spot_check', 'leader', 2),
  rule('L12', '抽查考核不合格', 'spot_check', 'leader', -5),
  // 服务标准：言语和态度（按天计算）
  rule('S01', '礼貌用语不规范', 'service_standard', 'member', -2, TWICE_A_DAY),
  rule('S02', '咨询电话未及时接听', 'service_standard', 'member', -2, TWICE_A_DAY),
  rule('S03', '咨询电话未详细登记', 'service_standard', 'member', -2, TWICE_A_DAY),
  rule('S04', '对来电咨询者回答错误', 'service_standard', 'member', -2, TWICE_A_DAY),
  rule('S05', '网络咨询未及时回复', 'service_standard', 'member', -2, TWICE_A_DAY),
  rule('S06', '对待顾客语音、语气不标准', 'service_standard', 'member', -2, TWICE_A_DAY),
  // "超过两次" = the third time in a day
  rule('S07', '对待顾客态度无礼或粗暴', 'service_standard', 'member', -8, {
    threshold: 3,
    individualPoints: -12,
    collectivePoints: -12,
  }),
  // 纪律标准：服务言行和态度（按天计算）
  rule(
    'D01',
    '工作时间存在个人行为（打游戏、听音乐、私人聊天、化妆、吃零食、大声喧哗、发短信、打私人电话等）',
    'discipline',
    'member',
    -2,
    THREE_TIMES_A_DAY,
  ),
  rule(
    'D02',
    '未执行上级领导下达的任务、对广告宣传不熟知而造成工作失误',
    'discipline',
    'member',
    -2,
    THREE_TIMES_A_DAY,
  ),
  rule('D03', '无故串岗、离岗', 'discipline', 'member', -2, THREE_TIMES_A_DAY),
  rule('D04', '迟到、早退、旷工等无纪律行为', 'discipline', 'all', -2, THREE_TIMES_A_DAY),
  // 顾客表扬
  rule('P01', '受到客户表扬（留言、表扬信、锦旗等）', 'praise', 'all', 6),
  // 成功率（按月计算）
  rule('C01', '通过网络咨询到院挂号就诊', 'conversion', 'all', 0, null, commission(15)),
  rule('C02', '通过网络咨询到院预约筛查', 'conversion', 'all', 0, null, commission(1)),
  rule('C03', '通过电话咨询到院挂号就诊', 'conversion', 'all', 0, null, commission(10, 5)),
  rule('C04', '通过电话咨询到院预约筛查', 'conversion', 'all', 0, null, commission(0.5, 0.5)),
  // "整形就诊提成手术费3%,其中个人提成2%、集体提成1%"
  rule('C05', '整形就诊（按手术费提成）', 'conversion', 'all', 0, null, commission(0, 0, 2, 1)),
];

export type CollectiveMode = 'each_member' | 'split_equally';

export interface AppraisalSettings {
  pointValueYuan: number;
  collectivePointsMode: CollectiveMode;
  collectiveMoneyMode: CollectiveMode;
  fullAttendanceBonus: number;
  fullAttendanceRuleCode: string;
  leaderAllowance: number;
}

/** §5.1 appraisal-settings, the one record (id 1): 1 分 1 元, 全勤奖 30 元, 岗位津贴 200 元. */
export const DEFAULT_APPRAISAL_SETTINGS: AppraisalSettings = {
  pointValueYuan: 1,
  collectivePointsMode: 'each_member',
  collectiveMoneyMode: 'split_equally',
  fullAttendanceBonus: 30,
  fullAttendanceRuleCode: 'D04',
  leaderAllowance: 200,
};

/** §5.1 monthly-awards: the amount by rank when none is given (第一名 150、第二名 100、第三名 50). */
export const MONTHLY_AWARD_AMOUNTS: Record<1 | 2 | 3, number> = { 1: 150, 2: 100, 3: 50 };

// ---------------------------------------------------------------------------------------------
// §5.2 KPI appraisal templates (seed 000 绩效考核指标)

export type RoleGroup = 'sales' | 'technical' | 'customer_service' | 'administration' | 'consulting';
export type IndicatorGroup = 'performance' | 'attitude' | 'ability';
export type Grade = 'A' | 'B' | 'C' | 'D';

/** The metrics the system computes for KPI indicators (DOMAIN §5.2). */
export type MetricKey =
  | 'contractAmount'
  | 'contractCount'
  | 'newCustomers'
  | 'customersServed'
  | 'qualityScore'
  | 'satisfaction'
  | 'complaintHandlingRate'
  | 'followUpSuccessRate'
  | 'attendance';

export const METRIC_KEYS: MetricKey[] = [
  'contractAmount',
  'contractCount',
  'newCustomers',
  'customersServed',
  'qualityScore',
  'satisfaction',
  'complaintHandlingRate',
  'followUpSuccessRate',
  'attendance',
];

export interface KpiIndicator {
  key: string;
  label: string;
  group: IndicatorGroup;
  weight: number;
  source: 'manual' | MetricKey;
  /** Monthly target of a metric (a rate as a percentage); null for manual indicators. */
  target: number | null;
}

export interface GradeThreshold {
  grade: Grade;
  min: number;
}

export interface AppraisalTemplate {
  roleGroup: RoleGroup;
  indicators: KpiIndicator[];
  selfWeight: number;
  supervisorWeight: number;
  grades: GradeThreshold[];
  bonusCoefficients: Record<Grade, number>;
}

function manual(key: string, label: string, group: IndicatorGroup, weight: number): KpiIndicator {
  return { key, label, group, weight, source: 'manual', target: null };
}

/** A metric indicator: its key is the metric key, so autoValues and scores share one key. */
function metric(
  key: MetricKey,
  label: string,
  group: IndicatorGroup,
  weight: number,
  target: number,
): KpiIndicator {
  return { key, label, group, weight, source: key, target };
}

/**
 * 工作态度 for everyone: attendance computed (100 − 10 × D04 occurrences, so its target is 100),
 * discipline and teamwork scored by hand. 20 of the 100 weight points.
 */
const ATTITUDE: KpiIndicator[] = [
  metric('attendance', '出勤情况', 'attitude', 10, 100),
  manual('discipline', '工作纪律', 'attitude', 5),
  manual('teamwork', '团队合作', 'attitude', 5),
];

const GRADE_THRESHOLDS: GradeThreshold[] = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 0 },
];

const BONUS_COEFFICIENTS: Record<Grade, number> = { A: 1.2, B: 1.0, C: 0.8, D: 0 };

function template(roleGroup: RoleGroup, indicators: KpiIndicator[]): AppraisalTemplate {
  return {
    roleGroup,
    indicators,
    selfWeight: 0.3,
    supervisorWeight: 0.7,
    grades: GRADE_THRESHOLDS.map((g) => ({ ...g })),
    bonusCoefficients: { ...BONUS_COEFFICIENTS },
  };
}

/**
 * One template per role group; weights add up to 100 in each: 工作业绩 60, 工作态度 20,
 * 专业能力 20. Indicators and labels are seed 000's (consulting: seed 002's 咨询员考核指标).
 * Targets are monthly and meant to be tuned by managers: contract amount in yuan, counts per
 * month, scores 0–100, rates as percentages.
 * Consulting has no metric of its own in DOMAIN §5.2, so its performance indicators are scored
 * by hand (the point rules of §5.1 already measure it day by day).
 */
export const DEFAULT_APPRAISAL_TEMPLATES: AppraisalTemplate[] = [
  template('sales', [
    metric('contractAmount', '销售额', 'performance', 30, 20000),
    metric('contractCount', '订单量', 'performance', 15, 5),
    metric('newCustomers', '客户拓展数量', 'performance', 15, 4),
    ...ATTITUDE,
    manual('marketAnalysis', '市场分析能力', 'ability', 7),
    manual('salesSkills', '销售技巧', 'ability', 7),
    manual('relationshipManagement', '客户关系管理能力', 'ability', 6),
  ]),
  template('technical', [
    metric('customersServed', '服务客户数量', 'performance', 25, 15),
    metric('qualityScore', '服务质量评价', 'performance', 20, 90),
    metric('satisfaction', '客户满意度', 'performance', 15, 90),
    ...ATTITUDE,
    manual('technicalSkill', '专业技术水平', 'ability', 8),
    manual('innovation', '技术创新能力', 'ability', 6),
    manual('coaching', '培训指导能力', 'ability', 6),
  ]),
  template('customer_service', [
    metric('complaintHandlingRate', '客户投诉处理率', 'performance', 20, 95),
    metric('satisfaction', '客户满意度', 'performance', 20, 90),
    metric('followUpSuccessRate', '客户回访成功率', 'performance', 20, 85),
    ...ATTITUDE,
    manual('communication', '沟通能力', 'ability', 7),
    manual('problemSolving', '问题解决能力', 'ability', 7),
    manual('serviceAwareness', '服务意识', 'ability', 6),
  ]),
  template('administration', [
    manual('taskCompletion', '工作任务完成率', 'performance', 25),
    manual('errorRate', '工作差错率（差错越少得分越高）', 'performance', 20),
    manual('collaboration', '部门协作满意度', 'performance', 15),
    ...ATTITUDE,
    manual('adminManagement', '行政管理能力', 'ability', 7),
    manual('financeKnowledge', '财务知识', 'ability', 7),
    manual('hrManagement', '人力资源管理能力', 'ability', 6),
  ]),
  template('consulting', [
    manual('consultationVolume', '咨询数量与问题回答量', 'performance', 15),
    manual('appointmentVolume', '客户预约量', 'performance', 15),
    manual('conversionRate', '成功率', 'performance', 15),
    manual('accuracy', '出错或遗漏率（越少得分越高）', 'performance', 15),
    ...ATTITUDE,
    manual('responseSpeed', '解答迅速与应答速度', 'ability', 10),
    manual('answerQuality', '问题解答质量', 'ability', 10),
  ]),
];
