// dist/cdn/integrity.json: the Subresource Integrity hash of every script-tag file and of the
// page's stylesheet, for <script integrity="..."> and <link integrity="..."> on a versioned CDN URL.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `sha384-…` SRI value of some bytes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Writes `<dir>/integrity.json`: { "strichka.js": "sha384-…", "lazy/ticker.js": … } for every .js and .css under `dir`. */
export function writeIntegrity(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((file) => /\.(js|css)$/.test(file)).sort();
  const hashes = Object.fromEntries(files.map((file) => [file, integrityOf(readFileSync(join(dir, file)))]));
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
}
