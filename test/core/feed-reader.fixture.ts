import { html } from 'lit';
import { defineElement } from '../../src/core/define-element.js';
import { StrichkaDataElement } from '../../src/core/strichka-data-element.js';

/** A minimal data element for testing the core: shows its state, item count and locale as text. */
export class FeedReader extends StrichkaDataElement {
  get status(): string {
    return this.data.state.status;
  }

  get summary(): string {
    const { status, feed } = this.data.state;
    return `${status} ${feed?.items.length ?? 0} ${this.locale} ${this.direction}`;
  }

  override render() {
    const { status } = this.data.state;
    return status == 'ready' || status == 'stale' ? html`<p>${this.summary}</p>` : this.renderFallback();
  }
}
defineElement('test-feed-reader', FeedReader);
