// From a page as builders write it (collections, fields and conditions by name) to the page as
// stored (by id, conditions in stored form), and back. Every problem is reported at once, with the
// body field it is in and, for a condition, where in it.
import { randomUUID } from 'node:crypto';
import {
  type CollectionIndex,
  checkUserCondition,
  indexSchema,
  PolicyError,
  type SchemaIndex,
  toDisplayCondition,
  toStoredCondition,
  tryCheckCondition,
} from '@charter/policy';
import type { StoredPageContent, StoredSection, StoredVisibility } from '../../db/schema.js';
import type { AppSchema } from '../data-model/app-schema.js';
import { type PageProblem, pageInvalid } from './pages.errors.js';
import type { PageInput, SavedPage, SavedSection, Visibility } from './pages.schema.js';

/** What a page is checked against besides the data model. */
export interface PageContext {
  appSchema: AppSchema;
  roleKeys: ReadonlySet<string>;
  /** The app's pages by id, and the parent of each, for links and the tree. */
  parents: ReadonlyMap<string, string | null>;
  /** The page being saved; null for a new one. */
  pageId: string | null;
}

/** Resolves and checks a page; throws PAGE_INVALID listing every problem. */
export function toStoredPage(input: PageInput, context: PageContext): StoredPageContent {
  const schema = indexSchema(context.appSchema.schema);
  const problems: PageProblem[] = [];
  const sectionIds = new Set<string>();
  const sections = input.sections.map((section, i) => {
    const path = `sections.${i}`;
    const id = section.id ?? randomUUID();
    if (sectionIds.has(id)) problems.push(problem(`${path}.id`, 'another section of this page has this id'));
    sectionIds.add(id);
    return storeSection({ ...section, id }, path, schema, context, problems);
  });
  checkParent(input.parent, context, problems);
  const content: StoredPageContent = {
    title: input.title,
    slug: input.slug,
    icon: input.icon,
    parent: input.parent,
    position: input.position,
    visibility: storeVisibility(input.visibility, 'visibility', schema, context, problems),
    sections,
  };
  if (problems.length > 0) throw pageInvalid(problems);
  return content;
}

/** A stored page in builders' terms: collections, fields and conditions by name. */
export function toPageInput(content: StoredPageContent, appSchema: AppSchema): SavedPage {
  const schema = indexSchema(appSchema.schema);
  return {
    title: content.title,
    slug: content.slug,
    icon: content.icon,
    parent: content.parent,
    position: content.position,
    visibility: displayVisibility(content.visibility, schema),
    sections: content.sections.map((s) => displaySection(s, schema, appSchema)),
  };
}

function storeSection(
  section: SavedSection,
  path: string,
  schema: SchemaIndex,
  context: PageContext,
  problems: PageProblem[],
): StoredSection {
  const base = {
    id: section.id,
    title: section.title,
    visibility: storeVisibility(section.visibility, `${path}.visibility`, schema, context, problems),
  };
  switch (section.kind) {
    case 'collectionView': {
      const collection = findCollection(section.collection, `${path}.collection`, schema, problems);
      const fieldIds = (names: readonly string[], at: string) =>
        collection ? names.map((n, i) => fieldId(collection, n, `${at}.${i}`, problems)) : [];
      return {
        ...base,
        kind: 'collectionView',
        collection: collectionId(section.collection, context.appSchema),
        layout: section.layout,
        fields: fieldIds(section.fields, `${path}.fields`),
        sort: section.sort.map((s, i) => ({
          field: collection ? fieldId(collection, s.field, `${path}.sort.${i}.field`, problems) : s.field,
          direction: s.direction,
        })),
        filter:
          section.filter === null || !collection
            ? null
            : storeCondition(
                section.filter,
                `${path}.filter`,
                { schema, collection: collection.key },
                problems,
              ),
      };
    }
    case 'recordView': {
      const collection = findCollection(section.collection, `${path}.collection`, schema, problems);
      return {
        ...base,
        kind: 'recordView',
        collection: collectionId(section.collection, context.appSchema),
        mode: section.mode,
        fields: collection
          ? section.fields.map((n, i) => fieldId(collection, n, `${path}.fields.${i}`, problems))
          : [],
      };
    }
    case 'text':
      return { ...base, kind: 'text', markdown: section.markdown };
    case 'links':
      section.links.forEach((link, i) => {
        if (!context.parents.has(link.page) && link.page !== context.pageId) {
          problems.push(problem(`${path}.links.${i}.page`, 'no page of this application has this id'));
        }
      });
      return { ...base, kind: 'links', links: section.links };
  }
}

