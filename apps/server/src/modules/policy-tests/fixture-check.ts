// Checks a fixture against the app (roles, rights, attributes, collections, fields) and resolves
// its names to the ids the run will insert, so every problem is found before any row is written.
import { randomBytes, randomUUID } from 'node:crypto';
import { type CollectionDef, type FieldDef, SYSTEM_FIELDS } from '@charter/policy';
import { type AttributeDefinition, attributeValueProblem } from '../app-users/attribute-values.js';
import { recordInputIssues } from '../collections/record-input.js';
import type { FieldRow } from '../data-model/data-model.repository.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { toWritableField } from '../records/record-input-check.js';
import type { FieldExpectation, Fixture, FixtureTest } from './fixture-schema.js';
import { type FixtureIssue, fixtureInvalid, fixtureIssue } from './policy-tests.errors.js';

/** What the check needs to know about the app. */
export interface FixtureModel {
  collections: Readonly<Record<string, CollectionDef>>;
  /** Stored fields per collection key (required flags, defaults, choices). */
  fieldRows: ReadonlyMap<string, readonly FieldRow[]>;
  roleKeys: readonly string[];
  rightKeys: ReadonlySet<string>;
  attributes: readonly AttributeDefinition[];
}

/** A fixture user about to be inserted. */
export interface SeedUser {
  name: string;
  id: string;
  email: string;
  roles: string[];
  rights: string[];
  attributes: Record<string, unknown>;
}

/** A fixture record about to be inserted: values by field name, links already ids. */
export interface SeedRecord {
  collection: string;
  name: string;
  id: string;
  values: Record<string, unknown>;
  createdBy: string | null;
}

/** A test with its names resolved. */
export interface ResolvedTest {
  test: FixtureTest;
  userId: string;
  recordId?: string;
  values?: Record<string, unknown>;
  change?: Record<string, unknown>;
}

/** The fixture, checked and resolved. */
export interface SeedPlan {
  users: SeedUser[];
  records: SeedRecord[];
  tests: ResolvedTest[];
}

const SYSTEM_NAMES = new Set(SYSTEM_FIELDS.map((f) => f.name));

/** Resolves a fixture, or throws POLICY_TEST_INVALID with every problem. */
export function checkFixture(fixture: Fixture, model: FixtureModel): SeedPlan {
  const issues: FixtureIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push(fixtureIssue(path, message));
  const users = checkUsers(fixture, model, add);
  const userIds = new Map(users.map((u) => [u.name, u.id]));
  const recordIds = allocateRecordIds(fixture, model, add);
  const resolver = { userIds, recordIds, add };
  const records: SeedRecord[] = [];
  for (const [collection, byName] of Object.entries(fixture.records)) {
    const def = model.collections[collection];
    if (!def || collection === USERS_COLLECTION_KEY) continue;
    for (const [name, raw] of Object.entries(byName)) {
      const path = ['records', collection, name];
      const { createdBy, ...rest } = raw;
      const values = resolveValues(def, rest, path, resolver);
      checkValues(model, collection, values, path, 'update', add);
      const creator = createdBy === undefined || createdBy === null ? null : userIds.get(String(createdBy));
      if (creator === undefined) add([...path, 'createdBy'], unknownName('user', createdBy, userIds));
      records.push({
        collection,
        name,
        id: recordIds.get(collection)!.get(name)!,
        values,
        createdBy: creator ?? null,
      });
    }
  }
  const tests = fixture.tests.map((test, i) => checkTest(test, ['tests', i], model, resolver));
  if (issues.length > 0) throw fixtureInvalid(issues);
  return { users, records, tests: tests as ResolvedTest[] };
}

type Add = (path: (string | number)[], message: string) => void;

function checkUsers(fixture: Fixture, model: FixtureModel, add: Add): SeedUser[] {
  const nonce = randomBytes(4).toString('hex');
  const emails = new Map<string, string>();
  return Object.entries(fixture.users).map(([name, user]) => {
    const path = ['users', name];
    user.roles.forEach((role, i) => {
      if (!model.roleKeys.includes(role))
        add([...path, 'roles', i], unknownName('role', role, model.roleKeys));
    });
    user.rights.forEach((right, i) => {
      if (!model.rightKeys.has(right)) add([...path, 'rights', i], `unknown right '${right}'`);
    });
    for (const [key, value] of Object.entries(user.attributes)) {
      const definition = model.attributes.find((a) => a.key === key);
      const problem = definition
        ? attributeValueProblem(definition, value)
        : unknownName(
            'attribute',
            key,
            model.attributes.map((a) => a.key),
          );
      if (problem) add([...path, 'attributes', key], problem);
    }
    const email = (user.email ?? `${slug(name)}.${nonce}@policy-test.invalid`).toLowerCase();
    const other = emails.get(email);
    if (other) add([...path, 'email'], `is also the email of user '${other}'`);
    emails.set(email, name);
    return {
      name,
      id: randomUUID(),
      email,
      roles: user.roles,
      rights: user.rights,
      attributes: user.attributes,
    };
  });
}

function allocateRecordIds(fixture: Fixture, model: FixtureModel, add: Add) {
  const ids = new Map<string, Map<string, string>>();
  const known = Object.keys(model.collections).filter((k) => k !== USERS_COLLECTION_KEY);
  for (const [collection, byName] of Object.entries(fixture.records)) {
    if (!model.collections[collection] || collection === USERS_COLLECTION_KEY) {
      const why =
        collection === USERS_COLLECTION_KEY
          ? 'users are listed under `users`, not as records'
          : unknownName('collection', collection, known);
      add(['records', collection], why);
      continue;
    }
    ids.set(collection, new Map(Object.keys(byName).map((name) => [name, randomUUID()])));
  }
  return ids;
}

