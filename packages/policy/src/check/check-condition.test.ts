import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { PolicyError } from '../errors.js';
import { checkCondition, tryCheckCondition } from './check-condition.js';

const ctx = { schema: recruitmentSchema, collection: 'positions' };

function errorOf(text: string, collection = 'positions') {
  const result = tryCheckCondition(text, { schema: recruitmentSchema, collection });
  if (result.ok) throw new Error(`expected an error for ${text}`);
  return result.error;
}

describe('checkCondition', () => {
  it('resolves record fields, user members and relations', () => {
    const { expr } = checkCondition('record.hiringManager == user.id && user.id in record.interviewers', ctx);
    expect(expr.kind).toBe('and');
    if (expr.kind !== 'and') return;
    const [first, second] = expr.operands;
    expect(first?.kind).toBe('compare');
    expect(first?.kind === 'compare' && first.compareAs).toBe('ref');
    expect(second?.kind).toBe('inRelation');
  });

  it('follows many-to-one links', () => {
    const { expr } = checkCondition('record.position.hiringManager == user.id', {
      ...ctx,
      collection: 'candidates',
    });
    expect(
      expr.kind === 'compare' && expr.left.kind === 'field' && expr.left.hops.map((h) => h.name),
    ).toEqual(['position']);
  });

  it('accepts the stored id form', () => {
    const { expr } = checkCondition('record["fld_pos_salary"] > 10', ctx);
    expect(expr.kind === 'compare' && expr.left.kind === 'field' && expr.left.field.name).toBe('salary');
  });

  it('reports an unknown field with the valid choices and position', () => {
    const error = errorOf('record.salry > 1');
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    expect(error.position).toEqual({ start: 0, end: 12 });
    expect(error.expected).toContain('salary');
    expect(error.expected).not.toContain('salry');
    expect(error.message).toContain('salary');
  });

  it('refuses a number compared with a string', () => {
    const error = errorOf('record.salary == "high"');
    expect(error.code).toBe('POLICY_TYPE_MISMATCH');
    expect(error.expected).toEqual(['double', 'int', 'null']);
  });

  it('refuses unsupported functions and macros, naming the supported ones', () => {
    for (const text of ['record.title.matches("a")', 'record.tags.map(t, t)', 'int(record.title) > 1']) {
      const error = errorOf(text);
      expect(error.code).toBe('POLICY_UNSUPPORTED_FUNCTION');
      expect(error.expected).toContain('startsWith');
    }
  });

  it('refuses unsupported operators', () => {
    expect(errorOf('record.salary * 2 > 1').code).toBe('POLICY_UNSUPPORTED_OPERATOR');
    expect(errorOf('{"a": 1} == record.meta').code).toBe('POLICY_UNSUPPORTED_OPERATOR');
  });

  it('refuses expressions that are too long or too deep', () => {
    expect(errorOf(`record.title == "${'x'.repeat(5000)}"`).code).toBe('POLICY_EXPRESSION_TOO_LONG');
    const deep = `${'!('.repeat(40)}record.public${')'.repeat(40)}`;
    expect(errorOf(deep).code).toBe('POLICY_EXPRESSION_TOO_DEEP');
    const flat = Array.from({ length: 100 }, (_, i) => `record.salary == ${i}`).join(' || ');
    expect(tryCheckCondition(flat, ctx).ok).toBe(true);
  });

  it('honours tunable limits', () => {
    const limits = { maxLength: 20, maxDepth: 3 };
    expect(() => checkCondition('record.title == "abcdefgh"', { ...ctx, limits })).toThrow(/limit is 20/);
    expect(() => checkCondition('!(!(!record.public))', { ...ctx, limits })).toThrow(PolicyError);
  });

  it('reports syntax errors with a position', () => {
    const error = errorOf('record.title ==');
    expect(error.code).toBe('POLICY_SYNTAX_ERROR');
    expect(error.position?.start).toBe(15);
  });

  it('requires a boolean condition', () => {
    expect(errorOf('record.salary').code).toBe('POLICY_TYPE_MISMATCH');
    expect(errorOf('record').code).toBe('POLICY_TYPE_MISMATCH');
  });

  it('types timestamps, durations and dates', () => {
    expect(tryCheckCondition('record.openedAt > now - duration("24h")', ctx).ok).toBe(true);
    expect(tryCheckCondition('record.deadline < timestamp("2025-01-01T00:00:00Z")', ctx).ok).toBe(true);
    expect(errorOf('record.openedAt > duration("1h")').code).toBe('POLICY_TYPE_MISMATCH');
    expect(errorOf('record.openedAt > timestamp("yesterday")').code).toBe('POLICY_INVALID_LITERAL');
  });

  it('binds exists/all variables and refuses shadowing', () => {
    expect(
      tryCheckCondition('record.interviewers.exists(i, i == user.id && i.department == "eng")', ctx).ok,
    ).toBe(true);
    expect(tryCheckCondition('record.tags.all(t, t.startsWith("r"))', ctx).ok).toBe(true);
    expect(errorOf('record.tags.exists(record, true)').code).toBe('POLICY_TYPE_MISMATCH');
    expect(errorOf('record.tags.exists(t, t) ').code).toBe('POLICY_TYPE_MISMATCH');
  });

  it('allows json fields only against null', () => {
    expect(tryCheckCondition('record.meta != null && has(record.meta)', ctx).ok).toBe(true);
    expect(errorOf('record.meta == "x"').code).toBe('POLICY_TYPE_MISMATCH');
  });

  it('resolves user attributes and rights', () => {
    expect(
      tryCheckCondition('"approve_invoices" in user.rights && user.region == record.region', {
        schema: recruitmentSchema,
        collection: 'invoices',
      }).ok,
    ).toBe(true);
    const error = errorOf('user.regoin == "x"');
    expect(error.code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    expect(error.expected).toEqual(expect.arrayContaining(['region', 'roles', 'id']));
  });

  it('hides unreadable fields in filter mode with the same error as an unknown field', () => {
    const readable = new Set(['fld_pos_title']);
    const filterCtx = { ...ctx, mode: 'filter' as const, readableFields: () => readable };
    const hidden = tryCheckCondition('record.salary > 1', filterCtx);
    const unknown = tryCheckCondition('record.nosuch > 1', filterCtx);
    if (hidden.ok || unknown.ok) throw new Error('expected errors');
    expect(hidden.error.code).toBe(unknown.error.code);
    expect(hidden.error.expected).toEqual(unknown.error.expected);
    expect(hidden.error.expected).toEqual(['id', 'title']);
    expect(hidden.error.message.replace('salary', 'X')).toBe(unknown.error.message.replace('nosuch', 'X'));
  });
});
