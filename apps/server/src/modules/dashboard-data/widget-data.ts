// One widget computed for one principal, in SQL under their read plan: the records list's rows,
// every field through its mask. A field they can never read is refused as an unknown field.
import type { AggregateQuery, FieldDef, Grouping, Principal, Sql } from '@charter/policy';
import { AppError } from '../../http/app-error.js';
import type { SavedWidget } from '../dashboards/dashboards.schema.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { toRecordView } from '../records/record-read.js';
import { resolveCollection } from '../records/record-scope.js';
import { withClientErrors } from '../records/records.errors.js';
import type { WidgetData } from './dashboard-data.schema.js';

type Row = Record<string, unknown>;
/** Runs one statement the engine wrote. */
export type RunSql = (fragment: Sql) => Promise<Row[]>;

/** What a widget is computed with. */
export interface WidgetContext {
  policy: AppPolicy;
  principal: Principal;
  now: number;
  run: RunSql;
}

/** The most periods a time series returns. */
const MAX_PERIODS = 1000;

/** Computes a widget; a refusal of the request (400) is thrown, for the caller to place. */
export async function computeWidget(wc: WidgetContext, widget: SavedWidget): Promise<WidgetData> {
  const { key, def } = resolveCollection(wc.policy, widget.collection);
  const engine = wc.policy.engine;
  const base = { id: widget.id, kind: widget.kind, title: widget.title };
  const filter = widget.filter ?? undefined;
  const request = { now: wc.now, ...(filter !== undefined ? { filter } : {}) };
  if (widget.kind === 'table') {
    const query = withClientErrors(() =>
      engine.compileListQuery(wc.principal, key, {
        ...request,
        ...(widget.fields.length > 0 ? { fields: widget.fields } : {}),
        sort: widget.sort,
        limit: widget.limit + 1,
        visibilityFlags: true,
      }),
    );
    const rows = await wc.run(query.sql);
    const items = rows.slice(0, widget.limit).map((row) => toRecordView(row, query, def));
    return { ...base, items, truncated: rows.length > widget.limit };
  }
  const group: Grouping | null =
    widget.kind === 'number'
      ? null
      : widget.kind === 'timeSeries'
        ? { kind: 'time', field: widget.date, unit: widget.interval }
        : { kind: 'field', field: widget.groupBy.field, label: widget.groupBy.label };
  const limit =
    widget.kind === 'bar' || widget.kind === 'pie'
      ? widget.limit + 1
      : widget.kind === 'timeSeries'
        ? MAX_PERIODS
        : 1;
  const query = withClientErrors(() =>
    engine.compileAggregateQuery(wc.principal, key, { ...request, measure: widget.measure, group, limit }),
  );
  const rows = await wc.run(query.sql);
  const value = (row: Row | undefined) => measureValue(query, row?.value ?? null);
  switch (widget.kind) {
    case 'number':
      return { ...base, value: value(rows[0]) };
    case 'timeSeries':
      return { ...base, points: rows.map((row) => ({ period: String(row.key), value: value(row) })) };
    default:
      return {
        ...base,
        groups: rows.slice(0, widget.limit).map((row) => ({
          key: outputValue(query.groupField, row.key ?? null),
          label: outputValue(query.labelField, row.label ?? null),
          value: value(row),
        })),
        truncated: rows.length > widget.limit,
      };
  }
}

/** A refusal as a widget shows it in place, so the rest of the dashboard still answers. */
export function widgetRefusal(widget: SavedWidget, error: unknown): WidgetData {
  if (!(error instanceof AppError) || error.status !== 400) throw error;
  return {
    id: widget.id,
    kind: widget.kind,
    title: widget.title,
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}

function measureValue(query: AggregateQuery, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  // count, sum and avg are numbers whatever the field; min and max keep the field's type.
  const field = query.measureField;
  if (field && (field.type === 'date' || field.type === 'datetime')) return outputValue(field, value);
  return Number(value);
}

/** A value in the form the records API gives it: integers as numbers, dates as YYYY-MM-DD. */
function outputValue(field: FieldDef | null, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return field?.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  }
  if (field?.type === 'integer' || field?.type === 'decimal') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
