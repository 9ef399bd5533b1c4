// The package as npm ships it: `npm pack` of the built repository, installed into a temporary
// project, then every entry imported from there in a fresh Node process, and the tarball checked
// with publint and @arethetypeswrong/cli. Runs under `node --test` after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { publint } from 'publint';
import { integrityOf } from '../../scripts/write-integrity.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

/** Runs `code` as an ES module in a new Node process inside the consumer project; its stdout as JSON. */
const runInConsumer = (project, code) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' }));

describe('the packed tarball', () => {
  let work;
  let tarball;
  let files;
  let project;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'strichka-pack-'));
    // The suite built dist/ already; prepack would build it again under the other tests' feet.
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
    tarball = join(work, packed.filename);
    files = packed.files.map((file) => file.path);
    project = join(work, 'consumer');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', tarball], project);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built files, the manifest and the docs, and nothing of the repository besides', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/custom-elements.json', 'dist/cdn/strichka.js', 'dist/cdn/strichka.js.map']) {
      assert.ok(files.includes(file), `${file} is packed`);
    }
    const foreign = files.filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(file));
    assert.deepEqual(foreign, []);
    assert.ok(!files.some((file) => /corpus|\.test\./.test(file)), 'no test or corpus file is packed');
  });

  it('has every file that `exports`, `customElements` and the CDN fields name', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target == 'string' ? [target] : Object.values(target)));
    for (const target of [...targets, pkg.customElements, pkg.unpkg, pkg.jsdelivr].filter(Boolean)) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is packed`);
    }
  });

  it('imports every entry from node_modules, and only the registering entries define elements', () => {
    const entries = Object.keys(pkg.exports).filter((key) => !/\.(json|css)$/.test(key)).map((key) => key.replace(/^\./, 'strichka'));
    const exported = runInConsumer(
      project,
      `const out = {}; for (const entry of ${JSON.stringify(entries)}) out[entry] = Object.keys(await import(entry));
       console.log(JSON.stringify(out));`,
    );
    assert.deepEqual(exported['strichka/ticker'], ['StrichkaTicker']);
    assert.ok(exported['strichka/feed'].includes('parseFeed'));
    for (const name of ['StrichkaFeed', 'StrichkaTicker', 'StrichkaCard', 'StrichkaTagCloud', 'StrichkaLanguageSwitcher', 'StrichkaSupportBanner']) {
      assert.ok(exported['strichka'].includes(name), `strichka exports ${name}`);
      assert.ok(exported['strichka/classes'].includes(name), `strichka/classes exports ${name}`);
    }
    // lit's Node build gives a customElements registry to record definitions in
    const defined = runInConsumer(
      project,
      `const { StrichkaTicker } = await import('strichka/classes');
       const before = customElements.get('strichka-ticker') ?? null;
       await import('strichka/ticker');
       console.log(JSON.stringify({ before, same: customElements.get('strichka-ticker') === StrichkaTicker }));`,
    );
    assert.deepEqual(defined, { before: null, same: true });
  });

  it('publint reports nothing', async () => {
    const { messages } = await publint({ pkgDir: join(project, 'node_modules/strichka'), strict: true, pack: false });
    assert.deepEqual(messages, []);
  });

  it('@arethetypeswrong/cli finds no problem for ESM consumers (the package is ESM only)', () => {
    const attw = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const output = execFileSync(process.execPath, [attw, tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--exclude-entrypoints', './strichka.css'], { encoding: 'utf8' });
    assert.match(output, /No problems found|🟢/);
  });
});

describe('dist/cdn/integrity.json', () => {
  it('holds the SRI hash of every script-tag file as built', () => {
    const hashes = JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'));
    assert.ok(Object.keys(hashes).includes('strichka.js') && Object.keys(hashes).includes('ticker.js'));
    for (const [file, hash] of Object.entries(hashes)) assert.equal(hash, integrityOf(readFileSync(join(ROOT, 'dist/cdn', file))), file);
  });
});

describe('dist/custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

  it('names every element with its tag, and every attribute, property, event, slot, part and CSS property has a description', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'strichka-card',
      'strichka-feed',
      'strichka-language-switcher',
      'strichka-support-banner',
      'strichka-tag-cloud',
      'strichka-ticker',
    ]);
    for (const element of elements) {
      const properties = (element.members ?? []).filter((member) => member.kind == 'field' && !member.static && !['private', 'protected'].includes(member.privacy));
      const described = [...properties, ...['attributes', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((kind) => element[kind] ?? [])];
      const bare = described.filter((entry) => !entry.description?.trim()).map((entry) => entry.name);
      assert.deepEqual(bare, [], `${element.tagName}: undocumented ${bare.join(', ')}`);
      assert.ok(element.description?.trim(), `${element.tagName} has a description`);
    }
    const ticker = elements.find((element) => element.tagName == 'strichka-ticker');
    assert.ok(ticker.attributes.some((attribute) => attribute.name == 'src' && attribute.fieldName == 'src'), 'inherited src attribute');
    assert.ok(ticker.events.some((event) => event.name == 'strichka-load'));
    assert.ok(ticker.cssParts.length > 5 && ticker.cssProperties.length > 5);
  });

  it('lists as attributes only what a page may write: no internal state field', () => {
    for (const element of elements) {
      const internal = (element.members ?? []).filter((member) => ['private', 'protected'].includes(member.privacy)).map((member) => member.name);
      const leaked = (element.attributes ?? []).filter((attribute) => internal.includes(attribute.fieldName)).map((attribute) => attribute.name);
      assert.deepEqual(leaked, [], element.tagName);
    }
    const ticker = elements.find((element) => element.tagName == 'strichka-ticker');
    assert.ok(!ticker.attributes.some((attribute) => attribute.name == 'paused'), 'the ticker has no paused attribute');
  });
});
