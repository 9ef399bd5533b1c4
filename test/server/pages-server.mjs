// Whole pages for the "it works where users put it" tests (test/pages/), as a publisher would
// write them, served by the test runner's dev server:
//
//   /test-pages/<name>.html?scripts=<list>[&feed=<url>][&csp=strict]
//       test/pages/fixtures/<name>.html with `<!-- scripts -->` replaced by one script tag per
//       comma-separated entry of `scripts` (`module:/x.js` for type="module", `defer:/x.js` for a
//       deferred classic script, else a classic script), after test/pages/fixtures/record-problems.js, and every `{feed}` replaced by
//       `feed` (default /demo/feeds/news-en.xml). `csp=strict` sends a Content-Security-Policy
//       header without 'unsafe-inline' anything, and the page turns the Intl warm-up worker off
//       (a `blob:` worker), as the README tells such a page to.
//   /test-pages/npm/strichka@1[/dist/<path>]
//       the package as a CDN serves it: without a file, its default file (dist/cdn/loader.js,
//       answered as it is, no redirect, as jsDelivr does); with one, that file of dist/, byte
//       for byte (the dev server's own /dist/ route rewrites scripts through esbuild);
//       `?delay=<ms>` holds the answer back that long (a script arriving after first paint).
//   /test-pages/react-app.js
//       test/pages/fixtures/react-app.jsx with React 19 and the npm build of the elements,
//       bundled by esbuild on the first request.
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = resolve(root, 'test/pages/fixtures');
const PACKAGE_URL = '/test-pages/npm/strichka@1';

/** The policy of a strict page: only same-origin scripts, styles, feeds and images; nothing inline. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri 'none'";

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One script tag for an entry of `scripts`: `module:<src>` is a module, anything else a classic script. */
function scriptTag(entry) {
  const [, kind, src] = /^(?:(module|defer):)?(.*)$/s.exec(entry);
  const attribute = kind == 'module' ? ' type="module"' : kind == 'defer' ? ' defer' : '';
  return `<script${attribute} src="${escapeAttribute(src)}"></script>`;
}

async function fixturePage(ctx, name) {
  const scripts = String(ctx.query.scripts ?? '').split(',').filter(Boolean);
  const feed = String(ctx.query.feed ?? '/demo/feeds/news-en.xml');
  const template = await readFile(resolve(fixtures, `${name}.html`), 'utf8');
  const tags = ['/test/pages/fixtures/record-problems.js', ...scripts].map(scriptTag).join('\n');
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  const strict = ctx.query.csp == 'strict';
  if (strict) ctx.set('Content-Security-Policy', STRICT_CSP);
  const warmUpOff = strict ? '<meta name="strichka:intl-warm-up" content="off">\n' : '';
  ctx.body = template.replace('<!-- scripts -->', warmUpOff + tags).replaceAll('{feed}', escapeAttribute(feed));
}

async function packageFile(ctx) {
  const path = ctx.path == PACKAGE_URL ? 'dist/cdn/loader.js' : ctx.path.slice(PACKAGE_URL.length + 1);
  const file = resolve(root, path);
  if (!path.startsWith('dist/') || !file.startsWith(resolve(root, 'dist') + sep)) return (ctx.status = 404);
  const body = await readFile(file).catch(() => undefined);
  if (!body) return (ctx.status = 404);
  await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay) || 0));
  ctx.type = { '.map': 'application/json', '.css': 'text/css; charset=utf-8' }[extname(file)] ?? 'text/javascript; charset=utf-8';
  ctx.body = body;
}

let reactApp;

/** The React page's script: built once per test run (esbuild takes well under a second). */
async function buildReactApp() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(fixtures, 'react-app.jsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Koa middleware of the test runner: the routes above. */
export async function pagesServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-pages/')) return next();
  if (ctx.path == '/test-pages/react-app.js') {
    reactApp ??= buildReactApp();
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await reactApp;
    return;
  }
  if (ctx.path == PACKAGE_URL || ctx.path.startsWith(`${PACKAGE_URL}/`)) return packageFile(ctx);
  const name = /^\/test-pages\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  if (!name) return next();
  await fixturePage(ctx, name);
}
