// Random rule sets and principals over a generated world.
import { anonymousPrincipal, buildPrincipal, type Principal } from '../../src/model/principal.js';
import {
  ACTIONS,
  type Action,
  AUDIENCES,
  type RoleDef,
  type Rule,
  type RuleSet,
  type RuleTarget,
} from '../../src/model/rule-set.js';
import { indexSchema } from '../../src/model/schema-index.js';
import { ExprGenerator } from './generate-expr.js';
import { prng, TEXT_LITERALS, type World } from './generate-schema.js';

const COLLECTIONS = ['alpha', 'beta'] as const;
const RIGHTS = ['p', 'q'];

function subset<T>(rand: () => number, items: readonly T[], p = 0.5): T[] {
  return items.filter(() => rand() < p);
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Three roles, one of which sometimes has Access All Data. */
function roles(rand: () => number): RoleDef[] {
  return ['r1', 'r2', 'r3'].map((key, i) => ({
    key,
    name: key,
    internal: rand() < 0.5,
    builder: false,
    allData: i === 2 && rand() < 0.3,
    rights: subset(rand, RIGHTS),
  }));
}

function target(rand: () => number): RuleTarget {
  const roll = rand();
  if (roll < 0.6) return { roles: subset(rand, ['r1', 'r2', 'r3']) };
  if (roll < 0.85) return { audience: pick(rand, AUDIENCES) };
  return { roles: [pick(rand, ['r1', 'r2'])], audience: pick(rand, AUDIENCES) };
}

function condition(gen: ExprGenerator, rand: () => number, collection: string): string {
  if (rand() < 0.04) return 'record.deletedField == 1';
  return gen.condition(collection, Math.floor(rand() * 4));
}

function fieldIds(world: World, rand: () => number, collection: string): string[] {
  const c = indexSchema(world.schema).collections.get(collection);
  return subset(
    rand,
    (c?.fields ?? []).map((f) => f.id),
  );
}

function rule(world: World, gen: ExprGenerator, rand: () => number, i: number): Rule {
  const collection = pick(rand, COLLECTIONS);
  const base = { id: `rule${i}`, name: `rule ${i}`, collection, to: target(rand) };
  const kind = rand();
  if (kind < 0.55) {
    const actions = subset(rand, ACTIONS, 0.6);
    const fields: Partial<Record<Action, string[]>> = {};
    for (const a of actions) if (rand() < 0.4) fields[a] = fieldIds(world, rand, collection);
    return {
      ...base,
      kind: 'grant',
      actions,
      ...(rand() < 0.75 ? { condition: condition(gen, rand, collection) } : {}),
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
    };
  }
  if (kind < 0.8) {
    return {
      ...base,
      kind: 'guard',
      actions: subset(rand, ACTIONS, 0.6),
      condition: condition(gen, rand, collection),
    };
  }
  return {
    ...base,
    kind: 'fieldCondition',
    fields: fieldIds(world, rand, collection),
    access: rand() < 0.5 ? 'read' : 'write',
    condition: condition(gen, rand, collection),
  };
}

/** A rule set of 1-7 rules. */
export function generateRuleSet(world: World, seed: number): RuleSet {
  const rand = prng(seed);
  const allIds = [...world.ids.values()].flat();
  const gen = new ExprGenerator(world.schema, rand, allIds);
  const count = 1 + Math.floor(rand() * 7);
  return {
    version: `gen-${seed}`,
    roles: roles(rand),
    // A quarter unrestricted: rows open to every member, field conditions still closing fields.
    collections: Object.fromEntries(COLLECTIONS.map((c) => [c, { restricted: rand() < 0.75 }])),
    rules: Array.from({ length: count }, (_, i) => rule(world, gen, rand, i)),
  };
}

/** A user value that is sometimes null and sometimes "" (both are empty: DESIGN.md §4). */
function orEmpty<T>(rand: () => number, make: () => T): T | null | '' {
  const roll = rand();
  return roll < 0.15 ? null : roll < 0.3 ? '' : make();
}

/**
 * Four principals: app users with random roles, rights and attributes, sometimes anonymous.
 * Attributes and email are often empty, as null or as "", and a list attribute may hold "".
 */
export function generatePrincipals(world: World, ruleSet: RuleSet, seed: number): Principal[] {
  const rand = prng(seed);
  const users = world.ids.get('users') ?? [];
  return Array.from({ length: 4 }, () => {
    if (rand() < 0.12) return anonymousPrincipal();
    return buildPrincipal(
      {
        id: pick(rand, users),
        email: orEmpty(rand, () => pick(rand, ['a', 'ab', 'b'])),
        roles: subset(rand, ['r1', 'r2', 'r3'], 0.45),
        rights: subset(rand, RIGHTS, 0.3),
        attributes: {
          team: orEmpty(rand, () => pick(rand, TEXT_LITERALS)),
          level: orEmpty(rand, () => pick(rand, [0, 1, 2, 7])),
          boss: orEmpty(rand, () => pick(rand, users)),
          skills: orEmpty(rand, () => subset(rand, ['x', 'y', 'a', ''])),
        },
      },
      ruleSet,
    );
  });
}

/** The same principal with every empty user value ("" or "" in a list) as null / dropped. */
export function withoutEmptyStrings(principal: Principal): Principal {
  const attributes = Object.fromEntries(
    Object.entries(principal.attributes).map(([k, v]) => [
      k,
      v === '' ? null : Array.isArray(v) ? v.filter((x) => x !== '') : v,
    ]),
  );
  return { ...principal, email: principal.email === '' ? null : principal.email, attributes };
}

/** Whether a principal holds an empty string anywhere a user value is read. */
export function hasEmptyStrings(principal: Principal): boolean {
  if (principal.email === '') return true;
  return Object.values(principal.attributes).some((v) => v === '' || (Array.isArray(v) && v.includes('')));
}

/** A random client filter for a collection. */
export function generateFilter(world: World, seed: number, collection: string): string {
  const rand = prng(seed);
  const gen = new ExprGenerator(world.schema, rand, [...world.ids.values()].flat());
  return gen.condition(collection, Math.floor(rand() * 3));
}
