// The permissions of one collection per role and audience: what each unit contributes, from the
// same compiled rules and the same grouping (units, AND within, guards, field masks) as buildPlan.
import type { Expr } from '../check/ir.js';
import {
  ACTIONS,
  type Action,
  AUDIENCES,
  type Audience,
  isRestricted,
  missingGateRight,
} from '../model/rule-set.js';
import type { FieldDef } from '../model/schema.js';
import { collectionOf } from '../model/schema-index.js';
import { type CompiledFieldCondition, type CompiledRuleSet, rulesOf } from './compile-rules.js';
import { isConst, simplifyLogic } from './fold.js';
import { restricts, targets, type Unit } from './units.js';

/**
 * At a glance: `open` on every record, `conditional` on the records (or for the people) a
 * condition picks, `closed` never, `bypass` when Access All Data skips every rule.
 */
export type MatrixState = 'open' | 'conditional' | 'closed' | 'bypass';

/** Why a cell is what it is, beyond its rules. */
export type MatrixReason = 'allData' | 'unrestricted' | 'noGrant' | 'notListed' | 'rules';

/** One action of one row: the grants of the unit (ANDed) and the guards that apply to its holders. */
export interface MatrixCell {
  readonly state: MatrixState;
  readonly reason: MatrixReason;
  /** Rule ids of the unit's grants for the action; all must hold on a record (AND). */
  readonly grants: readonly string[];
  /** Rule ids of the guards that apply to whoever holds the unit; all must hold. */
  readonly guards: readonly string[];
}

/** One field for one action of one row. */
export interface MatrixFieldCell {
  readonly state: MatrixState;
  readonly reason: MatrixReason;
  /** Rule ids of the unit's grants that list the field (or list no fields: every field). */
  readonly grants: readonly string[];
  /** Rule ids of the field conditions on the field that apply to the unit's holders; all must hold. */
  readonly fieldConditions: readonly string[];
}

/** The field actions: delete takes no field list. */
export const FIELD_ACTIONS = ['read', 'create', 'update'] as const;

/** A role or an audience, and its cells. */
export interface MatrixRow {
  readonly unit: Unit;
  /** Access All Data: no rule applies to the role's holders. */
  readonly bypass: boolean;
  /** Gate rights the role lacks: its grants open nothing to someone who holds only this role. */
  readonly missingRights: readonly string[];
  readonly actions: Readonly<Record<Action, MatrixCell>>;
  readonly fields: Readonly<
    Record<string, Readonly<Record<(typeof FIELD_ACTIONS)[number], MatrixFieldCell>>>
  >;
}

/** The matrix of one collection: one row per role of the rule set, then one per audience. */
export interface AccessMatrix {
  readonly collection: string;
  readonly restricted: boolean;
  /** The collection's own fields, in order; system fields are left out. */
  readonly fields: readonly FieldDef[];
  readonly rows: readonly MatrixRow[];
}

/**
 * Computes the matrix. A row is what its unit contributes: a person's access is the OR of the
 * rows of their roles and audiences, where every guard that applies to them holds (DESIGN.md §4).
 * Conditions are not folded with any one person, so a condition on `user` is `conditional`.
 */
export function accessMatrix(compiled: CompiledRuleSet, collection: string): AccessMatrix {
  const index = collectionOf(compiled.schema, collection);
  const restricted = isRestricted(compiled.ruleSet, collection);
  const fields = index.fields.filter((f) => !f.system);
  const rows: MatrixRow[] = [];
  for (const role of compiled.ruleSet.roles) {
    const unit: Unit = { kind: 'role', key: role.key };
    const holder = [unit, everyone, audience(role.internal ? 'internal' : 'external')];
    const missingRights = ACTIONS.map((a) => missingGateRight(compiled.ruleSet, role, a)).filter(
      (r, i, all): r is string => r !== null && all.indexOf(r) === i,
    );
    rows.push(unitRow(compiled, collection, fields, { unit, holder, bypass: role.allData, missingRights }));
  }
  for (const a of AUDIENCES) {
    const unit = audience(a);
    const holder = a === 'internal' || a === 'external' ? [everyone, unit] : [unit];
    rows.push(unitRow(compiled, collection, fields, { unit, holder, bypass: false, missingRights: [] }));
  }
  return { collection, restricted, fields, rows };
}

const everyone: Unit = { kind: 'audience', audience: 'everyone' };

function audience(a: Audience): Unit {
  return { kind: 'audience', audience: a };
}

interface RowInput {
  readonly unit: Unit;
  /** The units every holder of `unit` matches: restrictive rules naming any of them apply. */
  readonly holder: readonly Unit[];
  readonly bypass: boolean;
  readonly missingRights: readonly string[];
}

