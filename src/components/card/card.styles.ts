import { css } from 'lit';

/**
 * The card's own styles, on top of the shared tokens, in the frame its box rules size
 * (card-box.styles.ts); logical properties only, so RTL mirrors.
 */
export const cardStyles = css`
  .card {
    position: relative;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  .compact {
    grid-template-rows: minmax(0, 1fr);
  }
  .horizontal {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    grid-template-rows: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  @container (max-width: 30rem) {
    .horizontal {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  .media {
    display: block;
    overflow: hidden;
    aspect-ratio: var(--strichka-card-image-ratio, 16 / 9);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .no-image {
    display: grid;
    place-items: center;
    padding: var(--_space);
    color: var(--_muted);
    font-weight: 700;
    font-size: 1.25em;
    text-align: center;
  }
  .no-image span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    align-self: stretch;
    min-inline-size: 0;
    min-block-size: 0;
  }
  .body > * {
    flex: none;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part='title'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .compact .title {
    font-size: 1em;
    -webkit-line-clamp: 2;
  }
  .link {
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  /* One link per card, clickable across the whole card. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta,
  .note {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* One line: long author lists end in an ellipsis. */
  [part='meta'] {
    flex-wrap: nowrap;
    white-space: nowrap;
  }
  [part='authors'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .updated {
    color: var(--_accent);
  }
  /* The room left in the box, in whole lines (set after layout; until then the lines asked for). */
  /* The room the summary has: the lines left in the box. The summary shows the whole ones only. */
  .body > .room {
    flex: 1 1 0;
    min-block-size: 0;
    overflow: hidden;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp, var(--_lines));
    overflow: hidden;
    margin: 0;
  }
  /* One line of tags; those that wrap past it are hidden. */
  .tags {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) / 2);
    block-size: 1lh;
    margin: 0;
    padding: 0;
    overflow: clip;
    list-style: none;
    font-size: 0.875em;
  }
  .tag {
    padding: 0 calc(var(--_space) / 1.5);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Above the stretched title link, so a tag link stays its own target. */
  .tag a {
    position: relative;
    z-index: 1;
  }
  .title .line + .line,
  .summary-lines .line:last-child {
    inline-size: 60%;
  }
  .meta .line {
    inline-size: 30%;
  }
  .error {
    margin: 0;
    color: var(--_muted);
  }
`;
