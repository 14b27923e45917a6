// The page editor's state and the API's page body, one to the other, and the page tree.
import type { Page, PageBody, PageSection, SectionKind, Visibility } from '../../../api/pages.js';

/** A section in the editor: the API's section, and a key that stays while it moves. */
export interface EditedSection {
  key: string;
  section: PageSection;
}

export interface PageValues {
  title: string;
  slug: string;
  /** True once the builder types a slug: the title no longer writes it. */
  slugTouched: boolean;
  icon: string;
  parent: string | null;
  position: number;
  visibility: Visibility;
  sections: EditedSection[];
}

export const EVERYONE: Visibility = { audience: 'everyone', roles: [], condition: null };

export const AUDIENCE_LABELS: Record<Visibility['audience'], string> = {
  everyone: 'Every app user',
  internal: 'Internal users (Team Member)',
  external: 'External users (clients)',
  roles: 'Holders of some roles',
};

export const SECTION_KINDS: { value: SectionKind; label: string; help: string }[] = [
  {
    value: 'collectionView',
    label: 'Collection view',
    help: 'A table, list or cards of one collection: the records each person may read, narrowed by a filter.',
  },
  {
    value: 'recordView',
    label: 'Record view or form',
    help: 'One record in detail, or a form to edit or create one, with the fields the person may.',
  },
  { value: 'text', label: 'Text', help: 'Markdown: headings, lists, links. HTML is shown as text.' },
  {
    value: 'links',
    label: 'Links',
    help: 'Buttons to other pages; a page the person cannot see is left out.',
  },
];

export const KIND_LABEL = Object.fromEntries(SECTION_KINDS.map((k) => [k.value, k.label])) as Record<
  SectionKind,
  string
>;

let counter = 0;
const newKey = () => `new-${++counter}`;

/** A page's address from its title: what the API accepts, lower-case words joined by -. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

export function newSection(kind: SectionKind, collection: string): EditedSection {
  const base = { title: '', visibility: EVERYONE };
  const section: PageSection =
    kind === 'collectionView'
      ? { ...base, kind, collection, layout: 'table', fields: [], sort: [], filter: null }
      : kind === 'recordView'
        ? { ...base, kind, collection, mode: 'detail', fields: [] }
        : kind === 'text'
          ? { ...base, kind, markdown: '' }
          : { ...base, kind, links: [] };
  return { key: newKey(), section };
}

export function valuesOf(page: Page | null, parent: string | null = null): PageValues {
  if (!page) {
    return {
      title: '',
      slug: '',
      slugTouched: false,
      icon: '',
      parent,
      position: 0,
      visibility: EVERYONE,
      sections: [],
    };
  }
  return {
    title: page.title,
    slug: page.slug,
    slugTouched: true,
    icon: page.icon ?? '',
    parent: page.parent,
    position: page.position,
    visibility: page.visibility,
    sections: page.sections.map((section) => ({ key: section.id ?? newKey(), section })),
  };
}

const blankToNull = (s: string | null) => (s?.trim() ? s : null);

function cleanVisibility(v: Visibility): Visibility {
  return {
    audience: v.audience,
    roles: v.audience === 'roles' ? v.roles : [],
    condition: blankToNull(v.condition),
  };
}

function cleanSection(section: PageSection): PageSection {
  const visibility = cleanVisibility(section.visibility);
  if (section.kind === 'collectionView')
    return { ...section, visibility, filter: blankToNull(section.filter) };
  return { ...section, visibility };
}

export function bodyOf(values: PageValues): PageBody {
  return {
    title: values.title,
    slug: values.slug,
    icon: blankToNull(values.icon),
    parent: values.parent,
    position: values.position,
    visibility: cleanVisibility(values.visibility),
    sections: values.sections.map((s) => cleanSection(s.section)),
  };
}

export interface TreeEntry {
  page: Page;
  depth: number;
  /** Titles from the top down to this page. */
  path: string[];
}

/** The pages in tree order: each page followed by the pages under it, siblings by position. */
export function pageTree(pages: readonly Page[]): TreeEntry[] {
  const byParent = new Map<string | null, Page[]>();
  for (const page of pages) {
    const parent = page.parent && pages.some((p) => p.id === page.parent) ? page.parent : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), page]);
  }
  const out: TreeEntry[] = [];
  const walk = (parent: string | null, depth: number, path: string[]) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => a.position - b.position || a.title.localeCompare(b.title),
    );
    for (const page of children) {
      out.push({ page, depth, path: [...path, page.title] });
      walk(page.id, depth + 1, [...path, page.title]);
    }
  };
  walk(null, 0, []);
  return out;
}

/** The page and every page under it: none of them can be its parent. */
export function subtreeOf(pages: readonly Page[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const page of pages) {
      if (page.parent && out.has(page.parent) && !out.has(page.id)) {
        out.add(page.id);
        grew = true;
      }
    }
  }
  return out;
}
