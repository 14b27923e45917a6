// The permissions matrix of a collection: the engine's per-role view, with the rules it names.
import { type AccessMatrix, type Audience, accessMatrix, type MatrixRow } from '@charter/policy';
import type { AppContext } from '../../context.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { resolveCollection } from '../records/record-scope.js';
import { listRules } from '../rules/rules.service.js';
import type { AccessMatrixView } from './access-matrix.schema.js';

const AUDIENCE_NAMES: Record<Audience, string> = {
  everyone: 'Everyone signed in',
  internal: 'Internal users',
  external: 'External users',
  anonymous: 'Anonymous visitors',
};

/** Computes the matrix with the app's current engine; the rules come as builders read them. */
export async function collectionAccessMatrix(
  ctx: AppContext,
  policy: AppPolicy,
  collection: string,
): Promise<AccessMatrixView> {
  const { key, def } = resolveCollection(policy, collection);
  const matrix = accessMatrix(policy.engine.compiled, key);
  const rules = await listRules(ctx, policy.appId, key);
  return {
    collection: { key, name: def.name ?? key, restricted: matrix.restricted },
    fields: matrix.fields.map((f) => ({ name: f.name, type: f.type })),
    rows: matrix.rows.map((r) => rowView(r, policy)),
    rules,
  };
}

function rowView(row: MatrixRow, policy: AppPolicy): AccessMatrixView['rows'][number] {
  const common = {
    allData: row.bypass,
    missingRights: [...row.missingRights],
    actions:
      row.actions as AccessMatrix['rows'][number]['actions'] as AccessMatrixView['rows'][number]['actions'],
    fields: row.fields as AccessMatrixView['rows'][number]['fields'],
  };
  if (row.unit.kind === 'audience') {
    const a = row.unit.audience;
    return { kind: 'audience', key: a, name: AUDIENCE_NAMES[a], audience: a, internal: null, ...common };
  }
  const key = row.unit.key;
  const role = policy.ruleSet.roles.find((r) => r.key === key);
  return {
    kind: 'role',
    key,
    name: role?.name ?? key,
    audience: null,
    internal: role?.internal ?? null,
    ...common,
  };
}
