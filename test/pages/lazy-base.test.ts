import { expect } from '@open-wc/testing';
import { lazyBase } from '../../src/loader/lazy-base.js';

describe('lazyBase: where the loader finds the lazy element files', () => {
  it('is lazy/ beside the loader’s own file', () => {
    expect(lazyBase('https://cdn.example/npm/strichka@1.2.0/dist/cdn/loader.js').href).to.equal('https://cdn.example/npm/strichka@1.2.0/dist/cdn/lazy/');
    expect(lazyBase('https://example.org/assets/loader.js?v=3').href).to.equal('https://example.org/assets/lazy/');
  });

  it('is the package’s dist/cdn/lazy/ for a CDN URL naming the package without a file', () => {
    expect(lazyBase('https://cdn.jsdelivr.net/npm/strichka@1').href).to.equal('https://cdn.jsdelivr.net/npm/strichka@1/dist/cdn/lazy/');
    expect(lazyBase('https://unpkg.com/strichka').href).to.equal('https://unpkg.com/strichka/dist/cdn/lazy/');
    expect(lazyBase('https://unpkg.com/strichka@1/').href).to.equal('https://unpkg.com/strichka@1/dist/cdn/lazy/');
  });
});
