// From a dashboard as builders write it (collections, fields and filters by name) to the dashboard
// as stored (by id, filters in stored form), and back. Every problem is reported at once, with the
// body field it is in and, for a filter, where in it: the checks a rule gets when it is saved.
import { randomUUID } from 'node:crypto';
import {
  type AggregateFunction,
  type CollectionIndex,
  canGroupBy,
  canLabel,
  canMeasure,
  canSeriesBy,
  type FieldDef,
  indexSchema,
  isManyLink,
  isSingleLink,
  type SchemaIndex,
  toDisplayCondition,
  toStoredCondition,
  tryCheckCondition,
} from '@charter/policy';
import type { StoredDashboardContent, StoredMeasure, StoredWidget } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { type DashboardProblem, dashboardInvalid } from './dashboards.errors.js';
import type { DashboardInput, SavedDashboard, SavedWidget } from './dashboards.schema.js';

type Problems = DashboardProblem[];

/** Resolves and checks a dashboard; throws DASHBOARD_INVALID listing every problem. */
export function toStoredDashboard(input: DashboardInput, appSchema: AppSchema): StoredDashboardContent {
  const schema = indexSchema(appSchema.schema);
  const problems: Problems = [];
  const ids = new Set<string>();
  const widgets = input.widgets.map((w, i) => {
    const path = `widgets.${i}`;
    const id = w.id ?? randomUUID();
    if (ids.has(id)) problems.push(problem(`${path}.id`, 'another widget of this dashboard has this id'));
    ids.add(id);
    return storeWidget({ ...w, id }, path, schema, appSchema, problems);
  });
  if (problems.length > 0) throw dashboardInvalid(problems);
  return { title: input.title, description: input.description, widgets };
}

/** A stored dashboard in builders' terms: collections, fields and filters by name. */
export function toDashboardInput(content: StoredDashboardContent, appSchema: AppSchema): SavedDashboard {
  const schema = indexSchema(appSchema.schema);
  return {
    title: content.title,
    description: content.description,
    widgets: content.widgets.map((w) => displayWidget(w, schema, appSchema)),
  };
}

function storeWidget(
  widget: SavedWidget,
  path: string,
  schema: SchemaIndex,
  appSchema: AppSchema,
  problems: Problems,
): StoredWidget {
  const collection = schema.collections.get(widget.collection);
  if (!collection) {
    problems.push(
      problem(
        `${path}.collection`,
        `unknown collection '${widget.collection}'`,
        'POLICY_UNKNOWN_COLLECTION',
        [...schema.collections.keys()],
      ),
    );
  }
  const field = (name: string, at: string) =>
    collection ? (fieldOf(collection, name, at, problems)?.id ?? name) : name;
  const base = {
    id: widget.id,
    title: widget.title,
    collection: collectionId(widget.collection, appSchema),
    filter:
      widget.filter === null || !collection
        ? null
        : storeFilter(widget.filter, `${path}.filter`, { schema, collection: collection.key }, problems),
  };
  switch (widget.kind) {
    case 'number':
      return {
        ...base,
        kind: 'number',
        measure: storeMeasure(widget.measure, `${path}.measure`, collection, problems),
      };
    case 'bar':
    case 'pie':
      return {
        ...base,
        kind: widget.kind,
        measure: storeMeasure(widget.measure, `${path}.measure`, collection, problems),
        groupBy: storeGroupBy(widget.groupBy, `${path}.groupBy`, schema, collection, problems),
        limit: widget.limit,
      };
    case 'timeSeries': {
      const date = collection ? fieldOf(collection, widget.date, `${path}.date`, problems) : undefined;
      if (date && !canSeriesBy(date)) {
        problems.push(
          problem(`${path}.date`, `a time series needs a date or date-time field, not ${date.type}`),
        );
      }
      return {
        ...base,
        kind: 'timeSeries',
        measure: storeMeasure(widget.measure, `${path}.measure`, collection, problems),
        date: date?.id ?? widget.date,
        interval: widget.interval,
      };
    }
    case 'table':
      return {
        ...base,
        kind: 'table',
        fields: widget.fields.map((n, i) => field(n, `${path}.fields.${i}`)),
        sort: widget.sort.map((s, i) => {
          const f = collection
            ? fieldOf(collection, s.field, `${path}.sort.${i}.field`, problems)
            : undefined;
          if (f && (isManyLink(f) || f.type === 'json' || f.type === 'multiSelect')) {
            problems.push(problem(`${path}.sort.${i}.field`, `cannot sort by a ${f.type} field`));
          }
          return { field: f?.id ?? s.field, direction: s.direction };
        }),
        limit: widget.limit,
      };
  }
}

