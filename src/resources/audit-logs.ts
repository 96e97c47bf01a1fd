import { defineResource } from '../schema/resource';
import { options } from './options';

export const AUDIT_ACTIONS = options([
  ['create', '新增', 'Create', 'green'],
  ['update', '修改', 'Update', 'blue'],
  ['delete', '删除', 'Delete', 'red'],
  ['login', '登录', 'Login', 'default'],
  ['login_failed', '登录失败', 'Failed login', 'volcano'],
  ['view_customer', '查看顾客完整档案', 'Full customer file viewed', 'purple'],
  ['report_download', '下载报表', 'Report download', 'gold'],
]);

/** 操作日志: written by the backend only; it cannot be edited or deleted through the API. */
export const auditLogs = defineResource({
  name: 'audit-logs',
  label: { zh: '操作日志', en: 'Audit log' },
  group: 'system',
  icon: 'HistoryOutlined',
  titleField: 'at',
  readOnly: true,
  defaultSort: [{ field: 'at', order: 'desc' }],
  fields: [
    { name: 'at', type: 'datetime', label: { zh: '时间', en: 'At' }, required: true },
    { name: 'userId', type: 'reference', resource: 'users', label: { zh: '用户', en: 'User' } },
    {
      name: 'action',
      type: 'enum',
      label: { zh: '操作', en: 'Action' },
      required: true,
      options: AUDIT_ACTIONS,
    },
    { name: 'resource', type: 'text', label: { zh: '资源', en: 'Resource' }, maxLength: 60 },
    { name: 'recordId', type: 'integer', label: { zh: '记录编号', en: 'Record id' }, min: 1 },
    {
      name: 'changes',
      type: 'longText',
      label: { zh: '变更内容', en: 'Changes' },
      maxLength: 100000,
      hideInList: true,
      noFilter: true,
      help: {
        zh: 'JSON：{ 字段: [修改前, 修改后] }',
        en: 'JSON: { field: [before, after] }',
      },
    },
    { name: 'ip', type: 'text', label: { zh: 'IP 地址', en: 'IP address' }, maxLength: 45 },
  ],
});
