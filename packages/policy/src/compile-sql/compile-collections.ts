// Lists, relations and strings: in, size, has, exists / all, contains / startsWith / endsWith.
import type {
  Expr,
  HasExpr,
  InListExpr,
  InRelationExpr,
  QuantExpr,
  SizeExpr,
  StringTestExpr,
} from '../check/ir.js';
import { andAll, relationSource } from './compile-paths.js';
import { type SqlContext, type SqlValue, unify, withBinding } from './sql-context.js';
import { ident, raw, type Sql, sql } from './sql-fragment.js';
import type { SqlType } from './sql-values.js';

function elementType(list: SqlType): SqlType {
  return list.endsWith('[]') ? (list.slice(0, -2) as SqlType) : list;
}

function asText(v: SqlValue): Sql {
  return v.type === 'uuid' ? sql`${v.sql}::text` : v.sql;
}

/**
 * `x in list`: NULL elements of a stored array never match (the JS side skips them too), and a NULL
 * `x` is UNKNOWN even for an empty list, where PostgreSQL's `= ANY('{}')` would say FALSE.
 */
export function compileInList(e: InListExpr, ctx: SqlContext, truth: boolean): Sql {
  const item = ctx.compiler.value(e.item, ctx);
  const list = ctx.compiler.value(e.list, ctx);
  const element = elementType(list.type);
  let array = e.list.kind === 'const' ? list.sql : sql`array_remove(${list.sql}, NULL)`;
  let needle = item.sql;
  if (item.type === 'uuid' && element !== 'uuid') needle = sql`${item.sql}::text`;
  if (element === 'uuid' && item.type !== 'uuid') array = sql`(${array})::text[]`;
  const test = sql`(${needle} = ANY(${array}))`;
  if (item.nonNull || truth) return test;
  return sql`(CASE WHEN ${item.sql} IS NULL THEN NULL ELSE ${test} END)`;
}

/** `id in record.relation`: EXISTS over the junction table; UNKNOWN when the id is NULL. */
export function compileInRelation(e: InRelationExpr, ctx: SqlContext, truth: boolean): Sql {
  const item = ctx.compiler.value(e.item, ctx);
  const source = relationSource(e.relation, ctx, false);
  const [target, needle] = unify({ sql: source.targetId, type: 'uuid', nonNull: true }, item);
  const exists = sql`EXISTS (SELECT 1 FROM ${source.from} WHERE ${andAll([...source.conditions, sql`${target} = ${needle}`])})`;
  if (item.nonNull || truth) return exists;
  return sql`(CASE WHEN ${item.sql} IS NULL THEN NULL ELSE ${exists} END)`;
}

/** contains / startsWith / endsWith, by code point like JavaScript on well-formed strings. */
export function compileStringTest(e: StringTestExpr, ctx: SqlContext): Sql {
  const target = asText(ctx.compiler.value(e.target, ctx));
  const arg = asText(ctx.compiler.value(e.arg, ctx));
  if (e.fn === 'contains') return sql`(strpos(${target}, ${arg}) > 0)`;
  if (e.fn === 'startsWith') return sql`starts_with(${target}, ${arg})`;
  return sql`(right(${target}, char_length(${arg})) = ${arg})`;
}

/** size(): code points of a string, elements of a list, rows of a relation. */
export function compileSize(e: SizeExpr, ctx: SqlContext): SqlValue {
  if (e.operand.kind === 'relation') {
    const source = relationSource(e.operand, ctx, false);
    return {
      sql: sql`(SELECT count(*) FROM ${source.from} WHERE ${andAll(source.conditions)})`,
      type: 'bigint',
      nonNull: true,
    };
  }
  const v = ctx.compiler.value(e.operand, ctx);
  const fn = e.operand.type.kind === 'string' ? raw('char_length') : raw('cardinality');
  return { sql: sql`(${fn}(${v.sql}))::bigint`, type: 'bigint', nonNull: false };
}

/** has(): present (not NULL); a relation is present when it has at least one row. */
export function compileHas(e: HasExpr, ctx: SqlContext): Sql {
  if (e.operand.kind === 'relation') {
    const source = relationSource(e.operand, ctx, false);
    return sql`EXISTS (SELECT 1 FROM ${source.from} WHERE ${andAll(source.conditions)})`;
  }
  return sql`(${ctx.compiler.value(e.operand, ctx).sql} IS NOT NULL)`;
}

/** exists / all: two-valued over elements (only a TRUE body counts); UNKNOWN over a NULL list. */
export function compileQuantifier(e: QuantExpr, ctx: SqlContext, truth: boolean): Sql {
  if (e.range.kind === 'relation') return relationQuantifier(e, e.range, ctx);
  const list = ctx.compiler.value(e.range, ctx);
  const u = ctx.nextAlias();
  const value: SqlValue = { sql: ident(u, 'v'), type: elementType(list.type), nonNull: false };
  const body = ctx.compiler.bool(e.body, withBinding(ctx, e.varId, { kind: 'element', value }), true);
  const from = sql`unnest(${list.sql}) AS ${ident(u)}(${ident('v')})`;
  const test = quantified(e.kind, from, [], body);
  if (list.nonNull) return test;
  if (truth) return e.kind === 'exists' ? test : sql`(${list.sql} IS NOT NULL AND ${test})`;
  return sql`(CASE WHEN ${list.sql} IS NULL THEN NULL ELSE ${test} END)`;
}

function relationQuantifier(e: QuantExpr, range: Extract<Expr, { kind: 'relation' }>, ctx: SqlContext): Sql {
  const source = relationSource(range, ctx, true);
  const alias = source.targetAlias ?? '';
  const inner = withBinding(ctx, e.varId, { kind: 'row', alias, collection: range.target });
  const body = ctx.compiler.bool(e.body, inner, true);
  return quantified(e.kind, source.from, source.conditions, body);
}

function quantified(kind: 'exists' | 'all', from: Sql, conditions: readonly Sql[], body: Sql): Sql {
  if (kind === 'exists') return sql`EXISTS (SELECT 1 FROM ${from} WHERE ${andAll([...conditions, body])})`;
  return sql`(NOT EXISTS (SELECT 1 FROM ${from} WHERE ${andAll([...conditions, sql`(${body}) IS NOT TRUE`])}))`;
}
