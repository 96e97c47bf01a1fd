import { useForm } from '@refinedev/antd';
import type { BaseKey, BaseRecord, HttpError } from '@refinedev/core';
import { useState } from 'react';
import { useLang } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import type { NamePath } from '../widgets/types';
import { placeServerErrors } from './serverErrors';
import { initialValues, toSubmission } from './submission';

type Values = Record<string, unknown>;

export interface SaveFailure {
  message: string;
  unplaced: string[];
}

/**
 * refine's antd `useForm` for a declared resource. It submits the declaration's writable
 * fields in their stored form; on a failed save it keeps every typed value (no reset, no
 * redirect), puts the server's field errors on the fields, nested paths included, and keeps
 * the failure (message and errors without a field) for the form's alert.
 */
/** Someone else saved the record after it was loaded (409): their version now. */
export interface SaveConflict {
  currentVersion: number;
}

export function useRecordForm(resource: ResourceDef, action: 'create' | 'edit', id?: BaseKey) {
  const lang = useLang();
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const result = useForm<BaseRecord, HttpError, Values>({
    resource: resource.name,
    action,
    id,
    redirect: 'show',
    // We place the errors ourselves (see `placeServerErrors`), after refine's defaults.
    disableServerSideValidation: true,
    onMutationError: (error) => {
      const current = (error as (HttpError & { currentVersion?: unknown }) | undefined)?.currentVersion;
      if (error?.statusCode === 409 && typeof current === 'number') {
        setConflict({ currentVersion: current });
        return;
      }
      const form = result.form;
      const registered = form.getFieldsError().map((e) => e.name as NamePath);
      const placed = placeServerErrors(resource.fields, error?.errors, registered, lang);
      form.setFields(placed.fields);
      if (placed.fields.length > 0) form.scrollToField(placed.fields[0].name, { block: 'center' });
      setFailure({ message: error?.message ?? '', unplaced: placed.unplaced });
    },
  });
  const loaded = action === 'edit' ? (result.query?.data?.data as Values | undefined) : undefined;
  // The version the edit is based on: the loaded record's, or the newer one the user chose to overwrite.
  const submit = (version: unknown) => {
    setFailure(null);
    setConflict(null);
    // Every value of the store, not only the mounted items' (a collapsed object is null).
    const values = result.form.getFieldsValue(true) as Values;
    const body = toSubmission(resource, values, loaded);
    if (typeof version === 'number') body.version = version;
    return result.onFinish(body).catch((error: unknown) => error);
  };
  const onFinish = () => submit(loaded?.version);
  /** Saves over the other editor's version, knowingly. */
  const overwrite = () => (conflict ? submit(conflict.currentVersion) : undefined);
  /** Drops this edit and loads the latest version into the form. */
  const reload = async () => {
    setConflict(null);
    const fresh = await result.query?.refetch();
    const data = fresh?.data?.data as Values | undefined;
    if (data) {
      result.form.resetFields();
      result.form.setFieldsValue(data as Parameters<typeof result.form.setFieldsValue>[0]);
    }
  };
  return {
    ...result,
    loaded,
    failure,
    clearFailure: () => setFailure(null),
    conflict,
    overwrite,
    reload,
    formProps: {
      ...result.formProps,
      initialValues: action === 'create' ? initialValues(resource) : result.formProps.initialValues,
      onFinish,
    },
  };
}
