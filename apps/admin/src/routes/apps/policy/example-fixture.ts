// The fixture a new permission-test screen starts from. The recruitment demo gets the project's
// own fixture, which passes with every rule covered; any other app gets a skeleton built from its
// roles and collections that runs as it is and shows the format.
import recruitmentFixture from '../../../../../server/policy-tests/recruitment.yaml?raw';
import type { Collection } from '../../../api/data-model.js';
import type { Role } from '../../../api/roles.js';

/** Whether the app has the recruitment demo's shape, so its fixture fits. */
function isRecruitment(roles: readonly Role[], collections: readonly Collection[]): boolean {
  const keys = new Set(collections.map((c) => c.key));
  const roleKeys = new Set(roles.map((r) => r.key));
  return keys.has('positions') && keys.has('candidates') && roleKeys.has('interviewer');
}

/** An example fixture for the app. */
export function exampleFixture(
  appName: string,
  roles: readonly Role[],
  collections: readonly Collection[],
): string {
  if (isRecruitment(roles, collections)) return recruitmentFixture;
  const users = roles.map((r) => `  ${r.key}_user: { roles: [${r.key}] }`);
  const collection = collections.find((c) => c.system !== 'users');
  const lines = [
    '# Permission tests: who may do what with which record. Every user and record below',
    '# exists only while the run lasts. Format: docs/permission-tests.md',
    `app: ${JSON.stringify(appName)}`,
    '',
    'users:',
    ...users,
  ];
  if (!collection) {
    lines.push('', 'tests: []', '# Create a collection in the data model, then add records and tests here.');
    return `${lines.join('\n')}\n`;
  }
  // Required fields may be left out of a fixture record, so an empty record always seeds.
  lines.push('', 'records:', `  ${collection.key}:`, '    example: {}', '', 'tests:');
  const admin = roles.find((r) => r.allData);
  if (admin)
    lines.push(
      `  - name: ${admin.name} sees every ${collection.name} record`,
      `    as: ${admin.key}_user`,
      `    collection: ${collection.key}`,
      '    record: example',
      '    expect: { read: allow, update: allow, delete: allow }',
    );
  const plain = roles.find((r) => r.key === 'user');
  if (plain)
    lines.push(
      `  - name: a plain ${plain.name} sees no ${collection.name} record unless a rule grants it`,
      `    as: ${plain.key}_user`,
      `    collection: ${collection.key}`,
      '    record: example',
      '    expect: { read: deny, delete: deny }',
    );
  return `${lines.join('\n')}\n`;
}
