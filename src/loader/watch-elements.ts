/**
 * Calls `found` with the tag name of every element matching `selector` in the document now, and
 * of every one added later (parsed, or inserted by script), until the returned function is called.
 * Elements inside shadow roots are not seen.
 */
export function watchElements(selector: string, found: (tagName: string) => void): () => void {
  const scan = (node: Node) => {
    if (node instanceof Element) {
      if (node.matches(selector)) found(node.localName);
      for (const each of node.querySelectorAll(selector)) found(each.localName);
    }
  };
  const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(scan)));
  observer.observe(document, { childList: true, subtree: true });
  scan(document.documentElement);
  return () => observer.disconnect();
}