function storeVisibility(
  visibility: Visibility,
  path: string,
  schema: SchemaIndex,
  context: PageContext,
  problems: PageProblem[],
): StoredVisibility {
  if (visibility.audience === 'roles' && visibility.roles.length === 0) {
    problems.push(problem(`${path}.roles`, "audience 'roles' needs at least one role"));
  }
  if (visibility.audience !== 'roles' && visibility.roles.length > 0) {
    problems.push(problem(`${path}.roles`, "roles are named only with audience 'roles'"));
  }
  visibility.roles.forEach((role, i) => {
    if (!context.roleKeys.has(role)) {
      problems.push(
        problem(`${path}.roles.${i}`, `unknown role '${role}'`, 'POLICY_INVALID_RULE', [...context.roleKeys]),
      );
    }
  });
  let condition: string | null = null;
  if (visibility.condition !== null) {
    try {
      checkUserCondition(visibility.condition, { schema });
      condition = toStoredCondition(visibility.condition, { schema, collection: schema.usersCollection });
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      problems.push({ location: 'body', field: `${path}.condition`, ...error.toJSON() });
    }
  }
  return { audience: visibility.audience, roles: [...visibility.roles], condition };
}

function storeCondition(
  text: string,
  path: string,
  ctx: { schema: SchemaIndex; collection: string },
  problems: PageProblem[],
): string | null {
  const checked = tryCheckCondition(text, ctx);
  if (checked.ok) return toStoredCondition(text, ctx);
  problems.push({ location: 'body', field: path, ...checked.error.toJSON() });
  return null;
}

function checkParent(parent: string | null, context: PageContext, problems: PageProblem[]) {
  if (parent === null) return;
  if (!context.parents.has(parent)) {
    problems.push(problem('parent', 'no page of this application has this id'));
    return;
  }
  // A page cannot sit under itself or under one of the pages below it.
  for (let at: string | null = parent; at !== null; at = context.parents.get(at) ?? null) {
    if (at === context.pageId) {
      problems.push(problem('parent', 'a page cannot sit under itself or under a page below it'));
      return;
    }
  }
}

function findCollection(key: string, path: string, schema: SchemaIndex, problems: PageProblem[]) {
  const collection = schema.collections.get(key);
  if (!collection) {
    problems.push(
      problem(path, `unknown collection '${key}'`, 'POLICY_UNKNOWN_COLLECTION', [
        ...schema.collections.keys(),
      ]),
    );
  }
  return collection;
}

function collectionId(key: string, appSchema: AppSchema): string {
  return [...appSchema.keyById].find(([, k]) => k === key)?.[0] ?? key;
}

function fieldId(collection: CollectionIndex, name: string, path: string, problems: PageProblem[]): string {
  const field = collection.byName.get(name);
  if (field) return field.id;
  problems.push(
    problem(path, `unknown field '${name}' on ${collection.key}`, 'POLICY_UNKNOWN_IDENTIFIER', [
      ...collection.byName.keys(),
    ]),
  );
  return name;
}

function problem(
  field: string,
  message: string,
  code = 'PAGE_INVALID',
  expected?: readonly string[],
): PageProblem {
  return { location: 'body', field, code, message, ...(expected ? { expected: [...expected].sort() } : {}) };
}

function displayVisibility(visibility: StoredVisibility, schema: SchemaIndex): Visibility {
  const condition =
    visibility.condition === null
      ? null
      : toDisplayCondition(visibility.condition, { schema, collection: schema.usersCollection });
  return { audience: visibility.audience, roles: visibility.roles, condition };
}

function displaySection(section: StoredSection, schema: SchemaIndex, appSchema: AppSchema): SavedSection {
  const base = {
    id: section.id,
    title: section.title,
    visibility: displayVisibility(section.visibility, schema),
  };
  switch (section.kind) {
    case 'collectionView': {
      const key = appSchema.keyById.get(section.collection) ?? section.collection;
      const collection = schema.collections.get(key);
      const name = (id: string) => collection?.byId.get(id)?.name ?? id;
      return {
        ...base,
        kind: 'collectionView',
        collection: key,
        layout: section.layout,
        fields: section.fields.map(name),
        sort: section.sort.map((s) => ({ field: name(s.field), direction: s.direction })),
        filter:
          section.filter === null ? null : toDisplayCondition(section.filter, { schema, collection: key }),
      };
    }
    case 'recordView': {
      const key = appSchema.keyById.get(section.collection) ?? section.collection;
      const collection = schema.collections.get(key);
      return {
        ...base,
        kind: 'recordView',
        collection: key,
        mode: section.mode,
        fields: section.fields.map((id) => collection?.byId.get(id)?.name ?? id),
      };
    }
    case 'text':
      return { ...base, kind: 'text', markdown: section.markdown };
    case 'links':
      return { ...base, kind: 'links', links: section.links };
  }
}
