import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { PolicyError } from '../errors.js';
import type { Principal } from '../model/principal.js';
import { checkUserCondition, evaluateUserCondition } from './check-user-condition.js';

const ctx = { schema: recruitmentSchema };
const NOW = Date.UTC(2026, 11, 1);

function person(overrides: Partial<Principal> = {}): Principal {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    roles: ['interviewer'],
    rights: ['app.data.read'],
    internal: true,
    builder: false,
    allData: false,
    attributes: { department: 'Engineering', level: 3 },
    anonymous: false,
    ...overrides,
  };
}

const holds = (text: string, who = person()) =>
  evaluateUserCondition(checkUserCondition(text, ctx), who, NOW);

describe('checkUserCondition', () => {
  it('reads the person: attributes, rights, roles, flags and now', () => {
    expect(holds('user.department == "Engineering"')).toBe(true);
    expect(holds('user.department == "Design"')).toBe(false);
    expect(holds('"app.data.read" in user.rights && user.level >= 3')).toBe(true);
    expect(holds('"hiring_manager" in user.roles')).toBe(false);
    expect(holds('user.internal')).toBe(true);
    expect(holds('user.internal', person({ internal: false }))).toBe(false);
    expect(holds('now > timestamp("2026-01-01T00:00:00Z")')).toBe(true);
  });

  it('refuses record, with where it is and what may be used instead', () => {
    const error = (() => {
      try {
        checkUserCondition('user.internal && record.salary > 10', ctx);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('POLICY_UNKNOWN_IDENTIFIER');
    expect((error as PolicyError).position).toEqual({ start: 17, end: 23 });
    expect((error as PolicyError).expected).toEqual(['now', 'user']);
  });

  it('type-checks like a rule: unknown attributes and non-boolean results are refused', () => {
    expect(() => checkUserCondition('user.team == "x"', ctx)).toThrow(PolicyError);
    expect(() => checkUserCondition('user.level', ctx)).toThrow(PolicyError);
  });

  it('fails closed: an empty attribute is UNKNOWN, and UNKNOWN hides', () => {
    const noDepartment = person({ attributes: {} });
    expect(holds('user.department == "Engineering"', noDepartment)).toBe(false);
    expect(holds('!(user.department == "Engineering")', noDepartment)).toBe(false);
  });
});
