/**
 * The element a publisher's selector attribute (`target="#news"`, `scope="main"`) names: first in
 * `from`'s own tree (document or shadow root), then in the document; null when nothing matches or
 * the text is not a selector (a typo must not throw out of a click handler).
 */
export function queryElement<T extends Element = Element>(from: Node, selector: string): T | null {
  try {
    return (from.getRootNode() as ParentNode).querySelector<T>(selector) ?? from.ownerDocument?.querySelector<T>(selector) ?? null;
  } catch {
    return null;
  }
}
