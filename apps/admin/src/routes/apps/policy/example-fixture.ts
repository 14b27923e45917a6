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
    // Without the roles (a reader of rules need not read roles), the users are left to write.
    ...(users.length > 0 ? ['users:', ...users] : ['users: {}']),
  ];
  if (!collection) {
    lines.push('', 'tests: []', '# Create a collection in the data model, then add records and tests here.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('', 'records:', `  ${collection.key}:`, ...exampleRecord(collection), '', 'tests:');
  const admin = roles.find((r) => r.allData);
  if (admin)
    lines.push(
      `  - name: ${JSON.stringify(`${admin.name} sees every ${collection.name} record`)}`,
      `    as: ${admin.key}_user`,
      `    collection: ${collection.key}`,
      '    record: example',
      '    expect: { read: allow, update: allow, delete: allow }',
    );
  const plain = roles.find((r) => r.key === 'user');
  if (plain)
    lines.push(
      `  - name: ${JSON.stringify(`a plain ${plain.name} sees no ${collection.name} record unless a rule grants it`)}`,
      `    as: ${plain.key}_user`,
      `    collection: ${collection.key}`,
      '    record: example',
      '    expect: { read: deny, delete: deny }',
    );
  return `${lines.join('\n')}\n`;
}

// A required field without a default may not be left empty: give it a value of its type. Links
// are left to the builder (they name other fixture records or users).
const SAMPLE: Partial<Record<Collection['fields'][number]['type'], unknown>> = {
  text: 'Example',
  longText: 'Example',
  integer: 1,
  decimal: 1,
  boolean: false,
  date: '2026-01-01',
  datetime: '2026-01-01T09:00:00Z',
  email: 'example@policy-test.invalid',
  url: 'https://example.test',
  json: {},
};

function exampleRecord(collection: Collection): string[] {
  const values = collection.fields.flatMap((f) => {
    if (!f.required || (f.default !== null && f.default !== undefined) || f.system) return [];
    const options = (f.options ?? []) as unknown[];
    const first = options.length > 0 ? optionValue(options[0]) : undefined;
    const value =
      f.type === 'singleSelect'
        ? first
        : f.type === 'multiSelect'
          ? first === undefined
            ? undefined
            : [first]
          : SAMPLE[f.type];
    return value === undefined ? [] : [`${f.name}: ${JSON.stringify(value)}`];
  });
  return values.length === 0 ? ['    example: {}'] : ['    example:', ...values.map((v) => `      ${v}`)];
}

function optionValue(option: unknown): unknown {
  return typeof option === 'object' && option !== null && 'value' in option
    ? (option as { value: unknown }).value
    : option;
}
