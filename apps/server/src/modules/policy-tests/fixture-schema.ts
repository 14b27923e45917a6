// The permission-test fixture as builders write it (YAML or JSON), and its structural check.
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { type FixtureIssue, fixtureInvalid } from './policy-tests.errors.js';

const name = z.string().trim().min(1).max(200);
const names = z.array(name).max(200);
const verdict = z.enum(['allow', 'deny']);

/** A field expectation: the exact list, or what it must include and exclude. */
const fieldExpectation = z.union([
  names,
  z.strictObject({ includes: names.optional(), excludes: names.optional() }),
]);

const fixtureUser = z.strictObject({
  /** Role keys. */
  roles: names.default([]),
  /** Direct rights (custom rights or backoffice rights), added to the roles' rights. */
  rights: names.default([]),
  attributes: z.record(z.string(), z.unknown()).default({}),
  /** Default: a fresh address of the run, so no real account is touched. */
  email: z.email().optional(),
});

/** Field values by field name; links name fixture records (or users), `createdBy` a fixture user. */
const recordValues = z.record(z.string(), z.unknown());

const expectations = z.strictObject({
  read: verdict.optional(),
  update: verdict.optional(),
  delete: verdict.optional(),
  create: verdict.optional(),
  fields: z
    .strictObject({ visible: fieldExpectation.optional(), updatable: fieldExpectation.optional() })
    .optional(),
});

const fixtureTest = z
  .strictObject({
    name,
    as: name,
    collection: name,
    /** The record the test reads, updates or deletes. */
    record: name.optional(),
    /** The new record of a create test. */
    values: recordValues.optional(),
    /** A concrete update: the real write path decides (before and after, changed fields). */
    change: recordValues.optional(),
    expect: expectations,
  })
  .superRefine((test, issue) => {
    const e = test.expect;
    const onRecord = e.read ?? e.update ?? e.delete ?? e.fields;
    if (test.values === undefined && test.record === undefined)
      issue.addIssue({
        code: 'custom',
        message: 'give `record` (to read, update, delete) or `values` (to create)',
      });
    if (test.values !== undefined && test.record !== undefined)
      issue.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'a test has `record` or `values`, not both',
      });
    if (test.values !== undefined && e.create === undefined)
      issue.addIssue({ code: 'custom', path: ['expect'], message: '`values` needs `expect.create`' });
    if (test.values !== undefined && onRecord !== undefined)
      issue.addIssue({
        code: 'custom',
        path: ['expect'],
        message: 'a create test expects only `create`; read, update, delete and fields need `record`',
      });
    if (test.record !== undefined && e.create !== undefined)
      issue.addIssue({
        code: 'custom',
        path: ['expect', 'create'],
        message: 'create needs `values`, not `record`',
      });
    if (test.change !== undefined && e.update === undefined)
      issue.addIssue({ code: 'custom', path: ['change'], message: '`change` needs `expect.update`' });
    if (Object.values(e).every((v) => v === undefined))
      issue.addIssue({
        code: 'custom',
        path: ['expect'],
        message: 'expect at least one of read, update, delete, create, fields',
      });
  });

const MAX_USERS = 500;
const MAX_RECORDS = 2000;
const MAX_TESTS = 2000;

/** A whole fixture. */
export const fixtureSchema = z
  .strictObject({
    /** The app's id or name: the fixture then runs on that app only (the CLI's `--app` may be left out). */
    app: z.string().optional(),
    users: z.record(name, fixtureUser).default({}),
    records: z.record(name, z.record(name, recordValues)).default({}),
    tests: z.array(fixtureTest).min(1).max(MAX_TESTS),
  })
  .superRefine((fixture, issue) => {
    // A run holds one transaction open: its size is bounded like a request body.
    if (Object.keys(fixture.users).length > MAX_USERS)
      issue.addIssue({ code: 'custom', path: ['users'], message: `at most ${MAX_USERS} users` });
    const records = Object.values(fixture.records).reduce((n, byName) => n + Object.keys(byName).length, 0);
    if (records > MAX_RECORDS)
      issue.addIssue({ code: 'custom', path: ['records'], message: `at most ${MAX_RECORDS} records` });
  });

export type Fixture = z.infer<typeof fixtureSchema>;
export type FixtureTest = Fixture['tests'][number];
export type FixtureUser = Fixture['users'][string];
export type FieldExpectation = z.infer<typeof fieldExpectation>;
export type Verdict = z.infer<typeof verdict>;

/** Reads fixture text: YAML (JSON is YAML too); a syntax error names its line. */
export function parseFixtureText(text: string): unknown {
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0];
    const where = line ? `line ${line.line}, column ${line.col}` : '(document)';
    throw fixtureInvalid([{ location: 'body', field: where, message: firstLine(error.message) }]);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** Checks the fixture's shape; every problem is named by its path (`tests.3.expect.read`). */
export function parseFixture(input: unknown): Fixture {
  const parsed = fixtureSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: FixtureIssue[] = parsed.error.issues.map((i) => ({
    location: 'body',
    field: i.path.map(String).join('.') || '(fixture)',
    message: i.message,
  }));
  throw fixtureInvalid(issues);
}
