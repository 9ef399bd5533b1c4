// Serves ../shared/corpus (read-only conformance feeds) at /corpus/ as raw bytes, so the
// browser decodes them exactly as it would a real feed. Missing corpus → 404, never a crash.
import { createReadStream, statSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const corpusRoot = resolve(here, '../../../shared/corpus');

export async function corpusMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/corpus/')) return next();
  const relative = normalize(decodeURIComponent(ctx.path.slice('/corpus/'.length)));
  if (relative.startsWith('..')) {
    ctx.status = 400;
    return;
  }
  const file = join(corpusRoot, relative);
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.type = 'application/octet-stream';
  ctx.body = createReadStream(file);
}
