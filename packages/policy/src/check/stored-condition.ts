// Stored rules survive renames: field references are kept by id, and shown to builders by name.
import { type AstNode, childrenOf, makeNode } from '../cel/ast.js';
import { parseCondition } from '../cel/parse-condition.js';
import { printCondition } from '../cel/print-condition.js';
import { type CheckContext, checkConditionAst } from './check-condition.js';
import type { Resolution } from './scope.js';

function resolve(text: string, ctx: CheckContext): { ast: AstNode; resolutions: Map<AstNode, Resolution> } {
  const resolutions = new Map<AstNode, Resolution>();
  const ast = parseCondition(text, ctx.limits);
  checkConditionAst(ast, { ...ctx, mode: 'rule', resolutions });
  return { ast, resolutions };
}

function rewrite(node: AstNode, f: (n: AstNode, children: (c: AstNode) => AstNode) => AstNode): AstNode {
  const recur = (c: AstNode) => rewrite(c, f);
  return f(node, recur);
}

/** Rebuilds a node with its children mapped (literals and identifiers have none). */
function mapAst(node: AstNode, map: (c: AstNode) => AstNode): AstNode {
  if (childrenOf(node).length === 0) return node;
  switch (node.kind) {
    case 'select':
      return makeNode({ ...node, operand: map(node.operand) });
    case 'index':
      return makeNode({ ...node, operand: map(node.operand), index: map(node.index) });
    case 'call':
      return makeNode({ ...node, target: node.target ? map(node.target) : null, args: node.args.map(map) });
    case 'unary':
      return makeNode({ ...node, operand: map(node.operand) });
    case 'binary':
      return makeNode({ ...node, left: map(node.left), right: map(node.right) });
    case 'conditional':
      return makeNode({
        ...node,
        test: map(node.test),
        ifTrue: map(node.ifTrue),
        ifFalse: map(node.ifFalse),
      });
    case 'list':
      return makeNode({ ...node, items: node.items.map(map) });
    default:
      return node;
  }
}

function operandOf(node: AstNode): AstNode | null {
  return node.kind === 'select' || node.kind === 'index' ? node.operand : null;
}

/** The stored form: `record.salary` becomes `record["fld_salary"]`, `user.region` becomes `user["attr_region"]`. */
export function toStoredCondition(text: string, ctx: CheckContext): string {
  const { ast, resolutions } = resolve(text, ctx);
  const stored = rewrite(ast, (node, recur) => {
    const resolution = resolutions.get(node);
    const operand = operandOf(node);
    if (!resolution || !operand) return mapAst(node, recur);
    const id = resolution.kind === 'field' ? resolution.field.id : resolution.attribute.id;
    const index = makeNode({ kind: 'literal', literalType: 'string', value: id, position: node.position });
    return makeNode({ kind: 'index', operand: recur(operand), index, position: node.position });
  });
  return printCondition(stored);
}

/** The display form: every field and attribute reference printed with its current name. */
export function toDisplayCondition(stored: string, ctx: CheckContext): string {
  const { ast, resolutions } = resolve(stored, ctx);
  const display = rewrite(ast, (node, recur) => {
    const resolution = resolutions.get(node);
    const operand = operandOf(node);
    if (!resolution || !operand) return mapAst(node, recur);
    const name = resolution.kind === 'field' ? resolution.field.name : resolution.attribute.name;
    return makeNode({ kind: 'select', operand: recur(operand), field: name, position: node.position });
  });
  return printCondition(display);
}

/** Every user attribute a condition reads, by id. */
export function attributesReadBy(text: string, ctx: CheckContext): string[] {
  const { resolutions } = resolve(text, ctx);
  return [...resolutions.values()].flatMap((r) => (r.kind === 'attribute' ? [r.attribute.id] : []));
}

/** Every field a condition reads, as (collection, field id) pairs. */
export function fieldsReadBy(text: string, ctx: CheckContext): { collection: string; fieldId: string }[] {
  const { resolutions } = resolve(text, ctx);
  return [...resolutions.values()]
    .filter((r): r is Extract<Resolution, { kind: 'field' }> => r.kind === 'field')
    .map((r) => ({ collection: r.collection, fieldId: r.field.id }));
}
