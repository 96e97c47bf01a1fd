import type { DbState } from '../../mock-api/adapter';
import { COMPLAINT_DEADLINES } from '../../src/domain/defaults';

/**
 * A small hand-written database for the contract suite. Values are chosen for the filters:
 * names with regular-expression syntax, instants on both sides of a Shanghai midnight, arrays
 * holding 1, 2 and 12 (so that "holds 2" must not match 12), a field no customer row has.
 */
export function fixture(): DbState {
  return {
    branches: [
      branch(1, 'BJ01', '北京悦心产后修复中心', '北京', 'postpartum_center', '2019-12-25', true),
      branch(2, 'SH01', '上海臻颜美容院', '上海', 'beauty_salon', '2022-07-01', true),
      branch(3, 'GZ01', '广州美莱医疗美容医院', '广州', 'aesthetic_clinic', '2020-03-15', false),
      branch(4, 'SZ01', 'Shenzhen (Flagship) Clinic', '深圳', 'aesthetic_clinic', '2023-05-20', true),
      branch(5, 'HZ01', 'Hangzhou \\ Salon.*', '杭州', 'beauty_salon', null, true),
    ],
    departments: [
      { id: 1, branchId: 1, name: '行政部', kind: 'administration' },
      { id: 2, branchId: 1, name: '客服部', kind: 'customer_service' },
      { id: 3, branchId: 2, name: '客服部', kind: 'customer_service' },
    ],
    teams: [{ id: 1, branchId: 1, name: '客服组', leaderId: 2 }],
    employees: [
      employee(1, 'BJ01-001', '陈建军', 'male', 1, 1, null, '行政经理', 'administration', '2021-02-24', null),
      employee(2, 'BJ01-002', '王丽', 'female', 1, 2, 1, '客服主管', 'customer_service', '2022-03-01', null),
      employee(
        3,
        'SH01-001',
        '李娜',
        'female',
        2,
        3,
        null,
        '客服专员',
        'customer_service',
        '2023-01-09',
        null,
      ),
      employee(
        12,
        'SH01-002',
        '张敏',
        'female',
        2,
        3,
        null,
        '客服专员',
        'customer_service',
        '2023-06-01',
        '2026-08-31',
      ),
    ],
    'service-items': [
      {
        id: 1,
        code: 'PR01',
        name: '产后盆底肌修复',
        category: 'postpartum_repair',
        price: 680,
        durationMin: 60,
        active: true,
      },
      {
        id: 2,
        code: 'SK01',
        name: '深层补水护理',
        category: 'skin_care',
        price: 298,
        durationMin: 45,
        active: true,
      },
      {
        id: 3,
        code: 'SK02',
        name: '光子嫩肤',
        category: 'skin_care',
        price: 1280,
        durationMin: 30,
        active: false,
      },
    ],
    // no row holds `occupation`: an equality filter on it must find nothing, not everything
    customers: [
      {
        id: 1,
        customerNo: 'KH-BJ01-00001',
        name: '丁国英',
        gender: 'female',
        phone: '13654365802',
        branchId: 1,
        memberLevel: 'vip',
        consentToContact: true,
      },
      {
        id: 2,
        customerNo: 'KH-SH01-00001',
        name: '宋思佳',
        gender: 'female',
        phone: '15524944301',
        branchId: 2,
        memberLevel: 'none',
        consentToContact: false,
      },
    ],
    contracts: [
      {
        id: 1,
        contractNo: 'HT-BJ01-202611-0001',
        customerId: 1,
        branchId: 1,
        salesRepId: 1,
        lines: [{ serviceItemId: 2, sessions: 2, unitPrice: 298 }],
        total: 596,
        deposit: 100,
        paid: 596,
        paymentMethod: 'wechat',
        signedOn: '2026-11-01',
        startsOn: '2026-11-01',
        endsOn: '2027-04-30',
        status: 'active',
      },
    ],
    // The DOMAIN defaults: a complaint is created with the deadlines of its severity's record.
    'complaint-deadlines': COMPLAINT_DEADLINES.map((d, i) => ({ id: i + 1, ...d })),
    complaints: [
      // 2026-11-03 00:30 in Shanghai
      complaint(1, 1, 'general', 'hotline', '2026-11-02T16:30:00.000Z', [1, 2], 100),
      // 2026-11-03 23:59:59.999 in Shanghai
      complaint(2, 2, 'serious', 'online', '2026-11-03T15:59:59.999Z', [12], 250.5),
      // 2026-11-04 00:00 in Shanghai
      complaint(3, 2, 'critical', 'on_site', '2026-11-03T16:00:00.000Z', [], null),
    ],
    users: [
      {
        id: 1,
        username: 'admin',
        displayName: '系统管理员',
        role: 'admin',
        branchIds: [1, 2],
        employeeId: null,
        active: true,
      },
      {
        id: 2,
        username: 'manager',
        displayName: '王丽（客服主管）',
        role: 'manager',
        branchIds: [3],
        employeeId: 2,
        active: true,
      },
    ],
    'audit-logs': [
      {
        id: 1,
        at: '2026-11-17T06:44:00.000Z',
        userId: 1,
        action: 'login',
        resource: null,
        recordId: null,
        changes: null,
        ip: '192.168.1.10',
      },
    ],
    'appraisal-settings': [
      {
        id: 1,
        pointValueYuan: 1,
        collectivePointsMode: 'each_member',
        collectiveMoneyMode: 'split_equally',
        fullAttendanceBonus: 30,
        fullAttendanceRuleCode: 'D04',
        leaderAllowance: 200,
      },
    ],
  };
}

function branch(
  id: number,
  code: string,
  name: string,
  city: string,
  type: string,
  openedOn: string | null,
  active: boolean,
) {
  return { id, code, name, city, type, openedOn, active };
}

function employee(
  id: number,
  employeeNo: string,
  name: string,
  gender: string,
  branchId: number,
  departmentId: number,
  teamId: number | null,
  position: string,
  roleGroup: string,
  hiredOn: string,
  leftOn: string | null,
) {
  return {
    id,
    employeeNo,
    name,
    gender,
    phone: null,
    branchId,
    departmentId,
    teamId,
    position,
    roleGroup,
    baseSalary: 6000,
    hiredOn,
    leftOn,
  };
}

function complaint(
  id: number,
  branchId: number,
  severity: string,
  channel: string,
  receivedAt: string,
  involvedStaffIds: number[],
  refundAmount: number | null,
) {
  return {
    id,
    complaintNo: `TS-FX-202611-000${id}`,
    branchId,
    customerId: null,
    complainantName: `投诉人${id}`,
    complainantPhone: null,
    channel,
    category: 'service_attitude',
    severity,
    receivedAt,
    description: `投诉内容 ${id}`,
    desiredRemedy: null,
    involvedDepartmentId: null,
    involvedStaffIds,
    handlerId: null,
    status: 'received',
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    respondDueAt: null,
    resolveDueAt: null,
    rootCause: null,
    resolution: null,
    refundAmount,
    responsibleStaffIds: [],
    handlingSatisfaction: null,
    reopenedCount: 0,
    history: [],
  };
}
