// `<strichka-support-banner>`: a reader-revenue banner that remembers dismissal and support in
// localStorage (`strichka:support:<id | utm-campaign | default>`), with no cookies and no requests.
import { StrichkaSupportBanner } from './components/support-banner/support-banner.js';
import { defineElement } from './core/define-element.js';

export { StrichkaSupportBanner };
defineElement('strichka-support-banner', StrichkaSupportBanner);

declare global {
  interface HTMLElementTagNameMap {
    'strichka-support-banner': StrichkaSupportBanner;
  }
}