function storeMeasure(
  measure: { fn: AggregateFunction; field: string | null },
  path: string,
  collection: CollectionIndex | undefined,
  problems: Problems,
): StoredMeasure {
  if (measure.field === null) {
    if (measure.fn !== 'count') problems.push(problem(`${path}.field`, `${measure.fn} needs a field`));
    return { fn: measure.fn, field: null };
  }
  const field = collection ? fieldOf(collection, measure.field, `${path}.field`, problems) : undefined;
  if (field && !canMeasure(measure.fn, field)) {
    problems.push(problem(`${path}.field`, `cannot ${measure.fn} a ${field.type} field`));
  }
  return { fn: measure.fn, field: field?.id ?? measure.field };
}

function storeGroupBy(
  groupBy: { field: string; label: string | null },
  path: string,
  schema: SchemaIndex,
  collection: CollectionIndex | undefined,
  problems: Problems,
): { field: string; label: string | null } {
  const field = collection ? fieldOf(collection, groupBy.field, `${path}.field`, problems) : undefined;
  if (field && !canGroupBy(field)) {
    problems.push(problem(`${path}.field`, `cannot group by a ${field.type} field`));
  }
  if (groupBy.label === null || !field) return { field: field?.id ?? groupBy.field, label: null };
  if (!isSingleLink(field) || field.id === 'id') {
    problems.push(problem(`${path}.label`, 'only a group by a link has a label'));
    return { field: field.id, label: null };
  }
  const target = schema.collections.get(linkTarget(field, schema));
  const label = target ? fieldOf(target, groupBy.label, `${path}.label`, problems) : undefined;
  if (label && !canLabel(label)) {
    problems.push(
      problem(`${path}.label`, `a ${label.id === 'id' ? 'link id' : label.type} cannot name a group`),
    );
  }
  return { field: field.id, label: label?.id ?? groupBy.label };
}

function storeFilter(
  text: string,
  path: string,
  ctx: { schema: SchemaIndex; collection: string },
  problems: Problems,
): string | null {
  const checked = tryCheckCondition(text, ctx);
  if (checked.ok) return toStoredCondition(text, ctx);
  problems.push({ location: 'body', field: path, ...checked.error.toJSON() });
  return null;
}

function fieldOf(
  collection: CollectionIndex,
  name: string,
  path: string,
  problems: Problems,
): FieldDef | undefined {
  const field = collection.byName.get(name);
  if (!field) {
    problems.push(
      problem(path, `unknown field '${name}' on ${collection.key}`, 'POLICY_UNKNOWN_IDENTIFIER', [
        ...collection.byName.keys(),
      ]),
    );
  }
  return field;
}

/** The collection a single link points to. */
export function linkTarget(field: FieldDef, schema: { usersCollection: string }): string {
  return field.type === 'linkUser' ? schema.usersCollection : (field.target ?? '');
}

function collectionId(key: string, appSchema: AppSchema): string {
  return [...appSchema.keyById].find(([, k]) => k === key)?.[0] ?? key;
}

function problem(
  field: string,
  message: string,
  code = 'DASHBOARD_INVALID',
  expected?: readonly string[],
): DashboardProblem {
  return { location: 'body', field, code, message, ...(expected ? { expected: [...expected].sort() } : {}) };
}

function displayWidget(widget: StoredWidget, schema: SchemaIndex, appSchema: AppSchema): SavedWidget {
  const key = appSchema.keyById.get(widget.collection) ?? widget.collection;
  const collection = schema.collections.get(key);
  const name = (id: string) => collection?.byId.get(id)?.name ?? id;
  const measure = (m: StoredMeasure) => ({ fn: m.fn, field: m.field === null ? null : name(m.field) });
  const base = {
    id: widget.id,
    title: widget.title,
    collection: key,
    filter: widget.filter === null ? null : toDisplayCondition(widget.filter, { schema, collection: key }),
  };
  switch (widget.kind) {
    case 'number':
      return { ...base, kind: 'number', measure: measure(widget.measure) };
    case 'bar':
    case 'pie': {
      const link = collection?.byId.get(widget.groupBy.field);
      const target = link ? schema.collections.get(linkTarget(link, schema)) : undefined;
      const label = widget.groupBy.label;
      return {
        ...base,
        kind: widget.kind,
        measure: measure(widget.measure),
        groupBy: {
          field: name(widget.groupBy.field),
          label: label === null ? null : (target?.byId.get(label)?.name ?? label),
        },
        limit: widget.limit,
      };
    }
    case 'timeSeries':
      return {
        ...base,
        kind: 'timeSeries',
        measure: measure(widget.measure),
        date: name(widget.date),
        interval: widget.interval,
      };
    case 'table':
      return {
        ...base,
        kind: 'table',
        fields: widget.fields.map(name),
        sort: widget.sort.map((s) => ({ field: name(s.field), direction: s.direction })),
        limit: widget.limit,
      };
  }
}
