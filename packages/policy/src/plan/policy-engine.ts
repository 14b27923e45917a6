// One engine per (schema, rule set): compiles rules once, caches plans, and answers every question.

import { DEFAULT_LIMITS, type ExpressionLimits } from '../cel/limits.js';
import { checkCondition } from '../check/check-condition.js';
import type { Expr } from '../check/ir.js';
import {
  checkCreate,
  checkRow,
  checkUpdate,
  type Decision,
  readableFields,
} from '../compile-js/check-payload.js';
import { type CompiledPlan, compilePlan, type Now } from '../compile-js/compile-plan.js';
import {
  type AggregateQuery,
  compileAggregateQuery,
  type Grouping,
  type Measure,
} from '../compile-sql/aggregate-query.js';
import { compileWhere } from '../compile-sql/compile-where.js';
import {
  compileCountQuery,
  compileListQuery,
  type ListQuery,
  type ListQueryOptions,
  type SortKey,
} from '../compile-sql/list-query.js';
import type { FilterMode, SqlCompileOptions } from '../compile-sql/sql-context.js';
import type { Sql } from '../compile-sql/sql-fragment.js';
import { PolicyError, policyError } from '../errors.js';
import { type Explanation, explainDecision } from '../explain/explain.js';
import type { Principal } from '../model/principal.js';
import { type Action, missingGateRight, type RuleSet } from '../model/rule-set.js';
import type { Schema } from '../model/schema.js';
import { collectionOf, indexSchema, type SchemaIndex } from '../model/schema-index.js';
import type { AccessPlan } from './access-plan.js';
import { buildPlan } from './build-plan.js';
import { type CompiledRuleSet, compileRuleSet, type RuleDiagnostic, rulesOf } from './compile-rules.js';
import { foldPrincipal } from './fold.js';
import { PlanCache } from './plan-cache.js';

/** What an engine is built from. */
export interface PolicyEngineOptions {
  readonly schema: Schema;
  readonly ruleSet: RuleSet;
  readonly limits?: Partial<ExpressionLimits>;
  /** Plans kept per engine (default 10,000). */
  readonly cacheSize?: number;
}

/** List options as the API receives them: filter as CEL text, sort as "a,-b", cursor as a token. */
export interface ListRequest extends SqlCompileOptions {
  readonly fields?: readonly string[];
  readonly filter?: string;
  /**
   * A builder's collection filter (a page section's, DESIGN.md §6): checked and compiled like a
   * rule's condition, folded for the principal and ANDed on top of the data rules and the client
   * filter. It narrows what the principal may read; it never widens it.
   */
  readonly viewFilter?: string;
  readonly sort?: string | readonly SortKey[];
  readonly search?: string;
  readonly limit?: number;
  readonly after?: string;
  readonly id?: string;
  readonly visibilityFlags?: boolean;
}

/** An aggregate as the API receives it: the filter as CEL text, read in filter mode. */
export interface AggregateRequest extends SqlCompileOptions {
  readonly measure: Measure;
  readonly group?: Grouping | null;
  readonly filter?: string;
  readonly limit?: number;
}

/** The permission engine for one app at one policy version. Pure: no I/O, no clock. */
export class PolicyEngine {
  readonly schema: SchemaIndex;
  readonly ruleSet: RuleSet;
  readonly limits: ExpressionLimits;
  readonly compiled: CompiledRuleSet;
  private readonly cache: PlanCache;
  private readonly readableIds = new WeakMap<AccessPlan, ReadonlySet<string>>();
  private readonly listQueries = new WeakMap<AccessPlan, Map<string, KeptListQuery>>();
  private readonly timeDependent = new WeakSet<AccessPlan>();

  constructor(options: PolicyEngineOptions) {
    this.schema = indexSchema(options.schema);
    this.ruleSet = options.ruleSet;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.compiled = compileRuleSet(options.ruleSet, this.schema, this.limits);
    this.cache = new PlanCache(options.cacheSize ?? 10_000);
  }

  /** The rule-set version this engine decides for. */
  get version(): string {
    return this.ruleSet.version;
  }

  /** Rules that no longer compile (they count as false); the server logs and shows these. */
  get diagnostics(): readonly RuleDiagnostic[] {
    return this.compiled.diagnostics;
  }

