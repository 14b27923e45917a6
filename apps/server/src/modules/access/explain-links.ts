// For explain: which readable link fields of a record point at records the explained user cannot
// read. Such a link still shows its ids (they belong to the record); `expand` returns them bare.
// Only counts leave this module, never the linked ids or their values.
import type { Principal } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { runSql } from '../records/record-read.js';

/** One readable link field of the record, and how many of its targets the user may read. */
export interface LinkReadability {
  field: string;
  collection: string;
  linked: number;
  unreadable: number;
}

/** The readable link fields of a record the user may read, with their unreadable targets counted. */
export async function explainLinks(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  input: { principal: Principal; collection: string; id: string; now: number },
): Promise<LinkReadability[]> {
  const { principal, collection, id, now } = input;
  const { engine, schema } = policy;
  const query = engine.compileListQuery(principal, collection, { id, limit: 1, visibilityFlags: true, now });
  const row = (await runSql(db, query.sql))[0];
  if (!row) return [];
  const def = schema.schema.collections[collection];
  const links = (def?.fields ?? []).filter(
    (f) => f.type.startsWith('link') && query.fields.includes(f.name) && row[`$visible:${f.name}`] !== false,
  );
  const out: LinkReadability[] = [];
  for (const field of links) {
    const value = row[field.name];
    const ids = (Array.isArray(value) ? value : value == null ? [] : [value]).map(String);
    if (ids.length === 0) continue;
    const target = field.target ?? schema.schema.usersCollection;
    let unreadable = 0;
    for (const targetId of ids) {
      const one = engine.compileListQuery(principal, target, { id: targetId, limit: 1, fields: [], now });
      if ((await runSql(db, one.sql)).length === 0) unreadable += 1;
    }
    out.push({ field: field.name, collection: target, linked: ids.length, unreadable });
  }
  return out;
}

/** The note explain adds for each link whose targets the user cannot all read. */
export function linkNotes(links: readonly LinkReadability[]): string[] {
  return links
    .filter((l) => l.unreadable > 0)
    .map(
      (l) =>
        `link ${l.field}: ${l.unreadable} of its ${l.linked} linked ${l.collection} records are not readable by this user; ` +
        'the field still shows their ids, and expand returns them as bare ids without fields',
    );
}
