import type { Migration } from 'kysely';
import * as m0001 from './0001-instance.js';
import * as m0002 from './0002-identity.js';
import * as m0003 from './0003-platform.js';
import * as m0004 from './0004-data-model.js';
import * as m0005 from './0005-builder-tools.js';
import * as m0006 from './0006-change-feed.js';
import * as m0007 from './0007-list-order-indexes.js';
import * as m0008 from './0008-data-gate-rights.js';
import * as m0009 from './0009-email-link-use.js';
import * as m0010 from './0010-node-lease.js';
import * as m0011 from './0011-pages.js';
import * as m0012 from './0012-app-slug.js';
import * as m0013 from './0013-media.js';
import * as m0014 from './0014-dashboards.js';

/**
 * Every migration, in order. Imported statically (not read from disk) so that the same list
 * runs from the TypeScript sources in tests and from the compiled build in production.
 */
export const migrations: Record<string, Migration> = {
  '0001-instance': m0001,
  '0002-identity': m0002,
  '0003-platform': m0003,
  '0004-data-model': m0004,
  '0005-builder-tools': m0005,
  '0006-change-feed': m0006,
  '0007-list-order-indexes': m0007,
  '0008-data-gate-rights': m0008,
  '0009-email-link-use': m0009,
  '0010-node-lease': m0010,
  '0011-pages': m0011,
  '0012-app-slug': m0012,
  '0013-media': m0013,
  '0014-dashboards': m0014,
};
