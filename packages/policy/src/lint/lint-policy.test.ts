import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import type { GrantRule, Rule, RuleSet } from '../model/rule-set.js';
import { lintPolicy } from './lint-policy.js';
import type { LintCode } from './types.js';

const roles: RuleSet['roles'] = [
  { key: 'admin', name: 'Admin', internal: true, builder: true, allData: true, rights: [] },
  { key: 'manager', name: 'Manager', internal: true, builder: false, allData: false, rights: [] },
  { key: 'client', name: 'Client', internal: false, builder: false, allData: false, rights: [] },
];
const everyoneHasMembers = { admin: 1, manager: 2, client: 3 };

let next = 0;
const grant = (over: Partial<GrantRule> = {}): Rule => ({
  id: `r${++next}`,
  name: 'Managers read positions',
  kind: 'grant',
  collection: 'positions',
  to: { roles: ['manager'] },
  actions: ['read'],
  ...over,
});

function lint(rules: Rule[], members: Record<string, number> = everyoneHasMembers) {
  return lintPolicy({
    schema: recruitmentSchema,
    ruleSet: { version: 'v1', roles, collections: {}, rules },
    members,
  });
}
const codes = (rules: Rule[], code: LintCode, members?: Record<string, number>) =>
  lint(rules, members).filter((w) => w.code === code);

