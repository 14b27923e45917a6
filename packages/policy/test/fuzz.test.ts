// Fuzzing the parser and both compilers: only our structured errors may escape, and nothing hangs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCondition } from '../src/check/check-condition.js';
import { toDisplayCondition, toStoredCondition } from '../src/check/stored-condition.js';
import { compileExpr } from '../src/compile-js/compile-expr.js';
import { makeEnv } from '../src/compile-js/eval-env.js';
import { compileBool, SQL_COMPILER } from '../src/compile-sql/compile-expr.js';
import { rootContext } from '../src/compile-sql/sql-context.js';
import { renderSql } from '../src/compile-sql/sql-fragment.js';
import { POLICY_ERROR_CODES, PolicyError } from '../src/errors.js';
import { buildPrincipal } from '../src/model/principal.js';
import { indexSchema } from '../src/model/schema-index.js';
import { foldPrincipal } from '../src/plan/fold.js';
import { createPolicyEngine } from '../src/plan/policy-engine.js';
import { recruitmentSchema } from './fixtures/recruitment.js';

const RUNS = Number(process.env.POLICY_FUZZ_RUNS ?? 12_000);
const schema = indexSchema(recruitmentSchema);
const ctx = { schema, collection: 'positions' };
const ruleSet = {
  version: 'fuzz',
  roles: [{ key: 'staff', name: 'Staff', internal: true, builder: false, allData: false, rights: ['p'] }],
  collections: {},
  rules: [
    {
      id: 'g',
      name: 'g',
      kind: 'grant' as const,
      collection: 'positions',
      to: { roles: ['staff'] },
      actions: ['read' as const],
      condition: 'record.status == "open"',
      fields: { read: ['fld_pos_title', 'fld_pos_status'] },
    },
  ],
};
const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
const principal = buildPrincipal(
  {
    id: '00000000-0000-4000-8000-000000000001',
    roles: ['staff'],
    attributes: { department: 'eng', level: 3 },
  },
  ruleSet,
);
const row = {
  id: '00000000-0000-4000-8000-0000000000aa',
  title: 'Engineer',
  salary: 10,
  status: 'open',
  hiringManager: { id: '00000000-0000-4000-8000-000000000001', department: 'eng', name: 'A' },
  interviewers: [{ id: '00000000-0000-4000-8000-000000000002', department: 'ops' }],
  tags: ['remote', null],
  openedAt: '2025-01-01T00:00:00Z',
  deadline: '2025-02-01',
  budget: 1.5,
  meta: { a: 1 },
  public: true,
  createdBy: null,
};

const CORPUS = [
  'record.hiringManager == user.id',
  'user.id in record.interviewers && record.salary > 100000',
  'record.interviewers.exists(i, i.department == user.department || i == user.id)',
  'record.tags.all(t, t.startsWith("r")) && size(record.title) < 20',
  '!has(record.openedAt) || record.openedAt > now - duration("2160h")',
  'record.deadline < timestamp("2025-06-01T00:00:00Z") ? record.status == "open" : record.budget >= 1.5',
  '"p" in user.rights && record["fld_pos_salary"] != null && record.title.contains("x")',
  'record.hiringManager.department.endsWith("g") && (record.salary + 1) - 2 >= -3',
  'record.meta == null || size(record.interviewers) == 2 || record.status in ["open", "closed"]',
];

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz_0123456789 .,()[]{}!=<>&|?:+-*/%"\'\\`@#$^~\n\t',
  'record',
  'user',
  'now',
  ' in ',
  '&&',
  '||',
  '==',
  'exists',
  'all',
  'has(',
  'size(',
  'duration("',
  'timestamp("',
  '"\\u0000"',
  '\u0000',
  '\ud800',
  '😀',
  '1e999',
  '9223372036854775808',
  '0x',
  'null',
  'true',
];

