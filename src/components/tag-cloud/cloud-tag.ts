/** One tag of a tag cloud. */
export interface CloudTag {
  /** The tag as shown (and as set on a filtered ticker's `tag`). */
  name: string;
  /** How many stories have the tag; unknown: no count is said, and it gets the least size. */
  count?: number;
  /** The tag's own link (http(s), or relative to the page); wins over `tag-href`. */
  href?: string;
}
