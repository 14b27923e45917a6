// Which dashboards use a collection, a field or a user attribute: the data model refuses to delete
// what a widget measures, groups by, names groups with, shows, sorts or filters by, as it does for
// rules and pages. Found by walking the parsed filters, never by searching their text.
import { attributesReadBy, fieldsReadBy, PolicyError, type SchemaIndex } from '@charter/policy';
import type { StoredWidget } from '../../db/schema.js';
import type { DashboardRow } from './dashboards.repository.js';

/** A widget of a dashboard that uses something. */
export interface DashboardUse {
  dashboard: { id: string; title: string };
  widget: { id: string; title: string };
}

/** The uses as a builder reads them: "widget (dashboard)". */
export function dashboardUseList(uses: readonly DashboardUse[]): string {
  return uses.map((u) => `${u.widget.title || u.widget.id} (${u.dashboard.title})`).join(', ');
}

const use = (row: DashboardRow, widget: StoredWidget): DashboardUse => ({
  dashboard: { id: row.id, title: row.title },
  widget: { id: widget.id, title: widget.title },
});

/** Field ids a widget names outside its filter (a group label belongs to the linked collection). */
function namedFields(widget: StoredWidget): string[] {
  switch (widget.kind) {
    case 'number':
      return [widget.measure.field].filter((f): f is string => f !== null);
    case 'bar':
    case 'pie':
      return [widget.measure.field, widget.groupBy.field, widget.groupBy.label].filter(
        (f): f is string => f !== null,
      );
    case 'timeSeries':
      return [widget.measure.field, widget.date].filter((f): f is string => f !== null);
    case 'table':
      return [...widget.fields, ...widget.sort.map((s) => s.field)];
  }
}

/** The widgets over the collection (by id), or that use one of its fields. */
export function dashboardsUsingCollection(
  rows: readonly DashboardRow[],
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  collectionId: string,
): DashboardUse[] {
  const key = keyById.get(collectionId) ?? collectionId;
  const fieldIds = new Set(
    (schema.collections.get(key)?.fields ?? []).filter((f) => f.id !== 'id').map((f) => f.id),
  );
  return rows.flatMap((row) =>
    row.widgets
      .filter(
        (w) =>
          w.collection === collectionId ||
          [...fieldIds].some((id) => widgetUsesField(w, schema, keyById, id, key)),
      )
      .map((w) => use(row, w)),
  );
}

/** The widgets that use the field of `collection` (by key), filters through links included. */
export function dashboardsUsingField(
  rows: readonly DashboardRow[],
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  fieldId: string,
  collection: string,
): DashboardUse[] {
  return rows.flatMap((row) =>
    row.widgets
      .filter((w) => widgetUsesField(w, schema, keyById, fieldId, collection))
      .map((w) => use(row, w)),
  );
}

/** The widgets whose filter reads the user attribute. */
export function dashboardsUsingAttribute(
  rows: readonly DashboardRow[],
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  attributeId: string,
): DashboardUse[] {
  return rows.flatMap((row) =>
    row.widgets
      .filter((w) => {
        const key = keyById.get(w.collection) ?? w.collection;
        return (
          w.filter !== null &&
          readsSafely(() => attributesReadBy(w.filter!, { schema, collection: key })).includes(attributeId)
        );
      })
      .map((w) => use(row, w)),
  );
}

function widgetUsesField(
  widget: StoredWidget,
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  fieldId: string,
  collection: string,
): boolean {
  const key = keyById.get(widget.collection) ?? widget.collection;
  // System field ids (createdBy…) are the same in every collection: match the owner too.
  if (key === collection && namedFields(widget).includes(fieldId)) return true;
  if ((widget.kind === 'bar' || widget.kind === 'pie') && widget.groupBy.label === fieldId) {
    const link = schema.collections.get(key)?.byId.get(widget.groupBy.field);
    const target = link?.type === 'linkUser' ? schema.usersCollection : link?.target;
    if (target === collection) return true;
  }
  return (
    widget.filter !== null &&
    readsSafely(() => fieldsReadBy(widget.filter!, { schema, collection: key })).some(
      (f) => f.fieldId === fieldId && f.collection === collection,
    )
  );
}

// A filter that no longer checks reads nothing that can still be deleted.
function readsSafely<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    if (error instanceof PolicyError) return [];
    throw error;
  }
}
