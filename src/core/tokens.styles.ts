import { css } from 'lit';

/**
 * Design tokens: every colour, size and font comes from a `--strichka-*` custom property with a
 * default. Colours are `light-dark()` pairs: `color-scheme` follows `prefers-color-scheme` unless
 * `theme` is set; links default to the text colour. Components read the private `--_*` names so
 * a token is resolved in one place. Also the shared pieces: focus ring, `.visually-hidden`, and the `.skeleton` / `.line` placeholders.
 */
export const tokens = css`
  :host {
    --_space: var(--strichka-space, 0.5rem);
    --_radius: var(--strichka-radius, 0.5rem);
    --_text: var(--strichka-color-text, light-dark(#1b1c20, #e8e8ec));
    --_muted: var(--strichka-color-muted, light-dark(#595c64, #a9adb6));
    --_accent: var(--strichka-color-accent, light-dark(#b3261e, #ff8a80));
    --_link: var(--strichka-color-link, var(--_text));
    --_background: var(--strichka-color-background, light-dark(#fff, #16171b));
    --_surface: var(--strichka-color-surface, light-dark(#eef0f3, #25272d));
    --_border: var(--strichka-color-border, light-dark(#d5d8de, #3a3d45));
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--strichka-font, inherit);
    font-size: var(--strichka-font-size, 1rem);
    line-height: 1.4;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 2px solid var(--strichka-color-focus, light-dark(#1a5fd0, #8ab4ff));
    outline-offset: 2px;
  }
  /* Out of sight, still read out; absolute, so it takes no room. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: block;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  /* One line box of the text it stands for (1lh), the bar inset by padding: no margins to
     collapse, so a skeleton is as tall as what it stands for. */
  .line {
    block-size: 1lh;
    padding-block: 0.2em;
    background-clip: content-box;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: strichka-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes strichka-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
