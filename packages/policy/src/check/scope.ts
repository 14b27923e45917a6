// What a condition may name: the allow-list built from the schema, plus exists/all variables.

import type { AstNode } from '../cel/ast.js';
import { listChoices, policyError, type SourcePosition } from '../errors.js';
import type { FieldDef, UserAttributeDef } from '../model/schema.js';
import { type CollectionIndex, collectionOf, type SchemaIndex } from '../model/schema-index.js';
import type { Expr, RowRef } from './ir.js';
import type { ExprType } from './types.js';

/** How a condition is used: builder rules see every field; client filters see only readable ones. */
export type CheckMode = 'rule' | 'filter';

/** What a member access named: a field of a collection, or a user attribute. */
export type Resolution =
  | { readonly kind: 'field'; readonly collection: string; readonly field: FieldDef }
  | { readonly kind: 'attribute'; readonly attribute: UserAttributeDef };

/** Options of the checker. */
export interface CheckOptions {
  readonly mode?: CheckMode;
  /** When given, receives what every member access resolved to (for rewriting and dependency lists). */
  readonly resolutions?: Map<AstNode, Resolution>;
  /** Filter mode: the ids of the fields the principal may read, per collection (id is always readable). */
  readonly readableFields?: (collection: string) => ReadonlySet<string>;
}

/** A variable bound by exists/all: a row of a collection, or an element of a list. */
export type Binding =
  | { readonly kind: 'row'; readonly id: number; readonly collection: string }
  | { readonly kind: 'element'; readonly id: number; readonly type: ExprType };

/** What an identifier or member access resolved to. */
export type Resolved =
  | { readonly kind: 'expr'; readonly expr: Expr }
  | { readonly kind: 'row'; readonly row: RowRef; readonly collection: string }
  | { readonly kind: 'user' };

/** The names root identifiers may take. */
export const ROOT_IDENTIFIERS = ['record', 'user', 'now'] as const;

/** The checker's state while it walks one expression. */
export class Scope {
  private nextVar = 1;
  private readonly vars = new Map<string, Binding>();

  constructor(
    readonly schema: SchemaIndex,
    readonly collection: string,
    readonly options: CheckOptions,
  ) {}

  get mode(): CheckMode {
    return this.options.mode ?? 'rule';
  }

  /** The collection index, or POLICY_UNKNOWN_COLLECTION. */
  collectionIndex(key: string): CollectionIndex {
    return collectionOf(this.schema, key);
  }

  /** Looks up a bound variable. */
  variable(name: string): Binding | undefined {
    return this.vars.get(name);
  }

  /** Names usable as root identifiers right now, for error messages. */
  rootNames(): string[] {
    return [...ROOT_IDENTIFIERS, ...this.vars.keys()];
  }

  /** Binds a variable for the duration of `body`; names may not shadow anything. */
  withVariable<T>(
    name: string,
    position: SourcePosition,
    make: (id: number) => Binding,
    body: (b: Binding) => T,
  ): T {
    if ((ROOT_IDENTIFIERS as readonly string[]).includes(name) || this.vars.has(name)) {
      throw policyError('POLICY_TYPE_MISMATCH', `the variable name '${name}' is already in use`, position);
    }
    const binding = make(this.nextVar++);
    this.vars.set(name, binding);
    try {
      return body(binding);
    } finally {
      this.vars.delete(name);
    }
  }

  /** Resolves a field by name (or by id) on a collection, honouring filter-mode visibility. */
  field(collection: string, key: string, byId: boolean, position: SourcePosition): FieldDef {
    const index = this.collectionIndex(collection);
    const found = byId ? index.byId.get(key) : (index.byName.get(key) ?? index.byId.get(key));
    if (found && this.isVisible(collection, found)) return found;
    const names = index.fields.filter((f) => this.isVisible(collection, f)).map((f) => f.name);
    throw unknownFieldError(key, collection === this.collection ? 'record' : collection, names, position);
  }

  private isVisible(collection: string, field: FieldDef): boolean {
    if (this.mode !== 'filter' || field.id === 'id') return true;
    return this.options.readableFields?.(collection).has(field.id) ?? false;
  }
}

/** The one error for a field that does not exist or may not be read: no side channel between them. */
export function unknownFieldError(
  key: string,
  label: string,
  names: readonly string[],
  position?: SourcePosition,
) {
  return policyError(
    'POLICY_UNKNOWN_IDENTIFIER',
    `unknown field '${key}' on ${label}; expected ${listChoices(names)}`,
    position,
    names,
  );
}
