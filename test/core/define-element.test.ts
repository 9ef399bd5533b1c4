import { expect } from '@open-wc/testing';
import { defineElement, definingLater } from '../../src/core/define-element.js';

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

  it('registers a tag the page already has in a task of its own (its upgrade is one), the first bundle winning', async () => {
    const waiting = document.body.appendChild(document.createElement('strichka-define-later'));
    class Later extends HTMLElement {}
    class FromAnotherBundle extends HTMLElement {}
    defineElement('strichka-define-later', Later);
    defineElement('strichka-define-later', FromAnotherBundle);
    expect(customElements.get('strichka-define-later'), 'registered in the same task').to.equal(undefined);
    expect(definingLater().has('strichka-define-later'), 'announced to the loader').to.equal(true);
    await customElements.whenDefined('strichka-define-later');
    expect(waiting).to.be.instanceOf(Later);
    expect(definingLater().has('strichka-define-later')).to.equal(false);
    waiting.remove();
  });

  it('registers a tag the page has none of at once', () => {
    class Now extends HTMLElement {}
    defineElement('strichka-define-now', Now);
    expect(customElements.get('strichka-define-now')).to.equal(Now);
  });
});
