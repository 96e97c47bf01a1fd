import type { ResourceProps } from '@refinedev/core';
import { FEATURE_PAGES } from '../features';
import { RESOURCES } from '../resources';
import type { Lang } from '../schema/labels';
import { MENU_GROUPS, type MenuGroup } from '../schema/resource';
import { GROUP_ICONS, iconElement } from './icons';

/**
 * refine's name of a menu group. Not the group's own key: the group `customers` and the
 * resource `customers` would be one name to refine and to the access control provider (which
 * would then hide the whole group from a role that may not read customers).
 */
export function menuGroupName(group: MenuGroup): string {
  return `group-${group}`;
}

/** The menu group of a refine name made by `menuGroupName`, if it is one. */
export function menuGroupOf(name: string): MenuGroup | undefined {
  const group = name.startsWith('group-') ? name.slice('group-'.length) : undefined;
  return group !== undefined && Object.hasOwn(MENU_GROUPS, group) ? (group as MenuGroup) : undefined;
}

/** refine's resource list, built from the declarations: menu groups first, then each resource under its group. */
export function buildRefineResources(lang: Lang): ResourceProps[] {
  const groups = (Object.keys(MENU_GROUPS) as MenuGroup[]).map((group) => ({
    name: menuGroupName(group),
    meta: { label: MENU_GROUPS[group][lang], icon: iconElement(GROUP_ICONS[group]) },
  }));
  const resources = RESOURCES.map((r) => ({
    name: r.name,
    list: `/${r.name}`,
    show: `/${r.name}/show/:id`,
    create: r.readOnly || r.singleton ? undefined : `/${r.name}/create`,
    edit: r.readOnly ? undefined : `/${r.name}/edit/:id`,
    meta: {
      parent: menuGroupName(r.group),
      label: r.label[lang],
      icon: iconElement(r.icon),
      canDelete: !r.readOnly && !r.singleton,
    },
  }));
  const pages = FEATURE_PAGES.map((p) => ({
    name: p.name,
    list: `/${p.path}`,
    meta: { parent: menuGroupName(p.group), label: p.label[lang], icon: iconElement(p.icon) },
  }));
  return [...groups, ...pages, ...resources];
}
