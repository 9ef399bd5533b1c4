import { css } from 'lit';

/**
 * The switcher's look: a compact row like the seed page's header ("Укр Рус Eng"); logical
 * properties only, for RTL. An unavailable language is struck through, not only greyed: colour
 * alone is no cue (WCAG 1.4.1).
 */
export const languageSwitcherStyles = css`
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A flex item, so no line box (whose height follows the fonts of the labels) sits around the link. */
  li {
    display: flex;
  }
  /* One line and the spacing tall whatever the label's script and font, so the switcher's height
     is known before it renders; never under 24 × 24 px (WCAG 2.2 target size). */
  a,
  button,
  [part~='unavailable'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    block-size: calc(1lh + var(--_space));
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_link);
    font: inherit;
    text-decoration: none;
  }
  button {
    border: 0;
    background: none;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    text-decoration: underline;
  }
  [part~='current'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.3em;
  }
  [part~='unavailable'] {
    color: var(--_muted);
    cursor: not-allowed;
    text-decoration: line-through;
  }
`;
