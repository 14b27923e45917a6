// Random, well-typed CEL conditions over a generated schema, drawn from a seeded PRNG.

import { type FieldDef, isManyLink, isSingleLink, type Schema } from '../../src/model/schema.js';
import { indexSchema } from '../../src/model/schema-index.js';
import { DECIMAL_LITERALS, INTEGER_LITERALS, TEXT_LITERALS, TIME_LITERALS } from './generate-schema.js';

type Cls = 'str' | 'ref' | 'num' | 'time' | 'dur' | 'bool' | 'list' | 'json';

type Var = { readonly name: string; readonly row: string | null };

interface Scope {
  readonly collection: string;
  readonly vars: readonly Var[];
}

const DURATIONS = [
  'duration("1h")',
  'duration("-30m")',
  'duration("0s")',
  'duration("86400s")',
  'duration("1ms")',
];

function classOf(f: FieldDef): Cls | null {
  switch (f.type) {
    case 'integer':
    case 'decimal':
      return 'num';
    case 'boolean':
      return 'bool';
    case 'date':
    case 'datetime':
      return 'time';
    case 'multiSelect':
      return 'list';
    case 'json':
      return 'json';
    case 'linkOne':
    case 'linkUser':
      return 'ref';
    case 'linkMany':
    case 'linkUsers':
      return null;
    default:
      return 'str';
  }
}

/** Generates conditions for one schema; `ids` lets literals name real rows so equalities can hold. */
export class ExprGenerator {
  private readonly index;

  constructor(
    readonly schema: Schema,
    private readonly rand: () => number,
    private readonly ids: readonly string[],
  ) {
    this.index = indexSchema(schema);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }

  private chance(p: number): boolean {
    return this.rand() < p;
  }

  /** A boolean condition for records of `collection`. */
  condition(collection: string, depth = 3): string {
    return this.bool({ collection, vars: [] }, depth);
  }

  private fields(collection: string): readonly FieldDef[] {
    return this.index.collections.get(collection)?.fields ?? [];
  }

  /** Paths of a class readable from a row: its fields, one hop further, and bound variables. */
  private paths(scope: Scope, cls: Cls): string[] {
    const out: string[] = [];
    const rows: [string, string][] = [['record', scope.collection]];
    for (const v of scope.vars) {
      if (v.row) rows.push([v.name, v.row]);
      else if (cls === 'str') out.push(v.name);
    }
    for (const [prefix, collection] of rows) {
      if (cls === 'ref' && prefix !== 'record') out.push(prefix);
      this.collectPaths(prefix, collection, cls, prefix === 'record' ? 2 : 1, out);
    }
    return out;
  }

  /** Fields of a class on a row and up to `hops` many-to-one links away. */
  private collectPaths(prefix: string, collection: string, cls: Cls, hops: number, out: string[]): void {
    for (const f of this.fields(collection)) {
      if (classOf(f) === cls && !(f.id === 'id' && prefix.includes('.'))) out.push(`${prefix}.${f.name}`);
      if (hops > 0 && isSingleLink(f) && f.id !== 'id') {
        this.collectPaths(`${prefix}.${f.name}`, f.target ?? '', cls, hops - 1, out);
      }
    }
  }

  private relations(scope: Scope): [string, string][] {
    const out: [string, string][] = [];
    for (const f of this.fields(scope.collection)) {
      if (isManyLink(f)) out.push([`record.${f.name}`, f.target ?? '']);
      if (!isSingleLink(f) || f.id === 'id') continue;
      for (const g of this.fields(f.target ?? '')) {
        if (isManyLink(g)) out.push([`record.${f.name}.${g.name}`, g.target ?? '']);
      }
    }
    for (const v of scope.vars) {
      if (!v.row) continue;
      for (const f of this.fields(v.row))
        if (isManyLink(f)) out.push([`${v.name}.${f.name}`, f.target ?? '']);
    }
    return out;
  }

