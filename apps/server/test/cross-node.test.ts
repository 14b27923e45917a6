import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LEASE_MS, LISTENER_NAME } from '../src/db/change-feed.js';
import { type Database, openPostgres } from '../src/db/database.js';
import { buildRecruitment, type Recruitment } from './fixtures/recruitment.js';
import { makePlatformRole, strongPassword } from './harness/accounts.js';
import { createPostgresTestDatabase } from './harness/database.js';
import { type Started, start } from './harness/process.js';
import { TcpProxy } from './harness/tcp-proxy.js';

// Node A runs in this process; node B is a real Charter process on the same PostgreSQL database,
// connected through a proxy so that its listening connection alone can be stalled.
const TRIALS = 15;
// Reads sent to B at once, as soon as A has answered the change.
const READS_AFTER = 3;

/** What Melissa's list of positions looks like from a node: the status and what it shows. */
type Answer = string;
const SEES_HER_POSITIONS = '200 with 2 positions';

interface Change {
  name: string;
  /** What Melissa gets once the change is in force. */
  after: Answer;
  apply(): Promise<void>;
  revert(): Promise<void>;
}

describe.runIf(inject('postgresTemplate'))(
  'a change made through one node, read on another [postgres]',
  {
    timeout: 120_000,
  },
  () => {
    let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
    let proxy: TcpProxy;
    let database: Database;
    let r: Recruitment;
    let nodeB: Started;
    let cwd: string;
    let interviewerRule: string;

    beforeAll(async () => {
      created = await createPostgresTestDatabase();
      const target = new URL(created.url);
      proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
      database = openPostgres(created.url, 4);
      r = await buildRecruitment(database, 'nodes');
      for (const title of ['Backend Engineer', 'Frontend Engineer', 'Sales Lead']) {
        const interviewers = title === 'Sales Lead' ? [] : [r.melissa.accountId];
        const res = await r.admin.client.post(r.records('positions'), { values: { title, interviewers } });
        expect(res.statusCode, res.body).toBe(201);
      }
      await makePlatformRole(r.ctx, r.admin.accountId, 'admin');
      const rules = await r.admin.client.get(`/api/apps/${r.appId}/rules?collection=positions`);
      expect(rules.statusCode, rules.body).toBe(200);
      const found = (rules.json().items as { id: string; to: { roles?: string[] } }[]).find((rule) =>
        rule.to.roles?.includes('interviewer'),
      );
      interviewerRule = found!.id;

      cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-node-b-'));
      nodeB = await start(
        { DATABASE_URL: proxy.rewrite(created.url), CHARTER_SECRET: 'test-secret-test-secret-test-secret!' },
        cwd,
      );
    });

    afterAll(async () => {
      proxy?.resume();
      nodeB?.child.kill('SIGTERM');
      await nodeB?.exited;
      await r?.app.close();
      await database?.close();
      await proxy?.close();
      await created?.drop();
      if (cwd) await fs.rm(cwd, { recursive: true, force: true });
    });

    /** Melissa's list of positions, asked of node B with her browser's cookie. */
    const readOnB = async (): Promise<Answer> => {
      const res = await fetch(`${nodeB.url}/api/apps/${r.appId}/collections/positions/records`, {
        headers: { cookie: r.melissa.client.cookieHeader() },
      });
      const body = (await res.json()) as { items?: unknown[]; error?: { code: string } };
      return res.ok
        ? `${res.status} with ${body.items?.length} positions`
        : `${res.status} ${body.error?.code}`;
    };

    const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
      const answered = await res;
      expect(answered.statusCode, answered.body).toBeLessThan(300);
    };

    const app = () => `/api/apps/${r.appId}`;
    const changes = (): Change[] => [
      {
        name: 'role removal',
        after: '403 FORBIDDEN',
        apply: () =>
          ok(
            r.admin.client.put(`${app()}/users/${r.melissa.accountId}/permissions`, {
              roles: [],
              directRights: [],
            }),
          ),
        revert: () =>
          ok(
            r.admin.client.put(`${app()}/users/${r.melissa.accountId}/permissions`, {
              roles: ['interviewer'],
              directRights: [],
            }),
          ),
      },
      {
        name: 'right removal',
        after: '403 FORBIDDEN',
        apply: () => ok(r.admin.client.patch(`${app()}/roles/interviewer`, { rights: ['app.data.edit'] })),
        revert: () =>
          ok(
            r.admin.client.patch(`${app()}/roles/interviewer`, {
              rights: ['app.data.read', 'app.data.edit'],
            }),
          ),
      },
      {
        name: 'rule change',
        after: '200 with 0 positions',
        apply: () => ok(r.admin.client.patch(`${app()}/rules/${interviewerRule}`, { condition: 'false' })),
        revert: () =>
          ok(
            r.admin.client.patch(`${app()}/rules/${interviewerRule}`, {
              condition: 'user.id in record.interviewers',
            }),
          ),
      },
      {
        name: 'app-user suspension',
        after: '403 APP_ACCESS_SUSPENDED',
        apply: () =>
          ok(r.admin.client.patch(`${app()}/users/${r.melissa.accountId}`, { status: 'suspended' })),
        revert: () => ok(r.admin.client.patch(`${app()}/users/${r.melissa.accountId}`, { status: 'active' })),
      },
      {
        name: 'account suspension',
        after: '401 UNAUTHENTICATED',
        apply: () => ok(r.admin.client.post(`/api/admin/accounts/${r.melissa.accountId}/suspend`)),
        revert: async () => {
          await ok(r.admin.client.post(`/api/admin/accounts/${r.melissa.accountId}/reactivate`));
          // Suspension ended her sessions: she signs in again, through node A.
          await ok(
            r.melissa.client.post('/api/auth/login', {
              email: r.melissa.email,
              password: strongPassword(r.melissa.email),
            }),
          );
        },
      },
    ];

    it('is in force on the other node for every request sent after the answer, both ways', async () => {
      const stale: string[] = [];
      let trials = 0;
      for (const change of changes()) {
        for (let trial = 0; trial < TRIALS; trial++) {
          for (const [step, expected] of [
            ['apply', change.after],
            ['revert', SEES_HER_POSITIONS],
          ] as const) {
            // B has the old answer cached: it answered the same question a moment ago.
            expect(await readOnB()).not.toBe(expected);
            await change[step]();
            trials++;
            const answers = await Promise.all(Array.from({ length: READS_AFTER }, readOnB));
            for (const answer of answers) {
              if (answer !== expected) stale.push(`${change.name} (${step}), trial ${trial}: ${answer}`);
            }
          }
        }
      }
      expect(trials).toBe(changes().length * TRIALS * 2);
      expect(stale).toEqual([]);
    });

    /** B's listening connections, as the proxy carries them (a stalled one stays open at the server). */
    const listenersOfB = async () => {
      const { rows } = await database.pool.query<{ port: number }>(
        'select client_port as port from pg_stat_activity where application_name = $1 and datname = current_database()',
        [LISTENER_NAME],
      );
      const ports = new Set(rows.map((row) => row.port));
      return [...proxy.connections].filter((c) => c.upstreamPort !== undefined && ports.has(c.upstreamPort));
    };

    it('stops serving cached standing within a lease once its listening connection stalls, and reconnects', async () => {
      expect(await readOnB()).toBe(SEES_HER_POSITIONS);
      const [stalled, ...others] = await listenersOfB();
      expect(stalled).toBeDefined();
      expect(others).toEqual([]);
      stalled!.pause();
      const pausedAt = Date.now();
      // Behind every node's back: no request settles this change, and B's listener cannot hear it.
      await database.pool.query("update app_user set status = 'suspended' where account_id = $1", [
        r.melissa.accountId,
      ]);
      const answers: { at: number; answer: Answer }[] = [];
      while (Date.now() - pausedAt < LEASE_MS + 1_000) {
        answers.push({ at: Date.now() - pausedAt, answer: await readOnB() });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Once the lease it last renewed runs out, B reads the database: never the cached standing again.
      const late = answers.filter((a) => a.at > LEASE_MS + 200);
      expect(late.length).toBeGreaterThan(0);
      expect(late.filter((a) => a.answer !== '403 APP_ACCESS_SUSPENDED')).toEqual([]);

      // A new listening connection, and B's lease renewed in the table writers read.
      const deadline = Date.now() + 10_000;
      const replacement = async () => (await listenersOfB()).find((c) => c !== stalled);
      while (!(await replacement()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await replacement()).toBeDefined();
      stalled!.cut();
      await ok(r.admin.client.patch(`${app()}/users/${r.melissa.accountId}`, { status: 'active' }));
      expect(await readOnB()).toBe(SEES_HER_POSITIONS);
      const { rows } = await database.pool.query('select node_id from node_lease where lease_until > now()');
      expect(rows).toHaveLength(2);
    });

    it('holds a change until a node that cannot hear it has stopped using its cache, no longer', async () => {
      expect(await readOnB()).toBe(SEES_HER_POSITIONS);
      const [stalled, ...others] = await listenersOfB();
      expect(others).toEqual([]);
      stalled!.pause();
      const started = Date.now();
      await ok(r.admin.client.patch(`${app()}/users/${r.melissa.accountId}`, { status: 'suspended' }));
      const waited = Date.now() - started;
      expect(await readOnB()).toBe('403 APP_ACCESS_SUSPENDED');
      // At most B's lease, which it renewed at most a beat ago.
      expect(waited).toBeLessThan(LEASE_MS + 1_000);
      await ok(r.admin.client.patch(`${app()}/users/${r.melissa.accountId}`, { status: 'active' }));
      expect(await readOnB()).toBe(SEES_HER_POSITIONS);
      stalled!.cut();
    });
  },
);
