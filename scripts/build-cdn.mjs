// The script-tag files in dist/cdn/, bundled from the compiled sources in build/js (lit included).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import { cdnBundles } from './entries.mjs';

// node-resolve applies package.json `sideEffects` (written for dist/) to build/js too, and would
// drop the registering calls of the entries: the entries keep their side effects.
const registeringEntries = {
  name: 'registering-entries',
  transform: (code, id) => (id.includes('/build/js/') ? { code, map: null, moduleSideEffects: true } : null),
};

// The source maps lead to the TypeScript sources, with their text inside (src/ is not in the
// package): tsc's map of each compiled file becomes the first link of rollup's chain.
const typescriptSources = {
  name: 'typescript-sources',
  async load(id) {
    if (!id.includes('/build/js/')) return null;
    const code = await readFile(id, 'utf8');
    const map = JSON.parse(await readFile(`${id}.map`, 'utf8'));
    map.sourcesContent = await Promise.all(map.sources.map((source) => readFile(resolve(dirname(id), source), 'utf8')));
    return { code, map };
  },
};

/** terser as every CDN file is minified: ES2022 output, three compress passes (≈70 B a file over one). */
const minify = (options = {}) => terser({ ecma: 2022, compress: { passes: 3 }, ...options });

/**
 * V8's explicit compile hint (Chrome 136+; other engines skip a comment), the file's first line: its
 * functions compile while it downloads, off the main thread, and go into the code cache, instead of
 * on first call on the main thread. A trace of the host page at 4× CPU: the main thread's compiling
 * fell from ~200 to ~22 ms on a first visit, from ~68 ms to none on a second (issue 13).
 */
const compiledOnLoad = { format: { preamble: '//# allFunctionsCalledOnLoad' } };
/** minify() for the element files: they all run as the page loads (the loader, which is small and runs at once, goes without). */
const minifyElements = (options = {}) => minify({ ...compiledOnLoad, ...options });

/**
 * The partner ticker that reads the proxy's format=json only (dist/cdn/ticker-proxy.js): the feed
 * layer's parseFeed is the proxy answer's reader, so no feed format parser is bundled.
 */
const proxyAnswerOnly = {
  name: 'proxy-answer-only',
  resolveId: (source, importer) =>
    source == './parse-feed.js' && importer?.includes('/build/js/feed/') ? resolve(dirname(importer), 'parse-proxy-answer.js') : null,
};

/** The plugins of every CDN build: lit's production build resolved, our template HTML and CSS minified. */
const cdnPlugins = () => [
  minifyHtmlLiterals({
    include: ['build/js/**'],
    failOnError: true,
    // Collapse runs of whitespace to one space, never to none: a space between inline
    // elements (a marker and its headline) is text a reader sees.
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  nodeResolve(),
  registeringEntries,
  typescriptSources,
];

/**
 * Writes the script-tag files of dist/cdn/ (each with a source map) from build/js:
 * - <name>.js for every entry of `cdnBundles`: self-contained ESM, lit inlined, minified;
 * - strichka.classic.js: everything as a classic script, its exports on `window.Strichka`;
 * - ticker-proxy.js: ticker.js for feeds read through the proxy's format=json, without the parsers;
 * - lazy/<entry>.js: one file per element for the loader, sharing chunks (lit, core, feed layer);
 * - loader.js: the classic script that imports only the lazy files a page's elements need.
 */
export async function buildCdn() {
  for (const [name, entry] of Object.entries(cdnBundles)) {
    const cdn = await rollup({ input: `build/js/${entry}.js`, plugins: cdnPlugins() });
    await cdn.write({ file: `dist/cdn/${name}.js`, format: 'es', sourcemap: true, plugins: [minifyElements({ module: true })] });
    if (name == 'strichka') {
      await cdn.write({ file: 'dist/cdn/strichka.classic.js', format: 'iife', name: 'Strichka', sourcemap: true, plugins: [minifyElements()] });
    }
    await cdn.close();
  }
  const proxyTicker = await rollup({ input: 'build/js/ticker.js', plugins: [proxyAnswerOnly, ...cdnPlugins()] });
  await proxyTicker.write({ file: 'dist/cdn/ticker-proxy.js', format: 'es', sourcemap: true, plugins: [minifyElements({ module: true })] });
  await proxyTicker.close();
  await buildLazy();
  await buildLoader();
}

async function buildLazy() {
  const { lazyElements } = await import(new URL('../build/js/loader/lazy-elements.js', import.meta.url).href);
  const entries = Object.values(lazyElements);
  const lazy = await rollup({
    input: Object.fromEntries(entries.map((entry) => [entry, `build/js/${entry}.js`])),
    plugins: cdnPlugins(),
    // experimentalMinChunkSize prints a count of chunks before and after merging on every build.
    onLog: (level, log, handler) => log.code != 'OPTIMIZE_CHUNK_STATUS' && handler(level, log),
  });
  await lazy.write({
    dir: 'dist/cdn/lazy',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[hash].js',
    // Merges the tiny chunks (one small helper shared by two elements) into bigger ones: fewer requests.
    experimentalMinChunkSize: 4000,
    plugins: [minifyElements({ module: true })],
  });
  await lazy.close();
}

async function buildLoader() {
  const loader = await rollup({ input: 'build/js/loader/loader.js', plugins: [typescriptSources] });
  await loader.write({ file: 'dist/cdn/loader.js', format: 'iife', sourcemap: true, plugins: [minify()] });
  await loader.close();
}
