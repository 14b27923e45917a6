import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../test/fixtures/recruitment.js';
import * as policy from './index.js';

const ruleSet: policy.RuleSet = {
  version: 'v1',
  roles: [
    { key: 'interviewer', name: 'Interviewer', internal: true, builder: false, allData: false, rights: [] },
  ],
  collections: { positions: { restricted: true } },
  rules: [
    {
      id: 'r1',
      kind: 'grant',
      name: 'Interviewers read their positions',
      collection: 'positions',
      to: { roles: ['interviewer'] },
      actions: ['read'],
      condition: 'user.id in record.interviewers',
      fields: { read: ['fld_pos_title'] },
    },
  ],
};

describe('the public API', () => {
  it('answers a point check, a list query and an explanation from one engine', () => {
    const engine = policy.createPolicyEngine({ schema: recruitmentSchema, ruleSet });
    const melissa = policy.buildPrincipal(
      { id: '00000000-0000-4000-8000-000000000002', roles: ['interviewer'] },
      ruleSet,
    );
    const mine = {
      id: '00000000-0000-4000-8000-0000000000aa',
      title: 'T',
      salary: 1,
      interviewers: [melissa.id],
    };
    const other = { ...mine, interviewers: [] };
    expect(engine.checkRow(melissa, 'read', 'positions', mine).allowed).toBe(true);
    expect(engine.checkRow(melissa, 'read', 'positions', other).allowed).toBe(false);
    expect(engine.readableFields(melissa, 'positions', mine)).toEqual(['id', 'title']);
    const { text, values } = policy.renderSql(
      engine.compileListQuery(melissa, 'positions', { limit: 10 }).sql,
      { offset: 2 },
    );
    expect(text).toContain('$3::uuid');
    expect(text).not.toContain('salary');
    expect(values).toEqual([melissa.id, 10]);
    expect(engine.explain(melissa, 'read', 'positions', other).record?.allowed).toBe(false);
  });

  it('validates rule sets before they are saved', () => {
    const broken: policy.RuleSet = {
      ...ruleSet,
      rules: [
        {
          id: 'x',
          kind: 'guard',
          name: 'x',
          collection: 'positions',
          to: { roles: ['nobody'] },
          actions: ['read'],
          condition: 'record.salary == "a"',
        },
      ],
    };
    const result = policy.validateRuleSet(broken, recruitmentSchema);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.code).sort()).toEqual(['POLICY_INVALID_RULE', 'POLICY_TYPE_MISMATCH']);
    expect(policy.validateRuleSet(ruleSet, recruitmentSchema)).toEqual({
      valid: true,
      errors: [],
      warnings: [],
    });
  });

  it('bridges fragments to another template tag such as Kysely sql', () => {
    const fragment = policy.sql`a = ${1} AND b = ${policy.raw('c')}`;
    const tag = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strings: [...strings], values });
    expect(policy.toSqlTag(fragment, tag)).toEqual({ strings: ['a = ', ' AND b = c'], values: [1] });
  });

  it('exposes the column types the tables must use', () => {
    expect(policy.sqlColumnType({ type: 'decimal' })).toBe('double precision');
    expect(policy.sqlColumnType({ type: 'linkMany' })).toBeNull();
    expect(policy.schemaDdl(recruitmentSchema).some((s) => s.includes('"salary" bigint'))).toBe(true);
  });
});
