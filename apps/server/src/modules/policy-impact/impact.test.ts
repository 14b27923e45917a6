import { type GrantRule, type Rule, type RuleSet, toStoredCondition } from '@charter/policy';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildImpactScenario, type ImpactScenario, interviewedBy } from '../../../test/fixtures/impact.js';
import { describeDb } from '../../../test/harness/database.js';
import { computeImpact, type Impact, type PolicySnapshot } from './impact.js';
import { loadPolicySnapshot } from './preview.js';

describeDb('computeImpact', (database) => {
  let s: ImpactScenario;
  let other: ImpactScenario;
  let base: PolicySnapshot;

  beforeAll(async () => {
    s = await buildImpactScenario(database(), 'impact');
    // A second app in the same database, with its own users and records: it must never show.
    other = await buildImpactScenario(database(), 'impact-other');
    base = await loadPolicySnapshot(s.ctx.database.db, s.appId);
  });

  const impactOf = (before: PolicySnapshot, after: PolicySnapshot) =>
    computeImpact(s.ctx.database.db, s.appId, before, after, s.ctx.clock.now());
  const withRules = (snapshot: PolicySnapshot, rules: Rule[], roles = snapshot.ruleSet.roles) => ({
    ...snapshot,
    ruleSet: { ...snapshot.ruleSet, rules, roles } satisfies RuleSet,
  });
  const stored = (text: string, collection = 'positions') =>
    toStoredCondition(text, { schema: base.schema.schema, collection });
  const interviewerGrant = () =>
    base.ruleSet.rules.find(
      (r) => r.collection === 'positions' && r.to.roles?.includes('interviewer'),
    ) as GrantRule;
  const emails = (impact: Impact) => impact.users.map((u) => u.email).sort();

  it('reports a change that changes nothing as unchanged, without users or collections', async () => {
    const impact = await impactOf(base, { ...base, ruleSet: { ...base.ruleSet, version: 'x' } });
    expect(impact).toEqual({ unchanged: true, collections: [], users: [] });
  });

  describe('loosening the interviewers\u2019 salary field condition', () => {
    let impact: Impact;
    beforeAll(async () => {
      const grant = interviewerGrant();
      const read = [...(grant.fields?.read ?? []), s.ids.salary!];
      const open: GrantRule = { ...grant, fields: { ...grant.fields, read } };
      const others = base.ruleSet.rules.filter((r) => r !== grant);
      const salaryOnly = (condition: string): Rule => ({
        id: '00000000-0000-4000-8000-00000000f001',
        kind: 'fieldCondition',
        name: 'Salary for interviewers only where …',
        collection: 'positions',
        to: { roles: ['interviewer'] },
        fields: [s.ids.salary!],
        access: 'read',
        condition: stored(condition),
      });
      impact = await impactOf(
        withRules(base, [...others, open, salaryOnly('record.salary > 1000000')]),
        withRules(base, [...others, open, salaryOnly('record.salary > 0')]),
      );
    });

    it('shows interviewers gaining salary on exactly the positions they interview for', () => {
      const interviewed = new Set([
        ...interviewedBy(s, s.melissa.accountId),
        ...interviewedBy(s, s.zoe.accountId),
      ]);
      expect(impact.unchanged).toBe(false);
      expect(impact.collections).toEqual([
        {
          collection: 'positions',
          action: 'read',
          usersGaining: 0,
          usersLosing: 0,
          recordsGaining: 0,
          recordsLosing: 0,
          fields: [
            {
              field: 'salary',
              access: 'read',
              usersGaining: 2,
              usersLosing: 0,
              recordsGaining: interviewed.size,
              recordsLosing: 0,
            },
          ],
        },
      ]);
      expect(interviewed.size).toBe(3);
    });

    it('says per user what they gain, and nothing about anyone else', () => {
      const melissa = interviewedBy(s, s.melissa.accountId).length;
      const zoe = interviewedBy(s, s.zoe.accountId).length;
      expect(impact.users).toEqual([
        {
          userId: s.melissa.accountId,
          email: s.melissa.email,
          gains: [`gains read of positions.salary on ${melissa} records`],
          losses: [],
          changes: [{ collection: 'positions', action: 'read', field: 'salary', gained: melissa, lost: 0 }],
        },
        {
          userId: s.zoe.accountId,
          email: s.zoe.email,
          gains: [`gains read of positions.salary on ${zoe} records`],
          losses: [],
          changes: [{ collection: 'positions', action: 'read', field: 'salary', gained: zoe, lost: 0 }],
        },
      ]);
      expect(emails(impact)).not.toContain(s.andy.email);
      expect(emails(impact)).not.toContain(s.admin.email);
    });
  });

  it('shows the interviewers losing the records a removed grant gave them', async () => {
    const grant = interviewerGrant();
    const impact = await impactOf(
      base,
      withRules(
        base,
        base.ruleSet.rules.filter((r) => r !== grant),
      ),
    );
    const lost = new Set([...interviewedBy(s, s.melissa.accountId), ...interviewedBy(s, s.zoe.accountId)]);
    const positions = impact.collections.filter((c) => c.collection === 'positions');
    expect(positions.map((c) => c.action)).toEqual(['read', 'update']);
    for (const c of positions) {
      expect(c).toMatchObject({
        usersGaining: 0,
        usersLosing: 2,
        recordsGaining: 0,
        recordsLosing: lost.size,
      });
    }
    expect(impact.collections.some((c) => c.collection === 'candidates')).toBe(false);
    const melissa = impact.users.find((u) => u.userId === s.melissa.accountId);
    const count = interviewedBy(s, s.melissa.accountId).length;
    expect(melissa?.gains).toEqual([]);
    expect(melissa?.losses).toEqual([
      `loses read on ${count} positions records`,
      `loses update on ${count} positions records`,
    ]);
    expect(emails(impact)).toEqual([s.melissa.email, s.zoe.email].sort());
  });

  it('builds each side\u2019s principals from that side\u2019s roles (Access All Data)', async () => {
    const roles = base.ruleSet.roles.map((r) => (r.key === 'interviewer' ? { ...r, allData: true } : r));
    const impact = await impactOf(base, withRules(base, [...base.ruleSet.rules], roles));
    const all = Object.keys(s.positions).length;
    const read = impact.collections.find((c) => c.collection === 'positions' && c.action === 'read');
    // Only the Backend Engineer position was open to both interviewers already.
    expect(read).toMatchObject({ usersGaining: 2, recordsGaining: all - 1, usersLosing: 0 });
    const zoe = impact.users.find((u) => u.userId === s.zoe.accountId);
    expect(zoe?.gains).toContain(
      `gains read on ${all - interviewedBy(s, s.zoe.accountId).length} positions records`,
    );
    expect(zoe?.gains).toContain(
      `gains read of positions.salary on ${interviewedBy(s, s.zoe.accountId).length} records`,
    );
    const created = impact.collections.find((c) => c.collection === 'positions' && c.action === 'create');
    expect(created?.usersGaining).toBe(2);
  });

  it('never counts another app\u2019s users or records', async () => {
    const impact = await impactOf(base, withRules(base, []));
    const ids = new Set(impact.users.map((u) => u.userId));
    for (const person of [other.admin, other.andy, other.melissa, other.zoe]) {
      expect(ids.has(person.accountId)).toBe(false);
    }
    expect(emails(impact)).toEqual([s.andy.email, s.melissa.email, s.zoe.email].sort());
    const read = impact.collections.find((c) => c.collection === 'positions' && c.action === 'read');
    // Andy's two, plus what the interviewers saw: never more than this app's five positions.
    expect(read?.recordsLosing).toBe(4);
  });
});
