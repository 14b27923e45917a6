// A process that starts an upload to a media store and never finishes it: the crash tests kill
// it mid-write. Usage: media-writer.ts files <dir> | media-writer.ts postgres <url>
import { randomBytes } from 'node:crypto';
import { openPostgres } from '../../src/db/database.js';
import { createFileMediaStore } from '../../src/modules/media/file-media-store.js';
import { createPostgresMediaStore } from '../../src/modules/media/postgres-media-store.js';

const [kind, target] = process.argv.slice(2) as [string, string];
const store =
  kind === 'files' ? createFileMediaStore(target) : createPostgresMediaStore(openPostgres(target, 2).db);

async function* endless(): AsyncGenerator<Buffer> {
  for (let i = 0; ; i++) {
    yield randomBytes(64 * 1024);
    if (i === 8) process.stdout.write('writing\n');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

await store.stage(endless());
