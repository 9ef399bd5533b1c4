// The script-tag files in dist/cdn/, bundled from the compiled sources in build/js (lit included).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { cdnBundles } from './entries.mjs';

// node-resolve applies package.json `sideEffects` (written for dist/) to build/js too, and would
// drop the registering calls of the entries: the entries keep their side effects.
const registeringEntries = {
  name: 'registering-entries',
  transform: (code, id) => (id.includes('/build/js/') ? { code, map: null, moduleSideEffects: true } : null),
};

/**
 * Writes dist/cdn/<name>.js (+ .map) for every script-tag bundle from build/js: self-contained, lit's
 * production build inlined, minified, with the HTML and CSS inside our templates minified too
 * (terser leaves template strings as written).
 */
export async function buildCdn() {
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
}
