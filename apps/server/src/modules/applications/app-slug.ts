// An app's address for its end-user app, made from its name: "Recruitment (EU)" → recruitment-eu.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';

/** The name as an address: lower-case letters and digits, words joined by -, accents dropped. */
export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return words.length >= 2 ? words : `app-${words}`.replace(/-$/, '');
}

/** The first of slug, slug-2, slug-3, … that no application holds yet. */
export async function freeSlug(db: Kysely<DatabaseSchema>, base: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom('application')
        .select('slug')
        .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
