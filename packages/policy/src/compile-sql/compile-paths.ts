// Field reads and relation sources: columns, many-to-one hops as subqueries, junction tables.
import type { FieldExpr, RelationExpr, RowRef } from '../check/ir.js';
import { typeOfField } from '../check/types.js';
import { policyError } from '../errors.js';
import type { FieldDef } from '../model/schema.js';
import { collectionOf } from '../model/schema-index.js';
import { isAlways } from '../plan/access-plan.js';
import { reroot, type SqlContext, type SqlValue } from './sql-context.js';
import { ident, joinSql, raw, type Sql, sql, table } from './sql-fragment.js';
import { type SqlType, sqlTypeOf } from './sql-values.js';

/** A FROM list plus its WHERE conditions, ending at the row aliased `alias`. */
export interface RowChain {
  readonly from: Sql;
  readonly conditions: readonly Sql[];
  readonly alias: string;
  readonly collection: string;
}

/** ANDs conditions; the empty list is TRUE. */
export function andAll(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? raw('TRUE') : joinSql(conditions, ' AND ');
}

/** The alias of the row a path starts from. */
export function startAlias(ctx: SqlContext, row: RowRef): string {
  if (row.kind === 'root') return ctx.rootAlias;
  const binding = ctx.vars.get(row.id);
  if (binding?.kind !== 'row') throw policyError('POLICY_INVALID_QUERY', 'unbound row variable');
  return binding.alias;
}

/** The plain column of a field; dates read as UTC midnight, JSON null reads as NULL. */
function rawColumn(alias: string, field: FieldDef): SqlValue {
  const column = ident(alias, field.column ?? '');
  if (field.type === 'date') {
    return { sql: sql`(${column}::timestamp AT TIME ZONE 'UTC')`, type: 'timestamptz', nonNull: false };
  }
  if (field.type === 'json')
    return { sql: sql`NULLIF(${column}, 'null'::jsonb)`, type: 'jsonb', nonNull: false };
  const type: SqlType = sqlTypeOf(typeOfField(field.type, field.target));
  return { sql: column, type, nonNull: field.id === 'id' };
}

/** In filter mode: the condition under which `field` is readable on that row (TRUE otherwise). */
export function readMask(ctx: SqlContext, alias: string, collection: string, field: FieldDef): Sql {
  if (!ctx.filter || field.id === 'id') return raw('TRUE');
  const mask = ctx.filter.readPlan(collection).fields.get(field.name);
  if (!mask) return raw('FALSE');
  if (isAlways(mask)) return raw('TRUE');
  return ctx.compiler.bool(mask.mask, reroot(ctx, alias, collection), true);
}

/** A field's value on a row; in filter mode wrapped in CASE WHEN <mask> so hidden values read as NULL. */
export function columnOf(ctx: SqlContext, alias: string, collection: string, field: FieldDef): SqlValue {
  const value = rawColumn(alias, field);
  const mask = readMask(ctx, alias, collection, field);
  if (mask.strings[0] === 'TRUE' && mask.values.length === 0) return value;
  return { sql: sql`CASE WHEN ${mask} THEN ${value.sql} END`, type: value.type, nonNull: false };
}

/** In filter mode: the condition under which the principal may read a row of `collection`. */
export function readCondition(ctx: SqlContext, alias: string, collection: string): Sql | null {
  if (!ctx.filter) return null;
  const plan = ctx.filter.readPlan(collection);
  if (plan.kind === 'allow') return null;
  if (plan.kind === 'deny') return raw('FALSE');
  return ctx.compiler.bool(plan.condition, reroot(ctx, alias, collection), true);
}

/** Follows many-to-one hops from a row; each hop is one more table in the FROM list. */
export function hopChain(
  ctx: SqlContext,
  alias: string,
  collection: string,
  hops: readonly FieldDef[],
): RowChain {
  let from: Sql = raw('');
  const conditions: Sql[] = [];
  let current = alias;
  let currentCollection = collection;
  hops.forEach((hop, i) => {
    const target = hop.target ?? '';
    const next = ctx.nextAlias();
    const link = columnOf(ctx, current, currentCollection, hop).sql;
    const tableSql = sql`${table(collectionOf(ctx.schema, target).def.table)} AS ${ident(next)}`;
    const on = sql`${ident(next, 'id')} = ${link}`;
    if (i === 0) {
      from = tableSql;
      conditions.push(on);
    } else {
      from = sql`${from} JOIN ${tableSql} ON ${on}`;
    }
    const readable = readCondition(ctx, next, target);
    if (readable) conditions.push(readable);
    current = next;
    currentCollection = target;
  });
  return { from, conditions, alias: current, collection: currentCollection };
}

/** Reads a field through its path: a column, or a scalar subquery over the hops (NULL if a link is empty). */
export function compileField(e: FieldExpr, ctx: SqlContext): SqlValue {
  const alias = startAlias(ctx, e.row);
  if (e.hops.length === 0) return columnOf(ctx, alias, e.collection, e.field);
  const chain = hopChain(ctx, alias, e.rowCollection, e.hops);
  const value = columnOf(ctx, chain.alias, chain.collection, e.field);
  const query = sql`(SELECT ${value.sql} FROM ${chain.from} WHERE ${andAll(chain.conditions)})`;
  return { sql: query, type: value.type, nonNull: false };
}

/** The rows of a many-to-many link: the junction table, and the target table when `withTarget`. */
export interface RelationSource {
  readonly from: Sql;
  readonly conditions: readonly Sql[];
  readonly targetId: Sql;
  readonly targetAlias: string | null;
}

/** Builds the FROM/WHERE that enumerates a relation of a row (readable targets only in filter mode). */
export function relationSource(e: RelationExpr, ctx: SqlContext, withTarget: boolean): RelationSource {
  const junction = e.field.junction;
  if (!junction) throw policyError('POLICY_INVALID_SCHEMA', `field '${e.field.name}' has no junction table`);
  const start = startAlias(ctx, e.row);
  const j = ctx.nextAlias();
  const junctionSql = sql`${table(junction.table)} AS ${ident(j)}`;
  const source = ident(j, junction.sourceColumn);
  let from: Sql;
  const conditions: Sql[] = [];
  let owner = start;
  if (e.hops.length === 0) {
    from = junctionSql;
    conditions.push(sql`${source} = ${ident(start, 'id')}`);
  } else {
    const chain = hopChain(ctx, start, e.rowCollection, e.hops);
    from = sql`${chain.from} JOIN ${junctionSql} ON ${source} = ${ident(chain.alias, 'id')}`;
    conditions.push(...chain.conditions);
    owner = chain.alias;
  }
  const mask = readMask(ctx, owner, e.collection, e.field);
  if (!(mask.strings[0] === 'TRUE' && mask.values.length === 0)) conditions.push(mask);
  const targetId = ident(j, junction.targetColumn);
  if (!withTarget && !ctx.filter) return { from, conditions, targetId, targetAlias: null };
  const t = ctx.nextAlias();
  from = sql`${from} JOIN ${table(collectionOf(ctx.schema, e.target).def.table)} AS ${ident(t)} ON ${ident(t, 'id')} = ${targetId}`;
  const readable = readCondition(ctx, t, e.target);
  if (readable) conditions.push(readable);
  return { from, conditions, targetId, targetAlias: t };
}
