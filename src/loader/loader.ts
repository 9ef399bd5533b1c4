/**
 * dist/cdn/loader.js, a classic script (`<script src=".../dist/cdn/loader.js">`): finds Strichka's
 * elements on the page, now and when added later, and imports only the lazy files that define
 * them, from the folder beside its own URL. The lazy files share their chunks (lit, core, the feed
 * layer), so a page with a ticker and a card downloads each once.
 */
import { definingLater } from '../core/define-element.js';
import { lazyBase } from './lazy-base.js';
import { lazyElements } from './lazy-elements.js';
import { watchElements } from './watch-elements.js';

// A classic script knows its own URL only while it first runs; under type="module" it has none.
const script = document.currentScript as HTMLScriptElement | null;
if (!script?.src) throw new Error('strichka loader: load it with <script src>, without type="module"');
const base = lazyBase(script.src);
const tags = Object.keys(lazyElements);
const requested = new Set<string>();
// Watching ends once every element has been asked for (stop is unset during the first scan).
let stop: (() => void) | undefined;
stop = watchElements(tags.join(), (tag) => {
  if (requested.has(tag)) return;
  requested.add(tag);
  // A tag defined already or coming (by strichka.js, or another loader) needs nothing; the module map
  // imports each URL once, so a second loader on the page shares the first one's files. Each import
  // starts in a task of its own: starting one costs ~10–20 ms at 4× CPU, and six made one long task.
  if (!customElements.get(tag) && !definingLater().has(tag)) setTimeout(() => import(new URL(`${lazyElements[tag]}.js`, base).href));
  if (requested.size == tags.length) stop?.();
});
if (requested.size == tags.length) stop();
