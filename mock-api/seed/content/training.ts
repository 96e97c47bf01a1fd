export type TrainingCategory = 'skills' | 'service_awareness' | 'management' | 'safety';

/** Training topics from seeds 000/001 (专业技能 · 服务意识 · 管理能力) and the safety rules. */
export const TRAINING_TOPICS: Record<TrainingCategory, [topic: string, roleGroups: string[]][]> = {
  skills: [
    ['产后盆底肌修复手法培训', ['technical']],
    ['腹直肌分离评估与康复训练方法', ['technical']],
    ['产后修复设备操作与日常维护', ['technical']],
    ['产后营养与心理调适知识', ['technical', 'customer_service']],
    ['母婴护理基础知识', ['technical', 'customer_service']],
    ['皮肤检测仪使用与报告解读', ['technical', 'consulting']],
    ['整形美容项目知识与术后护理', ['consulting', 'customer_service']],
    ['销售技巧与疗程方案设计', ['sales']],
  ],
  service_awareness: [
    ['客户服务技巧与投诉处理', ['customer_service', 'consulting', 'technical']],
    ['服务礼仪：着装、电话与接诊礼仪', ['customer_service', 'consulting', 'sales', 'administration']],
    ['电话咨询话术与登记规范', ['consulting']],
    ['团队协作与沟通', ['customer_service', 'technical', 'sales', 'administration']],
    ['职业道德与顾客隐私保护', ['customer_service', 'consulting', 'technical', 'sales', 'administration']],
    ['满意度调查与回访规范', ['customer_service']],
  ],
  management: [
    ['基层管理者领导力提升', ['administration', 'sales']],
    ['团队管理与绩效面谈', ['administration', 'sales', 'customer_service']],
    ['市场营销与客户关系管理', ['sales', 'consulting']],
    ['财务预算与成本控制', ['administration']],
  ],
  safety: [
    ['消防安全与应急疏散演练', ['customer_service', 'consulting', 'technical', 'sales', 'administration']],
    ['院感防控与消毒规范', ['technical']],
    ['医疗安全不良事件上报', ['technical', 'customer_service']],
  ],
};

export const INTERNAL_TRAINER_TITLES = ['技术主管', '客服主管', '行政经理', '业务经理', '咨询组长'];
