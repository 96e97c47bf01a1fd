import { DownOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import type { CrudFilter } from '@refinedev/core';
import { Button, Col, Form, Row, Space } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { useLabel } from '../../i18n/lang';
import type { FieldDef } from '../../schema/fields';
import { fromCrudFilters, toCrudFilters, type FilterValue } from '../../schema/filters';
import { useSecondaryReady } from '../../app/firstPageFirst';
import { useCrudText } from '../text';
import { FieldFilter } from '../widgets/render';
import { FilterBarStandIn } from './FilterBarStandIn';

/** How many filters show before "more filters". */
export const PRIMARY_FILTERS = 4;

type Values = Record<string, FilterValue | null | undefined>;

/** The controls' values that refine's current filters (from the URL) stand for. */
export function filterValues(fields: FieldDef[], filters: CrudFilter[]): Values {
  const out: Values = {};
  for (const f of fields) out[f.name] = fromCrudFilters(f, filters);
  return out;
}

/** The refine filters the controls' values stand for. */
export function crudFiltersOf(fields: FieldDef[], values: Values): CrudFilter[] {
  return fields.flatMap((f) => toCrudFilters(f, values[f.name]));
}

interface Props {
  fields: FieldDef[];
  /** The list's current filters (restored from the URL). */
  filters: CrudFilter[];
  /** Called with the filters of every field of the bar (the others are the caller's). */
  onApply: (filters: CrudFilter[]) => void;
}

/** The fields the bar shows when it mounts: the first few, and all when a later one filters. */
function shownAtFirst(fields: FieldDef[], current: Values): FieldDef[] {
  const later = fields.slice(PRIMARY_FILTERS);
  return later.some((f) => current[f.name] !== undefined) ? fields : fields.slice(0, PRIMARY_FILTERS);
}

/**
 * The filter bar above a list: one control per filterable field, the first few shown and the
 * rest behind "more filters". Enter or the search button applies; reset clears. On the first
 * page of a visit, a stand-in of its size until that page has painted (firstPageFirst.tsx).
 */
export function FilterBar(props: Props) {
  const ready = useSecondaryReady();
  if (props.fields.length === 0) return null;
  if (!ready)
    return (
      <FilterBarStandIn fields={shownAtFirst(props.fields, filterValues(props.fields, props.filters))} />
    );
  return <FilterForm {...props} />;
}

function FilterForm({ fields, filters, onApply }: Props) {
  const t = useCrudText();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const moreId = useId();
  const current = useMemo(() => filterValues(fields, filters), [fields, filters]);
  const primary = fields.slice(0, PRIMARY_FILTERS);
  const extra = fields.slice(PRIMARY_FILTERS);
  const [expanded, setExpanded] = useState(() => shownAtFirst(fields, current).length > PRIMARY_FILTERS);

  // The URL changed (back, a link, reset): show what the list now filters by.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(current);
  }, [form, current]);

  const item = (f: FieldDef) => (
    <Col key={f.name} xs={24} sm={12} lg={6}>
      <Form.Item name={f.name} label={label(f.label)} style={{ marginBottom: 12 }}>
        <FieldFilter field={f} />
      </Form.Item>
    </Col>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      role="search"
      aria-label={t.filters}
      initialValues={current}
      // Values of collapsed filters stay in the store: read them all, not just the mounted ones.
      onFinish={() => onApply(crudFiltersOf(fields, form.getFieldsValue(true)))}
      style={{ marginBottom: 8 }}
    >
      <Row gutter={16}>{primary.map(item)}</Row>
      {extra.length > 0 && (
        <Row gutter={16} id={moreId} hidden={!expanded}>
          {expanded && extra.map(item)}
        </Row>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t.apply}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            for (const f of fields) form.setFieldValue(f.name, undefined);
            onApply([]);
          }}
        >
          {t.reset}
        </Button>
        {extra.length > 0 && (
          <Button
            type="link"
            aria-expanded={expanded}
            aria-controls={moreId}
            icon={expanded ? <UpOutlined /> : <DownOutlined />}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t.fewerFilters : t.moreFilters}
          </Button>
        )}
      </Space>
    </Form>
  );
}
