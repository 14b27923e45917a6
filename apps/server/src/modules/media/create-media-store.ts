import path from 'node:path';
import type { AppContext } from '../../context.js';
import { createFileMediaStore } from './file-media-store.js';
import type { MediaStore } from './media-store.js';
import { createPostgresMediaStore } from './postgres-media-store.js';

/**
 * The node's media store: on PostgreSQL, inside the database itself, so that nodes share nothing
 * else and any node serves any file; embedded, under CHARTER_DATA_DIR/media.
 */
export function createMediaStore(ctx: AppContext): MediaStore {
  return ctx.database.kind === 'postgres'
    ? createPostgresMediaStore(ctx.database.db)
    : createFileMediaStore(path.join(ctx.config.dataDir, 'media'));
}
