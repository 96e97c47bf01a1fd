import type { ResourceProps } from '@refinedev/core';
import { FEATURE_PAGES } from '../features';
import { RESOURCES } from '../resources';
import type { Lang } from '../schema/labels';
import { MENU_GROUPS, type MenuGroup } from '../schema/resource';
import { GROUP_ICONS, iconElement } from './icons';

/** refine's resource list, built from the declarations: menu groups first, then each resource under its group. */
export function buildRefineResources(lang: Lang): ResourceProps[] {
  const groups = (Object.keys(MENU_GROUPS) as MenuGroup[]).map((group) => ({
    name: group,
    meta: { label: MENU_GROUPS[group][lang], icon: iconElement(GROUP_ICONS[group]) },
  }));
  const resources = RESOURCES.map((r) => ({
    name: r.name,
    list: `/${r.name}`,
    show: `/${r.name}/show/:id`,
    create: r.readOnly || r.singleton ? undefined : `/${r.name}/create`,
    edit: r.readOnly ? undefined : `/${r.name}/edit/:id`,
    meta: {
      parent: r.group,
      label: r.label[lang],
      icon: iconElement(r.icon),
      canDelete: !r.readOnly && !r.singleton,
    },
  }));
  const pages = FEATURE_PAGES.map((p) => ({
    name: p.name,
    list: `/${p.path}`,
    meta: { parent: p.group, label: p.label[lang], icon: iconElement(p.icon) },
  }));
  return [...groups, ...pages, ...resources];
}
