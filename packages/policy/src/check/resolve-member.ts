// Resolves identifiers and member accesses (`record.position.hiringManager`, `user.department`).
import type { AstNode, IdentNode, IndexNode, SelectNode } from '../cel/ast.js';
import { listChoices, policyError, type SourcePosition } from '../errors.js';
import { isManyLink, isSingleLink, type UserAttributeDef } from '../model/schema.js';
import { BUILTIN_USER_MEMBERS } from '../model/schema-index.js';
import { type Expr, type FieldExpr, makeExpr, type RowRef } from './ir.js';
import type { Resolution, Resolved, Scope } from './scope.js';
import { type ExprType, scalar, typeName, typeOfField } from './types.js';

const USER_TYPES: Record<string, (s: Scope) => ExprType> = {
  id: (s) => ({ kind: 'ref', collection: s.schema.usersCollection }),
  email: () => scalar('string'),
  roles: () => ({ kind: 'list', element: scalar('string') }),
  rights: () => ({ kind: 'list', element: scalar('string') }),
  internal: () => scalar('bool'),
  builder: () => scalar('bool'),
  allData: () => scalar('bool'),
  anonymous: () => scalar('bool'),
};

/** Resolves a bare identifier. */
export function resolveIdent(node: IdentNode, scope: Scope): Resolved {
  const position = node.position;
  if (node.name === 'record') return { kind: 'row', row: { kind: 'root' }, collection: scope.collection };
  if (node.name === 'user') return { kind: 'user' };
  if (node.name === 'now')
    return { kind: 'expr', expr: makeExpr({ kind: 'now', type: scalar('timestamp'), position }) };
  const binding = scope.variable(node.name);
  if (binding?.kind === 'row') {
    return { kind: 'row', row: { kind: 'var', id: binding.id }, collection: binding.collection };
  }
  if (binding?.kind === 'element') {
    return {
      kind: 'expr',
      expr: makeExpr({ kind: 'element', id: binding.id, name: node.name, type: binding.type, position }),
    };
  }
  const names = scope.rootNames();
  throw policyError(
    'POLICY_UNKNOWN_IDENTIFIER',
    `unknown identifier '${node.name}'; expected ${listChoices(names)}`,
    position,
    names,
  );
}

/** Resolves `operand.field` (by name) or `operand["id"]` (stored form, by id). */
export function resolveMember(
  operand: Resolved,
  key: string,
  byId: boolean,
  node: SelectNode | IndexNode,
  scope: Scope,
): Resolved {
  const resolved = resolveMemberOf(operand, key, byId, node, scope);
  const sink = scope.options.resolutions;
  if (sink && resolved.kind === 'expr') recordResolution(sink, node, operand, resolved.expr, scope);
  return resolved;
}

function recordResolution(
  sink: Map<AstNode, Resolution>,
  node: SelectNode | IndexNode,
  operand: Resolved,
  e: Expr,
  scope: Scope,
): void {
  if (operand.kind === 'expr' && e === operand.expr && e.kind === 'field') {
    // `link.id` resolved to the link itself: it names the target's id field.
    const target = e.field.target ?? '';
    const idField = scope.collectionIndex(target).byId.get('id');
    if (idField) sink.set(node, { kind: 'field', collection: target, field: idField });
  } else if (e.kind === 'user' && e.attribute) {
    sink.set(node, { kind: 'attribute', attribute: e.attribute });
  } else if (e.kind === 'field' || e.kind === 'relation') {
    sink.set(node, { kind: 'field', collection: e.collection, field: e.field });
  }
}

function resolveMemberOf(
  operand: Resolved,
  key: string,
  byId: boolean,
  node: SelectNode | IndexNode,
  scope: Scope,
): Resolved {
  const position = node.position;
  if (operand.kind === 'user') return { kind: 'expr', expr: userMember(key, byId, position, scope) };
  if (operand.kind === 'row') {
    const path = {
      row: operand.row,
      rowCollection: operand.collection,
      hops: [],
      collection: operand.collection,
    };
    return rowField(path, key, byId, position, scope);
  }
  const base = operand.expr;
  if (base.kind === 'field' && isSingleLink(base.field)) {
    // `record.position.id` is the link value itself: no hop, and no need to load the target.
    if (scope.field(base.field.target ?? '', key, byId, position).id === 'id') return operand;
    const hops = [...base.hops, base.field];
    const path = {
      row: base.row,
      rowCollection: base.rowCollection,
      hops,
      collection: base.field.target ?? '',
    };
    return rowField(path, key, byId, position, scope);
  }
  throw policyError(
    'POLICY_TYPE_MISMATCH',
    `cannot read '${key}' from a value of type ${typeName(base.type)}; only record fields and links have members`,
    position,
  );
}

/** Where a field is read: the starting row and the many-to-one hops that lead to `collection`. */
interface FieldPath {
  readonly row: RowRef;
  readonly rowCollection: string;
  readonly hops: FieldExpr['hops'];
  readonly collection: string;
}

function rowField(
  path: FieldPath,
  key: string,
  byId: boolean,
  position: SourcePosition,
  scope: Scope,
): Resolved {
  const field = scope.field(path.collection, key, byId, position);
  const common = { ...path, field, position };
  if (isManyLink(field)) {
    const target = field.target ?? '';
    return {
      kind: 'expr',
      expr: makeExpr({ kind: 'relation', ...common, target, type: { kind: 'relation', collection: target } }),
    };
  }
  return {
    kind: 'expr',
    expr: makeExpr({ kind: 'field', ...common, type: typeOfField(field.type, field.target) }),
  };
}

function userMember(key: string, byId: boolean, position: SourcePosition, scope: Scope): Expr {
  const builtin = byId ? undefined : USER_TYPES[key];
  if (builtin) return makeExpr({ kind: 'user', member: key, type: builtin(scope), position });
  const attribute: UserAttributeDef | undefined = byId
    ? scope.schema.attributesById.get(key)
    : (scope.schema.attributesByName.get(key) ?? scope.schema.attributesById.get(key));
  if (attribute) {
    const type = attributeType(attribute);
    return makeExpr({ kind: 'user', member: attribute.name, attribute, type, position });
  }
  const names = [...BUILTIN_USER_MEMBERS, ...scope.schema.attributes.map((a) => a.name)];
  throw policyError(
    'POLICY_UNKNOWN_IDENTIFIER',
    `unknown user attribute '${key}'; expected ${listChoices(names)}`,
    position,
    names,
  );
}

function attributeType(a: UserAttributeDef): ExprType {
  if (isManyLink(a)) return { kind: 'list', element: { kind: 'ref', collection: a.target ?? '' } };
  return typeOfField(a.type, a.target);
}