function unitRow(
  compiled: CompiledRuleSet,
  collection: string,
  fields: readonly FieldDef[],
  input: RowInput,
): MatrixRow {
  const actions = {} as Record<Action, MatrixCell>;
  const byField: Record<string, Record<(typeof FIELD_ACTIONS)[number], MatrixFieldCell>> = {};
  for (const f of fields) byField[f.name] = {} as Record<(typeof FIELD_ACTIONS)[number], MatrixFieldCell>;
  for (const action of ACTIONS) {
    const cell = actionCell(compiled, collection, input, action);
    actions[action] = cell.cell;
    if (action === 'delete') continue;
    for (const f of fields) {
      (byField[f.name] as Record<string, MatrixFieldCell>)[action] = fieldCell(f, cell);
    }
  }
  return {
    unit: input.unit,
    bypass: input.bypass,
    missingRights: input.missingRights,
    actions,
    fields: byField,
  };
}

interface ActionResult {
  readonly cell: MatrixCell;
  /** The grants' field lists, unioned; null = every field. */
  readonly listed: ReadonlyMap<FieldDef, string[]> | null;
  readonly grantIds: readonly string[];
  readonly fieldConditions: readonly CompiledFieldCondition[];
}

// Mirrors buildPlan: allData, then the unrestricted switch (signed-in units only), then grants
// ANDed within the unit and every applying guard.
function actionCell(
  compiled: CompiledRuleSet,
  collection: string,
  input: RowInput,
  action: Action,
): ActionResult {
  const rules = rulesOf(compiled, collection);
  const access = action === 'read' ? 'read' : action === 'delete' ? null : 'write';
  const fieldConditions = rules.fieldConditions.filter(
    (f) => f.rule.access === access && restricts(f.rule.to, input.holder),
  );
  const none = { grants: [], guards: [] };
  if (input.bypass) {
    return {
      cell: { state: 'bypass', reason: 'allData', ...none },
      listed: null,
      grantIds: [],
      fieldConditions: [],
    };
  }
  const anonymous = input.unit.kind === 'audience' && input.unit.audience === 'anonymous';
  if (!isRestricted(compiled.ruleSet, collection) && !anonymous) {
    return {
      cell: { state: 'open', reason: 'unrestricted', ...none },
      listed: null,
      grantIds: [],
      fieldConditions,
    };
  }
  const grants = rules.grants.filter(
    (g) => g.rule.actions.includes(action) && targets(g.rule.to, input.unit),
  );
  const guards = rules.guards.filter(
    (g) => g.rule.actions.includes(action) && restricts(g.rule.to, input.holder),
  );
  const ids = { grants: grants.map((g) => g.rule.id), guards: guards.map((g) => g.rule.id) };
  if (grants.length === 0) {
    return {
      cell: { state: 'closed', reason: 'noGrant', ...ids },
      listed: new Map(),
      grantIds: [],
      fieldConditions,
    };
  }
  const condition = simplifyLogic('and', [
    ...grants.map((g) => g.condition),
    ...guards.map((g) => g.condition),
  ]);
  let listed: Map<FieldDef, string[]> | null = new Map();
  for (const grant of grants) {
    const list = grant.fields[action];
    if (list === null || list === undefined) {
      listed = null;
      break;
    }
    for (const f of list) listed.set(f, [...(listed.get(f) ?? []), grant.rule.id]);
  }
  return {
    cell: { state: stateOf(condition), reason: 'rules', ...ids },
    listed,
    grantIds: ids.grants,
    fieldConditions,
  };
}

/** A field is open where the row's record is, unless a field condition closes it on some records. */
function fieldCell(field: FieldDef, result: ActionResult): MatrixFieldCell {
  const { cell } = result;
  if (cell.state === 'bypass') return { state: 'bypass', reason: 'allData', grants: [], fieldConditions: [] };
  const closing = result.fieldConditions.filter((fc) => fc.fields.has(field));
  const fieldConditions = closing.map((fc) => fc.rule.id);
  if (cell.state === 'closed') return { state: 'closed', reason: cell.reason, grants: [], fieldConditions };
  const grants = result.listed === null ? result.grantIds : (result.listed.get(field) ?? []);
  if (result.listed !== null && grants.length === 0) {
    return { state: 'closed', reason: 'notListed', grants, fieldConditions };
  }
  const mask = simplifyLogic(
    'and',
    closing.map((fc) => fc.condition),
  );
  return { state: stateOf(mask), reason: cell.reason, grants, fieldConditions };
}

function stateOf(condition: Expr): MatrixState {
  if (isConst(condition, true)) return 'open';
  if (condition.kind === 'const') return 'closed';
  return 'conditional';
}
