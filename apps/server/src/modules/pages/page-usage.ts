// Which pages and sections use a collection, a field or a user attribute: the data model refuses to
// delete what a section shows, sorts or filters by, or what a visibility rule reads, as it does for
// rules. Found by walking the parsed conditions, never by searching their text.
import { attributesReadBy, fieldsReadBy, PolicyError, type SchemaIndex } from '@charter/policy';
import type { StoredSection, StoredVisibility } from '../../db/schema.js';
import type { PageRow } from './pages.repository.js';

/** A page, or one of its sections, that uses something. */
export interface PageUse {
  page: { id: string; title: string };
  section: { id: string; title: string } | null;
}

/** The uses as a builder reads them: "section (page)", or the page's title for the page itself. */
export function pageUseList(uses: readonly PageUse[]): string {
  return uses
    .map((u) => (u.section ? `${u.section.title || u.section.id} (${u.page.title})` : u.page.title))
    .join(', ');
}

const use = (page: PageRow, section: StoredSection | null): PageUse => ({
  page: { id: page.id, title: page.title },
  section: section && { id: section.id, title: section.title },
});

/** The sections bound to the collection (by id). */
export function pagesUsingCollection(pages: readonly PageRow[], collectionId: string): PageUse[] {
  return pages.flatMap((page) =>
    page.sections
      .filter(
        (s) => (s.kind === 'collectionView' || s.kind === 'recordView') && s.collection === collectionId,
      )
      .map((s) => use(page, s)),
  );
}

/** The sections that show, sort by or filter by the field, including filters reaching it through links. */
export function pagesUsingField(
  pages: readonly PageRow[],
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  fieldId: string,
): PageUse[] {
  return pages.flatMap((page) =>
    page.sections
      .filter((section) => {
        if (section.kind !== 'collectionView' && section.kind !== 'recordView') return false;
        if (section.fields.includes(fieldId)) return true;
        if (section.kind === 'recordView') return false;
        if (section.sort.some((s) => s.field === fieldId)) return true;
        const collection = keyById.get(section.collection);
        return (
          section.filter !== null &&
          collection !== undefined &&
          readsSafely(() => fieldsReadBy(section.filter!, { schema, collection })).some(
            (f) => f.fieldId === fieldId,
          )
        );
      })
      .map((s) => use(page, s)),
  );
}

/** The pages and sections whose visibility or filter reads the attribute. */
export function pagesUsingAttribute(
  pages: readonly PageRow[],
  schema: SchemaIndex,
  keyById: ReadonlyMap<string, string>,
  attributeId: string,
): PageUse[] {
  const reads = (condition: string | null, collection: string) =>
    condition !== null &&
    readsSafely(() => attributesReadBy(condition, { schema, collection })).includes(attributeId);
  const visibilityReads = (v: StoredVisibility) => reads(v.condition, schema.usersCollection);
  return pages.flatMap((page) => [
    ...(visibilityReads(page.visibility) ? [use(page, null)] : []),
    ...page.sections
      .filter(
        (s) =>
          visibilityReads(s.visibility) ||
          (s.kind === 'collectionView' && reads(s.filter, keyById.get(s.collection) ?? s.collection)),
      )
      .map((s) => use(page, s)),
  ]);
}

// A condition that no longer checks reads nothing that can still be deleted.
function readsSafely<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    if (error instanceof PolicyError) return [];
    throw error;
  }
}
