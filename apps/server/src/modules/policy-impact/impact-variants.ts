// Per (collection, action): what each user's access is before and after, as SQL, grouped so that
// users whose two plans compile to the same SQL are counted once.
import {
  type AccessPlan,
  type Action,
  type CollectionDef,
  compileFieldMask,
  compileWhere,
  type PolicyEngine,
  type Principal,
  raw,
  type Sql,
} from '@charter/policy';

/** One field whose access may differ: its masks (valid on rows the plan admits) on each side. */
export interface VariantField {
  /** The field's name in `after`. */
  readonly name: string;
  readonly before: Sql;
  readonly after: Sql;
}

/** Users whose plans compile to the same SQL pair get the same counts. */
export interface Variant {
  readonly users: string[];
  readonly before: Sql;
  readonly after: Sql;
  readonly fields: readonly VariantField[];
}

/** One side of the comparison for one user. */
export interface Side {
  readonly engine: PolicyEngine | null;
  readonly principal: Principal;
}

const FALSE = raw('FALSE');

/** Fields reported per action: read and update; `id` is readable exactly when the row is. */
function reportedFields(def: CollectionDef, action: Action) {
  if (action === 'read') return def.fields.filter((f) => f.id !== 'id');
  if (action === 'update') return def.fields.filter((f) => !f.system);
  return [];
}

function planOf(side: Side, action: Action, collection: string): AccessPlan | null {
  if (!side.engine?.schema.collections.has(collection)) return null;
  return side.engine.planAccess(side.principal, action, collection);
}

// Field masks are looked up by id, so a renamed field compares with itself.
function maskOf(plan: AccessPlan | null, fieldId: string, now: number): Sql {
  if (!plan) return FALSE;
  for (const [name, mask] of plan.fields) {
    if (mask.field.id === fieldId) return compileFieldMask(plan, name, { now });
  }
  return FALSE;
}

/** A stable key for SQL text and its values. */
export function sqlKey(fragment: Sql): string {
  return JSON.stringify([fragment.strings, fragment.values], (_k, v) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
}

/**
 * Groups users by the SQL of their two plans; users whose plans are the same on both sides are
 * left out: their access cannot change, whatever the data.
 */
export function variantsOf(
  users: readonly { id: string; before: Side; after: Side }[],
  def: CollectionDef,
  action: Action,
  now: number,
): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const user of users) {
    const beforePlan = planOf(user.before, action, def.key);
    const afterPlan = planOf(user.after, action, def.key);
    const before = beforePlan ? compileWhere(beforePlan, { now }) : FALSE;
    const after = afterPlan ? compileWhere(afterPlan, { now }) : FALSE;
    const fields = reportedFields(def, action).map((f) => ({
      name: f.name,
      before: maskOf(beforePlan, f.id, now),
      after: maskOf(afterPlan, f.id, now),
    }));
    const same =
      sqlKey(before) === sqlKey(after) && fields.every((f) => sqlKey(f.before) === sqlKey(f.after));
    if (same) continue;
    const key = sqlKey({
      strings: [],
      values: [sqlKey(before), sqlKey(after), ...fields.flatMap((f) => [sqlKey(f.before), sqlKey(f.after)])],
    });
    const variant = byKey.get(key);
    if (variant) variant.users.push(user.id);
    else byKey.set(key, { users: [user.id], before, after, fields });
  }
  return [...byKey.values()];
}
