// Build: tsc compiles src/ (type declarations straight into dist/), then rollup bundles each
// public entry into one ESM file per entry so consumers load few modules. lit stays external
// in the npm build; the CDN bundles include it. Last, the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
writeIntegrity('dist/cdn');
await buildProxy();
// dist/custom-elements.json, the manifest that editors, docs and framework tooling read
execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { stdio: 'inherit' });
rmSync('build', { recursive: true, force: true });
console.log(`built dist/: ${entries.map((name) => `${name}.js`).join(', ')}; dist/cdn/: ${Object.keys(cdnBundles).join(', ')}`);
