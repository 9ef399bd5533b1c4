/**
 * The `strichka/tag-cloud` entry: defines `<strichka-tag-cloud>` (and `<strichka-feed>`) on import
 * and exports its class and types. A page that only needs the class imports
 * `components/tag-cloud/tag-cloud.js`, which defines nothing.
 * @module
 */
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
