import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ApartmentOutlined,
  CustomerServiceOutlined,
  HomeOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { MenuGroup } from '../schema/resource';

/**
 * Icons by the names declarations use. Listed one by one (not `import *`) so that only the
 * icons in use reach the bundle; a unit test checks every declared name is here.
 */
export const ICONS: Record<string, ComponentType> = {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ApartmentOutlined,
  CustomerServiceOutlined,
  HomeOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
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
