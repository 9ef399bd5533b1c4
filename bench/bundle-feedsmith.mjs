// feedsmith ships as Node-style ESM with bare imports; rollup turns it into one module the bench
// page can import, resolved with the browser export conditions as a web app's bundler would.
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

/** Bundles feedsmith's `parseFeed` for the browser into `outFile` (one ES module). */
export async function bundleFeedsmith(outFile) {
  const bundle = await rollup({
    input: fileURLToPath(new URL('page/feedsmith-entry.js', import.meta.url)),
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser'] })],
  });
  try {
    await bundle.write({ file: outFile, format: 'es' });
  } finally {
    await bundle.close();
  }
}
