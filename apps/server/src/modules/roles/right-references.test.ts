import { describe, expect, it } from 'vitest';
import { conditionTestsRight } from './right-references.js';

describe('whether a condition tests a custom right', () => {
  it.each([
    '"approve" in user.rights',
    '!("approve" in user.rights) || record.createdBy == user.id',
    'user.rights.exists(r, r == "approve")',
    'user.rights.all(r, "approve" != r)',
    '["approve", "pay"].exists(k, k in user.rights)',
    'record.amount < 100 ? true : "approve" in user["rights"]',
  ])('%s tests it', (condition) => {
    expect(conditionTestsRight(condition, 'approve')).toBe(true);
  });

  it.each([
    'record.note == "approve"',
    '"approve" in user.roles',
    '"export" in user.rights',
    'user.rights.exists(r, r == "export") && record.note == "approve"',
    'record.tags.exists(r, r == "approve")',
    '[record.note].exists(user, "approve" in user.rights)',
    'approve in user.rights',
    '"approve" in user.rights &&',
  ])('%s does not', (condition) => {
    expect(conditionTestsRight(condition, 'approve')).toBe(false);
  });

  it('an empty condition tests nothing', () => {
    expect(conditionTestsRight(null, 'approve')).toBe(false);
  });
});
