// The test pages' `strichka-set-viewport` and `strichka-send-keys` commands (test/commands.ts),
// for Chromium and Firefox through puppeteer, and WebKit through WebDriver.

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
  async sendKeys(page, action) {
    if ('press' in action) await page.keyboard.press(puppeteerKey(action.press));
    else if ('down' in action) await page.keyboard.down(puppeteerKey(action.down));
    else await page.keyboard.up(puppeteerKey(action.up));
  },
};

const webdriver = {
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

/** Runs `command` on the session's page with the implementation for its launcher. */
function onEngine(session, command, payload) {
  const { browser } = session;
  if (browser.type == 'webdriver') return webdriver[command](browser.driver, payload);
  return puppeteer[command](browser.getPage(session.id), payload);
}

/** A @web/test-runner plugin with the commands above. */
export function engineCommandsPlugin() {
  return {
    name: 'strichka-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command == 'strichka-set-viewport') await onEngine(session, 'setViewport', payload);
      else if (command == 'strichka-send-keys') await onEngine(session, 'sendKeys', payload);
      else return undefined;
      return true;
    },
  };
}
