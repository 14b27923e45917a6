// The engine's answer for (principal, action, collection): allow, deny, or where(condition, masks).
import type { Expr } from '../check/ir.js';
import type { Action } from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import type { SchemaIndex } from '../model/schema-index.js';

/** The three states of a plan; a missing rule is `deny`, never "no WHERE". */
export type PlanKind = 'allow' | 'deny' | 'where';

/**
 * When a field is readable (read) or writable (create, update) on a row that passes the plan:
 * the constant TRUE for always, otherwise a condition on the row.
 */
export interface FieldMask {
  readonly field: FieldDef;
  readonly mask: Expr;
}

/** Why a plan needed no grants or guards: allData (no rule at all) or an unrestricted collection (field conditions only). */
export type Bypass = 'allData' | 'unrestricted';

/** An access plan. Principal terms are folded in; `now` stays a late-bound input. */
export interface AccessPlan {
  readonly kind: PlanKind;
  readonly collection: string;
  readonly action: Action;
  /** TRUE for allow, FALSE for deny, otherwise the row condition. */
  readonly condition: Expr;
  /** Fields that are accessible on at least some rows, by field name; absent fields never are. */
  readonly fields: ReadonlyMap<string, FieldMask>;
  readonly bypass: Bypass | null;
  /** The gate right the principal lacks (RuleSet.gate): the plan is deny before any rule. */
  readonly missingRight?: string;
  /** The rule-set version the plan was computed from. */
  readonly version: string;
  readonly schema: SchemaIndex;
}

/** True when the mask is the constant TRUE (the field is accessible on every permitted row). */
export function isAlways(mask: FieldMask): boolean {
  return mask.mask.kind === 'const' && mask.mask.value === true;
}