describe('lintPolicy', () => {
  it('finds nothing in a plain, sensible rule set', () => {
    expect(lint([grant({ condition: 'record.hiringManager == user.id' })])).toEqual([]);
  });

  describe('OPEN_TO_EVERYONE', () => {
    const open = (over: Partial<GrantRule>) =>
      grant({ collection: 'users', to: { audience: 'everyone' }, name: 'All users', ...over });

    it('warns about a grant without a condition to everyone on the users collection', () => {
      const [w, ...rest] = codes([open({})], 'OPEN_TO_EVERYONE');
      expect(rest).toEqual([]);
      expect(w).toMatchObject({ severity: 'warning', collection: 'users', ruleId: expect.any(String) });
      expect(w?.message).toContain('every signed-in user');
    });

    it('warns when the condition folds to true, and for anonymous visitors', () => {
      expect(codes([open({ condition: '1 < 2 || record.name == "x"' })], 'OPEN_TO_EVERYONE')).toHaveLength(1);
      const anon = codes([open({ to: { audience: 'anonymous' } })], 'OPEN_TO_EVERYONE');
      expect(anon[0]?.message).toContain('not signed in');
    });

    it('does not warn with a real condition, on a collection without personal data, or to a role', () => {
      expect(codes([open({ condition: 'record.id == user.id' })], 'OPEN_TO_EVERYONE')).toEqual([]);
      expect(codes([open({ collection: 'positions' })], 'OPEN_TO_EVERYONE')).toEqual([]);
      expect(codes([open({ to: { roles: ['client'] } })], 'OPEN_TO_EVERYONE')).toEqual([]);
      expect(codes([open({ to: { audience: 'internal' } })], 'OPEN_TO_EVERYONE')).toEqual([]);
    });

    it('only notes it when a guard on the whole audience narrows every action', () => {
      const guard: Rule = {
        id: 'own',
        name: 'Own row',
        kind: 'guard',
        collection: 'users',
        to: { audience: 'everyone' },
        actions: ['read'],
        condition: 'record.id == user.id',
      };
      expect(codes([open({}), guard], 'OPEN_TO_EVERYONE')[0]?.severity).toBe('info');
      const partial = codes([open({ actions: ['read', 'update'] }), guard], 'OPEN_TO_EVERYONE');
      expect(partial[0]?.severity).toBe('warning');
    });
  });

  describe('NEVER_MATCHES', () => {
    it.each([
      ['a false constant', 'false'],
      ['a constant comparison', '1 > 2 && record.title == "x"'],
      ['one field equal to two values', 'record.status == "open" && record.status == "closed"'],
      ['an empty range', 'record.salary > 10 && record.salary < 5'],
      ['a condition and its negation', 'record.public && !record.public'],
      ['a choice the select field does not have', 'record.status == "Open" && record.salary > 10'],
    ])('warns about %s', (_, condition) => {
      const found = codes([grant({ condition })], 'NEVER_MATCHES');
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toContain('never true');
    });

    it.each([
      ['either of two values', 'record.status == "open" || record.status == "closed"'],
      ['a non-empty range', 'record.salary > 5 && record.salary < 10'],
      ['a touching, inclusive range', 'record.salary >= 5 && record.salary <= 5'],
      ['two different fields', 'record.status == "open" && record.department == "closed"'],
      [
        'a choice it has, or a choice it lacks as one option of several',
        'record.status == "open" || record.status == "Open"',
      ],
    ])('does not warn about %s', (_, condition) => {
      expect(codes([grant({ condition })], 'NEVER_MATCHES')).toEqual([]);
    });

    it('warns about a rule that does not compile, and one naming only missing roles', () => {
      const broken = codes([grant({ condition: 'record.bogus == 1' })], 'NEVER_MATCHES');
      expect(broken[0]?.message).toContain('does not compile');
      const nobody = codes([grant({ to: { roles: ['ghost'] } })], 'NEVER_MATCHES');
      expect(nobody[0]?.message).toContain('ghost');
      expect(codes([grant({ to: { roles: ['ghost', 'client'] } })], 'NEVER_MATCHES')).toEqual([]);
    });

    it('explains what an always-false guard closes', () => {
      const guard: Rule = {
        id: 'g',
        name: 'Closed',
        kind: 'guard',
        collection: 'positions',
        to: { audience: 'everyone' },
        actions: ['read', 'delete'],
        condition: 'record.salary < 0 && record.salary > 0',
      };
      expect(codes([grant(), guard], 'NEVER_MATCHES')[0]?.message).toContain('closes read, delete');
    });
  });

  describe('ROLE_WITHOUT_MEMBERS', () => {
    it('notes each role nobody holds, with the rules that name it', () => {
      const found = codes([grant()], 'ROLE_WITHOUT_MEMBERS', { admin: 1, manager: 0 });
      expect(found.map((w) => [w.role, w.severity])).toEqual([
        ['manager', 'info'],
        ['client', 'info'],
      ]);
      expect(found[0]?.message).toContain('1 rule naming it');
    });

    it('says nothing about roles with members', () => {
      expect(codes([grant()], 'ROLE_WITHOUT_MEMBERS')).toEqual([]);
    });
  });

  describe('FIELD_UNREADABLE', () => {
    const titleOnly = grant({ fields: { read: ['title', 'status'] } });

    it('notes fields of an opened collection that no read grant lists', () => {
      const found = codes([titleOnly], 'FIELD_UNREADABLE');
      expect(found.map((w) => w.field)).toContain('salary');
      expect(found.map((w) => w.field)).not.toContain('title');
      expect(found.every((w) => w.collection === 'positions')).toBe(true);
      // Candidates are opened by no rule at all: that is a choice, not an oversight.
      expect(found.some((w) => w.collection === 'candidates')).toBe(false);
    });

    it('does not check a collection that only shadowed or never-true grants open', () => {
      const shadowed = grant({ to: { roles: ['admin'] }, fields: { read: ['title'] } });
      const never = grant({ condition: 'false', fields: { read: ['title'] } });
      expect(codes([shadowed, never], 'FIELD_UNREADABLE')).toEqual([]);
    });

    it('counts a field another role may read as readable', () => {
      const clients = grant({ to: { roles: ['client'] }, fields: { read: ['salary'] } });
      const fields = codes([titleOnly, clients], 'FIELD_UNREADABLE').map((w) => w.field);
      expect(fields).not.toContain('salary');
      expect(fields).toContain('budget');
    });

    it('counts a field closed by an always-false field condition as unreadable', () => {
      const closed: Rule = {
        id: 'fc',
        name: 'No salary',
        kind: 'fieldCondition',
        collection: 'positions',
        to: { audience: 'everyone' },
        fields: ['salary'],
        access: 'read',
        condition: 'false',
      };
      expect(codes([grant(), closed], 'FIELD_UNREADABLE').map((w) => w.field)).toEqual(['salary']);
      const sometimes = { ...closed, condition: 'record.status == "open"' };
      expect(codes([grant(), sometimes], 'FIELD_UNREADABLE')).toEqual([]);
    });
  });

  describe('SHADOWED_BY_ALL_DATA', () => {
    it('warns about a rule that names only Access All Data roles', () => {
      const found = codes([grant({ to: { roles: ['admin'] } })], 'SHADOWED_BY_ALL_DATA');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', collection: 'positions' });
    });

    it('does not warn when the rule also names another role or an audience', () => {
      expect(codes([grant({ to: { roles: ['admin', 'manager'] } })], 'SHADOWED_BY_ALL_DATA')).toEqual([]);
      expect(
        codes([grant({ to: { roles: ['admin'], audience: 'internal' } })], 'SHADOWED_BY_ALL_DATA'),
      ).toEqual([]);
    });
  });
});