  /** allow | deny | where(condition, field masks), cached by the principal terms that matter. */
  planAccess(principal: Principal, action: Action, collection: string): AccessPlan {
    const fast = this.cache.forPrincipal(principal, action, collection);
    if (fast) return fast;
    collectionOf(this.schema, collection);
    // A gated-out principal is denied before any rule; the shared cache keys on roles, not
    // rights, so only plans of principals who pass the gate go there.
    if (missingGateRight(this.ruleSet, principal, action)) {
      const denied = buildPlan(this.compiled, principal, action, collection);
      this.cache.remember(principal, denied);
      return denied;
    }
    const members = rulesOf(this.compiled, collection).userMembers;
    const cached = this.cache.forTerms(principal, action, collection, members);
    if (cached) {
      this.cache.remember(principal, cached);
      return cached;
    }
    const plan = buildPlan(this.compiled, principal, action, collection);
    this.cache.store(principal, members, plan);
    return plan;
  }

  /** The JS predicate and masks of a plan, for point checks. */
  compile(plan: AccessPlan): CompiledPlan {
    return compilePlan(plan);
  }

  /** Read or delete one row. */
  checkRow(
    principal: Principal,
    action: 'read' | 'delete',
    collection: string,
    row: Row,
    now?: Now,
  ): Decision {
    return checkRow(this.planAccess(principal, action, collection), row, now);
  }

  /** Create: the new row passes and every written field is creatable on it. */
  checkCreate(
    principal: Principal,
    collection: string,
    newRow: Row,
    written: readonly string[],
    now?: Now,
  ): Decision {
    return checkCreate(this.planAccess(principal, 'create', collection), newRow, written, now);
  }

  /** Update: before and after pass, and every changed field is updatable on the row before. */
  checkUpdate(
    principal: Principal,
    collection: string,
    change: { readonly before: Row; readonly after: Row; readonly changed: readonly string[] },
    now?: Now,
  ): Decision {
    return checkUpdate(
      this.planAccess(principal, 'update', collection),
      change.before,
      change.after,
      change.changed,
      now,
    );
  }

  /** The fields of a row this principal may read (empty when the row is not readable). */
  readableFields(principal: Principal, collection: string, row: Row, now?: Now): string[] {
    return readableFields(this.planAccess(principal, 'read', collection), row, now);
  }

  /** The plan's WHERE condition as SQL, to AND into the caller's query (update/delete/bulk). */
  compileWhere(
    principal: Principal,
    action: Action,
    collection: string,
    options: SqlCompileOptions = {},
  ): Sql {
    return compileWhere(this.planAccess(principal, action, collection), options);
  }

  /** A client `?filter=`: only readable fields and relations are known identifiers. */
  compileFilter(principal: Principal, collection: string, text: string): Expr {
    const checked = checkCondition(text, {
      schema: this.schema,
      collection,
      limits: this.limits,
      mode: 'filter',
      readableFields: (c) => this.readableFieldIds(this.planAccess(principal, 'read', c)),
    });
    return foldPrincipal(checked.expr, principal);
  }

  /**
   * The list SELECT of the records API for this principal. A request that carries no values of
   * its own (no filter, search, cursor or id) compiles to the same statement every time for the
   * same plans, so that statement is kept with the plan and reused while the plans it read are
   * still the principal's plans.
   */
  compileListQuery(principal: Principal, collection: string, request: ListRequest = {}): ListQuery {
    const plan = this.planAccess(principal, 'read', collection);
    const key = reusableListKey(request);
    if (key === null || this.timeDependent.has(plan)) {
      return compileListQuery(plan, this.listOptions(principal, collection, request));
    }
    const related = this.filterMode(principal);
    const kept = this.listQueries.get(plan)?.get(key);
    if (kept?.related.every(([c, p]) => related.readPlan(c) === p)) return kept.query;
    const consulted: [string, AccessPlan][] = [];
    const recording: FilterMode = {
      readPlan: (c) => {
        const p = related.readPlan(c);
        consulted.push([c, p]);
        return p;
      },
    };
    // Compiled without the clock: a statement that needs the time throws here, and such plans
    // are compiled afresh on every request.
    const { now: _now, ...timeless } = request;
    let query: ListQuery;
    try {
      query = compileListQuery(plan, {
        ...this.listOptions(principal, collection, timeless),
        related: recording,
      });
    } catch (error) {
      if (!(error instanceof PolicyError && error.code === 'POLICY_NOW_REQUIRED')) throw error;
      this.timeDependent.add(plan);
      return compileListQuery(plan, this.listOptions(principal, collection, request));
    }
    const byKey = this.listQueries.get(plan) ?? new Map<string, KeptListQuery>();
    this.listQueries.set(plan, byKey);
    if (byKey.size >= LIST_QUERIES_PER_PLAN) byKey.clear();
    byKey.set(key, { query, related: consulted });
    return query;
  }

