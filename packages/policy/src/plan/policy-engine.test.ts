import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { renderSql } from '../compile-sql/sql-fragment.js';
import { printExpr } from '../explain/print-expr.js';
import { anonymousPrincipal, buildPrincipal } from '../model/principal.js';
import type { Rule, RuleSet } from '../model/rule-set.js';
import { createPolicyEngine } from './policy-engine.js';

const roles: RuleSet['roles'] = [
  { key: 'manager', name: 'Manager', internal: true, builder: false, allData: false, rights: ['approve'] },
  { key: 'client', name: 'Client', internal: false, builder: false, allData: false, rights: [] },
];

function engineWith(rules: Rule[], collections: RuleSet['collections'] = {}, version = 'v1') {
  return createPolicyEngine({ schema: recruitmentSchema, ruleSet: { version, roles, collections, rules } });
}

const grant = (over: Partial<Extract<Rule, { kind: 'grant' }>>): Rule => ({
  id: 'g',
  name: 'g',
  kind: 'grant',
  collection: 'positions',
  to: { roles: ['manager'] },
  actions: ['read'],
  ...over,
});

const manager = (attributes: Record<string, unknown> = {}, id = '00000000-0000-4000-8000-000000000001') =>
  buildPrincipal(
    { id, roles: ['manager'], attributes },
    { version: 'v1', roles, collections: {}, rules: [] },
  );
const client = buildPrincipal(
  { id: '00000000-0000-4000-8000-000000000002', roles: ['client'] },
  { version: 'v1', roles, collections: {}, rules: [] },
);

describe('planAccess', () => {
  it('folds principal terms: a rights test becomes allow or deny', () => {
    const engine = engineWith([grant({ condition: '"approve" in user.rights' })]);
    expect(engine.planAccess(manager(), 'read', 'positions').kind).toBe('allow');
    expect(engine.planAccess(client, 'read', 'positions').kind).toBe('deny');
  });

  it('leaves record terms in a where plan, with user terms replaced by values', () => {
    const engine = engineWith([
      grant({ condition: 'record.department == user.department && user.level > 2' }),
    ]);
    const plan = engine.planAccess(manager({ department: 'eng', level: 3 }), 'read', 'positions');
    expect(plan.kind).toBe('where');
    expect(printExpr(plan.condition)).toBe('record.department == "eng"');
    expect(engine.planAccess(manager({ department: 'eng', level: 1 }), 'read', 'positions').kind).toBe(
      'deny',
    );
  });

  it('treats collections missing from the rule set as restricted (secure by default)', () => {
    const engine = engineWith([]);
    expect(engine.planAccess(manager(), 'read', 'positions').kind).toBe('deny');
    expect(
      engineWith([], { positions: { restricted: false } }).planAccess(manager(), 'read', 'positions').kind,
    ).toBe('allow');
  });

  it('matches audiences: everyone is every signed-in user, never anonymous', () => {
    const engine = engineWith([grant({ to: { audience: 'everyone' } })]);
    expect(engine.planAccess(client, 'read', 'positions').kind).toBe('allow');
    expect(engine.planAccess(anonymousPrincipal(), 'read', 'positions').kind).toBe('deny');
    const external = engineWith([grant({ to: { audience: 'external' } })]);
    expect(external.planAccess(client, 'read', 'positions').kind).toBe('allow');
    expect(external.planAccess(manager(), 'read', 'positions').kind).toBe('deny');
    const anonymous = engineWith([grant({ to: { audience: 'anonymous' } })]);
    expect(anonymous.planAccess(anonymousPrincipal(), 'read', 'positions').kind).toBe('allow');
    expect(anonymous.planAccess(client, 'read', 'positions').kind).toBe('deny');
  });

  it('applies a guard that names nobody to everybody (fail closed)', () => {
    const engine = engineWith([
      grant({ to: { audience: 'everyone' } }),
      {
        id: 'x',
        name: 'x',
        kind: 'guard',
        collection: 'positions',
        to: {},
        actions: ['read'],
        condition: 'record.public == true',
      },
    ]);
    expect(engine.planAccess(client, 'read', 'positions').kind).toBe('where');
  });

  it('keeps field masks only for fields that can ever be read', () => {
    const engine = engineWith([grant({ fields: { read: ['fld_pos_title'] } })]);
    const plan = engine.planAccess(manager(), 'read', 'positions');
    expect([...plan.fields.keys()]).toEqual(['id', 'title']);
    expect(plan.fields.has('salary')).toBe(false);
  });

  it('never lets anyone write system fields, not even with Access All Data', () => {
    const engine = createPolicyEngine({
      schema: recruitmentSchema,
      ruleSet: {
        version: 'v',
        roles: [{ ...roles[0]!, key: 'admin', allData: true }],
        collections: {},
        rules: [],
      },
    });
    const admin = buildPrincipal(
      { id: '00000000-0000-4000-8000-000000000009', roles: ['admin'] },
      engine.ruleSet,
    );
    const plan = engine.planAccess(admin, 'update', 'positions');
    expect(plan.kind).toBe('allow');
    expect(plan.fields.has('title')).toBe(true);
    expect(plan.fields.has('createdBy')).toBe(false);
    expect(plan.fields.has('id')).toBe(false);
  });

  it('reports rules that no longer compile as diagnostics', () => {
    const engine = engineWith([grant({ condition: 'record.gone == 1' })]);
    expect(engine.diagnostics.map((d) => [d.ruleId, d.error.code])).toEqual([
      ['g', 'POLICY_UNKNOWN_IDENTIFIER'],
    ]);
  });
});