const token = fc.constantFrom(...ALPHABET);
const randomText = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: randomText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 12 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.nat({ max: 12 }),
    times: fc.nat({ max: 400 }),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    depth: fc.nat({ max: 3000 }),
    wrapper: fc.constantFrom('(', '!(', '-(', '[', 'size(', 'x.exists(v, '),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at);
    case 'nest': {
      const close = { '(': ')', '!(': ')', '-(': ')', '[': ']', 'size(': ')', 'x.exists(v, ': ')' }[
        m.wrapper
      ];
      return m.wrapper.repeat(m.depth) + text + close.repeat(m.depth);
    }
  }
}

const input = fc.oneof(
  { weight: 2, arbitrary: randomText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([t, ms]) => ms.reduce(mutate, t)),
  },
);

/** Runs everything the engine does with a condition; returns how far it got. */
function exercise(text: string): 'refused' | 'compiled' {
  let checked: ReturnType<typeof checkCondition>;
  try {
    checked = checkCondition(text, ctx);
  } catch (error) {
    expectStructured(error);
    try {
      engine.compileFilter(principal, 'positions', text);
    } catch (filterError) {
      expectStructured(filterError);
    }
    return 'refused';
  }
  guard(() => compileExpr(checked.expr)(row, makeEnv(Date.parse('2025-06-01T00:00:00Z'))));
  const folded = foldPrincipal(checked.expr, principal);
  guard(() =>
    renderSql(compileBool(folded, rootContext(schema, 'positions', { now: 0 }, SQL_COMPILER), true)),
  );
  guard(() => {
    const stored = toStoredCondition(text, ctx);
    expect(toStoredCondition(toDisplayCondition(stored, ctx), ctx)).toBe(stored);
  });
  guard(() => engine.compileListQuery(principal, 'positions', { filter: text, now: 0 }));
  return 'compiled';
}

function expectStructured(error: unknown): void {
  if (!(error instanceof PolicyError)) throw error;
  expect(POLICY_ERROR_CODES).toContain(error.code);
  expect(typeof error.message).toBe('string');
  if (error.position) expect(error.position.start).toBeLessThanOrEqual(error.position.end);
}

function guard(f: () => unknown): void {
  try {
    f();
  } catch (error) {
    expectStructured(error);
  }
}

describe('fuzzing the parser and compilers', () => {
  it(`lets only structured errors escape, for ${RUNS} random and mutated inputs, without hanging`, () => {
    const seen = { refused: 0, compiled: 0 };
    let slowest = 0;
    fc.assert(
      fc.property(input, (text) => {
        const started = performance.now();
        seen[exercise(text)]++;
        slowest = Math.max(slowest, performance.now() - started);
      }),
      { numRuns: RUNS },
    );
    expect(seen.refused + seen.compiled).toBeGreaterThanOrEqual(10_000);
    expect(seen.compiled).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(1000);
    expect(slowest).toBeLessThan(500);
  }, 120_000);

  it('refuses pathological inputs quickly and with the right code', () => {
    const cases: [string, string][] = [
      [`${'('.repeat(5000)}true${')'.repeat(5000)}`, 'POLICY_EXPRESSION_TOO_LONG'],
      [`${'!'.repeat(2000)}true`, 'POLICY_EXPRESSION_TOO_DEEP'],
      [`${'('.repeat(1000)}true${')'.repeat(1000)}`, 'POLICY_EXPRESSION_TOO_DEEP'],
      [`${'['.repeat(300)}${']'.repeat(300)}`, 'POLICY_EXPRESSION_TOO_DEEP'],
      ['record.title == "\\u0000"', 'POLICY_INVALID_LITERAL'],
      ['record.salary == 9223372036854775808', 'POLICY_INVALID_LITERAL'],
      ['record.salary == 1e999', 'POLICY_SYNTAX_ERROR'],
      ['\u0000', 'POLICY_SYNTAX_ERROR'],
      ['', 'POLICY_SYNTAX_ERROR'],
    ];
    for (const [text, code] of cases) {
      const started = performance.now();
      let caught: unknown;
      try {
        checkCondition(text, ctx);
      } catch (error) {
        caught = error;
      }
      expect(caught, text.slice(0, 40)).toBeInstanceOf(PolicyError);
      expect((caught as PolicyError).code, text.slice(0, 40)).toBe(code);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});
