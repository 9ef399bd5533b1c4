// Build: tsc compiles src/ (type declarations straight into dist/), then rollup bundles each
// public entry into one ESM file per entry so consumers load few modules. lit stays external
// in the npm build; the CDN bundles include it. Then the page's stylesheet (strichka.css) and,
// last, the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { buildCdn } from './build-cdn.mjs';
import { buildProxy } from './build-proxy.mjs';
import { cdnBundles, entries } from './entries.mjs';
import { writeIntegrity } from './write-integrity.mjs';

rmSync('dist', { recursive: true, force: true });
rmSync('build', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

const bundle = await rollup({
  input: Object.fromEntries(entries.map((name) => [name, `build/js/${name}.js`])),
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
});
await bundle.write({
  dir: 'dist',
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
});
await bundle.close();

await buildCdn();
// strichka.css: the boxes the page reserves before the elements are defined (src/page-boxes.ts).
const { pageBoxes } = await import(pathToFileURL('build/js/page-boxes.js').href);
writeFileSync('dist/strichka.css', pageBoxes());
copyFileSync('dist/strichka.css', 'dist/cdn/strichka.css');
writeIntegrity('dist/cdn');
await buildProxy();
// dist/custom-elements.json, the manifest that editors, docs and framework tooling read
execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { stdio: 'inherit' });
rmSync('build', { recursive: true, force: true });
console.log(`built dist/: ${entries.map((name) => `${name}.js`).join(', ')}; dist/cdn/: ${Object.keys(cdnBundles).join(', ')}`);
