// The tables the engine assumes, as DDL: column types must match sqlColumnType for both back ends to agree.

import { isManyLink, isSingleLink, type Schema, sqlColumnType } from '../model/schema.js';
import { indexSchema } from '../model/schema-index.js';
import { quoteIdent } from './sql-fragment.js';

function qualified(ref: { schema: string; name: string }): string {
  return `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;
}

/**
 * DDL statements that create every collection table, junction table, foreign key and link index.
 * Links are deferrable foreign keys (SET NULL / CASCADE on delete): the engine assumes referential integrity.
 */
export function schemaDdl(schema: Schema): string[] {
  const index = indexSchema(schema);
  const schemas = new Set<string>();
  const tables: string[] = [];
  const constraints: string[] = [];
  for (const c of index.collections.values()) {
    schemas.add(c.def.table.schema);
    const columns = c.fields
      .filter((f) => !isManyLink(f))
      .map((f) =>
        f.id === 'id'
          ? `${quoteIdent('id')} uuid PRIMARY KEY DEFAULT gen_random_uuid()`
          : `${quoteIdent(f.column ?? '')} ${sqlColumnType(f)}`,
      );
    tables.push(`CREATE TABLE ${qualified(c.def.table)} (${columns.join(', ')})`);
    for (const f of c.fields) {
      if (isSingleLink(f) && f.id !== 'id') {
        const target = index.collections.get(f.target ?? '');
        if (!target) continue;
        constraints.push(
          `ALTER TABLE ${qualified(c.def.table)} ADD FOREIGN KEY (${quoteIdent(f.column ?? '')}) REFERENCES ${qualified(target.def.table)} (${quoteIdent('id')}) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED`,
          `CREATE INDEX ON ${qualified(c.def.table)} (${quoteIdent(f.column ?? '')})`,
        );
      }
      if (isManyLink(f) && f.junction) {
        const target = index.collections.get(f.target ?? '');
        if (!target) continue;
        const j = f.junction;
        schemas.add(j.table.schema);
        tables.push(
          `CREATE TABLE ${qualified(j.table)} (${quoteIdent(j.sourceColumn)} uuid NOT NULL REFERENCES ${qualified(c.def.table)} (${quoteIdent('id')}) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, ${quoteIdent(j.targetColumn)} uuid NOT NULL, PRIMARY KEY (${quoteIdent(j.sourceColumn)}, ${quoteIdent(j.targetColumn)}))`,
        );
        constraints.push(
          `ALTER TABLE ${qualified(j.table)} ADD FOREIGN KEY (${quoteIdent(j.targetColumn)}) REFERENCES ${qualified(target.def.table)} (${quoteIdent('id')}) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED`,
          `CREATE INDEX ON ${qualified(j.table)} (${quoteIdent(j.targetColumn)})`,
        );
      }
    }
  }
  return [
    ...[...schemas].map((s) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(s)}`),
    ...tables,
    ...constraints,
  ];
}
