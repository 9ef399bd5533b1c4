import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define-element.js';

describe('defineElement', () => {
  it('registers once; defining the name again is a no-op, never an exception', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('strichka-define-test', First);
    expect(() => defineElement('strichka-define-test', Second)).not.to.throw();
    expect(customElements.get('strichka-define-test')).to.equal(First);
  });

  it('ignores a class already registered under another name, and a subclass registers freely', () => {
    class Widget extends HTMLElement {}
    defineElement('strichka-define-widget', Widget);
    expect(() => defineElement('strichka-define-widget-again', Widget)).not.to.throw();
    expect(customElements.get('strichka-define-widget-again')).to.equal(undefined);

    class PartnerWidget extends Widget {}
    defineElement('partner-widget', PartnerWidget);
    expect(customElements.get('partner-widget')).to.equal(PartnerWidget);
  });
});
