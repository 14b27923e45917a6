import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type AccessMatrix = Ok<'getAccessMatrix'>;
export type MatrixRow = AccessMatrix['rows'][number];
export type MatrixCell = MatrixRow['actions']['read'];
export type MatrixFieldCell = MatrixRow['fields'][string]['read'];
export type MatrixState = MatrixCell['state'];
export type MatrixRule = AccessMatrix['rules'][number];

/** The record actions, in the order the matrix shows them. */
export const MATRIX_ACTIONS = ['create', 'read', 'update', 'delete'] as const;
export type MatrixAction = (typeof MATRIX_ACTIONS)[number];

/** The actions a field column can show; delete takes no field list. */
export const FIELD_ACTIONS = ['read', 'create', 'update'] as const;
export type FieldAction = (typeof FIELD_ACTIONS)[number];

/** A collection's permissions per role and audience, computed by the engine on the server. */
export const accessMatrixQuery = (app: string, collection: string) =>
  queryOptions({
    queryKey: ['apps', app, 'collections', collection, 'access-matrix'],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/collections/{collection}/access-matrix', {
          params: { path: { app, collection } },
        }),
      ),
  });

/** The rule editor's addresses: one rule, and a new rule prefilled from a matrix cell. */
export function ruleHref(app: string, rule: string): string {
  return `/apps/${app}/rules/${encodeURIComponent(rule)}`;
}

export function newRuleHref(
  app: string,
  prefill: { collection: string; role?: string; audience?: string; action: string },
): string {
  const search = new URLSearchParams({ collection: prefill.collection });
  if (prefill.role) search.set('role', prefill.role);
  if (prefill.audience) search.set('audience', prefill.audience);
  search.set('action', prefill.action);
  return `/apps/${app}/rules/new?${search}`;
}
