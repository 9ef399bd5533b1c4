import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { corpusMiddleware } from './test/server/corpus.mjs';
import { feedServerMiddleware } from './test/server/feed-server.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors-plugin.mjs';
import { partnerServersPlugin } from './test/server/partner-servers.mjs';
import { pagesServerMiddleware } from './test/server/pages-server.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // esbuild's default target leaves decorators untransformed for Chromium (TOOLCHAIN.md).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), partnerServersPlugin(), forcedColorsPlugin()],
  middleware: [corpusMiddleware, feedServerMiddleware, pagesServerMiddleware],
  browsers: [
    chromeLauncher({
      // A browser context per test page: two pages in one context starve each other of
      // animation frames (modernweb-dev/web#2588), which hangs fixture() at random.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
