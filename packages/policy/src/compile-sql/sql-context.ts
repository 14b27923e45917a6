// What the SQL compiler knows while it walks: aliases, bound variables, the time, and filter mode.
import type { Expr } from '../check/ir.js';
import { policyError } from '../errors.js';
import type { SchemaIndex } from '../model/schema-index.js';
import type { AccessPlan } from '../plan/access-plan.js';
import { param, type Sql, sql } from './sql-fragment.js';
import type { SqlType } from './sql-values.js';

/** A typed SQL expression; `nonNull` is true when NULL is impossible (enables sargable `=`). */
export interface SqlValue {
  readonly sql: Sql;
  readonly type: SqlType;
  readonly nonNull: boolean;
}

/** Makes two operands comparable: a uuid meets text only as text. */
export function unify(a: SqlValue, b: SqlValue): [Sql, Sql] {
  if (a.type === b.type) return [a.sql, b.sql];
  const asText = (v: SqlValue) => (v.type === 'uuid' ? sql`${v.sql}::text` : v.sql);
  if (a.type === 'uuid' || b.type === 'uuid') return [asText(a), asText(b)];
  return [a.sql, b.sql];
}

/**
 * The expression compiler (compile-expr.ts), carried in the context: paths and collections recurse
 * into it through here, since compile-expr.ts imports them and they cannot import it back.
 */
export interface SqlCompiler {
  bool(e: Expr, ctx: SqlContext, truth: boolean): Sql;
  value(e: Expr, ctx: SqlContext): SqlValue;
}

/** What an exists/all variable stands for: a row (alias) or an element value. */
export type SqlBinding =
  | { readonly kind: 'row'; readonly alias: string; readonly collection: string }
  | { readonly kind: 'element'; readonly value: SqlValue };

/**
 * Client-filter mode: fields are read through their masks, and related rows only when the
 * principal may read them, so filtering can never reveal what reading would not.
 */
export interface FilterMode {
  readPlan(collection: string): AccessPlan;
}

/** Compiler state; `alias` hands out fresh subquery aliases shared by the whole statement. */
export interface SqlContext {
  readonly schema: SchemaIndex;
  readonly rootAlias: string;
  readonly rootCollection: string;
  readonly vars: ReadonlyMap<number, SqlBinding>;
  readonly now: number | undefined;
  readonly filter: FilterMode | null;
  readonly nextAlias: () => string;
  readonly compiler: SqlCompiler;
}

/** Options shared by every compile entry point. */
export interface SqlCompileOptions {
  /** Alias of the record table in the caller's query (default "r"). */
  readonly alias?: string;
  /** Required when a condition uses `now`. */
  readonly now?: number | Date;
}

/** A root context for one statement. */
export function rootContext(
  schema: SchemaIndex,
  collection: string,
  options: SqlCompileOptions,
  compiler: SqlCompiler,
): SqlContext {
  let counter = 0;
  const now = options.now instanceof Date ? options.now.getTime() : options.now;
  return {
    schema,
    rootAlias: options.alias ?? 'r',
    rootCollection: collection,
    vars: new Map(),
    now,
    filter: null,
    nextAlias: () => `_p${++counter}`,
    compiler,
  };
}

/** The same statement, seen from another row (a mask or a related collection's condition). */
export function reroot(ctx: SqlContext, alias: string, collection: string): SqlContext {
  return { ...ctx, rootAlias: alias, rootCollection: collection, vars: new Map(), filter: null };
}

/** Binds an exists/all variable. */
export function withBinding(ctx: SqlContext, id: number, binding: SqlBinding): SqlContext {
  const vars = new Map(ctx.vars);
  vars.set(id, binding);
  return { ...ctx, vars };
}

/** The time as a parameter, or POLICY_NOW_REQUIRED. */
export function nowSql(ctx: SqlContext): Sql {
  if (ctx.now === undefined) {
    throw policyError('POLICY_NOW_REQUIRED', 'this condition uses `now`; pass the current time');
  }
  return param(new Date(ctx.now).toISOString(), 'timestamptz');
}
