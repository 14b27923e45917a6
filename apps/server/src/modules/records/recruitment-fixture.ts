// The Noloco recruitment app, built through the API, with its data rules stored as the rules API will.
import { toStoredCondition } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { insertCompany, insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/database.js';
import { loadAppSchema } from '../collections/app-schema.js';

/** The built app: people, ids, and URL helpers. */
export interface Recruitment {
  app: FastifyInstance;
  ctx: AppContext;
  admin: Person;
  andy: Person;
  melissa: Person;
  member: Person;
  appId: string;
  ids: Record<string, string>;
  records: (collection: string) => string;
}

/** A data rule to store, with its condition in display form. */
export type FixtureRule = {
  collection: string;
  roles: string[];
  actions: string[];
  condition: string;
  fields?: object;
  kind?: 'grant' | 'fieldCondition';
  access?: 'read' | 'write';
};

const POSITION_FIELDS = [
  { name: 'title', type: 'text', required: true },
  { name: 'department', type: 'singleSelect', options: ['Engineering', 'Sales'] },
  { name: 'salary', type: 'decimal' },
  { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'], default: 'draft' },
  { name: 'hiringManager', type: 'linkUser' },
  { name: 'interviewers', type: 'linkUsers' },
];
const CANDIDATE_FIELDS = [
  { name: 'name', type: 'text', required: true },
  { name: 'email', type: 'email', unique: true },
  { name: 'position', type: 'linkOne', target: 'positions' },
  { name: 'stage', type: 'singleSelect', options: ['applied', 'interview', 'offer'] },
  { name: 'review', type: 'longText' },
];

/** Creates the company, the app, its two collections, roles, users and rules. */
export async function buildRecruitment(database: Database, tag: string): Promise<Recruitment> {
  const { app, ctx } = await createTestApp(database);
  await app.ready();
  const admin = await signUp(app, ctx, `admin@${tag}.test`, 'Team Admin');
  const andy = await signUp(app, ctx, `andy@${tag}.test`, 'Andy');
  const melissa = await signUp(app, ctx, `melissa@${tag}.test`, 'Melissa');
  const member = await signUp(app, ctx, `member@${tag}.test`, 'Member');
  const companyId = await insertCompany(ctx, 'Acme', admin.accountId);
  await insertMember(ctx, companyId, member.accountId, []);
  const created = async (path: string, body: object) => {
    const res = await admin.client.post(path, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const appId = (await created(`/api/companies/${companyId}/apps`, { name: 'Recruitment' })).app.id as string;
  const base = `/api/apps/${appId}`;
  const ids: Record<string, string> = {};
  for (const [key, fields] of [
    ['positions', POSITION_FIELDS],
    ['candidates', CANDIDATE_FIELDS],
  ] as const) {
    ids[key] = (await created(`${base}/collections`, { key, name: key })).id;
    for (const f of fields) ids[f.name] = (await created(`${base}/collections/${key}/fields`, f)).id;
  }
  for (const [key, name] of [
    ['hiring_manager', 'Hiring Manager'],
    ['interviewer', 'Interviewer'],
  ]) {
    // Both pass the data gate: the rules below decide what they see.
    await created(`${base}/roles`, { key, name, rights: ['app.data.read', 'app.data.edit'] });
  }
  await created(`${base}/users`, { email: andy.email, roles: ['hiring_manager'] });
  await created(`${base}/users`, { email: melissa.email, roles: ['interviewer'] });
  await insertRules(ctx, appId, ids, recruitmentRules(ids));
  return {
    app,
    ctx,
    admin,
    andy,
    melissa,
    member,
    appId,
    ids,
    records: (c) => `${base}/collections/${c}/records`,
  };
}

function recruitmentRules(ids: Record<string, string>): FixtureRule[] {
  const withoutSalary = ['title', 'department', 'status', 'hiringManager', 'interviewers'].map(
    (n) => ids[n]!,
  );
  return [
    {
      collection: 'positions',
      roles: ['hiring_manager'],
      actions: ['read', 'update'],
      condition: 'record.hiringManager == user.id',
    },
    {
      collection: 'positions',
      roles: ['interviewer'],
      actions: ['read', 'update'],
      condition: 'user.id in record.interviewers',
      fields: { read: withoutSalary, update: withoutSalary },
    },
    {
      collection: 'candidates',
      roles: ['hiring_manager'],
      actions: ['read', 'update', 'create'],
      condition: 'record.position.hiringManager == user.id',
    },
    {
      collection: 'candidates',
      roles: ['interviewer'],
      actions: ['read'],
      condition: 'user.id in record.position.interviewers',
    },
  ];
}

// Stored like the rules API stores them (conditions by field id); the policy version moves with them.
export async function insertRules(
  ctx: AppContext,
  appId: string,
  ids: Record<string, string>,
  rules: FixtureRule[],
) {
  const { schema } = await loadAppSchema(ctx.database.db, appId);
  for (const [i, r] of rules.entries()) {
    await ctx.database.db
      .insertInto('data_rule')
      .values({
        app_id: appId,
        collection_id: ids[r.collection]!,
        kind: r.kind ?? 'grant',
        name: `rule ${i}`,
        to: JSON.stringify({ roles: r.roles }),
        actions: r.actions,
        condition: toStoredCondition(r.condition, { schema, collection: r.collection }),
        fields: r.fields ? JSON.stringify(r.fields) : null,
        access: r.access ?? null,
      })
      .execute();
  }
  await ctx.database.db
    .updateTable('application')
    .set({ policy_version: sql<string>`policy_version + 1` })
    .where('id', '=', appId)
    .execute();
  // Written behind the API's back: wait, as a request that changes access does, until this node
  // has heard of the change, so the next request reads the new rules and not a cached set.
  await ctx.database.changes.settle();
}
