import {
  fetchPageDiff,
  fetchPageVersions,
  type Page,
  pagesKey,
  restorePageVersion,
} from '../../../api/pages.js';
import { VersionsDrawer } from '../../../components/versions-drawer.js';

/** Every saved version of a page: who saved it and when, what differs from now, and restoring one. */
export function PageVersions({
  appId,
  page,
  opened,
  onClose,
  canEdit,
}: {
  appId: string;
  page: Page;
  opened: boolean;
  onClose: () => void;
  canEdit: boolean;
}) {
  return (
    <VersionsDrawer
      source={{
        title: page.title,
        version: page.version,
        key: [...pagesKey(appId), page.id],
        versions: () => fetchPageVersions(appId, page.id),
        diff: (version) => fetchPageDiff(appId, page.id, version),
        restore: (version) => restorePageVersion(appId, page.id, version),
        invalidates: pagesKey(appId),
      }}
      opened={opened}
      onClose={onClose}
      canEdit={canEdit}
    />
  );
}