interface Resolver {
  userIds: ReadonlyMap<string, string>;
  recordIds: ReadonlyMap<string, ReadonlyMap<string, string>>;
  add: Add;
}

// Link values name fixture users or records; the rest pass through to the value checks. A link
// that names nothing is left out (and reported), so the other values are still checked.
function resolveValues(
  def: CollectionDef,
  values: Record<string, unknown>,
  path: (string | number)[],
  r: Resolver,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = def.fields.find((f) => f.name === key);
    if (!field || !isLink(field) || value === null) {
      out[key] = value;
      continue;
    }
    const resolved = resolveLink(field, value, [...path, key], r);
    if (resolved !== undefined) out[key] = resolved;
  }
  return out;
}

function isLink(field: FieldDef): boolean {
  return field.type.startsWith('link');
}

function resolveLink(field: FieldDef, value: unknown, path: (string | number)[], r: Resolver) {
  const toUsers = field.type === 'linkUser' || field.type === 'linkUsers';
  const targets = toUsers ? r.userIds : r.recordIds.get(field.target ?? '');
  const what = toUsers ? 'user' : `${field.target} record`;
  const one = (name: unknown, at: (string | number)[]): string | undefined => {
    const id = typeof name === 'string' ? targets?.get(name) : undefined;
    if (id === undefined) r.add(at, unknownName(what, name, targets ?? new Map()));
    return id;
  };
  const many = field.type === 'linkUsers' || field.type === 'linkMany';
  if (!many) return one(value, path);
  if (!Array.isArray(value)) {
    r.add(path, `expected a list of ${what} names`);
    return undefined;
  }
  const ids = value.map((v, i) => one(v, [...path, i]));
  return ids.every((id) => id !== undefined) ? ids : undefined;
}

// The records API's own value checks; a fixture record need not fill required fields.
function checkValues(
  model: FixtureModel,
  collection: string,
  values: Record<string, unknown>,
  path: (string | number)[],
  mode: 'create' | 'update',
  add: Add,
) {
  const rows = model.fieldRows.get(collection) ?? [];
  for (const issue of recordInputIssues(rows.map(toWritableField), values, mode)) {
    add([...path, issue.field.replace(/^values\./, '')], issue.message);
  }
}

function checkTest(
  test: FixtureTest,
  path: (string | number)[],
  model: FixtureModel,
  r: Resolver,
): ResolvedTest | null {
  const userId = r.userIds.get(test.as);
  if (userId === undefined) r.add([...path, 'as'], unknownName('user', test.as, r.userIds));
  const def = model.collections[test.collection];
  if (!def) {
    r.add(
      [...path, 'collection'],
      unknownName('collection', test.collection, Object.keys(model.collections)),
    );
    return null;
  }
  const usersCollection = test.collection === USERS_COLLECTION_KEY;
  const e = test.expect;
  if (usersCollection && (e.update ?? e.delete ?? e.create ?? e.fields?.updatable) !== undefined)
    r.add([...path, 'expect'], 'the users collection is read-only here: expect only read and fields.visible');
  const resolved: Partial<ResolvedTest> = { test };
  if (test.record !== undefined) {
    const ids = usersCollection ? r.userIds : r.recordIds.get(test.collection);
    resolved.recordId = ids?.get(test.record);
    const what = usersCollection ? 'user' : `${test.collection} record`;
    if (resolved.recordId === undefined)
      r.add([...path, 'record'], unknownName(what, test.record, ids ?? new Map()));
  }
  if (test.values !== undefined) {
    resolved.values = resolveValues(def, test.values, [...path, 'values'], r);
    checkValues(model, test.collection, resolved.values, [...path, 'values'], 'create', r.add);
  }
  if (test.change !== undefined) {
    resolved.change = resolveValues(def, test.change, [...path, 'change'], r);
    checkValues(model, test.collection, resolved.change, [...path, 'change'], 'update', r.add);
  }
  checkFieldNames(def, e.fields?.visible, [...path, 'expect', 'fields', 'visible'], r.add, true);
  checkFieldNames(def, e.fields?.updatable, [...path, 'expect', 'fields', 'updatable'], r.add, false);
  return userId === undefined ? null : ({ ...resolved, userId } as ResolvedTest);
}

function checkFieldNames(
  def: CollectionDef,
  expectation: FieldExpectation | undefined,
  path: (string | number)[],
  add: Add,
  withSystem: boolean,
) {
  if (!expectation) return;
  const names = def.fields.map((f) => f.name);
  const known = withSystem ? [...names, ...SYSTEM_NAMES].filter((n) => n !== 'id') : names;
  const lists = Array.isArray(expectation)
    ? [['', expectation] as const]
    : (['includes', 'excludes'] as const).map((k) => [k, expectation[k] ?? []] as const);
  for (const [key, list] of lists) {
    list.forEach((name, i) => {
      if (!known.includes(name))
        add([...path, ...(key ? [key] : []), i], unknownName(`field of ${def.key}`, name, known));
    });
  }
}

function unknownName(
  what: string,
  name: unknown,
  known: Iterable<string> | ReadonlyMap<string, unknown>,
): string {
  const list = [...(known instanceof Map ? known.keys() : (known as Iterable<string>))].sort();
  return `unknown ${what} '${String(name)}'; expected ${list.length > 0 ? list.join(', ') : '(none)'}`;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'user'
  );
}
