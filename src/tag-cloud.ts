// A partner's one-element script also defines <strichka-feed>, which the element can point at.
import './feed-element.js';
import { StrichkaTagCloud } from './components/tag-cloud/tag-cloud.js';
import { defineElement } from './core/define-element.js';

export { StrichkaTagCloud };
export type { CloudTag, TagCloudVariant, TagOrder } from './components/tag-cloud/tag-cloud.js';
defineElement('strichka-tag-cloud', StrichkaTagCloud);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-tag-cloud': StrichkaTagCloud;
  }
}
