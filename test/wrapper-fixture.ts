import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders a wrapper (a plain element holding our elements) and waits for the first render of every
 * lit element in it. (open-wc's `fixture` waits for an animation frame for a plain wrapper, which
 * never comes on a page the runner hides.)
 */
export async function wrapperFixture<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const wrapper = fixtureSync<T>(template);
  const elements = [...wrapper.querySelectorAll('*')] as Partial<{ updateComplete: Promise<unknown> }>[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return wrapper;
}
