// DESIGN's layers: data flows one way (network → feed → component → DOM). The feed layer is pure code for any
// JavaScript runtime and imports nothing outside itself; elements reach it only through src/core/ (the
// FeedController), so an element may name the feed layer's types but never call into it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = new URL('../../src', import.meta.url).pathname;

/** Every import and re-export of the TypeScript files under `folder`: file, module specifier, and whether only types come in. */
function importsUnder(folder) {
  const files = readdirSync(join(SRC, folder), { recursive: true }).filter((file) => file.endsWith('.ts'));
  return files.flatMap((file) => {
    const text = readFileSync(join(SRC, folder, file), 'utf8');
    const statements = text.matchAll(/^(?:import|export)\s+(type\s)?[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'/gm);
    return [...statements].map(([, type, from, dynamic]) => ({ file: join(folder, file), from: from ?? dynamic, typeOnly: !!type }));
  });
}

describe('the layers of src/', () => {
  it('the feed layer imports nothing outside src/feed/ (no lit, no DOM element code)', () => {
    const outside = importsUnder('feed').filter(({ from }) => !from.startsWith('./'));
    assert.deepEqual(outside, []);
  });

  it('elements take only types from the feed layer: its data comes through src/core/', () => {
    const imports = importsUnder('components');
    assert.ok(imports.some(({ from }) => from.includes('/core/')), 'the scan sees the components’ imports');
    const calls = imports.filter(({ file, from, typeOnly }) => /(^|\/)feed\//.test(relative(SRC, join(SRC, file, '..', from))) && !typeOnly);
    assert.deepEqual(calls, []);
  });
});
