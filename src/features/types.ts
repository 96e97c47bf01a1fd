import type { ComponentType } from 'react';
import type { Labels } from '../schema/labels';
import type { MenuGroup, ResourceDef } from '../schema/resource';

/** A page of its own (a dashboard, a daily entry grid) with its menu entry. */
export interface FeaturePage {
  /** Unique among pages and resources; also refine's resource name for the menu entry. */
  name: string;
  /** Route path without the leading slash, e.g. `dashboards/complaints`. */
  path: string;
  label: Labels;
  group: MenuGroup;
  /** An @ant-design/icons component name (see app/icons.tsx). */
  icon: string;
  /** Usually `lazy(() => import(...))`, so charts and exceljs load only when the page opens. */
  component: ComponentType;
}

export type CrudAction = 'list' | 'show' | 'create' | 'edit';

/** Replaces a generated page of one resource (which usually wraps the generic one). */
export type CrudOverride = ComponentType<{ resource: ResourceDef }>;

/**
 * A business area's part of the console. Features never edit the generic pages' routes:
 * they add pages and override a resource's generated page here.
 */
export interface ConsoleFeature {
  name: string;
  pages?: FeaturePage[];
  overrides?: Record<string, Partial<Record<CrudAction, CrudOverride>>>;
}
