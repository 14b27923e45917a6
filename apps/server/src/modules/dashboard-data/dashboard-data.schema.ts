// What the data of a dashboard looks like: each widget's result for the person it is computed for.
import { z } from 'zod';
import { dashboardBody } from '../dashboards/dashboards.schema.js';

export const dashboardDataQuery = z.object({
  widget: z
    .uuid()
    .optional()
    .describe('Only this widget; its refusal is then the answer (400), not a note in the result'),
});

/** A preview: an unsaved dashboard, computed for the caller or, for those who may view as them, another app user. */
export const dashboardPreviewBody = z.strictObject({
  proposed: dashboardBody.describe('The dashboard as it would be saved; checked like a save'),
  as: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .optional()
    .describe(
      'The app user (account id or email) to compute it for; needs what viewing as them needs (app.dataformats.read, no more privilege than yours)',
    ),
  widget: z
    .uuid()
    .optional()
    .describe('Only this widget of the proposal; its refusal is then the answer (400)'),
});

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One widget's outcome: its result, or why it cannot be shown to this person. */
export const widgetData = z.object({
  id: z.uuid(),
  kind: z.enum(['number', 'bar', 'pie', 'timeSeries', 'table']),
  title: z.string(),
  value: scalar
    .optional()
    .describe('number: the measure (null when no readable value); dates as YYYY-MM-DD, times as ISO 8601'),
  groups: z
    .array(
      z.object({
        key: scalar.describe('The group value, a linked id for a link; null: no value, or not readable'),
        label: scalar.describe("A link's label where the viewer may read it; else null"),
        value: scalar,
      }),
    )
    .optional()
    .describe('bar and pie: the largest groups first'),
  truncated: z.boolean().optional().describe('More groups or records exist than the widget shows'),
  points: z
    .array(
      z.object({
        period: z.string().describe('The first day of the period, YYYY-MM-DD (UTC)'),
        value: scalar,
      }),
    )
    .optional()
    .describe('timeSeries: periods with readable records, in time order'),
  items: z
    .array(z.record(z.string(), z.unknown()))
    .optional()
    .describe('table: records as the records API gives them'),
  error: z
    .object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() })
    .optional()
    .describe(
      'Why this widget cannot be computed for this person, e.g. POLICY_UNKNOWN_IDENTIFIER for a field they cannot read',
    ),
});

/** The data of a dashboard for one person. */
export const dashboardDataResponse = z.object({
  dashboard: z.object({ id: z.uuid().nullable(), title: z.string(), version: z.number().int().nullable() }),
  user: z.object({ id: z.uuid(), email: z.string() }).describe('Whose rules the data was computed under'),
  computedAt: z.date(),
  widgets: z.array(widgetData),
});

export type WidgetData = z.infer<typeof widgetData>;
export type DashboardData = z.infer<typeof dashboardDataResponse>;
