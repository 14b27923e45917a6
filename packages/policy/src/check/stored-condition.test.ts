import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import type { RuleSet } from '../model/rule-set.js';
import type { Schema } from '../model/schema.js';
import { checkCondition } from './check-condition.js';
import { rulesUsingField } from './rules-using-field.js';
import { attributesReadBy, toDisplayCondition, toStoredCondition } from './stored-condition.js';

const ctx = { schema: recruitmentSchema, collection: 'candidates' };

function renamed(schema: Schema, collection: string, fieldId: string, name: string): Schema {
  const c = schema.collections[collection];
  if (!c) throw new Error('no collection');
  const fields = c.fields.map((f) => (f.id === fieldId ? { ...f, name } : f));
  return { ...schema, collections: { ...schema.collections, [collection]: { ...c, fields } } };
}

function withoutField(schema: Schema, collection: string, fieldId: string): Schema {
  const c = schema.collections[collection];
  if (!c) throw new Error('no collection');
  const fields = c.fields.filter((f) => f.id !== fieldId);
  return { ...schema, collections: { ...schema.collections, [collection]: { ...c, fields } } };
}

describe('stored and display conditions', () => {
  it('stores field and attribute references by id, through relations and variables', () => {
    const text =
      'record.position.hiringManager == user.id && record.position.interviewers.exists(i, i.department == user.department) && record.score > 3.0';
    const stored = toStoredCondition(text, ctx);
    expect(stored).toBe(
      'record["fld_cand_position"]["fld_pos_hm"] == user.id && record["fld_cand_position"]["fld_pos_interviewers"].exists(i, i["fld_user_department"] == user["attr_department"]) && record["fld_cand_score"] > 3.0',
    );
    expect(stored).not.toContain('.department');
    expect(toDisplayCondition(stored, ctx)).toBe(text);
  });

  it('survives a field rename: the display form shows the new name, the meaning is unchanged', () => {
    const stored = toStoredCondition('record.position.hiringManager == user.id', ctx);
    const schema = renamed(recruitmentSchema, 'positions', 'fld_pos_hm', 'manager');
    expect(toDisplayCondition(stored, { ...ctx, schema })).toBe('record.position.manager == user.id');
    expect(() => checkCondition('record.position.hiringManager == user.id', { ...ctx, schema })).toThrow(
      /unknown field/,
    );
    expect(checkCondition(stored, { ...ctx, schema }).expr.kind).toBe('compare');
  });

  it('fails to compile once the field is deleted', () => {
    const stored = toStoredCondition('record.score > 1.0', ctx);
    const schema = withoutField(recruitmentSchema, 'candidates', 'fld_cand_score');
    expect(() => checkCondition(stored, { ...ctx, schema })).toThrow(/unknown field 'fld_cand_score'/);
  });

  it('keeps system fields and builtin user members readable', () => {
    const stored = toStoredCondition('record.createdBy == user.id && record.position.id != null', ctx);
    expect(stored).toBe('record["createdBy"] == user.id && record["fld_cand_position"]["id"] != null');
    expect(toDisplayCondition(stored, ctx)).toBe('record.createdBy == user.id && record.position.id != null');
  });

  it('prints literals so that they parse back to the same values', () => {
    const text =
      'record.score == 2.0 && record.name == "a \\"quoted\\" \\n name" && record.createdAt > timestamp("2024-01-01T00:00:00Z")';
    const display = toDisplayCondition(toStoredCondition(text, ctx), ctx);
    expect(toStoredCondition(display, ctx)).toBe(toStoredCondition(text, ctx));
    expect(display).toContain('2.0');
    expect(display).toContain('"a \\"quoted\\" \\n name"');
  });
});

describe('rulesUsingField', () => {
  const ruleSet: RuleSet = {
    version: '1',
    roles: [],
    collections: {},
    rules: [
      {
        id: 'a',
        name: 'uses salary in a condition',
        kind: 'guard',
        collection: 'positions',
        to: {},
        actions: ['read'],
        condition: 'record["fld_pos_salary"] > 1',
      },
      {
        id: 'b',
        name: 'lists salary',
        kind: 'grant',
        collection: 'positions',
        to: {},
        actions: ['read'],
        fields: { read: ['fld_pos_salary'] },
      },
      {
        id: 'c',
        name: 'reaches hiring manager through a relation',
        kind: 'grant',
        collection: 'candidates',
        to: {},
        actions: ['read'],
        condition: 'record.position.hiringManager == user.id',
      },
      {
        id: 'd',
        name: 'unrelated',
        kind: 'grant',
        collection: 'positions',
        to: {},
        actions: ['read'],
        condition: 'record.title == "x"',
      },
      {
        id: 'e',
        name: 'field condition on salary',
        kind: 'fieldCondition',
        collection: 'positions',
        to: {},
        fields: ['fld_pos_salary'],
        access: 'read',
        condition: 'true',
      },
    ],
  };

  it('lists rules that use a field in conditions or field lists', () => {
    const uses = rulesUsingField(ruleSet, 'positions', 'fld_pos_salary', recruitmentSchema);
    expect(uses.map((u) => [u.ruleId, u.usedIn])).toEqual([
      ['a', 'condition'],
      ['b', 'fields'],
      ['e', 'fields'],
    ]);
    expect(uses.map((u) => u.ruleId)).not.toContain('d');
  });

  it('finds uses through relations from other collections, by name with the schema', () => {
    expect(
      rulesUsingField(ruleSet, 'positions', 'fld_pos_hm', recruitmentSchema).map((u) => u.ruleId),
    ).toEqual(['c']);
  });

  it('scans the stored id form without a schema', () => {
    expect(rulesUsingField(ruleSet, 'positions', 'fld_pos_salary').map((u) => u.ruleId)).toEqual([
      'a',
      'b',
      'e',
    ]);
    expect(rulesUsingField(ruleSet, 'positions', 'fld_pos_title')).toEqual([]);
  });
});

describe('what a condition reads', () => {
  it('lists the attributes it reads by id, in display and stored form alike', () => {
    const text = 'user.department == "Sales" && user.level > 2 && record.position.hiringManager == user.id';
    const stored = toStoredCondition(text, ctx);
    expect(attributesReadBy(text, ctx).sort()).toEqual(['attr_department', 'attr_level']);
    expect(attributesReadBy(stored, ctx).sort()).toEqual(['attr_department', 'attr_level']);
    expect(attributesReadBy('record.position.hiringManager == user.id', ctx)).toEqual([]);
  });
});