  private literal(cls: Cls): string {
    switch (cls) {
      case 'str':
        return JSON.stringify(this.pick(TEXT_LITERALS));
      case 'ref':
        return JSON.stringify(
          this.chance(0.9) ? this.pick(this.ids) : this.pick(['nope', this.pick(this.ids).toUpperCase()]),
        );
      case 'num':
        return this.chance(0.5)
          ? String(this.pick(INTEGER_LITERALS))
          : printDouble(this.pick(DECIMAL_LITERALS));
      case 'time':
        return this.chance(0.3) ? 'now' : `timestamp("${this.pick(TIME_LITERALS)}")`;
      case 'dur':
        return this.pick(DURATIONS);
      case 'bool':
        return this.pick(['true', 'false']);
      case 'list':
        return this.pick(['["x"]', '["x", "a"]', '[]', '["", "y"]']);
      case 'json':
        return 'null';
    }
  }

  private user(cls: Cls): string[] {
    const byClass: Partial<Record<Cls, string[]>> = {
      str: ['user.team', 'user.email'],
      ref: ['user.id', 'user.boss'],
      num: ['user.level'],
      bool: ['user.internal', 'user.anonymous'],
      list: ['user.skills', 'user.rights', 'user.roles'],
    };
    return byClass[cls] ?? [];
  }

  /** A value of a class: a path, a principal term, a literal, or (with depth) a computed value. */
  value(scope: Scope, cls: Cls, depth: number): string {
    const roll = this.rand();
    if (depth > 0 && roll < 0.2) {
      const computed = this.computed(scope, cls, depth - 1);
      if (computed) return computed;
    }
    const paths = this.paths(scope, cls);
    if (paths.length > 0 && roll < 0.65) return this.pick(paths);
    const user = this.user(cls);
    if (user.length > 0 && roll < 0.8) return this.pick(user);
    return this.literal(cls);
  }

  private computed(scope: Scope, cls: Cls, depth: number): string | null {
    switch (cls) {
      case 'num': {
        const relations = this.relations(scope);
        return this.pick([
          () =>
            `(${this.value(scope, 'num', depth)} ${this.pick(['+', '-'])} ${this.value(scope, 'num', depth)})`,
          () => `size(${this.value(scope, 'str', depth)})`,
          () => `size(${this.value(scope, 'list', depth)})`,
          () => (relations.length > 0 ? `size(${this.pick(relations)[0]})` : '0'),
          () => `-${this.value(scope, 'num', depth)}`,
          () =>
            `(${this.bool(scope, depth)} ? ${this.value(scope, 'num', depth)} : ${this.value(scope, 'num', depth)})`,
        ])();
      }
      case 'time':
        return `(${this.value(scope, 'time', depth)} ${this.pick(['+', '-'])} ${this.value(scope, 'dur', depth)})`;
      case 'dur':
        return this.chance(0.5)
          ? `(${this.value(scope, 'time', depth)} - ${this.value(scope, 'time', depth)})`
          : `(${this.value(scope, 'dur', depth)} + ${this.value(scope, 'dur', depth)})`;
      case 'str':
        return this.chance(0.5)
          ? `(${this.value(scope, 'str', depth)} + ${this.value(scope, 'str', depth)})`
          : `(${this.bool(scope, depth)} ? ${this.value(scope, 'str', depth)} : ${this.value(scope, 'ref', depth)})`;
      default:
        return null;
    }
  }

  /** A boolean expression. */
  bool(scope: Scope, depth: number): string {
    const options: (() => string)[] = [
      () => this.equality(scope, depth),
      () => this.ordering(scope, depth),
      () => this.membership(scope, depth),
    ];
    options.push(
      () => this.nullTest(scope),
      () => this.stringTest(scope, depth),
      () => this.value(scope, 'bool', 0),
      () => this.userTest(scope),
    );
    if (depth > 0) {
      const d = depth - 1;
      options.push(
        () => `(${this.bool(scope, d)} && ${this.bool(scope, d)})`,
        () => `(${this.bool(scope, d)} || ${this.bool(scope, d)})`,
        () => `!(${this.bool(scope, d)})`,
        () => this.quantifier(scope, d),
        () => `(${this.bool(scope, d)} ? ${this.bool(scope, d)} : ${this.bool(scope, d)})`,
      );
    }
    return this.pick(options)();
  }

