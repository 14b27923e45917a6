// Composable SQL fragments: text parts and bound values kept apart until rendering, like a template literal.
import { policyError } from '../errors.js';
import type { TableRef } from '../model/schema.js';

/** A piece of SQL: `strings.length === values.length + 1`; every value becomes a `$n` parameter. */
export interface Sql {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** Rendered SQL for a driver: `$offset+1 … $offset+n` placeholders and the values in order. */
export interface RenderedSql {
  readonly text: string;
  readonly values: readonly unknown[];
}

function isSql(v: unknown): v is Sql {
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as Sql).strings) &&
    Array.isArray((v as Sql).values)
  );
}

/** Template tag: interpolated Sql fragments are spliced in, anything else becomes a bound parameter. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  const out: string[] = [strings[0] ?? ''];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    const next = strings[i + 1] ?? '';
    if (isSql(part)) {
      splice(out, values, part);
      out[out.length - 1] += next;
    } else {
      values.push(part);
      out.push(next);
    }
  });
  return { strings: out, values };
}

/** Appends a fragment to text parts and values under construction: its first part joins the last. */
function splice(out: string[], values: unknown[], part: Sql): void {
  out[out.length - 1] += part.strings[0] ?? '';
  for (let k = 0; k < part.values.length; k++) {
    values.push(part.values[k]);
    out.push(part.strings[k + 1] ?? '');
  }
}

/** Trusted SQL text without parameters (keywords, operators, already quoted identifiers). */
export function raw(text: string): Sql {
  return { strings: [text], values: [] };
}

/** The empty fragment. */
export const EMPTY_SQL: Sql = raw('');

/** Joins fragments with a separator, in one pass (a list query joins dozens of columns). */
export function joinSql(parts: readonly Sql[], separator = ', '): Sql {
  if (parts.length === 0) return EMPTY_SQL;
  const strings: string[] = [''];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (i > 0) strings[strings.length - 1] += separator;
    splice(strings, values, part);
  });
  return { strings, values };
}

// Identifiers come from schemas and the compiler's own aliases: a small set, quoted once each.
// The bound only matters if schemas churn for a long time in one process.
const quoted = new Map<string, string>();
const QUOTED_MAX = 10_000;

/** Quotes one identifier; names come only from the schema, and NUL is refused outright. */
export function quoteIdent(name: string): string {
  const known = quoted.get(name);
  if (known !== undefined) return known;
  if (name.length === 0 || name.includes('\u0000')) {
    throw policyError('POLICY_INVALID_SCHEMA', `invalid SQL identifier '${name}'`);
  }
  const result = `"${name.replaceAll('"', '""')}"`;
  if (quoted.size >= QUOTED_MAX) quoted.clear();
  quoted.set(name, result);
  return result;
}

/** Quoted, dot-joined identifier parts: ident('t0', 'salary') → "t0"."salary". */
export function ident(...parts: string[]): Sql {
  let text = quoteIdent(parts[0] ?? '');
  for (let i = 1; i < parts.length; i++) text += `.${quoteIdent(parts[i] as string)}`;
  return raw(text);
}

/** A schema-qualified table name. */
export function table(ref: TableRef): Sql {
  return ident(ref.schema, ref.name);
}

/** A bound parameter with an explicit cast, so the type never depends on inference: $1::uuid. */
export function param(value: unknown, cast: string): Sql {
  return { strings: ['', `::${cast}`], values: [value] };
}

/** Renders to `$n` text; `offset` lets the caller put our fragment after its own parameters. */
export function renderSql(fragment: Sql, options: { offset?: number } = {}): RenderedSql {
  const offset = options.offset ?? 0;
  let text = fragment.strings[0] ?? '';
  for (let i = 0; i < fragment.values.length; i++) {
    text += `$${offset + i + 1}${fragment.strings[i + 1] ?? ''}`;
  }
  return { text, values: fragment.values };
}

/** Renders with values inlined as literals; for logs and explain output only, never for execution. */
export function renderSqlForDisplay(fragment: Sql): string {
  let text = fragment.strings[0] ?? '';
  for (let i = 0; i < fragment.values.length; i++) {
    const v = fragment.values[i];
    const literal = v === null ? 'NULL' : `'${String(v).replaceAll("'", "''")}'`;
    text += literal + (fragment.strings[i + 1] ?? '');
  }
  return text;
}
