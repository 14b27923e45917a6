import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { buildPrincipal } from '../model/principal.js';
import type { RuleSet } from '../model/rule-set.js';
import { createPolicyEngine } from '../plan/policy-engine.js';
import { compileFieldMask, compileWhere } from './compile-where.js';
import { renderSql } from './sql-fragment.js';

const me = '00000000-0000-4000-8000-000000000001';

function whereOf(condition: string, fields?: string[]) {
  const ruleSet: RuleSet = {
    version: '1',
    roles: [{ key: 'staff', name: 'Staff', internal: true, builder: false, allData: false, rights: [] }],
    collections: {},
    rules: [
      {
        id: 'g',
        name: 'g',
        kind: 'grant',
        collection: 'positions',
        to: { roles: ['staff'] },
        actions: ['read'],
        condition,
        ...(fields ? { fields: { read: fields } } : {}),
      },
      {
        id: 'f',
        name: 'f',
        kind: 'fieldCondition',
        collection: 'positions',
        to: { roles: ['staff'] },
        fields: ['fld_pos_salary'],
        access: 'read',
        condition: 'record.status == "open"',
      },
    ],
  };
  const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
  const plan = engine.planAccess(
    buildPrincipal({ id: me, roles: ['staff'], attributes: { department: 'eng' } }, ruleSet),
    'read',
    'positions',
  );
  return { plan, where: renderSql(compileWhere(plan, { now: Date.parse('2025-01-01T00:00:00Z') })) };
}

describe('SQL for conditions', () => {
  it('uses a sargable = for an id compared with the principal', () => {
    expect(whereOf('record.hiringManager == user.id').where).toEqual({
      text: '("r"."hiring_manager" = $1::uuid)',
      values: [me],
    });
  });

  it('keeps != null-safe with IS DISTINCT FROM', () => {
    expect(whereOf('record.title != "x"').where).toEqual({
      text: '("r"."title" IS DISTINCT FROM $1::text)',
      values: ['x'],
    });
  });

  it('compares text by code point, and reads dates as UTC midnight', () => {
    expect(whereOf('record.title < "b" && record.deadline > now').where.text).toBe(
      `((("r"."title") COLLATE "C" < $1::text) AND ((("r"."deadline"::timestamp AT TIME ZONE 'UTC')) > $2::timestamptz))`,
    );
  });

  it('uses = ANY() for arrays, ignoring NULL elements of stored arrays', () => {
    expect(whereOf('record.status in ["open", "draft"] && "remote" in record.tags').where).toEqual({
      text: '(("r"."status" = ANY($1::text[])) AND ($2::text = ANY(array_remove("r"."tags", NULL))))',
      values: ['{"open","draft"}', 'remote'],
    });
  });

  it('uses EXISTS over the junction table for many-to-many', () => {
    expect(whereOf('user.id in record.interviewers').where.text).toBe(
      'EXISTS (SELECT 1 FROM "app_recruit"."positions_interviewers" AS "_p1" WHERE "_p1"."position_id" = "r"."id" AND "_p1"."user_id" = $1::uuid)',
    );
  });

  it('reads through a many-to-one link with EXISTS where only TRUE matters', () => {
    expect(whereOf('record.hiringManager.department == user.department').where).toEqual({
      text: 'EXISTS (SELECT 1 FROM "app_recruit"."users" AS "_p1" WHERE "_p1"."id" = "r"."hiring_manager" AND (("_p1"."department") = $1::text))',
      values: ['eng'],
    });
  });

  it('reads through a many-to-one link with a scalar subquery where NULL must stay NULL', () => {
    expect(whereOf('!(record.hiringManager.department == user.department)').where).toEqual({
      text: '(NOT ((SELECT "_p1"."department" FROM "app_recruit"."users" AS "_p1" WHERE "_p1"."id" = "r"."hiring_manager") IS NOT DISTINCT FROM $1::text))',
      values: ['eng'],
    });
  });

  it('renders allow as TRUE and deny as FALSE, never as a missing WHERE', () => {
    expect(whereOf('true').where.text).toBe('TRUE');
    expect(whereOf('false').where.text).toBe('FALSE');
    expect(whereOf('user.department == "ops"').plan.kind).toBe('deny');
  });

  it('compiles row-dependent field masks, and constant ones to TRUE / FALSE', () => {
    const { plan } = whereOf('true', ['fld_pos_title', 'fld_pos_salary']);
    expect(renderSql(compileFieldMask(plan, 'salary')).text).toBe('("r"."status" = $1::text)');
    expect(renderSql(compileFieldMask(plan, 'title')).text).toBe('TRUE');
    expect(renderSql(compileFieldMask(plan, 'budget')).text).toBe('FALSE');
  });

  it('renders with an offset so the fragment can follow the caller own parameters', () => {
    const { plan } = whereOf('record.hiringManager == user.id');
    expect(renderSql(compileWhere(plan, { alias: 'p' }), { offset: 3 }).text).toBe(
      '("p"."hiring_manager" = $4::uuid)',
    );
  });
});
