import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import type { Rule, RuleSet } from '../model/rule-set.js';
import { accessMatrix } from './access-matrix.js';
import { createPolicyEngine } from './policy-engine.js';

const role = (key: string, more: Partial<RuleSet['roles'][number]> = {}): RuleSet['roles'][number] => ({
  key,
  name: key,
  internal: false,
  builder: false,
  allData: false,
  rights: ['data.read', 'data.edit'],
  ...more,
});
// Omit over each kind of rule, so each object literal is checked against its own kind.
type Draft<R = Rule> = R extends Rule ? Omit<R, 'collection'> : never;
const rule = (r: Draft): Rule => ({ collection: 'positions', ...r }) as Rule;

const ruleSet: RuleSet = {
  version: 'v1',
  roles: [
    role('admin', { allData: true, internal: true }),
    role('editor', { internal: true }),
    role('viewer', { rights: [] }),
  ],
  collections: {},
  gate: { read: 'data.read', write: 'data.edit' },
  rules: [
    rule({
      id: 'g1',
      name: 'editors',
      kind: 'grant',
      to: { roles: ['editor'] },
      actions: ['read', 'update'],
    }),
    rule({
      id: 'g2',
      name: 'editors: open ones',
      kind: 'grant',
      to: { roles: ['editor'] },
      actions: ['update'],
      condition: 'record.status == "open"',
      fields: { update: ['title'] },
    }),
    rule({
      id: 'g3',
      name: 'viewers',
      kind: 'grant',
      to: { roles: ['viewer'] },
      actions: ['read'],
      fields: { read: ['title'] },
    }),
    rule({
      id: 'g4',
      name: 'public',
      kind: 'grant',
      to: { audience: 'anonymous' },
      actions: ['read'],
      condition: 'record.public',
    }),
    rule({
      id: 'd1',
      name: 'internal only',
      kind: 'guard',
      to: { audience: 'internal' },
      actions: ['read'],
      condition: 'record.department == user.department',
    }),
    rule({
      id: 'f1',
      name: 'salary for editors',
      kind: 'fieldCondition',
      to: { audience: 'everyone' },
      fields: ['salary'],
      access: 'read',
      condition: '"editor" in user.roles',
    }),
    rule({
      id: 'broken',
      name: 'broken',
      kind: 'grant',
      to: { roles: ['viewer'] },
      actions: ['delete'],
      condition: 'record.nope == 1',
    }),
  ],
};

describe('the access matrix', () => {
  const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
  const m = accessMatrix(engine.compiled, 'positions');
  const row = (key: string) =>
    m.rows.find((r) => (r.unit.kind === 'role' ? r.unit.key : r.unit.audience) === key)!;

  it('has a row per role, then per audience, and leaves system fields out', () => {
    expect(m.rows.map((r) => (r.unit.kind === 'role' ? r.unit.key : r.unit.audience))).toEqual([
      'admin',
      'editor',
      'viewer',
      'everyone',
      'internal',
      'external',
      'anonymous',
    ]);
    expect(m.fields.some((f) => f.system)).toBe(false);
    expect(m.fields.map((f) => f.name)).toContain('salary');
  });

  it('marks Access All Data as bypassing, and names the data rights a role lacks', () => {
    expect(row('admin').bypass).toBe(true);
    expect(row('admin').actions.delete.state).toBe('bypass');
    expect(row('admin').fields.salary?.read.state).toBe('bypass');
    expect(row('viewer').missingRights).toEqual(['data.read', 'data.edit']);
    expect(row('editor').missingRights).toEqual([]);
  });

  it('ANDs the grants of one role, applies the guards of its audiences, and unions field lists', () => {
    // editor read: an unconditional grant, but the guard on internal users applies to an internal role.
    expect(row('editor').actions.read).toEqual({
      state: 'conditional',
      reason: 'rules',
      grants: ['g1'],
      guards: ['d1'],
    });
    expect(row('editor').actions.update).toEqual({
      state: 'conditional',
      reason: 'rules',
      grants: ['g1', 'g2'],
      guards: [],
    });
    // g1 lists no field for update: every field, whatever g2 lists.
    expect(row('editor').fields.salary?.update.state).toBe('open');
    expect(row('editor').actions.create).toMatchObject({ state: 'closed', reason: 'noGrant' });
    // viewer is external: the internal guard does not apply.
    expect(row('viewer').actions.read).toEqual({
      state: 'open',
      reason: 'rules',
      grants: ['g3'],
      guards: [],
    });
    expect(row('viewer').fields.title?.read).toMatchObject({ state: 'open', grants: ['g3'] });
    expect(row('viewer').fields.status?.read).toMatchObject({ state: 'closed', reason: 'notListed' });
  });

  it('closes a field conditionally where a field condition applies, and a broken rule counts as false', () => {
    expect(row('editor').fields.salary?.read).toMatchObject({
      state: 'conditional',
      fieldConditions: ['f1'],
    });
    expect(row('viewer').fields.salary?.read.state).toBe('closed');
    expect(row('viewer').actions.delete).toMatchObject({
      state: 'closed',
      reason: 'rules',
      grants: ['broken'],
    });
    expect(row('anonymous').actions.read).toMatchObject({ state: 'conditional', grants: ['g4'] });
    expect(row('everyone').actions.read.state).toBe('closed');
  });

  it('opens an unrestricted collection to every signed-in row, but not to anonymous visitors', () => {
    const open = createPolicyEngine({
      schema: recruitmentSchema,
      ruleSet: { ...ruleSet, collections: { positions: { restricted: false } } },
    });
    const u = accessMatrix(open.compiled, 'positions');
    const everyone = u.rows.find((r) => r.unit.kind === 'audience' && r.unit.audience === 'everyone')!;
    expect(everyone.actions.delete).toMatchObject({ state: 'open', reason: 'unrestricted' });
    expect(everyone.fields.salary?.read).toMatchObject({ state: 'conditional', fieldConditions: ['f1'] });
    const anonymous = u.rows.find((r) => r.unit.kind === 'audience' && r.unit.audience === 'anonymous')!;
    expect(anonymous.actions.read).toMatchObject({ state: 'conditional', reason: 'rules' });
    expect(anonymous.actions.update.state).toBe('closed');
  });
});
