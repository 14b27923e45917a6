// Dashboards as builders write them: widgets over collections, fields and filters by name. They are
// stored by id, so renaming a field keeps every widget that uses it working.
import { AGGREGATE_FUNCTIONS, TIME_UNITS } from '@charter/policy';
import { z } from 'zod';

const key = z.string().min(1).max(100);
const condition = z.string().trim().min(1).max(8192);

/** What a widget computes over the records it reads. */
export const measure = z
  .strictObject({
    fn: z.enum(AGGREGATE_FUNCTIONS).describe('count, sum, avg, min or max'),
    field: key
      .nullable()
      .default(null)
      .describe('The field measured; left out with count: the number of records'),
  })
  .describe('Computed over the records the viewer may read, from the values they may read on each');

const widgetBase = {
  id: z.uuid().optional().describe('Kept across saves; given by the server to a new widget'),
  title: z.string().trim().max(200).default(''),
  collection: key.describe('The collection key'),
  filter: condition
    .nullable()
    .default(null)
    .describe(
      "CEL over record.* and user.*, checked like a rule when saved; applied as the viewer's own filter",
    ),
};

const groupBy = z
  .strictObject({
    field: key.describe(
      'The field whose values make the groups: a value field, or a link (one group per linked record)',
    ),
    label: key
      .nullable()
      .default(null)
      .describe(
        "For a link: the linked collection's field that names each group, where the viewer may read it",
      ),
  })
  .describe(
    'Records without a value, or whose value the viewer may not read, fall in the group without a key',
  );

const grouped = {
  measure,
  groupBy,
  limit: z.number().int().min(1).max(100).default(20).describe('The largest groups shown'),
};

/** The kinds of widget; every number they show is computed under the viewer's data rules. */
export const widget = z.discriminatedUnion('kind', [
  z.strictObject({ ...widgetBase, kind: z.literal('number'), measure }),
  z.strictObject({ ...widgetBase, kind: z.literal('bar'), ...grouped }),
  z.strictObject({ ...widgetBase, kind: z.literal('pie'), ...grouped }),
  z.strictObject({
    ...widgetBase,
    kind: z.literal('timeSeries'),
    measure,
    date: key.describe('A date or date-time field: each record falls in its day, week or month (UTC)'),
    interval: z.enum(TIME_UNITS).default('month').describe('Weeks start on Monday'),
  }),
  z.strictObject({
    ...widgetBase,
    kind: z.literal('table'),
    fields: z
      .array(key)
      .max(50)
      .default([])
      .describe('The fields shown, in order; none: every readable field'),
    sort: z
      .array(z.strictObject({ field: key, direction: z.enum(['asc', 'desc']).default('asc') }))
      .max(3)
      .default([]),
    limit: z.number().int().min(1).max(100).default(10).describe('At most this many records'),
  }),
]);

/** A dashboard as builders save it; every save is a new version. */
export const dashboardBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  widgets: z.array(widget).max(50).default([]),
});

/** A save of an existing dashboard: the whole dashboard, and the version it was edited from. */
export const dashboardUpdateBody = dashboardBody.extend({
  baseVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'The version this edit started from: 409 DASHBOARD_VERSION_CONFLICT when another save came first',
    ),
});

export const dashboardParams = z.object({
  app: z.uuid(),
  dashboard: z.string().min(1).max(100).describe('The dashboard id'),
});
/** `:version` is a version number; anything else is simply not found. */
export const dashboardVersionParams = dashboardParams.extend({
  version: z.string().min(1).max(100).describe('A version number of the dashboard'),
});
export const dashboardDiffQuery = z.object({
  against: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The other version; the current one if left out'),
});

export type Widget = z.infer<typeof widget>;
export type DashboardInput = z.infer<typeof dashboardBody>;
export type DashboardUpdateInput = z.infer<typeof dashboardUpdateBody>;
/** A widget once saved: it has its id. */
export type SavedWidget = Widget & { id: string };
/** A dashboard's content in builders' terms, as saved. */
export type SavedDashboard = Omit<DashboardInput, 'widgets'> & { widgets: SavedWidget[] };

/** A dashboard as the API returns it to builders. */
export const dashboardResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    widgets: z.array(widget),
    version: z.number().int(),
    updatedAt: z.date(),
  })
  .describe('A dashboard');

export const dashboardVersionResponse = z.object({
  version: z.number().int(),
  savedAt: z.date(),
  savedBy: z.object({ id: z.uuid(), email: z.string() }).nullable(),
  restoredFrom: z.number().int().nullable(),
});

export const dashboardDiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string().describe('What changed, e.g. title or widgets[Open positions].filter'),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
