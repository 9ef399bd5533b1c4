import { BLOCK } from './plain-text.js';
import { HIDDEN_ELEMENTS, type XmlElement } from './xml-scanner.js';

/**
 * The text of inline markup (XHTML content, naked HTML in RSS), in document order: script/style
 * text is dropped and block elements are set apart by spaces, as htmlToText does for HTML strings.
 * Not collapsed. Nesting deeper than 99 levels is left out rather than recursed into.
 */
export function markupText(element: XmlElement, depth = 0): string {
  let text = '';
  let at = 0;
  for (const child of element.children) {
    const to = child.textIndex ?? at;
    text += element.text.slice(at, to);
    at = to;
    if (depth < 99 && !HIDDEN_ELEMENTS.test(child.name)) {
      const inner = markupText(child, depth + 1);
      text += BLOCK.test(child.name) ? ` ${inner} ` : inner;
    }
  }
  return text + element.text.slice(at);
}
