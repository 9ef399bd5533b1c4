// Byte sizes as a reader's phone pays them: the entry and every chunk it imports, bundled into one
// module, minified (terser, module scope, compress + mangle) and gzipped at level 9.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { formatTable } from './format-table.mjs';

/** gzip -9 bytes of a file that is already minified (a script-tag file as shipped). */
export const shippedGzipBytes = async (path) => gzipSync(await readFile(path), { level: 9 }).length;

/** Minified + gzipped bytes of one ES module's source. */
export async function minGzipBytes(code) {
  const { code: minified } = await minify(code, { module: true, compress: true, mangle: true });
  return gzipSync(minified, { level: 9 }).length;
}

/** True for a package import ('lit', 'lit/decorators.js'): those stay out of a measured bundle by default. */
export const isBareImport = (id) => !id.startsWith('.') && !id.startsWith('/');

/**
 * Minified + gzipped bytes of an ES module entry with its relative imports; bare imports stay
 * out unless `external` and `plugins` (rollup's options) say otherwise.
 */
export async function entryMinGzipBytes(file, { external = isBareImport, plugins = [] } = {}) {
  const bundle = await rollup({ input: file, external, plugins });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return await minGzipBytes(output[0].code);
  } finally {
    await bundle.close();
  }
}

/** Report lines for `files` ({ label, path }): min+gzip bytes. */
export async function sizesReport(files) {
  const rows = [];
  for (const { label, path } of files) rows.push([label, await entryMinGzipBytes(path)]);
  return ['Sizes: min+gzip bytes (rollup entry + chunks, terser module compress + mangle, gzip -9)', ...formatTable(['file', 'bytes'], rows, 'lr')];
}
