import { css } from 'lit';

/** The ticker's look: a compact column of rows, or a one-line moving strip. Logical properties only, for RTL. */
export const tickerStyles = css`
  :host {
    --_highlight: var(--strichka-ticker-highlight, color-mix(in srgb, var(--_accent) 14%, transparent));
  }
  .heading {
    margin-block-end: var(--_space);
    font-size: 0.85em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .rows {
    display: grid;
    grid-template-columns: auto 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rows:focus {
    outline: none;
  }
  .row,
  li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: 3.5em 1fr;
    grid-template-columns: subgrid;
    column-gap: 0.75em;
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  time {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    line-height: 1.6;
  }
  .headline {
    grid-column: 2;
  }
  .updated {
    color: var(--_accent);
    font-weight: 600;
  }
  a {
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  [part~='new'] {
    background: var(--_highlight);
  }
  @media (prefers-reduced-motion: no-preference) {
    .fade0 {
      animation: strichka-fade0 6s ease-in forwards;
    }
    .fade1 {
      animation: strichka-fade1 6s ease-in forwards;
    }
  }
  @keyframes strichka-fade0 {
    to {
      background-color: transparent;
    }
  }
  @keyframes strichka-fade1 {
    to {
      background-color: transparent;
    }
  }
  .time {
    width: 3em;
    height: 1em;
    margin-block: 0.2em;
  }
  .line {
    height: 1em;
    margin-block: 0.2em;
  }
  /* As many lines as a headline takes at the width of the column: three when narrow, one when wide. */
  .body[aria-busy] {
    container-type: inline-size;
  }
  .line:nth-child(3) {
    width: 60%;
  }
  @container (min-width: 21em) {
    .line:nth-child(2) {
      width: 60%;
    }
    .line:nth-child(3) {
      display: none;
    }
  }
  @container (min-width: 38em) {
    .line:first-child {
      width: 75%;
    }
    .line:nth-child(2) {
      display: none;
    }
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .new-button {
    display: block;
    width: 100%;
    margin-block-end: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    font-size: 0.875em;
    font-weight: 600;
  }
  .note,
  .more {
    display: block;
    margin-block: var(--_space) 0;
    font-size: 0.875em;
  }
  .note {
    color: var(--_muted);
  }
  .more {
    font-weight: 600;
  }

  .marquee {
    display: flex;
    align-items: center;
    gap: var(--_space);
    white-space: nowrap;
  }
  .marquee .heading,
  .marquee .note,
  .marquee .more {
    flex: none;
    margin: 0;
  }
  .marquee .body {
    display: flex;
    flex: 1;
    align-items: center;
    gap: var(--_space);
    min-width: 0;
    /* The height of the pause button, also while the skeleton shows. */
    min-height: 2em;
  }
  .marquee .new-button {
    width: auto;
    margin: 0;
  }
  .marquee .rows {
    display: flex;
    gap: 2em;
    padding-inline-end: 2em;
  }
  .marquee li,
  .marquee .row {
    display: flex;
    flex: none;
    gap: 0.5em;
    align-items: baseline;
    padding: 0;
    border: 0;
  }
  .marquee [part='skeleton'],
  .marquee .row {
    flex: 1;
  }
  .marquee .lines {
    flex: 1;
  }
  .marquee .line + .line {
    display: none;
  }
  .viewport {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    /* Room for the focus ring of a headline. */
    padding-block: 0.25em;
    /* Headlines fade in and out at the edges instead of being cut. */
    mask-image: linear-gradient(to right, transparent, #000 1em, #000 calc(100% - 1em), transparent);
  }
  .track {
    display: flex;
    width: max-content;
    animation: strichka-marquee var(--_duration, 30s) linear infinite;
  }
  [dir='rtl'] .track {
    animation-name: strichka-marquee-rtl;
  }
  .viewport:hover .track,
  .viewport:focus-within .track,
  .paused ~ .viewport .track {
    animation-play-state: paused;
  }
  /* A keyboard user reads a still strip from its start, scrolled to the focused headline. */
  .viewport:has(:focus-visible) .track {
    animation: none;
  }
  @keyframes strichka-marquee {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes strichka-marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }
  .pause {
    display: grid;
    flex: none;
    place-items: center;
    width: 2em;
    height: 2em;
    padding: 0;
  }
  .icon {
    width: 0.7em;
    height: 0.75em;
    border-inline: 0.22em solid;
  }
  .paused .icon {
    border: 0;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  @media (prefers-reduced-motion: reduce) {
    .marquee {
      flex-wrap: wrap;
    }
    .marquee .body {
      flex-basis: 100%;
    }
    .viewport {
      mask-image: none;
    }
    .track {
      width: auto;
      animation: none;
    }
    .marquee .rows {
      flex-wrap: wrap;
      row-gap: calc(var(--_space) / 2);
      padding: 0;
      white-space: normal;
    }
    .marquee li {
      flex: 0 1 auto;
    }
    .rows[aria-hidden],
    .pause {
      display: none;
    }
  }
`;
