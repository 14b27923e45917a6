// Compiles the checked IR to PostgreSQL with the same three-valued semantics as the JS back end.
import type { ArithExpr, CompareExpr, CondExpr, Expr } from '../check/ir.js';
import { policyError } from '../errors.js';
import {
  compileHas,
  compileInList,
  compileInRelation,
  compileQuantifier,
  compileSize,
  compileStringTest,
} from './compile-collections.js';
import { andAll, columnOf, compileField, hopChain, startAlias } from './compile-paths.js';
import { nowSql, type SqlCompiler, type SqlContext, type SqlValue, unify } from './sql-context.js';
import { joinSql, raw, type Sql, sql } from './sql-fragment.js';
import { constantSql, constantType, type SqlType, sqlTypeOf } from './sql-values.js';

/** This compiler, for a root context: `rootContext(schema, collection, options, SQL_COMPILER)`. */
export const SQL_COMPILER: SqlCompiler = { bool: compileBool, value: compileValue };

/**
 * Compiles a boolean expression. With `truth` set, only whether the result is TRUE matters
 * (WHERE, CASE WHEN, AND/OR below them), so NULL and FALSE may be conflated; that allows a
 * sargable `col = $1` where full three-valued logic needs `IS NOT DISTINCT FROM`.
 */
export function compileBool(e: Expr, ctx: SqlContext, truth: boolean): Sql {
  switch (e.kind) {
    case 'const':
      return raw(e.value === null ? 'NULL::boolean' : e.value ? 'TRUE' : 'FALSE');
    case 'and':
    case 'or': {
      const parts = e.operands.map((o) => compileBool(o, ctx, truth));
      return sql`(${joinSql(parts, e.kind === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return sql`(NOT ${compileBool(e.operand, ctx, false)})`;
    case 'compare':
      return compileCompare(e, ctx, truth);
    case 'inList':
      return compileInList(e, ctx, truth);
    case 'inRelation':
      return compileInRelation(e, ctx, truth);
    case 'stringTest':
      return compileStringTest(e, ctx);
    case 'has':
      return compileHas(e, ctx);
    case 'exists':
    case 'all':
      return compileQuantifier(e, ctx, truth);
    default:
      return compileValue(e, ctx).sql;
  }
}

/** Compiles a value expression to typed SQL. */
export function compileValue(e: Expr, ctx: SqlContext): SqlValue {
  switch (e.kind) {
    case 'const': {
      const type = constantType(e.value, sqlTypeOf(e.type));
      return { sql: constantSql(e.value, type), type, nonNull: e.value !== null };
    }
    case 'now':
      return { sql: nowSql(ctx), type: 'timestamptz', nonNull: true };
    case 'field':
      return compileField(e, ctx);
    case 'element': {
      const binding = ctx.vars.get(e.id);
      if (binding?.kind !== 'element')
        throw policyError('POLICY_INVALID_QUERY', `unbound variable ${e.name}`);
      return binding.value;
    }
    case 'arith':
      return compileArith(e, ctx);
    case 'neg': {
      const v = compileValue(e.operand, ctx);
      return { sql: sql`(- ${v.sql})`, type: v.type, nonNull: v.nonNull };
    }
    case 'size':
      return compileSize(e, ctx);
    case 'cond':
      return compileCond(e, ctx);
    case 'user':
    case 'relation':
      throw policyError('POLICY_INVALID_QUERY', `internal: ${e.kind} cannot be compiled to SQL here`);
    default:
      return { sql: compileBool(e, ctx, false), type: 'boolean', nonNull: false };
  }
}

const ORDER_OPS: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

function compileCompare(e: CompareExpr, ctx: SqlContext, truth: boolean): Sql {
  if (hasNullPrincipal(e)) return raw('NULL::boolean');
  const viaExists = truth ? compileCompareThroughLink(e, ctx) : null;
  if (viaExists) return viaExists;
  const left = compileValue(e.left, ctx);
  const right = compileValue(e.right, ctx);
  if (e.op === '==' || e.op === '!=') return compileEquality(e.op, left, right, truth);
  const [l, r] = unify(left, right);
  const collate = e.compareAs === 'text' ? raw(' COLLATE "C"') : raw('');
  return sql`((${l})${collate} ${raw(ORDER_OPS[e.op] ?? '=')} ${r})`;
}

/** A principal operand that folded to NULL makes the comparison UNKNOWN (see CompareExpr). */
function hasNullPrincipal(e: CompareExpr): boolean {
  const isNull = (x: Expr) => x.kind === 'const' && x.value === null;
  if (!e.principalSide) return false;
  return (e.principalSide !== 'right' && isNull(e.left)) || (e.principalSide !== 'left' && isNull(e.right));
}

/**
 * `record.position.hiringManager == $1` as EXISTS (SELECT 1 FROM positions … AND hiring_manager = $1):
 * a semi-join PostgreSQL plans well. Only where it means the same: in a TRUE-only context, for a
 * comparison that cannot be TRUE when the linked value is NULL (orderings, or == with a non-NULL side).
 */
function compileCompareThroughLink(e: CompareExpr, ctx: SqlContext): Sql | null {
  const hopLeft = e.left.kind === 'field' && e.left.hops.length > 0;
  const hopRight = e.right.kind === 'field' && e.right.hops.length > 0;
  if (hopLeft === hopRight || e.op === '!=') return null;
  const linked = (hopLeft ? e.left : e.right) as Extract<Expr, { kind: 'field' }>;
  const other = compileValue(hopLeft ? e.right : e.left, ctx);
  if (e.op === '==' && !other.nonNull) return null;
  const chain = hopChain(ctx, startAlias(ctx, linked.row), linked.rowCollection, linked.hops);
  const value = columnOf(ctx, chain.alias, chain.collection, linked.field);
  const [l, r] = hopLeft ? unify(value, other) : unify(other, value);
  const collate = e.compareAs === 'text' && e.op !== '==' ? raw(' COLLATE "C"') : raw('');
  const test = sql`((${l})${collate} ${raw(ORDER_OPS[e.op] ?? '=')} ${r})`;
  return sql`EXISTS (SELECT 1 FROM ${chain.from} WHERE ${andAll([...chain.conditions, test])})`;
}

/** Null-safe equality (== is two-valued, like the JS back end). */
function compileEquality(op: '==' | '!=', left: SqlValue, right: SqlValue, truth: boolean): Sql {
  const eq = op === '==';
  if (isNullConstant(left) || isNullConstant(right)) {
    const other = isNullConstant(left) ? right : left;
    if (isNullConstant(other)) return raw(eq ? 'TRUE' : 'FALSE');
    return sql`(${other.sql} ${raw(eq ? 'IS NULL' : 'IS NOT NULL')})`;
  }
  const [l, r] = unify(left, right);
  if (left.nonNull && right.nonNull) return sql`(${l} ${raw(eq ? '=' : '<>')} ${r})`;
  if (eq && truth && (left.nonNull || right.nonNull)) return sql`(${l} = ${r})`;
  return sql`(${l} ${raw(eq ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM')} ${r})`;
}

function isNullConstant(v: SqlValue): boolean {
  return v.sql.values.length === 0 && /^NULL::/.test(v.sql.strings[0] ?? '');
}

const MS = raw("interval '1 millisecond'");

function compileArith(e: ArithExpr, ctx: SqlContext): SqlValue {
  const a = compileValue(e.left, ctx);
  const b = compileValue(e.right, ctx);
  const nonNull = a.nonNull && b.nonNull;
  const op = raw(e.op);
  if (e.type.kind === 'string') return { sql: sql`(${a.sql} || ${b.sql})`, type: 'text', nonNull };
  if (a.type === 'timestamptz' && b.type === 'timestamptz') {
    const diff = sql`((extract(epoch from ${a.sql}) - extract(epoch from ${b.sql})) * 1000)`;
    return { sql: diff, type: 'numeric', nonNull };
  }
  if (a.type === 'timestamptz')
    return { sql: sql`(${a.sql} ${op} ${MS} * (${b.sql})::float8)`, type: 'timestamptz', nonNull };
  if (b.type === 'timestamptz')
    return { sql: sql`(${b.sql} + ${MS} * (${a.sql})::float8)`, type: 'timestamptz', nonNull };
  const type: SqlType = sqlTypeOf(e.type);
  if (type === 'float8') return { sql: sql`((${a.sql})::float8 ${op} (${b.sql})::float8)`, type, nonNull };
  return { sql: sql`(${a.sql} ${op} ${b.sql})`, type, nonNull };
}

/** UNKNOWN test → NULL, exactly like the JS back end; both branches are cast to the checked type. */
function compileCond(e: CondExpr, ctx: SqlContext): SqlValue {
  const test = compileBool(e.test, ctx, false);
  const type = raw(sqlTypeOf(e.type));
  const then = compileValue(e.ifTrue, ctx).sql;
  const otherwise = compileValue(e.ifFalse, ctx).sql;
  const value = sql`(CASE WHEN ${test} THEN (${then})::${type} WHEN (NOT ${test}) THEN (${otherwise})::${type} END)`;
  return { sql: value, type: sqlTypeOf(e.type), nonNull: false };
}