describe('the plan cache', () => {
  it('returns the same plan for the same principal and for another object with the same terms', () => {
    const engine = engineWith([grant({ condition: 'record.department == user.department' })]);
    const a = manager({ department: 'eng' });
    const first = engine.planAccess(a, 'read', 'positions');
    expect(engine.planAccess(a, 'read', 'positions')).toBe(first);
    expect(
      engine.planAccess(
        manager({ department: 'eng' }, '00000000-0000-4000-8000-000000000005'),
        'read',
        'positions',
      ),
    ).toBe(first);
  });

  it('keys on the attributes the rules read, and only those', () => {
    const engine = engineWith([grant({ condition: 'record.department == user.department' })]);
    const eng = engine.planAccess(manager({ department: 'eng', level: 1 }), 'read', 'positions');
    const ops = engine.planAccess(manager({ department: 'ops', level: 1 }), 'read', 'positions');
    expect(ops).not.toBe(eng);
    expect(printExpr(ops.condition)).toBe('record.department == "ops"');
    expect(engine.planAccess(manager({ department: 'eng', level: 9 }), 'read', 'positions')).toBe(eng);
  });

  it('keys on the user id when rules read it', () => {
    const engine = engineWith([grant({ condition: 'record.hiringManager == user.id' })]);
    const one = engine.planAccess(manager({}, '00000000-0000-4000-8000-000000000001'), 'read', 'positions');
    const two = engine.planAccess(manager({}, '00000000-0000-4000-8000-000000000003'), 'read', 'positions');
    expect(two).not.toBe(one);
    expect(printExpr(two.condition)).toContain('000000000003');
  });

  it('separates actions, collections and policy versions', () => {
    const engine = engineWith([grant({ actions: ['read', 'update'] })]);
    const p = manager();
    expect(engine.planAccess(p, 'update', 'positions')).not.toBe(engine.planAccess(p, 'read', 'positions'));
    expect(engine.planAccess(p, 'read', 'candidates').kind).toBe('deny');
    expect(engineWith([], {}, 'v2').planAccess(p, 'read', 'positions').kind).toBe('deny');
  });
});

describe('the list statement cache', () => {
  const one = '00000000-0000-4000-8000-000000000001';
  const two = '00000000-0000-4000-8000-000000000003';
  // Interviewers are read through the users collection, whose rule reads the caller's id: the
  // positions plan is shared by every manager, the users plan is each manager's own.
  const rules = [grant({}), grant({ id: 'u', collection: 'users', condition: 'record.id == user.id' })];
  const statement = (engine: ReturnType<typeof engineWith>, id: string, request = {}) =>
    renderSql(engine.compileListQuery(manager({}, id), 'positions', { limit: 51, ...request }).sql);

  it('reuses the statement of a request without values of its own, and it is what a fresh engine compiles', () => {
    const engine = engineWith(rules);
    const first = engine.compileListQuery(manager({}, one), 'positions', {
      limit: 51,
      visibilityFlags: true,
    });
    expect(engine.compileListQuery(manager({}, one), 'positions', { limit: 51, visibilityFlags: true })).toBe(
      first,
    );
    expect(renderSql(first.sql)).toEqual(
      renderSql(
        engineWith(rules).compileListQuery(manager({}, one), 'positions', {
          limit: 51,
          visibilityFlags: true,
        }).sql,
      ),
    );
    expect(engine.compileListQuery(manager({}, one), 'positions', { limit: 50 })).not.toBe(first);
  });

  it("shares one statement between callers whose users plans differ: a link's ids read no related plan", () => {
    const engine = engineWith(rules);
    expect(engine.planAccess(manager({}, one), 'read', 'positions')).toBe(
      engine.planAccess(manager({}, two), 'read', 'positions'),
    );
    expect(engine.planAccess(manager({}, one), 'read', 'users')).not.toBe(
      engine.planAccess(manager({}, two), 'read', 'users'),
    );
    const forOne = statement(engine, one);
    const forTwo = statement(engine, two);
    // Interviewers show every linked id, whoever may read those users: nothing of the caller's.
    expect(forOne.values).not.toContain(one);
    expect(forTwo.values).not.toContain(two);
    expect(forTwo).toEqual(forOne);
    expect(forTwo).toEqual(statement(engineWith(rules), two));
  });

  it('compiles again a client filter that reads a related plan, per caller', () => {
    const engine = engineWith(rules);
    const filter = { filter: 'record.interviewers.exists(i, i.id != "")' };
    const forOne = statement(engine, one, filter);
    const forTwo = statement(engine, two, filter);
    expect(forOne.values).toContain(one);
    expect(forTwo.values).toContain(two);
    expect(forTwo.values).not.toContain(one);
  });

  it('never keeps a statement that reads the time', () => {
    const engine = engineWith([grant({ condition: 'record.openedAt < now' })]);
    const at = (now: number) => statement(engine, one, { now });
    const early = at(Date.parse('2026-01-01T00:00:00Z'));
    const late = at(Date.parse('2026-06-01T00:00:00Z'));
    expect(early.values).toContain('2026-01-01T00:00:00.000Z');
    expect(late.values).toContain('2026-06-01T00:00:00.000Z');
    expect(() => statement(engine, one)).toThrow(expect.objectContaining({ code: 'POLICY_NOW_REQUIRED' }));
  });

  it('compiles requests that carry values every time', () => {
    const engine = engineWith(rules);
    const p = manager({}, one);
    const filtered = (title: string) =>
      engine.compileListQuery(p, 'positions', { filter: `record.title == "${title}"` });
    expect(renderSql(filtered('a').sql).values).toContain('a');
    expect(renderSql(filtered('b').sql).values).toContain('b');
    const page = (after: string) => engine.compileListQuery(p, 'positions', { after, limit: 5 });
    const next = engine.compileListQuery(p, 'positions', { limit: 5 }).cursorOf({ id: two });
    expect(renderSql(page(next).sql).values).toContain(two);
  });
});
