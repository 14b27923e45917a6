// Compiles the checked IR into nested closures (no eval, no new Function) with Kleene logic.
import type { CompareExpr, Expr, LogicExpr, QuantExpr } from '../check/ir.js';
import { type EvalEnv, type Evaluator, requireNow } from './eval-env.js';
import { readField, readRelation } from './read-field.js';
import { readUser } from './read-user.js';
import { codePointLength, compareCodePoints, integerArith, numberEquals } from './values.js';

/** Compiles an expression into a closure over (row, env). */
export function compileExpr(e: Expr): Evaluator {
  switch (e.kind) {
    case 'const': {
      const value = e.value;
      return () => value;
    }
    case 'now':
      return (_r, env) => requireNow(env);
    case 'user':
      return (_r, env) => readUser(e, env.principal);
    case 'field':
      return readField(e);
    case 'relation':
      return readRelation(e);
    case 'element': {
      const id = e.id;
      return (_r, env) => env.vars[id];
    }
    case 'not': {
      const f = compileExpr(e.operand);
      return (r, env) => {
        const v = f(r, env);
        return v === null ? null : !v;
      };
    }
    case 'and':
    case 'or':
      return compileLogic(e);
    case 'compare':
      return compileCompare(e);
    default:
      return compileOther(e);
  }
}

function compileOther(e: Expr): Evaluator {
  switch (e.kind) {
    case 'arith':
      return compileArith(e.op, e.type.kind, compileExpr(e.left), compileExpr(e.right));
    case 'neg': {
      const f = compileExpr(e.operand);
      return (r, env) => {
        const v = f(r, env) as number | null;
        return v === null ? null : v === 0 ? 0 : -v;
      };
    }
    case 'inList':
      return compileInList(
        compileExpr(e.item),
        compileExpr(e.list),
        e.item.type.kind === 'int' || e.item.type.kind === 'double',
      );
    case 'inRelation':
      return compileInRelation(compileExpr(e.item), compileExpr(e.relation));
    case 'stringTest':
      return compileStringTest(e.fn, compileExpr(e.target), compileExpr(e.arg));
    case 'size':
      return compileSize(compileExpr(e.operand), e.operand.type.kind);
    case 'has':
      return compileHas(compileExpr(e.operand), e.operand.type.kind === 'relation');
    case 'cond':
      return compileCond(compileExpr(e.test), compileExpr(e.ifTrue), compileExpr(e.ifFalse));
    case 'exists':
    case 'all':
      return compileQuantifier(e);
    default:
      return compileExpr(e);
  }
}

function compileLogic(e: LogicExpr): Evaluator {
  const fs = e.operands.map(compileExpr);
  const stop = e.kind === 'or';
  const [a, b] = fs;
  if (fs.length === 2 && a && b) {
    return (r, env) => {
      const x = a(r, env);
      if (x === stop) return stop;
      const y = b(r, env);
      if (y === stop) return stop;
      return x === null || y === null ? null : !stop;
    };
  }
  return (r, env) => {
    let unknown = false;
    for (const f of fs) {
      const v = f(r, env);
      if (v === stop) return stop;
      if (v === null) unknown = true;
    }
    return unknown ? null : !stop;
  };
}

type Eq = (a: unknown, b: unknown) => boolean;
type Cmp = (a: unknown, b: unknown) => number;

function equalityFor(e: CompareExpr): Eq {
  if (e.compareAs === 'number') return numberEquals;
  if (e.compareAs === 'json' || e.compareAs === 'null') return () => true;
  return (a, b) => a === b;
}

function orderingFor(e: CompareExpr): Cmp {
  if (e.compareAs === 'text') return (a, b) => compareCodePoints(a as string, b as string);
  return (a, b) => ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0);
}

function compileCompare(e: CompareExpr): Evaluator {
  const left = compileExpr(e.left);
  const right = compileExpr(e.right);
  if (e.op === '==' || e.op === '!=') {
    const eq = equalityFor(e);
    const negate = e.op === '!=';
    if (e.principalSide && !principalIsKnown(e)) return principalComparison(e, left, right, eq, negate);
    if (e.right.kind === 'const') return compareWithConstant(left, e.right.value, eq, negate);
    return (r, env) => {
      const a = left(r, env);
      const b = right(r, env);
      const same = a === null || b === null ? a === b : eq(a, b);
      return negate ? !same : same;
    };
  }
  const cmp = orderingFor(e);
  const test = ORDER_TESTS[e.op];
  return (r, env) => {
    const a = left(r, env);
    if (a === null) return null;
    const b = right(r, env);
    return b === null ? null : test(cmp(a, b));
  };
}

