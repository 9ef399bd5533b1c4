// The browser suite in every engine installed here, one engine after the other (two cores):
//   node scripts/test-engines.mjs                      chromium, firefox and webkit
//   node scripts/test-engines.mjs webkit -- --files test/feed/client.test.ts
// An engine whose browser is missing is left out with a line saying so; under CI=true it fails.
// WebKit's MiniBrowser needs a display and WebKitWebDriver: when nothing answers on the port,
// this starts Xvfb and WebKitWebDriver and stops them by their process ids.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINE_BINARIES, WEBKIT_WEBDRIVER_PORT } from '../test/server/engines.mjs';

const separator = process.argv.indexOf('--');
const named = process.argv.slice(2, separator < 0 ? undefined : separator);
const runnerArgs = separator < 0 ? [] : process.argv.slice(separator + 1);
const engines = named.length ? named : Object.keys(ENGINE_BINARIES);
const DRIVER_STATUS = `http://127.0.0.1:${WEBKIT_WEBDRIVER_PORT}/status`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const exited = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

const driverAnswers = () =>
  fetch(DRIVER_STATUS).then(
    (response) => response.ok,
    () => false,
  );

/** A display number no X server holds. */
function freeDisplay() {
  let display = 99;
  while (existsSync(`/tmp/.X${display}-lock`)) display++;
  return `:${display}`;
}

/** Xvfb and WebKitWebDriver for this run, unless a driver already answers; returns what stops them. */
async function startWebKitDriver() {
  if (await driverAnswers()) return async () => {};
  const display = freeDisplay();
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const driver = spawn('WebKitWebDriver', [`--port=${WEBKIT_WEBDRIVER_PORT}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const stop = async () => {
    for (const child of [driver, xvfb]) if (child.exitCode == null && child.kill()) await exited(child);
  };
  for (let tries = 0; !(await driverAnswers()); tries++) {
    if (tries == 100) {
      await stop();
      throw new Error(`WebKitWebDriver did not answer on ${DRIVER_STATUS}`);
    }
    await sleep(100);
  }
  return stop;
}

/** Runs the suite in one engine; resolves to its exit code. */
async function runEngine(engine) {
  const stopDriver = engine == 'webkit' ? await startWebKitDriver() : async () => {};
  try {
    const runner = spawn('node_modules/.bin/web-test-runner', runnerArgs, { stdio: 'inherit', env: { ...process.env, STRICHKA_ENGINE: engine } });
    return await exited(runner);
  } finally {
    await stopDriver();
  }
}

const results = [];
for (const engine of engines) {
  if (!(engine in ENGINE_BINARIES)) throw new Error(`Unknown engine "${engine}": one of ${Object.keys(ENGINE_BINARIES).join(', ')}`);
  if (!existsSync(ENGINE_BINARIES[engine])) {
    const line = `${engine}: not installed (${ENGINE_BINARIES[engine]})`;
    results.push({ engine, passed: process.env.CI != 'true', line: `${line}, left out` });
    continue;
  }
  const started = Date.now();
  const code = await runEngine(engine);
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ engine, passed: code === 0, line: `${engine}: ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds} s` });
}
for (const { line } of results) console.log(line);
process.exitCode = results.every(({ passed }) => passed) ? 0 : 1;
