// The test pages' `strichka-set-viewport`, `strichka-send-keys` and `strichka-screenshot` commands
// (test/commands.ts), for Chromium and Firefox through puppeteer, and WebKit through WebDriver.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where screenshots go, one folder an engine (ignored by git; CI can keep it as an artifact). */
const SCREENSHOTS = 'test-results/screenshots';

// WebDriver's codes for named keys (WebDriver spec, "keyboard actions"); one character is itself.
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

// Puppeteer's Firefox (BiDi) keyboard knows the space bar only as ' '; Chromium takes either.
const puppeteerKey = (name) => (name == 'Space' ? ' ' : name);

const puppeteer = {
  setViewport: (page, size) => page.setViewport(size),
  async screenshot(page, { selector, path }) {
    const element = await page.$(selector);
    if (!element) throw new Error(`No ${selector} to take a picture of`);
    await element.screenshot({ path });
  },
  async sendKeys(page, action) {
    if ('press' in action) await page.keyboard.press(puppeteerKey(action.press));
    else if ('down' in action) await page.keyboard.down(puppeteerKey(action.down));
    else await page.keyboard.up(puppeteerKey(action.up));
  },
};

const webdriver = {
  screenshot: async (driver, { selector, path }) => (await driver.$(selector)).saveScreenshot(path),
  // WebDriver sets the window's outer size: add what the browser's frame takes around the page.
  // A window has a least size (MiniBrowser's toolbar): a viewport narrower than that fails here.
  async setViewport(driver, { width, height }) {
    const [frameWidth, frameHeight] = await driver.execute(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
    await driver.setWindowSize(width + frameWidth, height + frameHeight);
    const [gotWidth, gotHeight] = await driver.execute(() => [innerWidth, innerHeight]);
    if (gotWidth != width || gotHeight != height) throw new Error(`The window gives a ${gotWidth} × ${gotHeight} px viewport, not ${width} × ${height}`);
  },
  // A key held down stays down across actions (the session's input state) until its keyUp.
  async sendKeys(driver, action) {
    const [type, name] = 'press' in action ? ['press', action.press] : 'down' in action ? ['keyDown', action.down] : ['keyUp', action.up];
    const value = WEBDRIVER_KEYS[name] ?? name;
    const actions = type == 'press' ? [{ type: 'keyDown', value }, { type: 'keyUp', value }] : [{ type, value }];
    await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  },
};

/** The width and height of a PNG file, from its header (IHDR). */
async function pngSize(path) {
  const header = (await readFile(path)).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}

/** Saves a picture of the page's element matching `selector` as `name`.png in `engine`'s folder; resolves to its size and path. */
async function screenshot(engine, session, { selector, name }) {
  const path = join(SCREENSHOTS, engine, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await onEngine(session, 'screenshot', { selector, path });
  return { ...(await pngSize(path)), path };
}

/** Runs `command` on the session's page with the implementation for its launcher. */
function onEngine(session, command, payload) {
  const { browser } = session;
  if (browser.type == 'webdriver') return webdriver[command](browser.driver, payload);
  return puppeteer[command](browser.getPage(session.id), payload);
}

/** A @web/test-runner plugin with the commands above, for the run of `engine` (chromium, firefox or webkit). */
export function engineCommandsPlugin(engine) {
  return {
    name: 'strichka-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command == 'strichka-screenshot') return screenshot(engine, session, payload);
      if (command == 'strichka-set-viewport') await onEngine(session, 'setViewport', payload);
      else if (command == 'strichka-send-keys') await onEngine(session, 'sendKeys', payload);
      else return undefined;
      return true;
    },
  };
}