  /** `SELECT count(*)` over exactly the rows the list would page through. */
  compileCountQuery(principal: Principal, collection: string, request: ListRequest = {}): Sql {
    const plan = this.planAccess(principal, 'read', collection);
    return compileCountQuery(plan, this.listOptions(principal, collection, request));
  }

  /**
   * An aggregate (count, sum, avg, min, max, optionally grouped) over exactly the rows the list
   * would page through, each field read through its mask: what the principal may not read counts
   * as absent. A field the principal can never read is an unknown field, as in a filter.
   */
  compileAggregateQuery(principal: Principal, collection: string, request: AggregateRequest): AggregateQuery {
    const plan = this.planAccess(principal, 'read', collection);
    const { filter, ...rest } = request;
    return compileAggregateQuery(plan, {
      ...rest,
      related: this.filterMode(principal),
      filter:
        filter !== undefined && filter.trim() !== ''
          ? this.compileFilter(principal, collection, filter)
          : null,
    });
  }

  /**
   * A structured trace: roles considered (bypass noted), each grant, guard and field condition,
   * whether it held on `record` and the sub-expression that failed, and why a record is absent.
   */
  explain(
    principal: Principal,
    action: Action,
    collection: string,
    record?: Row,
    options: { now?: Now } = {},
  ): Explanation {
    const plan = this.planAccess(principal, action, collection);
    const now = options.now instanceof Date ? options.now.getTime() : options.now;
    return explainDecision({
      compiled: this.compiled,
      principal,
      action,
      collection,
      plan,
      ...(record ? { record } : {}),
      ...(now !== undefined ? { now } : {}),
    });
  }

  /** Read plans of every collection for one principal: what filter mode may see. */
  filterMode(principal: Principal): FilterMode {
    return { readPlan: (c) => this.planAccess(principal, 'read', c) };
  }

  private listOptions(principal: Principal, collection: string, request: ListRequest): ListQueryOptions {
    const { filter, viewFilter, sort, ...rest } = request;
    return {
      ...rest,
      related: this.filterMode(principal),
      filter:
        filter !== undefined && filter.trim() !== ''
          ? this.compileFilter(principal, collection, filter)
          : null,
      narrow:
        viewFilter !== undefined && viewFilter.trim() !== ''
          ? this.compileViewFilter(principal, collection, viewFilter)
          : null,
      sort: typeof sort === 'string' ? parseSort(sort) : (sort ?? []),
    };
  }

  private compileViewFilter(principal: Principal, collection: string, text: string): Expr {
    const checked = checkCondition(text, { schema: this.schema, collection, limits: this.limits });
    return foldPrincipal(checked.expr, principal);
  }

  private readableFieldIds(plan: AccessPlan): ReadonlySet<string> {
    let ids = this.readableIds.get(plan);
    if (!ids) {
      ids = new Set([...plan.fields.values()].map((m) => m.field.id));
      this.readableIds.set(plan, ids);
    }
    return ids;
  }
}

type Row = Readonly<Record<string, unknown>>;

/** A compiled list statement and the related read plans it was compiled against. */
interface KeptListQuery {
  readonly query: ListQuery;
  readonly related: readonly (readonly [string, AccessPlan])[];
}

// Distinct field lists, sorts and page sizes kept per plan; clients use a handful.
const LIST_QUERIES_PER_PLAN = 64;

/** The cache key of a request whose statement depends only on the plans, or null. */
function reusableListKey(request: ListRequest): string | null {
  const { filter, viewFilter, search, after, id, alias } = request;
  if ((filter !== undefined && filter.trim() !== '') || (search !== undefined && search !== '')) return null;
  if (viewFilter !== undefined && viewFilter.trim() !== '') return null;
  if (after !== undefined || id !== undefined || alias !== undefined) return null;
  return JSON.stringify([
    request.fields ?? null,
    request.sort ?? null,
    request.limit ?? null,
    request.visibilityFlags === true,
  ]);
}

/** Builds an engine; throws POLICY_INVALID_SCHEMA for an inconsistent schema, never for a bad rule. */
export function createPolicyEngine(options: PolicyEngineOptions): PolicyEngine {
  return new PolicyEngine(options);
}

/** Parses `?sort=title,-salary` into sort keys. */
export function parseSort(text: string): SortKey[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const desc = s.startsWith('-');
      const field = s.replace(/^[-+]/, '');
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) {
        throw policyError('POLICY_INVALID_QUERY', `invalid sort key '${s}'; expected field or -field`);
      }
      return { field, direction: desc ? 'desc' : 'asc' };
    });
}
