import { useParsed } from '@refinedev/core';
import { GenericShow } from '../../crud/pages';
import { CrudPage } from '../../crud/pages/CrudPage';
import { ErrorState } from '../../crud/pages/ListStates';
import type { ResourceDef } from '../../schema/resource';
import { ScoringPanel } from './ScoringPanel';
import { useBreakdown } from './useBreakdown';

/**
 * 月度考核: the generated details (without the raw score maps), then the scoring panel built from
 * the employee's template. Also the edit page: scores move only through the cycle's steps.
 */
export function AppraisalShow({ resource }: { resource: ResourceDef }) {
  const { id } = useParsed();
  const { breakdown, query, take, busy } = useBreakdown(id);
  const details = {
    ...resource,
    fields: resource.fields.filter(
      (f) => !['selfScores', 'supervisorScores', 'autoValues', 'comments'].includes(f.name),
    ),
  };
  return (
    <>
      <GenericShow resource={details} />
      <CrudPage>
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {breakdown && (
          // A new version (after a step) starts the form from what was saved.
          <ScoringPanel key={breakdown.appraisal.version} breakdown={breakdown} take={take} busy={busy} />
        )}
      </CrudPage>
    </>
  );
}
