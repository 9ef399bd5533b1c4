import { waitUntil } from '@open-wc/testing';
import type { StrichkaTicker } from '../../src/ticker.js';
import { headlines } from '../components/ticker/ticker-test-feed.js';

/** How a test page is served (test/server/pages-server.mjs). */
export interface TestPageOptions {
  /** Script tags in the head, in order: a URL is a classic script, `module:<URL>` a module. */
  scripts?: string[];
  /** The feed URL the page's elements read (`{feed}` in the fixture). */
  feed?: string;
  /** Sends a strict Content-Security-Policy header. */
  csp?: boolean;
  /** The iframe's sandbox attribute (e.g. `allow-same-origin`: no scripts run). */
  sandbox?: string;
  /** The iframe's size in CSS px (default 900 × 700). */
  size?: [number, number];
}

/** A fixture page loaded in an iframe of the test page: its own globals, its own custom element registry. */
export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { pageProblems: string[]; pageShifts: { value: number; moved: string[] }[]; Strichka?: Record<string, unknown> };
  document: Document;
}

/** The package as a CDN serves it, file by file as built (test/server/pages-server.mjs). */
export const PACKAGE_URL = '/test-pages/npm/strichka@1';

/** dist/cdn/ of the package on that CDN. */
export const CDN = `${PACKAGE_URL}/dist/cdn`;

const frames: HTMLIFrameElement[] = [];

/** Loads `src` in a new iframe, 900×700 unless `size` says (closed by closePages), and resolves when it has loaded. */
export async function openFrame(src: string, sandbox?: string, [width, height] = [900, 700]): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), { width: String(width), height: String(height) });
  if (sandbox != undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = src;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads test/pages/fixtures/<name>.html in a new iframe and resolves when it has loaded. */
export async function openPage(name: string, { scripts = [], feed, csp, sandbox, size }: TestPageOptions = {}): Promise<TestPage> {
  const query = new URLSearchParams({ scripts: scripts.join() });
  if (feed) query.set('feed', feed);
  if (csp) query.set('csp', 'strict');
  const frame = await openFrame(`/test-pages/${name}.html?${query}`, sandbox, size);
  return { frame, window: frame.contentWindow as TestPage['window'], document: frame.contentDocument! };
}

/** Removes every page opened so far (call it in afterEach). */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** The elements of `name` in an element's shadow root (`[part~=name]`). */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** The tag names on a cloud's buttons: the isolated name in each, without the count beside it. */
export const tagNames = (cloud: Element): string[] => parts(cloud, 'button').map((button) => button.querySelector('bdi')?.textContent?.trim() ?? '');

/** Waits until the ticker shows `count` headlines. */
export async function untilHeadlines(ticker: Element, count = 10): Promise<void> {
  await waitUntil(() => headlines(ticker as StrichkaTicker).length == count, `the ticker did not show ${count} headlines`, { timeout: 5000 });
}

/** The first headline of demo/feeds/news-en.xml. */
export const FIRST_HEADLINE = 'Crimea schools renamed en masse to glorify Russian soldiers fighting in Ukraine';
