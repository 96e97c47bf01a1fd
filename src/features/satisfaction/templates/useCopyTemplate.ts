import {
  useApiUrl,
  useCustomMutation,
  useGo,
  useNavigation,
  type BaseKey,
  type HttpError,
} from '@refinedev/core';
import { format, useSatisfactionText } from '../text';

/** Where the mock API copies a template (mock-api/features/satisfaction/templates.ts). */
export const copyUrl = (apiUrl: string, id: BaseKey) => `${apiUrl}/survey-templates/${id}/copy`;

/**
 * "Copy into a new template": `POST /survey-templates/:id/copy` with the edited values (a name
 * still taken becomes `名称（副本）`), then opens the copy's edit page.
 */
export function useCopyTemplate(id: BaseKey | undefined) {
  const t = useSatisfactionText();
  const apiUrl = useApiUrl();
  const go = useGo();
  const { editUrl } = useNavigation();
  const { mutateAsync, mutation } = useCustomMutation<{ id: BaseKey; name: string }, HttpError>();
  const copy = async (changes: Record<string, unknown>) => {
    if (id === undefined) return;
    const { version: _version, ...body } = changes;
    const answer = await mutateAsync({
      url: copyUrl(apiUrl, id),
      method: 'post',
      values: body,
      successNotification: (data) => ({
        type: 'success',
        message: format(t.copied, { name: String(data?.data.name ?? '') }),
      }),
      errorNotification: (error) => ({ type: 'error', message: t.copyFailed, description: error?.message }),
    });
    go({ to: editUrl('survey-templates', answer.data.id), type: 'push' });
  };
  return { copy, copying: mutation.isPending };
}
