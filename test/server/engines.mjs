import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

// Every engine from Debian's packages (TOOLCHAIN.md): chromium, firefox-esr, webkit2gtk-driver.
export const ENGINE_BINARIES = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

/** The port WebKitWebDriver listens on (scripts/test-engines.mjs and .ci/run start it). */
export const WEBKIT_WEBDRIVER_PORT = Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444);

// A browser context per test page: two pages in one context starve each other of animation
// frames (modernweb-dev/web#2588), which hangs fixture() at random.
const pageInOwnContext = async ({ browser }) => (await browser.createBrowserContext()).newPage();

const launchers = {
  chromium: () =>
    chromeLauncher({
      createPage: pageInOwnContext,
      launchOptions: {
        executablePath: ENGINE_BINARIES.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver, no DevTools protocol.
  firefox: () =>
    puppeteerLauncher({
      createPage: pageInOwnContext,
      launchOptions: { browser: 'firefox', executablePath: ENGINE_BINARIES.firefox, headless: true },
    }),
  // MiniBrowser has no headless mode: it runs under Xvfb, driven by WebKitWebDriver.
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: WEBKIT_WEBDRIVER_PORT,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: ENGINE_BINARIES.webkit, args: ['--automation'] },
      },
    }),
};

// One page at a time in Firefox and WebKit. Firefox gives a background tab no animation frames
// (fixture() and the elements wait for them), and a page in a window of its own loses focus to
// the next window opened; through WebDriver, more pages would put test files in iframes.
const concurrency = { chromium: 2, firefox: 1, webkit: 1 };

/** The test files, launcher and concurrency of one engine's run. */
export function engineSettings(engine) {
  if (!(engine in launchers)) throw new Error(`Unknown engine "${engine}": one of ${Object.keys(launchers).join(', ')}`);
  return { files: ['test/**/*.test.ts'], browsers: [launchers[engine]()], concurrency: concurrency[engine] };
}
