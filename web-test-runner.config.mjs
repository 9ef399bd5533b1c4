import { esbuildPlugin } from '@web/dev-server-esbuild';
import { corpusMiddleware } from './test/server/corpus.mjs';
import { engineCommandsPlugin } from './test/server/engine-commands-plugin.mjs';
import { engineSettings } from './test/server/engines.mjs';
import { feedServerMiddleware } from './test/server/feed-server.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { partnerServersPlugin } from './test/server/partner-servers.mjs';
import { pagesServerMiddleware } from './test/server/pages-server.mjs';

// One engine a run (the machine has two cores): STRICHKA_ENGINE=chromium | firefox | webkit.
const engine = process.env.STRICHKA_ENGINE ?? 'chromium';

export default {
  nodeResolve: true,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) =>
    // The framework is imported after the test font has loaded (test/test-font.ts awaits it).
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/test/fonts/test-font.css"></head><body><script type="module" src="/test/readable-failures.ts"></script><script type="module" src="/test/focus-stays-in-page.ts"></script><script type="module">await import('/test/test-font.ts'); await import('${testFramework}');</script></body></html>`,
  // esbuild's default target leaves decorators untransformed for Chromium (TOOLCHAIN.md).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), partnerServersPlugin(), forcedColorsPlugin(), engineCommandsPlugin(engine)],
  middleware: [corpusMiddleware, feedServerMiddleware, pagesServerMiddleware],
  ...engineSettings(engine),
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
