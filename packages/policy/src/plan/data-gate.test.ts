import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { lintPolicy } from '../lint/lint-policy.js';
import { anonymousPrincipal, buildPrincipal } from '../model/principal.js';
import type { Rule, RuleSet } from '../model/rule-set.js';
import { createPolicyEngine } from './policy-engine.js';

// RuleSet.gate: rights a signed-in principal needs before any rule (DESIGN.md §3).
const gate = { read: 'data.read', write: 'data.edit' };
const roles: RuleSet['roles'] = [
  { key: 'staff', name: 'Staff', internal: true, builder: false, allData: false, rights: [] },
  { key: 'boss', name: 'Boss', internal: true, builder: false, allData: true, rights: [] },
];
const rules: Rule[] = [
  {
    id: 'open',
    name: 'staff: everything',
    kind: 'grant',
    collection: 'positions',
    to: { roles: ['staff'] },
    actions: ['read', 'create', 'update', 'delete'],
  },
  {
    id: 'anon',
    name: 'visitors read',
    kind: 'grant',
    collection: 'positions',
    to: { audience: 'anonymous' },
    actions: ['read'],
  },
];
const ruleSet: RuleSet = {
  version: 'v1',
  roles,
  collections: { candidates: { restricted: false } },
  rules,
  gate,
};
const staff = (rights: string[], id = '00000000-0000-4000-8000-000000000001') =>
  buildPrincipal({ id, email: `${id.slice(-1)}@example.test`, roles: ['staff'], rights }, ruleSet);

describe('the data gate', () => {
  it('denies reads without the read right and writes without the write right, whatever the rules say', () => {
    const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
    const kinds = (rights: string[]) =>
      (['read', 'create', 'update', 'delete'] as const).map(
        (a) => engine.planAccess(staff(rights), a, 'positions').kind,
      );
    expect(kinds(['data.read', 'data.edit'])).toEqual(['allow', 'allow', 'allow', 'allow']);
    expect(kinds(['data.read'])).toEqual(['allow', 'deny', 'deny', 'deny']);
    expect(kinds(['data.edit'])).toEqual(['deny', 'allow', 'allow', 'allow']);
    expect(kinds([])).toEqual(['deny', 'deny', 'deny', 'deny']);
    // An unrestricted collection is open to app users who pass the gate only.
    expect(engine.planAccess(staff([]), 'read', 'candidates').kind).toBe('deny');
    expect(engine.planAccess(staff(['data.read']), 'read', 'candidates').bypass).toBe('unrestricted');
  });

  it('never shares a cached plan between principals with the same roles but different rights', () => {
    const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
    const a = '00000000-0000-4000-8000-00000000000a';
    expect(engine.planAccess(staff(['data.read'], a), 'read', 'positions').kind).toBe('allow');
    expect(engine.planAccess(staff([], a), 'read', 'positions').kind).toBe('deny');
    expect(engine.planAccess(staff(['data.read'], a), 'read', 'positions').kind).toBe('allow');
  });

  it('leaves Access All Data and anonymous visitors to the rules alone', () => {
    const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
    const boss = buildPrincipal({ id: '00000000-0000-4000-8000-000000000009', roles: ['boss'] }, ruleSet);
    expect(engine.planAccess(boss, 'update', 'positions')).toMatchObject({
      kind: 'allow',
      bypass: 'allData',
    });
    expect(engine.planAccess(anonymousPrincipal(), 'read', 'positions').kind).toBe('allow');
    expect(engine.planAccess(anonymousPrincipal(), 'update', 'positions').kind).toBe('deny');
  });

  it('explains a gated denial by the missing right, and a held gate as held', () => {
    const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
    const row = { id: '00000000-0000-4000-8000-0000000000f1', title: 'Lead' };
    const denied = engine.explain(staff(['data.edit']), 'read', 'positions', row);
    expect(denied.gate).toEqual({ right: 'data.read', held: false });
    expect(denied.plan.kind).toBe('deny');
    expect(denied.record?.reasons).toEqual([expect.stringMatching(/^1@example\.test lacks data\.read/)]);
    const held = engine.explain(staff(['data.read']), 'read', 'positions', row);
    expect(held.gate).toEqual({ right: 'data.read', held: true });
    expect(held.record).toMatchObject({ allowed: true, reasons: [] });
    expect(engine.explain(anonymousPrincipal(), 'read', 'positions', row).gate).toBeNull();
  });

  it('is absent without RuleSet.gate: the rules alone decide', () => {
    const engine = createPolicyEngine({
      schema: recruitmentSchema,
      ruleSet: { ...ruleSet, gate: undefined } as RuleSet,
    });
    expect(engine.planAccess(staff([]), 'update', 'positions').kind).toBe('allow');
    expect(engine.explain(staff([]), 'read', 'positions').gate).toBeNull();
  });

  it('lint warns about a role whose grants cannot pass the gate, once per missing right', () => {
    const codes = (rights: string[]) =>
      lintPolicy({
        schema: recruitmentSchema,
        ruleSet: { ...ruleSet, roles: roles.map((r) => (r.key === 'staff' ? { ...r, rights } : r)) },
        members: { staff: 1, boss: 1 },
      })
        .filter((w) => w.code === 'ROLE_LACKS_DATA_RIGHT')
        .map((w) => [w.role, w.message.match(/lacks (\S+),/)?.[1]]);
    expect(codes([])).toEqual([
      ['staff', 'data.read'],
      ['staff', 'data.edit'],
    ]);
    expect(codes(['data.read'])).toEqual([['staff', 'data.edit']]);
    expect(codes(['data.read', 'data.edit'])).toEqual([]);
  });
});
