import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Rule = Ok<'getRule'>;
export type RuleKind = Rule['kind'];
export type RuleBody = BodyOf<'createRule'>;
export type RulePatch = BodyOf<'updateRule'>;
/** A save's answer (the 201), not a dry run's. */
export type Saved = Extract<Ok<'createRule'>, { rule: unknown; warnings: unknown[] }>;
export type RuleWarning = Saved['warnings'][number];
/** What a dry run answers: the impact of the change, and the rule as it would be saved. */
export interface RulePreview {
  dryRun: true;
  impact: Impact;
  rule?: Rule;
  warnings?: RuleWarning[];
}
export interface Impact {
  unchanged: boolean;
  collections: readonly CollectionImpact[];
  users: readonly {
    userId: string;
    email: string;
    gains: readonly string[];
    losses: readonly string[];
    /** The same, counted: what a screen weighs a change by. */
    changes: readonly { collection: string; action: Action; field?: string; gained: number; lost: number }[];
  }[];
}
export interface ImpactCounts {
  usersGaining: number;
  usersLosing: number;
  recordsGaining: number;
  recordsLosing: number;
}
export interface CollectionImpact extends ImpactCounts {
  collection: string;
  action: Action;
  fields: readonly (ImpactCounts & { field: string; access: 'read' | 'update' })[];
}

export const RULE_KINDS: { value: RuleKind; label: string; help: string }[] = [
  {
    value: 'grant',
    label: 'Grant',
    help: 'Opens actions on the records where the condition holds. Within one role, grants AND their conditions and OR their fields; across roles, they OR.',
  },
  {
    value: 'guard',
    label: 'Guard',
    help: 'Closes actions unless the condition holds, whatever grants open (Ninox’s “Readable if” and “Writable if”).',
  },
  {
    value: 'fieldCondition',
    label: 'Field condition',
    help: 'Hides fields (or makes them read-only) on the records where the condition does not hold.',
  },
];

export const KIND_LABEL: Record<RuleKind, string> = {
  grant: 'Grant',
  guard: 'Guard',
  fieldCondition: 'Field condition',
};

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

/** The audiences a rule may name instead of (or besides) roles. */
export const AUDIENCES = [
  { value: 'everyone', label: 'Everyone signed in' },
  { value: 'internal', label: 'Internal users' },
  { value: 'external', label: 'External users' },
  { value: 'anonymous', label: 'Visitors not signed in' },
] as const;
export type Audience = (typeof AUDIENCES)[number]['value'];

export const rulesKey = (app: string) => ['apps', app, 'rules'] as const;

/** An app's data rules in creation order; the API returns them whole. */
export const rulesQuery = (app: string) =>
  queryOptions({
    queryKey: rulesKey(app),
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rules', { params: { path: { app } } })),
  });

/** One rule, with the current names of the fields it uses. */
export const ruleQuery = (app: string, rule: string) =>
  queryOptions({
    queryKey: [...rulesKey(app), rule],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rules/{rule}', { params: { path: { app, rule } } })),
  });

/** Checks and measures a new rule or a change; nothing is saved. */
export function previewRule(app: string, rule: string | null, body: RuleBody): Promise<RulePreview> {
  if (rule === null) {
    return unwrap(
      api.POST('/api/apps/{app}/rules', {
        params: { path: { app }, query: { dryRun: 'true' } },
        body,
      }),
    ) as unknown as Promise<RulePreview>;
  }
  return unwrap(
    api.PATCH('/api/apps/{app}/rules/{rule}', {
      params: { path: { app, rule }, query: { dryRun: 'true' } },
      body: patchOf(body),
    }),
  ) as Promise<RulePreview>;
}

/** Saves a new rule or a change, returning the rule and the rule set's warnings about it. */
export function saveRule(app: string, rule: string | null, body: RuleBody): Promise<Saved> {
  if (rule === null) {
    return unwrap(api.POST('/api/apps/{app}/rules', { params: { path: { app } }, body })) as Promise<Saved>;
  }
  return unwrap(
    api.PATCH('/api/apps/{app}/rules/{rule}', { params: { path: { app, rule } }, body: patchOf(body) }),
  ) as Promise<Saved>;
}

/** The whole rule as a change: `null` removes a grant's condition or field lists. */
function patchOf({ kind: _kind, ...body }: RuleBody): RulePatch {
  return {
    ...body,
    condition: body.condition ?? null,
    fields: body.fields ?? null,
  };
}

/** One problem the API found in a rule: the body field and, in a condition, where. */
export interface RuleIssue {
  field: string;
  code: string;
  message: string;
  position?: { start: number; end: number };
  expected?: string[];
}

/** The problems of a 400 RULE_INVALID (or a validation error), each with its field. */
export function ruleIssues(error: unknown): RuleIssue[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const issues = error.details.issues;
  return Array.isArray(issues) ? (issues as RuleIssue[]) : [];
}
