// Build: tsc compiles src/ (type declarations straight into dist/), then rollup bundles each
// public entry into one ESM file per entry so consumers load few modules. lit stays external
// in the npm build; the CDN bundles include it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { cdnBundles, entries } from './entries.mjs';

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

// node-resolve applies package.json `sideEffects` (written for dist/) to build/js too, and would
// drop the registering calls of the entries: the entries keep their side effects.
const registeringEntries = {
  name: 'registering-entries',
  transform: (code, id) => (id.includes('/build/js/') ? { code, map: null, moduleSideEffects: true } : null),
};

// One self-contained file per script-tag bundle: lit's production build inlined, minified, with
// the HTML and CSS inside our templates minified too (terser leaves template strings as written).
for (const [name, entry] of Object.entries(cdnBundles)) {
  const plugins = [
    minifyHtmlLiterals({
      include: ['build/js/**'],
      failOnError: true,
      // Collapse runs of whitespace to one space, never to none: a space between inline
      // elements (a marker and its headline) is text a reader sees.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    nodeResolve(),
    registeringEntries,
  ];
  const cdn = await rollup({ input: `build/js/${entry}.js`, plugins });
  await cdn.write({ file: `dist/cdn/${name}.js`, format: 'es', sourcemap: true, plugins: [terser({ module: true })] });
  await cdn.close();
}
rmSync('build', { recursive: true, force: true });
console.log(`built dist/: ${entries.map((name) => `${name}.js`).join(', ')}; dist/cdn/: ${Object.keys(cdnBundles).join(', ')}`);
