import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FileText } from 'lucide-react';
import { pagesQuery } from '../../../api/pages.js';

interface PageNode {
  id: string;
  title: string;
  slug: string;
  parent: string | null;
  position: number;
}

/** Each page with its path down the tree ("Positions › Open positions"), in the tree's order. */
export function pagePaths(pages: readonly PageNode[]): { id: string; slug: string; path: string }[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const trail = (page: PageNode): PageNode[] => {
    const chain = [page];
    // A loop, or a parent that is gone, ends the walk: the API refuses both, a picker must not hang.
    for (let at = page.parent; at && chain.length <= pages.length; ) {
      const parent = byId.get(at);
      if (!parent || chain.includes(parent)) break;
      chain.unshift(parent);
      at = parent.parent;
    }
    return chain;
  };
  return pages
    .map((page) => ({ page, chain: trail(page) }))
    .sort((a, b) => {
      // Siblings by their position, then by title: the order the end-user app shows them in.
      for (let i = 0; i < Math.min(a.chain.length, b.chain.length); i++) {
        const x = a.chain[i]!;
        const y = b.chain[i]!;
        if (x.id !== y.id) return x.position - y.position || x.title.localeCompare(y.title);
      }
      return a.chain.length - b.chain.length;
    })
    .map(({ page, chain }) => ({
      id: page.id,
      slug: page.slug,
      path: chain.map((p) => p.title).join(' › '),
    }));
}

/** The page to explain, from the app's pages (which need app.templates.read to list). */
export function PagePicker({
  appId,
  value,
  onChange,
}: {
  appId: string;
  /** The page's id or slug, as the address may hold either. */
  value: string | undefined;
  onChange: (page: string | undefined) => void;
}) {
  const pages = useQuery(pagesQuery(appId));
  const options = pagePaths(pages.data?.items ?? []);
  const chosen = options.find((p) => p.id === value || p.slug === value);
  return (
    <Select
      label="Page"
      placeholder={pages.isPending ? 'Loading pages…' : 'Pick one'}
      description="As the end-user app shows them, page above › page"
      required
      searchable
      nothingFoundMessage="No page by that name"
      leftSection={<FileText size={16} />}
      data={options.map((p) => ({ value: p.id, label: p.path }))}
      value={chosen?.id ?? null}
      onChange={(page) => onChange(page ?? undefined)}
      error={
        pages.error
          ? 'The app’s pages could not be listed: listing them needs app.templates.read.'
          : undefined
      }
      style={{ flex: '1 1 16rem' }}
    />
  );
}
