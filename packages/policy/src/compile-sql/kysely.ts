// A thin bridge to Kysely's `sql` tag, without depending on Kysely: pass its tag in.
import type { Sql } from './sql-fragment.js';

/** The shape of Kysely's `sql` template tag (or any tag that takes strings and values). */
export type SqlTag<R> = (strings: TemplateStringsArray, ...values: unknown[]) => R;

/** Rebuilds a fragment with another template tag: `toSqlTag(fragment, sql)` gives a Kysely RawBuilder. */
export function toSqlTag<R>(fragment: Sql, tag: SqlTag<R>): R {
  const strings = Object.assign([...fragment.strings], {
    raw: [...fragment.strings],
  }) as unknown as TemplateStringsArray;
  return tag(strings, ...fragment.values);
}
