import { useOne, useParsed, type BaseRecord, type HttpError } from '@refinedev/core';
import { Card, Descriptions, Typography } from 'antd';
import { GenericShow } from '../../../crud/pages';
import { retryTransient } from '../../../crud/pages/retry';
import {
  normaliseTemplate,
  overallRating,
  type ResponseRecord,
  type TemplateRecord,
} from '../../../domain/satisfaction';
import type { ResourceDef } from '../../../schema/resource';
import { format, useSatisfactionText } from '../text';
import { RatingControl } from './RatingControl';
import { useTemplates } from './useTemplates';
import { ValidityCard } from './ValidityCard';

/** The ratings under their template's labels, and the overall rating (DOMAIN §3). */
function Ratings({ record, template }: { record: BaseRecord; template: TemplateRecord }) {
  const t = useSatisfactionText();
  const scores = (record.scores ?? {}) as Record<string, number | null>;
  const overall = overallRating(record as unknown as ResponseRecord, normaliseTemplate(template));
  return (
    <Card size="small" title={t.ratingsTitle} style={{ marginTop: 16 }}>
      <Descriptions
        size="small"
        column={1}
        // One column of ratings: labels of one width keep the stars in line.
        styles={{ label: { width: 140 } }}
        items={[
          ...template.dimensions.map((d) => ({
            key: d.key,
            label: d.label,
            children: <RatingControl scale={template.scale} label={d.label} value={scores[d.key]} disabled />,
          })),
          {
            key: 'overall',
            label: t.overall,
            children: (
              <Typography.Text strong data-testid="overall">
                {overall === null
                  ? '—'
                  : format(t.overallOf, { value: overall.toFixed(2), scale: template.scale })}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The generated show page, then the ratings by dimension and the validity ruling. */
export function ResponseShow({ resource }: { resource: ResourceDef }) {
  const { id } = useParsed();
  const t = useSatisfactionText();
  const { byId, loading } = useTemplates();
  // The same query as the generic page's: one request, shared through refine's cache.
  const { result: record } = useOne<BaseRecord, HttpError>({
    resource: resource.name,
    id,
    queryOptions: { enabled: id !== undefined, retry: retryTransient },
    errorNotification: false,
  });
  const template = record ? byId.get(Number(record.templateId)) : undefined;
  return (
    <>
      <GenericShow resource={resource} />
      {record && (
        <div className="sq-crud" style={{ padding: '0 24px 24px' }}>
          {template ? (
            <Ratings record={record} template={template} />
          ) : (
            !loading && <Typography.Text type="secondary">{t.noTemplate}</Typography.Text>
          )}
          <ValidityCard record={record} template={template} />
        </div>
      )}
    </>
  );
}
