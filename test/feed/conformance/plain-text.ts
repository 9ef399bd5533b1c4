// The text a reader sees of an HTML fragment, computed by the browser's own HTML parser: an
// oracle independent of the parser under test (which must not use DOMParser). A DOMParser
// document never runs scripts or loads images, so hostile expected values are inert here.

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'template']);

/** Elements that start a new line when rendered: their edges separate words. */
const BLOCK = new Set(
  ('address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section summary table tbody td tfoot th thead title tr ul').split(' '),
);

/** Collapses runs of HTML (ASCII) whitespace to one space and trims; a no-break space stays. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/** An HTML fragment as plain text: tags stripped, script/style text dropped, entities decoded, blocks separated, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  let text = '';
  const visit = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const name = (child as Element).localName;
      if (HIDDEN.has(name)) continue;
      const block = BLOCK.has(name);
      if (block) text += ' ';
      visit(child);
      if (block) text += ' ';
    }
  };
  visit(document.documentElement);
  return collapseWhitespace(text);
}

/** The text of every script element of an HTML fragment, as the browser's HTML parser sees it. */
export function scriptTexts(html: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(document.querySelectorAll('script'), (script) => script.textContent ?? '');
}
