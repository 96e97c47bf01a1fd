import { roleMay, roleMayEditForm } from '../../providers/accessControl';
import { FIELD_KINDS } from '../../schema/fieldKinds';
import type { FieldDef } from '../../schema/fields';
import type { ResourceDef } from '../../schema/resource';
import { writableFields } from '../../schema/writable';
import { hasFilterControl } from '../widgets/render';

/** Columns of the list table: every field not hidden from it (secrets never). */
export function listFields(resource: ResourceDef): FieldDef[] {
  return resource.fields.filter((f) => !f.hideInList && !f.secret);
}

/** Fields of the show page. */
export function showFields(resource: ResourceDef): FieldDef[] {
  return resource.fields.filter((f) => !f.secret);
}

/** Fields of the create and edit forms. */
export function formFields(resource: ResourceDef): FieldDef[] {
  return writableFields(resource);
}

/** Filters of the list, the columns' own first, then the hidden fields'. */
export function filterFields(resource: ResourceDef): FieldDef[] {
  const usable = resource.fields.filter(
    (f) => !f.noFilter && !f.secret && FIELD_KINDS[f.type].filter !== null && hasFilterControl(f),
  );
  return [...usable.filter((f) => !f.hideInList), ...usable.filter((f) => f.hideInList)];
}

// Each also asks the signed-in user's role (the backend refuses the same anyway).
export function canCreate(resource: ResourceDef): boolean {
  return !resource.readOnly && !resource.singleton && roleMay(resource.name, 'create');
}

export function canEdit(resource: ResourceDef): boolean {
  return !resource.readOnly && roleMayEditForm(resource.name);
}

export function canDelete(resource: ResourceDef): boolean {
  return !resource.readOnly && !resource.singleton && roleMay(resource.name, 'delete');
}
