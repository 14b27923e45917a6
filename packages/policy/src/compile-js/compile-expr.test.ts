import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { checkCondition } from '../check/check-condition.js';
import { compileExpr } from './compile-expr.js';
import { makeEnv } from './eval-env.js';
import { compareCodePoints } from './values.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

function run(condition: string, record: Record<string, unknown>): unknown {
  const { expr } = checkCondition(condition, { schema: recruitmentSchema, collection: 'positions' });
  return compileExpr(expr)(record, makeEnv(NOW));
}

describe('three-valued logic (Kleene)', () => {
  const T = 'record.public == true';
  const F = 'record.public == false';
  const U = 'record.salary > 1';
  const row = { public: true, salary: null };
  it.each([
    [`${T} && ${U}`, null],
    [`${F} && ${U}`, false],
    [`${U} && ${F}`, false],
    [`${T} || ${U}`, true],
    [`${U} || ${T}`, true],
    [`${F} || ${U}`, null],
    [`!(${U})`, null],
    [`!(${F})`, true],
    [`${U} ? 1 == 1 : 1 == 1`, null],
  ])('%s is %s', (condition, expected) => {
    expect(run(condition, row)).toBe(expected);
  });
});

describe('NULL semantics', () => {
  it('== and != are null-safe; orderings are UNKNOWN on NULL', () => {
    expect(run('record.title == null', { title: null })).toBe(true);
    expect(run('record.title != null', { title: null })).toBe(false);
    expect(run('record.title == "a"', {})).toBe(false);
    expect(run('record.title != "a"', { title: null })).toBe(true);
    expect(run('record.salary < 5', { salary: null })).toBeNull();
    expect(run('record.salary + 1 == 2', { salary: null })).toBe(false);
  });

  it('in, string functions and size are UNKNOWN on NULL; has() is two-valued', () => {
    expect(run('record.status in ["open"]', { status: null })).toBeNull();
    expect(run('"remote" in record.tags', { tags: null })).toBeNull();
    expect(run('"remote" in record.tags', { tags: ['urgent', null] })).toBe(false);
    expect(run('record.title.contains("x")', { title: null })).toBeNull();
    expect(run('size(record.title) > 0', { title: null })).toBeNull();
    expect(run('has(record.title)', { title: null })).toBe(false);
    expect(run('has(record.title)', { title: '' })).toBe(true);
  });

  it('exists and all count only TRUE bodies, and are UNKNOWN over a NULL list', () => {
    expect(run('record.tags.exists(t, t == "a")', { tags: ['b', null] })).toBe(false);
    expect(run('record.tags.all(t, t.startsWith("a"))', { tags: ['ab', null] })).toBe(false);
    expect(run('record.tags.all(t, t.startsWith("a"))', { tags: [] })).toBe(true);
    expect(run('record.tags.exists(t, true)', { tags: null })).toBeNull();
    expect(
      run('record.interviewers.exists(i, i == "00000000-0000-4000-8000-000000000001")', { interviewers: [] }),
    ).toBe(false);
  });
});

describe('values', () => {
  it('counts code points and orders strings by code point, like PostgreSQL with COLLATE "C"', () => {
    expect(run('size(record.title) == 2', { title: 'a😀' })).toBe(true);
    expect(compareCodePoints('\uff5e', '😀')).toBeLessThan(0);
    expect('\uff5e' < '😀').toBe(false);
    expect(run('record.title < "😀"', { title: '\uff5e' })).toBe(true);
  });

  it('reads dates as midnight UTC and timestamps from strings, Dates and numbers', () => {
    expect(run('record.deadline == timestamp("2025-06-01T00:00:00Z")', { deadline: '2025-06-01' })).toBe(
      true,
    );
    expect(run('record.openedAt > now - duration("1h")', { openedAt: new Date(NOW - 1000) })).toBe(true);
    expect(run('record.openedAt - now == duration("-2s")', { openedAt: NOW - 2000 })).toBe(true);
  });

  it('keeps integer arithmetic exact beyond 2^53, as bigint columns do', () => {
    expect(run('record.salary + 2 - 9007199254740991 == 2', { salary: 9007199254740991 })).toBe(true);
    expect(run('record.salary + 1 > record.salary', { salary: '9007199254740991' })).toBe(true);
    expect(run('record.salary + 1 - 1 == 9007199254740991', { salary: 9007199254740991 })).toBe(true);
  });

  it('follows loaded relations and refuses ids where a record is needed', () => {
    const manager = { id: '00000000-0000-4000-8000-000000000001', department: 'eng' };
    expect(run('record.hiringManager.department == "eng"', { hiringManager: manager })).toBe(true);
    expect(
      run('record.hiringManager == "00000000-0000-4000-8000-000000000001"', { hiringManager: manager }),
    ).toBe(true);
    expect(run('record.hiringManager.department == "eng"', { hiringManager: null })).toBe(false);
    expect(() => run('record.hiringManager.department == "eng"', { hiringManager: manager.id })).toThrow(
      /load the related record/,
    );
  });
});
