import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { knownMigrationCount } from '../src/db/migrate.js';
import { strongPassword } from './harness/accounts.js';
import { createPostgresTestDatabase } from './harness/database.js';
import { CLI, run, start } from './harness/process.js';

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  reusedSocket: boolean;
}

function answer(req: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: JSON.parse(text) as Record<string, unknown>,
          reusedSocket: req.reusedSocket,
        }),
      );
    });
  });
}

function until(lines: string[], text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (lines.some((line) => line.includes(text))) {
        clearInterval(check);
        resolve();
      }
    }, 10);
  });
}

// Each case starts real processes (PGlite initialises in each): generous time on a loaded machine.
describe('the charter process', { timeout: 120_000 }, () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-proc-'));
  });
  afterAll(async () => {
    await fs.rm(cwd, { recursive: true, force: true });
  });

  it('stops on a bad setting with one clear line and a non-zero exit', async () => {
    const proc = run({ PORT: 'abc' }, cwd);
    proc.untilListening.catch(() => {});
    expect(await proc.exited).not.toBe(0);
    expect(proc.stderr.filter((l) => !l.includes('ExperimentalWarning'))).toEqual([
      'charter: invalid configuration: PORT: expected an integer from 0 to 65535, got "abc"',
    ]);
    expect(proc.stdout).toEqual([]);
  });

  it('stops with one line when DATABASE_URL points at no server', async () => {
    const proc = run(
      { DATABASE_URL: 'postgres://postgres:pw@127.0.0.1:1/none', CHARTER_SECRET: 'x'.repeat(32) },
      cwd,
    );
    proc.untilListening.catch(() => {});
    expect(await proc.exited).toBe(1);
    const lines = proc.stderr.filter((l) => !l.includes('ExperimentalWarning'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^charter: cannot reach the database \(PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/none\)/,
    );
    expect(lines[0]).not.toContain(':pw@');
  });

  it('serves on embedded PGlite, exits 0 on SIGTERM and keeps its data across restarts', async () => {
    const first = await start({}, cwd);
    expect(first.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(first.stdout.join('\n')).toContain(
      `database: embedded PGlite in ${path.join(cwd, '.charter/data')}`,
    );
    const ready = await getJson(`${first.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.database).toEqual({ kind: 'pglite', migrations: knownMigrationCount });
    const secret = await fs.readFile(path.join(cwd, '.charter/data/secret'), 'utf8');

    // A second process on the same directory would corrupt it: it is refused.
    const second = run({}, cwd);
    second.untilListening.catch(() => {});
    expect(await second.exited).toBe(1);
    expect(second.stderr.join('\n')).toMatch(/in use by another Charter process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.stdout.at(-1)).toContain('"msg":"stopped"');

    const again = await start({}, cwd);
    const readyAgain = await getJson(`${again.url}/api/ready`);
    expect(readyAgain.body.instanceId).toBe(ready.body.instanceId);
    expect(await fs.readFile(path.join(cwd, '.charter/data/secret'), 'utf8')).toBe(secret);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it.runIf(process.platform === 'linux')(
    'starts after a kill -9 whose pid an unrelated process now holds',
    async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-crash-'));
      let sleeper: ChildProcess | undefined;
      try {
        const crashed = await start({}, dir);
        const lockFile = path.join(dir, '.charter/data/charter.pid');
        const [, startTime, token] = (await fs.readFile(lockFile, 'utf8')).trim().split(' ');
        crashed.child.kill('SIGKILL');
        await crashed.exited;
        // The pid is reused by a process started after the crash: the lock file names a live
        // process that is not Charter.
        sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
        await new Promise((resolve) => sleeper!.once('spawn', resolve));
        await fs.writeFile(lockFile, `${sleeper.pid} ${startTime} ${token}\n`);
        const restarted = await start({}, dir);
        expect((await getJson(`${restarted.url}/api/ready`)).status).toBe(200);
        restarted.child.kill('SIGTERM');
        expect(await restarted.exited).toBe(0);
      } finally {
        sleeper?.kill();
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  );

  it.runIf(inject('postgresTemplate'))(
    'two nodes starting together on a new PostgreSQL database print one setup link, and it works',
    async () => {
      const database = await createPostgresTestDatabase();
      const env = { DATABASE_URL: database.url, CHARTER_SECRET: 's'.repeat(40) };
      try {
        const nodes = await Promise.all([start(env, cwd), start(env, cwd)]);
        try {
          const links = nodes.map((node) => /\/setup\?token=(\S+)/.exec(node.stdout.join('\n'))?.[1]);
          expect(links[0]).toMatch(/^[\w-]{40,}$/);
          expect(links[1]).toBe(links[0]);
          const created = await fetch(`${nodes[1]!.url}/api/setup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              token: links[0],
              email: 'owner@example.com',
              name: 'Olivia Owner',
              password: strongPassword('owner'),
            }),
          });
          expect(created.status).toBe(201);
        } finally {
          for (const node of nodes) node.child.kill('SIGTERM');
          await Promise.all(nodes.map((node) => node.exited));
        }
      } finally {
        await database.drop();
      }
    },
  );

  it('on SIGTERM answers a request on a kept-alive connection 503 SHUTTING_DOWN, finishes the one in flight and exits 0', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-drain-'));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const proc = await start({}, dir);
      const get = (p: string) => answer(http.get(`${proc.url}${p}`, { agent }));
      const first = await get('/api/health');
      expect(first.status).toBe(200);

      // A request in flight on its own connection: its headers are in, its body not yet.
      const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password' });
      const slow = http.request(`${proc.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const slowAnswer = answer(slow);
      slow.write(body.slice(0, 10));
      await new Promise((resolve) => setTimeout(resolve, 200));

      proc.child.kill('SIGTERM');
      await until(proc.stdout, 'shutting down');

      // The load balancer's next request on its kept-alive connection: refused so it can go elsewhere.
      const refused = await get('/api/health');
      expect(refused.reusedSocket).toBe(true);
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe('close');
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body).toMatchObject({ error: { code: 'SHUTTING_DOWN' } });

      slow.end(body.slice(10));
      const finished = await slowAnswer;
      expect(finished.status).toBe(401);
      expect(finished.headers.connection).toBe('close');
      expect(await proc.exited).toBe(0);
    } finally {
      agent.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(inject('postgresTemplate'))('serves on PostgreSQL with DATABASE_URL', async () => {
    const database = await createPostgresTestDatabase();
    try {
      const proc = await start({ DATABASE_URL: database.url, CHARTER_SECRET: 's'.repeat(40) }, cwd);
      const ready = await getJson(`${proc.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body.database).toEqual({ kind: 'postgres', migrations: knownMigrationCount });
      expect(proc.stdout.join('\n')).toContain('database: PostgreSQL at postgres://');
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('charter create-owner makes a platform owner with a temporary password that signs in once changed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-owner-'));
    try {
      const cli = run({}, dir, [CLI, 'create-owner', '--email', 'root@example.com', '--name', 'Root Owner']);
      cli.untilListening.catch(() => {});
      expect(await cli.exited).toBe(0);
      const password = /Temporary password[^:]*: (\S+)/.exec(cli.stdout.join('\n'))?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
      const again = run({}, dir, [CLI, 'create-owner', '--email', 'root@example.com']);
      again.untilListening.catch(() => {});
      expect(await again.exited).toBe(1);
      expect(again.stderr.join('\n')).toContain('already exists');

      const server = await start({}, dir);
      try {
        const login = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'root@example.com', password }),
        });
        expect(login.status).toBe(200);
        expect(((await login.json()) as { account: unknown }).account).toMatchObject({
          platformRole: 'owner',
          mustChangePassword: true,
        });
        // With an owner in place, the first start printed no setup link.
        expect(server.stdout.join('\n')).not.toContain('/setup?token=');
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
