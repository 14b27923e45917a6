// Random schemas and data for the differential test: small value domains so that equalities happen.
import fc from 'fast-check';
import type { FieldDef, FieldType, Schema } from '../../src/model/schema.js';
import { resolveSymbols, Symbols, type TestData } from './data.js';

/** The field types a generated collection may have (every type the engine supports). */
const FIELD_TYPES: readonly FieldType[] = [
  'text',
  'integer',
  'decimal',
  'boolean',
  'datetime',
  'date',
  'multiSelect',
  'json',
  'linkOne',
  'linkUser',
  'linkMany',
  'linkUsers',
];

/** The fixed evaluation time of every generated world. */
export const NOW = Date.parse('2025-06-01T12:00:00.000Z');

const TEXTS = ['', 'a', 'b', 'ab', 'ba', 'A', 'é', '😀', 'a😀', 'x%_', '\uff5e'];
const INTEGERS = [-3, 0, 1, 2, 7, 1_000_000];
const DECIMALS = [-1.5, 0, 0.1, 0.2, 0.3, 0.30000000000000004, 2, 1e10];
const TIMES = [0, 1, -1, 3_600_000, -3_600_000, 86_400_000, -86_400_000 * 30].map((d) =>
  new Date(NOW + d).toISOString(),
);
const DATES = ['2025-05-31', '2025-06-01', '2025-06-02', '2024-02-29'];
const LISTS: (string | null)[][] = [[], ['x'], ['x', 'y'], ['y'], ['z', null]];
const JSONS: unknown[] = [{ a: 1 }, [1], 'x', 0];

/** The text literals conditions draw from (the same domain as the data). */
export const TEXT_LITERALS = TEXTS;
/** Integer literals of the domain. */
export const INTEGER_LITERALS = INTEGERS;
/** Decimal literals of the domain. */
export const DECIMAL_LITERALS = DECIMALS;
/** Timestamp literals of the domain. */
export const TIME_LITERALS = TIMES;

/** A generated world: one schema with its data. */
export interface World {
  readonly schema: Schema;
  readonly data: TestData;
  readonly symbols: Symbols;
  readonly ids: ReadonlyMap<string, readonly string[]>;
}

interface FieldSpec {
  readonly type: FieldType;
  readonly toSelf: boolean;
}

const fieldSpecArb = fc.record({ type: fc.constantFrom(...FIELD_TYPES), toSelf: fc.boolean() });

/** Arbitrary schemas: users plus two collections, alpha and beta, with 3-8 random fields each. */
export function worldArb(slug: () => string): fc.Arbitrary<World> {
  return fc
    .record({
      alpha: fc.array(fieldSpecArb, { minLength: 3, maxLength: 8 }),
      beta: fc.array(fieldSpecArb, { minLength: 3, maxLength: 8 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ alpha, beta, seed }) => buildWorld(slug(), alpha, beta, seed));
}

function fields(schemaName: string, key: string, other: string, specs: readonly FieldSpec[]): FieldDef[] {
  return specs.map((spec, i) => {
    const name = `${spec.type}${i}`;
    const id = `fld_${key}_${name}`;
    const target = spec.toSelf ? key : other;
    if (spec.type === 'linkMany' || spec.type === 'linkUsers') {
      return {
        id,
        name,
        type: spec.type,
        ...(spec.type === 'linkMany' ? { target } : {}),
        junction: {
          table: { schema: schemaName, name: `${key}_${name}` },
          sourceColumn: 'source_id',
          targetColumn: 'target_id',
        },
      };
    }
    return { id, name, column: `c_${name}`, type: spec.type, ...(spec.type === 'linkOne' ? { target } : {}) };
  });
}

function buildWorld(
  schemaName: string,
  alpha: readonly FieldSpec[],
  beta: readonly FieldSpec[],
  seed: number,
): World {
  const table = (name: string) => ({ schema: schemaName, name });
  const schema: Schema = {
    usersCollection: 'users',
    userAttributes: [
      { id: 'attr_team', name: 'team', type: 'text' },
      { id: 'attr_level', name: 'level', type: 'integer' },
      { id: 'attr_boss', name: 'boss', type: 'linkUser' },
      { id: 'attr_skills', name: 'skills', type: 'multiSelect' },
    ],
    collections: {
      users: {
        key: 'users',
        table: table('users'),
        fields: [
          { id: 'fld_users_team', name: 'team', column: 'team', type: 'text' },
          { id: 'fld_users_level', name: 'level', column: 'level', type: 'integer' },
        ],
      },
      alpha: { key: 'alpha', table: table('alpha'), fields: fields(schemaName, 'alpha', 'beta', alpha) },
      beta: { key: 'beta', table: table('beta'), fields: fields(schemaName, 'beta', 'alpha', beta) },
    },
  };
  return populate(schema, seed);
}

/** A small deterministic PRNG so data derives from one seed (fast-check shrinks the seed). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

const ROW_COUNTS: Record<string, number> = { users: 5, alpha: 10, beta: 10 };

function populate(schema: Schema, seed: number): World {
  const rand = prng(seed);
  const symbols = new Symbols();
  const ids = new Map<string, string[]>();
  for (const [key, count] of Object.entries(ROW_COUNTS)) {
    ids.set(
      key,
      Array.from({ length: count }, (_, i) => `${key}${i}`),
    );
  }
  const data: TestData = new Map();
  for (const [key, c] of Object.entries(schema.collections)) {
    const rows = (ids.get(key) ?? []).map((symbol) => {
      const row: Record<string, unknown> = {
        createdBy: maybe(rand, () => pick(rand, ids.get('users') ?? [])),
        createdAt: maybe(rand, () => pick(rand, TIMES)),
      };
      for (const f of c.fields) row[f.name] = valueFor(f, rand, ids, schema);
      return resolveSymbols(schema, key, symbol, row, symbols);
    });
    data.set(key, rows);
  }
  const uuidIds = new Map([...ids].map(([k, list]) => [k, list.map((s) => symbols.id(s))]));
  const describe = () => `world(seed ${seed}, ${JSON.stringify(schema.collections)})`;
  return Object.assign({ schema, data, symbols, ids: uuidIds }, { [fc.toStringMethod]: describe });
}

function maybe<T>(rand: () => number, make: () => T): T | null {
  return rand() < 0.2 ? null : make();
}

/** A random value of the field's domain (links: ids from `ids`). */
export function valueFor(
  f: FieldDef,
  rand: () => number,
  ids: Map<string, string[]>,
  schema: Schema,
): unknown {
  const target = f.type === 'linkUser' || f.type === 'linkUsers' ? schema.usersCollection : (f.target ?? '');
  switch (f.type) {
    case 'linkMany':
    case 'linkUsers':
      return (ids.get(target) ?? []).filter(() => rand() < 0.25);
    case 'linkOne':
    case 'linkUser':
      return maybe(rand, () => pick(rand, ids.get(target) ?? []));
    default:
      return maybe(rand, () => pick(rand, domainOf(f.type)));
  }
}

function domainOf(type: FieldType): readonly unknown[] {
  switch (type) {
    case 'integer':
      return INTEGERS;
    case 'decimal':
      return DECIMALS;
    case 'boolean':
      return [true, false];
    case 'datetime':
      return TIMES;
    case 'date':
      return DATES;
    case 'multiSelect':
      return LISTS;
    case 'json':
      return JSONS;
    default:
      return TEXTS;
  }
}
