import { css } from 'lit';

/**
 * The tag cloud's look: a wrapping row of tags, each sized between the min and max size by its
 * `--_weight` (0–1, set from its size class); the inline variant is a plain " · " list.
 * Logical properties only, for RTL. Forced colours drop the pressed tag's background: there the
 * system highlight marks it.
 */
export const tagCloudStyles = css`
  :host {
    --_min-size: var(--strichka-tag-min-size, 0.85em);
    --_max-size: var(--strichka-tag-max-size, 1.6em);
  }
  .frame:not(.fallback) {
    display: flex;
    flex-direction: column;
  }
  [part='skeleton'] {
    block-size: var(--_box);
    overflow: clip;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    align-content: flex-start;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Targets of 24px at least (WCAG 2.5.8), however small the tag. */
  a,
  button,
  [part='text'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  [data-step] {
    font-size: calc(var(--_min-size) + (var(--_max-size) - var(--_min-size)) * var(--_weight, 0));
    line-height: 1.25;
  }
  li {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  a {
    text-decoration: none;
  }
  a:hover,
  button:hover {
    text-decoration: underline;
  }
  button {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: 0 0.25em;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    color: var(--_accent);
    background: var(--_surface);
    border-color: currentColor;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [aria-pressed='true'] .count {
      color: inherit;
    }
  }
  .count {
    margin-inline-start: 0.3em;
    color: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  .clear {
    flex: none;
    align-self: start;
    margin-block-start: var(--_space);
    padding: calc(var(--_space) / 4) var(--_space);
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_border);
    font-size: 0.875em;
  }
  .note,
  .error {
    margin-block: var(--_space) 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
  }
  /* Placeholder tags of a few lengths, at the sizes tags take. */
  .skeleton {
    inline-size: 5em;
    font-size: 1.2em;
    line-height: 1.25;
  }
  .skeleton:nth-child(3n + 1) {
    inline-size: 3.5em;
    font-size: var(--_min-size);
  }
  .skeleton:nth-child(4n + 2) {
    inline-size: 7em;
    font-size: var(--_max-size);
  }

  .inline .tags {
    gap: 0;
  }
  /* The separator is decoration: its alternative text is empty, so it is not read out. */
  .inline li + li::before {
    content: '·' / '';
    margin-inline: 0.4em;
    color: var(--_muted);
  }
  .inline .skeleton {
    font-size: 1em;
    line-height: inherit;
    margin-inline-end: 0.8em;
  }
`;
