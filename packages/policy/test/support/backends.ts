// The databases every SQL test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { renderSql, type Sql } from '../../src/compile-sql/sql-fragment.js';

/** A minimal query interface shared by both back ends. */
export interface TestDb {
  readonly name: string;
  query<T = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<T[]>;
  run<T = Record<string, unknown>>(fragment: Sql): Promise<T[]>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** A back end that can open a fresh, empty database. */
export interface Backend {
  readonly name: string;
  open(): Promise<TestDb>;
}

function withRun(db: Omit<TestDb, 'run'>): TestDb {
  return {
    ...db,
    run: (fragment) => {
      const { text, values } = renderSql(fragment);
      return db.query(text, values);
    },
  };
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite();
    await db.waitReady;
    return withRun({
      name: 'pglite',
      query: async <T>(text: string, values: readonly unknown[] = []) =>
        (await db.query<T>(text, [...values])).rows,
      exec: async (text) => {
        await db.exec(text);
      },
      close: () => db.close(),
    });
  },
};

const postgres = (url: string): Backend => ({
  name: 'postgresql',
  async open() {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const database = `charter_policy_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await admin.query(`CREATE DATABASE ${database}`);
    const target = new URL(url);
    target.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: target.toString() });
    await client.connect();
    return withRun({
      name: 'postgresql',
      query: async <T>(text: string, values: readonly unknown[] = []) =>
        (await client.query(text, [...values])).rows as T[],
      exec: async (text) => {
        await client.query(text);
      },
      close: async () => {
        await client.end();
        await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
        await admin.end();
      },
    });
  },
});

/** PGlite, plus PostgreSQL when TEST_DATABASE_URL is set (an unreachable server fails, never skips). */
export const backends: readonly Backend[] = [
  pglite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];
