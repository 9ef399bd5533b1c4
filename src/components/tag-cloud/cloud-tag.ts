/** One tag of a tag cloud: its name, how many stories have it (unknown: no count is said), and its own link. */
export interface CloudTag {
  name: string;
  count?: number;
  /** The tag's own link (http(s), or relative to the page); wins over `tag-href`. */
  href?: string;
}
