import {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  MessageOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShoppingOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { MenuGroup } from '../schema/resource';

/**
 * Icons by the names declarations use. Listed one by one (not `import *`) so that only the
 * icons in use reach the bundle; a unit test checks every declared name is here.
 */
export const ICONS: Record<string, ComponentType> = {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  MessageOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShoppingOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
};

export const GROUP_ICONS: Record<MenuGroup, string> = {
  organisation: 'ApartmentOutlined',
  customers: 'CustomerServiceOutlined',
  quality: 'SafetyCertificateOutlined',
  appraisal: 'TrophyOutlined',
  training: 'ReadOutlined',
  system: 'SettingOutlined',
};

export function iconElement(name: string) {
  const Icon = ICONS[name] ?? AppstoreOutlined;
  return <Icon />;
}
