// Serves ../shared/corpus (read-only conformance feeds) at /corpus/ as raw bytes, so the
// browser decodes them exactly as it would a real feed, and at /corpus-index/<folder> a JSON
// list of the files under <folder> (a browser cannot list a directory). Missing corpus → 404.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const corpusRoot = resolve(here, '../../../shared/corpus');

/** Paths of every file below `folder`, relative to it, '/'-separated, sorted. */
function listFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/** The corpus path a request names after `prefix`, or undefined when it leaves the corpus. */
function corpusPath(ctx, prefix) {
  const inside = normalize(decodeURIComponent(ctx.path.slice(prefix.length)));
  return inside.startsWith('..') ? undefined : join(corpusRoot, inside);
}

export async function corpusMiddleware(ctx, next) {
  const prefix = ['/corpus/', '/corpus-index/'].find((p) => ctx.path.startsWith(p));
  if (!prefix) return next();
  const path = corpusPath(ctx, prefix);
  if (!path) {
    ctx.status = 400;
    return;
  }
  try {
    const stat = statSync(path);
    if (prefix === '/corpus-index/') {
      if (!stat.isDirectory()) throw new Error('not a folder');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(listFiles(path));
      return;
    }
    if (!stat.isFile()) throw new Error('not a file');
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.type = 'application/octet-stream';
  ctx.body = createReadStream(path);
}