/** After folding, principal operands are non-NULL constants: the fast paths apply. */
function principalIsKnown(e: CompareExpr): boolean {
  const known = (x: Expr) => x.kind === 'const' && x.value !== null;
  return (e.principalSide === 'right' || known(e.left)) && (e.principalSide === 'left' || known(e.right));
}

/** A NULL principal operand makes the comparison UNKNOWN (a missing attribute never matches). */
function principalComparison(
  e: CompareExpr,
  left: Evaluator,
  right: Evaluator,
  eq: Eq,
  negate: boolean,
): Evaluator {
  const side = e.principalSide;
  return (r, env) => {
    const a = left(r, env);
    const b = right(r, env);
    if ((a === null && side !== 'right') || (b === null && side !== 'left')) return null;
    const same = a === null || b === null ? a === b : eq(a, b);
    return negate ? !same : same;
  };
}

/** The hot path of most rules (`record.owner == "<user id>"`): one read, one comparison. */
function compareWithConstant(left: Evaluator, constant: unknown, eq: Eq, negate: boolean): Evaluator {
  if (constant === null) return (r, env) => (left(r, env) === null) !== negate;
  if (eq === numberEquals) {
    return (r, env) => {
      const a = left(r, env);
      return (a !== null && numberEquals(a, constant)) !== negate;
    };
  }
  return negate ? (r, env) => left(r, env) !== constant : (r, env) => left(r, env) === constant;
}

const ORDER_TESTS: Record<'<' | '<=' | '>' | '>=', (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

function compileArith(op: '+' | '-', type: string, left: Evaluator, right: Evaluator): Evaluator {
  const apply =
    type === 'int'
      ? (a: unknown, b: unknown) => integerArith(op, a, b)
      : type === 'string'
        ? (a: unknown, b: unknown) => (a as string) + (b as string)
        : op === '+'
          ? (a: unknown, b: unknown) => Number(a) + Number(b)
          : (a: unknown, b: unknown) => Number(a) - Number(b);
  return (r, env) => {
    const a = left(r, env);
    if (a === null) return null;
    const b = right(r, env);
    return b === null ? null : apply(a, b);
  };
}

function compileInList(item: Evaluator, list: Evaluator, numeric: boolean): Evaluator {
  return (r, env) => {
    const x = item(r, env);
    const xs = list(r, env) as readonly unknown[] | null;
    if (x === null || xs === null) return null;
    for (const v of xs) {
      if (v !== null && v !== undefined && (numeric ? numberEquals(v, x) : v === x)) return true;
    }
    return false;
  };
}

function compileInRelation(item: Evaluator, relation: Evaluator): Evaluator {
  return (r, env) => {
    const x = item(r, env);
    if (x === null) return null;
    for (const v of relation(r, env) as readonly unknown[]) {
      if ((typeof v === 'string' ? v : (v as { id?: unknown }).id) === x) return true;
    }
    return false;
  };
}

function compileStringTest(
  fn: 'contains' | 'startsWith' | 'endsWith',
  target: Evaluator,
  arg: Evaluator,
): Evaluator {
  return (r, env) => {
    const s = target(r, env) as string | null;
    if (s === null) return null;
    const t = arg(r, env) as string | null;
    if (t === null) return null;
    return fn === 'contains' ? s.includes(t) : fn === 'startsWith' ? s.startsWith(t) : s.endsWith(t);
  };
}

function compileSize(operand: Evaluator, kind: string): Evaluator {
  return (r, env) => {
    const v = operand(r, env) as string | readonly unknown[] | null;
    if (v === null) return null;
    return kind === 'string' ? codePointLength(v as string) : v.length;
  };
}

function compileHas(operand: Evaluator, relation: boolean): Evaluator {
  return relation
    ? (r, env) => (operand(r, env) as readonly unknown[]).length > 0
    : (r, env) => operand(r, env) !== null;
}

function compileCond(test: Evaluator, ifTrue: Evaluator, ifFalse: Evaluator): Evaluator {
  return (r, env) => {
    const t = test(r, env);
    return t === true ? ifTrue(r, env) : t === false ? ifFalse(r, env) : null;
  };
}

/** exists / all are two-valued: an element counts only when the body is TRUE. */
function compileQuantifier(e: QuantExpr): Evaluator {
  const range = compileExpr(e.range);
  const body = compileExpr(e.body);
  const id = e.varId;
  const exists = e.kind === 'exists';
  return (r, env: EvalEnv) => {
    const items = range(r, env) as readonly unknown[] | null;
    if (items === null) return null;
    const saved = env.vars[id];
    try {
      for (const item of items) {
        env.vars[id] = item;
        if ((body(r, env) === true) === exists) return exists;
      }
      return !exists;
    } finally {
      env.vars[id] = saved;
    }
  };
}
