// Bundles the feed proxy (proxy/*.ts with the feed parser from src/feed/) into self-contained ESM
// files: dist/proxy/proxy.js, the fetch handler for Workers and Deno, and dist/proxy/serve-node.js,
// its Node adapter. esbuild reads the TypeScript directly (it does not type-check: `tsc -p proxy`).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes dist/proxy/proxy.js and dist/proxy/serve-node.js (unminified, with source maps). */
export async function buildProxy() {
  const common = { absWorkingDir: ROOT, bundle: true, format: 'esm', target: 'es2022', sourcemap: true, minify: false, logLevel: 'warning' };
  await build({ ...common, entryPoints: ['proxy/proxy.ts'], outfile: 'dist/proxy/proxy.js', platform: 'neutral' });
  await build({ ...common, entryPoints: ['proxy/serve-node.ts'], outfile: 'dist/proxy/serve-node.js', platform: 'node' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildProxy();
  console.log('built dist/proxy/: proxy.js, serve-node.js');
}
