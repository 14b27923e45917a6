import { describe, expect, it } from 'vitest';
import { recruitmentSchema } from '../../test/fixtures/recruitment.js';
import { buildPrincipal } from '../model/principal.js';
import type { RuleSet } from '../model/rule-set.js';
import { createPolicyEngine } from '../plan/policy-engine.js';
import { relationPaths } from './relation-paths.js';

function pathsFor(condition: string, collection = 'candidates', mask?: string) {
  const ruleSet: RuleSet = {
    version: '1',
    roles: [{ key: 's', name: 's', internal: true, builder: false, allData: false, rights: [] }],
    collections: {},
    rules: [
      { id: 'g', name: 'g', kind: 'grant', collection, to: { roles: ['s'] }, actions: ['read'], condition },
      ...(mask
        ? [
            {
              id: 'f',
              name: 'f',
              kind: 'fieldCondition' as const,
              collection,
              to: { roles: ['s'] },
              fields: ['fld_cand_review'],
              access: 'read' as const,
              condition: mask,
            },
          ]
        : []),
    ],
  };
  const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
  const principal = buildPrincipal({ id: '00000000-0000-4000-8000-000000000001', roles: ['s'] }, ruleSet);
  return relationPaths(engine.planAccess(principal, 'read', collection));
}

describe('relationPaths', () => {
  it('needs nothing loaded for links compared by id', () => {
    expect(
      pathsFor('record.position == "00000000-0000-4000-8000-000000000009" && record.position.id != null'),
    ).toEqual([]);
  });

  it('lists links read through, and relations enumerated with their items', () => {
    expect(pathsFor('record.position.hiringManager == user.id')).toEqual([['position']]);
    expect(pathsFor('record.position.interviewers.exists(i, i.department == "eng")')).toEqual([
      ['position'],
      ['position', 'interviewers'],
    ]);
    expect(pathsFor('user.id in record.position.interviewers')).toEqual([['position']]);
  });

  it('includes the paths of field masks', () => {
    expect(pathsFor('true', 'candidates', 'record.position.title == "x"')).toEqual([['position']]);
  });
});
