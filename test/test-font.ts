// Loads the bundled test font (fonts/test-font.css) before any test file runs, so that no test
// measures text in the fallback font. Imported before the test framework (web-test-runner.config.mjs).
const sample = 'Aa Жж Її';
await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "Strichka Test Serif"`, sample)));

export {};
