// Whether a stored condition tests a custom right: read from the parsed condition, never its text.
import { type AstNode, PolicyError, parseCondition } from '@charter/policy';

// What a comprehension variable ranges over: the user's rights, or the strings of a list literal.
type Binding = { kind: 'rights' } | { kind: 'strings'; values: readonly string[] };
type Bindings = ReadonlyMap<string, Binding>;

/**
 * True when the condition tests the right `key`: `"key" in user.rights`,
 * `user.rights.exists(r, r == "key")`, or `["key", …].exists(k, k in user.rights)`. A string that
 * merely spells the key (`record.note == "key"`) is not a reference; an unparsable condition has none.
 */
export function conditionTestsRight(condition: string | null, key: string): boolean {
  if (!condition) return false;
  let ast: AstNode;
  try {
    ast = parseCondition(condition);
  } catch (error) {
    if (error instanceof PolicyError) return false;
    throw error;
  }
  return references(ast, key, new Map());
}

function references(node: AstNode, key: string, bound: Bindings): boolean {
  switch (node.kind) {
    case 'literal':
    case 'ident':
      return false;
    case 'binary':
      if (node.op === 'in' && isRights(node.right, bound) && stringsOf(node.left, bound).includes(key)) {
        return true;
      }
      if ((node.op === '==' || node.op === '!=') && comparesRight(node.left, node.right, key, bound))
        return true;
      return references(node.left, key, bound) || references(node.right, key, bound);
    case 'call':
      if ((node.name === 'exists' || node.name === 'all') && node.target && node.args.length === 2) {
        const [variable, body] = node.args as [AstNode, AstNode];
        const range = bindingOf(node.target, bound);
        if (variable.kind === 'ident') {
          const inner = new Map(bound);
          if (range) inner.set(variable.name, range);
          else inner.delete(variable.name);
          return references(node.target, key, bound) || references(body, key, inner);
        }
      }
      return [...(node.target ? [node.target] : []), ...node.args].some((c) => references(c, key, bound));
    case 'select':
    case 'unary':
      return references(node.operand, key, bound);
    case 'index':
      return references(node.operand, key, bound) || references(node.index, key, bound);
    case 'conditional':
      return [node.test, node.ifTrue, node.ifFalse].some((c) => references(c, key, bound));
    case 'list':
      return node.items.some((c) => references(c, key, bound));
  }
}

// `r == "key"` where r ranges over the user's rights, either way round.
function comparesRight(left: AstNode, right: AstNode, key: string, bound: Bindings): boolean {
  const overRights = (n: AstNode) => n.kind === 'ident' && bound.get(n.name)?.kind === 'rights';
  return (
    (overRights(left) && stringsOf(right, bound).includes(key)) ||
    (overRights(right) && stringsOf(left, bound).includes(key))
  );
}

function isRights(node: AstNode, bound: Bindings): boolean {
  if (node.kind === 'select') return node.field === 'rights' && isUser(node.operand, bound);
  if (node.kind === 'index') {
    return node.index.kind === 'literal' && node.index.value === 'rights' && isUser(node.operand, bound);
  }
  return false;
}

// `user`, unless a comprehension variable shadows it.
function isUser(node: AstNode, bound: Bindings): boolean {
  return node.kind === 'ident' && node.name === 'user' && !bound.has('user');
}

function bindingOf(range: AstNode, bound: Bindings): Binding | null {
  if (isRights(range, bound)) return { kind: 'rights' };
  if (range.kind === 'list')
    return { kind: 'strings', values: range.items.flatMap((i) => stringsOf(i, bound)) };
  return null;
}

// The right keys an expression can stand for: a string literal, or a variable over string literals.
function stringsOf(node: AstNode, bound: Bindings): readonly string[] {
  if (node.kind === 'literal') return typeof node.value === 'string' ? [node.value] : [];
  if (node.kind === 'ident') {
    const binding = bound.get(node.name);
    return binding?.kind === 'strings' ? binding.values : [];
  }
  return [];
}