  private equality(scope: Scope, depth: number): string {
    const cls = this.pick<Cls>(['str', 'ref', 'num', 'time', 'dur', 'bool']);
    const other: Cls = cls === 'str' || cls === 'ref' ? this.pick<Cls>(['str', 'ref']) : cls;
    return `${this.value(scope, cls, depth)} ${this.pick(['==', '!='])} ${this.value(scope, other, depth)}`;
  }

  private ordering(scope: Scope, depth: number): string {
    const cls = this.pick<Cls>(['str', 'num', 'time', 'dur']);
    return `${this.value(scope, cls, depth)} ${this.pick(['<', '<=', '>', '>='])} ${this.value(scope, cls, depth)}`;
  }

  private membership(scope: Scope, depth: number): string {
    const relations = this.relations(scope);
    if (relations.length > 0 && this.chance(0.4)) {
      return `${this.value(scope, this.pick<Cls>(['ref', 'ref', 'str']), depth)} in ${this.pick(relations)[0]}`;
    }
    return `${this.value(scope, this.pick<Cls>(['str', 'ref']), depth)} in ${this.value(scope, 'list', 0)}`;
  }

  private nullTest(scope: Scope): string {
    const cls = this.pick<Cls>(['str', 'ref', 'num', 'time', 'bool', 'list', 'json']);
    const paths = this.paths(scope, cls);
    if (paths.length === 0) return 'true';
    const path = this.pick(paths);
    if (path.startsWith('record.') && this.chance(0.4)) return `has(${path})`;
    return `${path} ${this.pick(['==', '!='])} null`;
  }

  /**
   * A field of the record against a user value, directly: the shape where an empty user value
   * ("" or null) must never match, neither an empty field nor, through contains, every string.
   */
  private userTest(scope: Scope): string {
    const direct = (cls: Cls) =>
      this.fields(scope.collection)
        .filter((f) => classOf(f) === cls)
        .map((f) => `record.${f.name}`);
    const numbers = direct('num');
    if (numbers.length > 0 && this.chance(0.2)) {
      return `${this.pick(numbers)} ${this.pick(['==', '!=', '<', '>='])} user.level`;
    }
    const field = this.pick([...direct('str'), '"a"', '""']);
    const user = this.pick(['user.team', 'user.team', 'user.email']);
    return this.pick([
      () => `${field} ${this.pick(['==', '!=', '<', '>='])} ${user}`,
      () => `${user} != ${field}`,
      () => `${field}.${this.pick(['contains', 'startsWith', 'endsWith'])}(${user})`,
      () => `${user}.${this.pick(['contains', 'startsWith', 'endsWith'])}(${field})`,
      () => `${user} in ${this.pick(['["", "a"]', '["x"]', ...direct('list')])}`,
      () => `${field} in user.skills`,
      () => `!(${field} == ${user})`,
    ])();
  }

  private stringTest(scope: Scope, depth: number): string {
    const fn = this.pick(['contains', 'startsWith', 'endsWith']);
    return `${this.value(scope, this.pick<Cls>(['str', 'str', 'ref']), depth)}.${fn}(${this.value(scope, 'str', depth)})`;
  }

  private quantifier(scope: Scope, depth: number): string {
    const name = `v${scope.vars.length}`;
    const q = this.pick(['exists', 'all']);
    const relations = this.relations(scope);
    if (relations.length > 0 && this.chance(0.6)) {
      const [path, target] = this.pick(relations);
      return `${path}.${q}(${name}, ${this.bool({ ...scope, vars: [...scope.vars, { name, row: target }] }, depth)})`;
    }
    const lists = this.paths(scope, 'list');
    const list = lists.length > 0 ? this.pick(lists) : '["x", "y"]';
    return `${list}.${q}(${name}, ${this.bool({ ...scope, vars: [...scope.vars, { name, row: null }] }, depth)})`;
  }
}

function printDouble(n: number): string {
  const text = String(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}
