// Byte sizes of the element bundles: the script-tag files as shipped, the npm entries as a page's
// bundler would ship them, and where the ticker bundle's bytes go (lit, the feed layer, the rest).
// The parts come from src/ compiled afresh, not from dist/: rollup may put feed-layer code into
// shared chunks next to element code, so no set of dist/ files is reliably "the feed layer".
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { formatTable } from './format-table.mjs';
import { entryMinGzipBytes, isBareImport, minGzipBytes, shippedGzipBytes } from './sizes.mjs';

const PART_ENTRY = '\0ticker-part';


/** Compiles src/ into `outDir` with the build's tsconfig, as scripts/build.mjs does into build/js. */
function compileSources(root, outDir) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const config = join(root, 'tsconfig.build.json');
  const args = [tsc, '-p', config, '--outDir', outDir, '--declarationDir', outDir, '--sourceMap', 'false'];
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}

/** A rollup plugin whose module `PART_ENTRY` re-exports `bindings` ({ source: names }) and nothing else. */
function partEntry(bindings) {
  const code = Object.entries(bindings)
    .map(([source, names], s) => {
      const quoted = JSON.stringify(source);
      const named = names.filter((name) => name != '*').map((name, n) => `${name} as _${s}_${n}`);
      return [
        names.includes('*') ? `export * as _${s} from ${quoted};` : '',
        named.length ? `export { ${named.join(', ')} } from ${quoted};` : `import ${quoted};`,
      ].join('\n');
    })
    .join('\n');
  return {
    name: 'ticker-part',
    resolveId: (id) => (id == PART_ENTRY ? id : null),
    load: (id) => (id == PART_ENTRY ? code : null),
  };
}

/**
 * min+gzip bytes of the three parts of the ticker script-tag bundle, each bundled and minified
 * alone as scripts/build.mjs bundles the CDN file: the rest (src/ticker.ts with lit and every
 * module of src/feed/ external), and lit and the feed layer as far as the rest imports them.
 */
async function tickerPartBytes(compiled) {
  const feedDir = join(compiled, 'feed/');
  const isFeed = (id) => id.startsWith(feedDir);
  const templates = minifyHtmlLiterals({ include: [`${compiled}/**`], failOnError: true });
  const rest = await rollup({
    input: join(compiled, 'ticker.js'),
    external: (id, _importer, resolved) => isBareImport(id) || (resolved && isFeed(id)),
    makeAbsoluteExternalsRelative: false,
    plugins: [templates],
    // tsc's decorator helper reads `this` at module level, as scripts/build.mjs also allows.
    onwarn: (warning, warn) => warning.code != 'THIS_IS_UNDEFINED' && warn(warning),
  });
  let restCode;
  let imported;
  try {
    const { output } = await rest.generate({ format: 'es' });
    ({ code: restCode, importedBindings: imported } = output[0]);
  } finally {
    await rest.close();
  }
  const pick = (test) => Object.fromEntries(Object.entries(imported).filter(([source]) => test(source)));
  const litBindings = pick(isBareImport);
  const feedBindings = pick(isFeed);
  const unexpected = Object.keys(imported).filter((source) => !isBareImport(source) && !isFeed(source));
  if (unexpected.length) throw new Error(`ticker parts: unexpected externals ${unexpected.join(', ')}`);
  const list = (bindings, from) =>
    Object.entries(bindings)
      .map(([source, names]) => `${names.join(', ')} from ${from(source)}`)
      .join('; ');
  return {
    lit: await entryMinGzipBytes(PART_ENTRY, { external: () => false, plugins: [partEntry(litBindings), nodeResolve()] }),
    litImports: list(litBindings, (source) => source),
    feed: await entryMinGzipBytes(PART_ENTRY, { plugins: [partEntry(feedBindings)] }),
    feedImports: list(feedBindings, (source) => `src/feed/${source.slice(feedDir.length).replace(/\.js$/, '.ts')}`),
    rest: await minGzipBytes(restCode),
  };
}

/** Report lines for the element bundles under `root`'s dist/. */
export async function elementSizesReport(rootPath) {
  const root = resolve(rootPath);
  const dist = (path) => join(root, 'dist', path);
  const compiled = join(root, 'bench/.out/ticker-parts-js');
  await rm(compiled, { recursive: true, force: true });
  compileSources(root, compiled);
  let split;
  try {
    split = await tickerPartBytes(compiled);
  } finally {
    await rm(compiled, { recursive: true, force: true });
  }
  const { version: litVersion } = JSON.parse(await readFile(join(root, 'node_modules/lit/package.json'), 'utf8'));
  const ticker = await shippedGzipBytes(dist('cdn/ticker.js'));
  const parts = [
    [`lit ${litVersion}: ${split.litImports}`, split.lit],
    [`feed layer: ${split.feedImports}`, split.feed],
    ['the rest: ticker, core, i18n (src/ticker.ts, lit and src/feed/ external)', split.rest],
  ];
  const sum = parts.reduce((total, [, bytes]) => total + bytes, 0);
  const cdnFiles = (await readdir(dist('cdn'))).filter((file) => file.endsWith('.js')).sort();
  const cdnRows = await Promise.all(cdnFiles.map(async (file) => [`dist/cdn/${file}`, await shippedGzipBytes(dist(`cdn/${file}`))]));
  return [
    'Element sizes: min+gzip bytes; dist/cdn/ files as shipped (gzip -9), npm entries min+gzipped as above (budgets: above)',
    ...formatTable(
      ['file', 'bytes'],
      [
        ...cdnRows,
        ['dist/ticker.js (npm entry + chunks, lit external)', await entryMinGzipBytes(dist('ticker.js'))],
        ['dist/card.js (npm entry + chunks, lit external)', await entryMinGzipBytes(dist('card.js'))],
      ],
      'lr',
    ),
    '',
    `Where dist/cdn/ticker.js's ${ticker} bytes go: each part min+gzipped alone (parts compress worse apart)`,
    'Method: src/ compiled as the build does; the rest = src/ticker.ts bundled with lit and src/feed/ external; lit, feed layer = bundles of just the names the rest imports',
    ...formatTable(
      ['part', 'bytes', 'share of the sum'],
      [...parts.map(([label, bytes]) => [label, bytes, `${((100 * bytes) / sum).toFixed(0)}%`]), ['sum of the parts', sum, '']],
      'lrr',
    ),
  ];
}
