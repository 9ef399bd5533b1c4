// Writes the host pages to bench/.out/host-page/: bench/host-page/article.html once per embed
// path of the README (the boxes' styles and its script snippet in place of <!-- scripts -->), once
// with the boxes' stylesheet linked instead, once without widgets,
// and the npm path's application bundle (esbuild, as an application would ship it, with the
// compile hint the README gives for the chunk that holds the elements).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The README's ways to put the widgets on a page; `script` goes into the template's <head> after the boxes' styles. */
export const embeds = [
  { name: 'module', label: 'ES module strichka.js', script: '<script type="module" src="/dist/cdn/strichka.js"></script>' },
  { name: 'classic', label: 'classic strichka.classic.js', script: '<script defer src="/dist/cdn/strichka.classic.js"></script>' },
  { name: 'loader', label: 'loader.js', script: '<script defer src="/dist/cdn/loader.js"></script>' },
  { name: 'npm', label: "npm import 'strichka'", script: '<script type="module" src="/bench/.out/host-page/npm-app.js"></script>' },
];
/**
 * The module path with the boxes' stylesheet linked from the CDN instead of pasted: the README's
 * other way, which holds the first paint of a first visit for one request to the CDN.
 */
export const linkedBoxes = {
  name: 'module-linked',
  label: 'ES module, strichka.css linked',
  script: '<link rel="stylesheet" href="/dist/cdn/strichka.css" /><script type="module" src="/dist/cdn/strichka.js"></script>',
  linked: true,
};
/** The same article with the widgets' fallback markup and no script: what the page costs without them. */
export const baseline = { name: 'baseline', label: 'no widgets (fallback markup only)', script: '' };

/** Writes every page and the npm bundle under `root`; resolves to the pages' paths on the server ({ name: '/bench/…' }). */
export async function writeHostPages(root) {
  const out = join(root, 'bench/.out/host-page');
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(root, 'bench/host-page/npm-app.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: join(out, 'npm-app.js'),
    // rollup's chunks import each other for order only; esbuild warns that it drops those imports.
    logLevel: 'error',
    banner: { js: '//# allFunctionsCalledOnLoad' },
  });
  const template = await readFile(join(root, 'bench/host-page/article.html'), 'utf8');
  // The README's stylesheet that reserves the elements' boxes before any script, pasted into the <head>.
  const boxes = `<style>${await readFile(join(root, 'dist/cdn/strichka.css'), 'utf8')}</style>`;
  const paths = {};
  for (const { name, script, linked } of [...embeds, linkedBoxes, baseline]) {
    await writeFile(join(out, `${name}.html`), template.replace('<!-- scripts -->', script && (linked ? script : boxes + script)));
    paths[name] = `/bench/.out/host-page/${name}.html`;
  }
  return paths;
}
