import type { CloudTag } from './cloud-tag.js';

/**
 * The tags a page gives as links inside the element (its no-JavaScript fallback): the text of
 * each `<a>` is the name, its `href` the link, its `data-count` the count.
 */
export function linkTags(host: Element): CloudTag[] {
  return [...host.querySelectorAll('a')].flatMap((link) => {
    const name = link.textContent!.replace(/\s+/g, ' ').trim();
    const count = Number(link.dataset.count || NaN);
    return name ? [{ name, href: link.getAttribute('href') ?? undefined, count: Number.isInteger(count) && count >= 0 ? count : undefined }] : [];
  });
}
