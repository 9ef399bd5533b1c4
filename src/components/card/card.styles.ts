import { css } from 'lit';

/** The card's own styles, on top of the shared tokens; logical properties only, so RTL mirrors. */
export const cardStyles = css`
  :host([layout='horizontal']) {
    container-type: inline-size;
  }
  .card {
    position: relative;
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .horizontal {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: calc(var(--_space) * 2);
  }
  @container (max-width: 30rem) {
    .horizontal {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  .media {
    display: block;
    overflow: hidden;
    aspect-ratio: var(--_ratio, var(--strichka-card-image-ratio, 16 / 9));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .media img[hidden] {
    display: none;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .compact .title {
    font-size: 1em;
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
  .updated {
    color: var(--_accent);
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines, 3);
    line-clamp: var(--_lines, 3);
    overflow: hidden;
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
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
