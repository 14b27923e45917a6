// A plan as SQL: the WHERE condition, and per-field masks as CASE WHEN, for the caller's own queries.
import { policyError } from '../errors.js';
import { isManyLink } from '../model/schema.js';
import { collectionOf } from '../model/schema-index.js';
import { type AccessPlan, isAlways } from '../plan/access-plan.js';
import { compileBool, SQL_COMPILER } from './compile-expr.js';
import { andAll, columnOf, relationSource } from './compile-paths.js';
import { type FilterMode, rootContext, type SqlCompileOptions, type SqlContext } from './sql-context.js';
import { ident, raw, type Sql, sql } from './sql-fragment.js';

/** The plan's row condition for `WHERE`: TRUE, FALSE, or the compiled condition on alias `r`. */
export function compileWhere(plan: AccessPlan, options: SqlCompileOptions = {}): Sql {
  return whereIn(plan, rootContext(plan.schema, plan.collection, options, SQL_COMPILER));
}

/** The row condition within an existing statement context. */
export function whereIn(plan: AccessPlan, ctx: SqlContext): Sql {
  if (plan.kind === 'allow') return raw('TRUE');
  if (plan.kind === 'deny') return raw('FALSE');
  return compileBool(plan.condition, ctx, true);
}

/** When a field is accessible on a row (TRUE, FALSE, or a condition); valid only on rows the plan admits. */
export function compileFieldMask(plan: AccessPlan, field: string, options: SqlCompileOptions = {}): Sql {
  const ctx = rootContext(plan.schema, plan.collection, options, SQL_COMPILER);
  const mask = plan.fields.get(field);
  if (!mask) return raw('FALSE');
  return isAlways(mask) ? raw('TRUE') : compileBool(mask.mask, ctx, true);
}

/**
 * A readable field's value as a SELECT expression: the column when it is always readable, else
 * `CASE WHEN <mask> THEN <column> END`, so a hidden value never leaves the database. Many-to-many
 * links read as a sorted text[] of every linked id, like a to-one link reads its id: the ids belong
 * to the row the principal may read; whether a target is readable matters only to what `expand`
 * shows of it.
 */
export function selectField(plan: AccessPlan, name: string, ctx: SqlContext, filter: FilterMode): Sql {
  const mask = plan.fields.get(name);
  if (!mask) throw policyError('POLICY_INVALID_QUERY', `field '${name}' is not readable`);
  const field = mask.field;
  const masked: SqlContext = { ...ctx, filter };
  if (!isManyLink(field)) return columnOf(masked, ctx.rootAlias, plan.collection, field).sql;
  const expr = {
    kind: 'relation' as const,
    row: { kind: 'root' as const },
    rowCollection: plan.collection,
    hops: [],
    field,
    collection: plan.collection,
    target: field.target ?? '',
    type: { kind: 'relation' as const, collection: field.target ?? '' },
  };
  collectionOf(plan.schema, expr.target);
  // Outside filter mode: every junction row of this record, whether or not its target is readable.
  const source = relationSource(expr, { ...ctx, filter: null }, false);
  const ids = sql`ARRAY(SELECT ${source.targetId}::text FROM ${source.from} WHERE ${andAll(source.conditions)} ORDER BY 1)`;
  if (isAlways(mask)) return ids;
  return sql`CASE WHEN ${compileBool(mask.mask, ctx, true)} THEN ${ids} END`;
}

/** The alias-qualified id column of the record table. */
export function idColumn(ctx: SqlContext): Sql {
  return ident(ctx.rootAlias, 'id');
}
