import { css } from 'lit';

/**
 * The ticker's look: a compact column of rows, or a one-line moving strip, in the frame its box
 * rules size (ticker-box.styles.ts); rows that do not fit are clipped and hidden. Logical
 * properties only, for RTL.
 */
export const tickerStyles = css`
  .frame {
    position: relative;
  }
  .frame:not(.fallback) {
    display: flex;
    flex-direction: column;
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
    /* A long word must not widen a narrow column. */
    overflow-wrap: anywhere;
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
    background: var(--strichka-ticker-highlight, color-mix(in srgb, var(--_accent) 14%, transparent));
  }
  /* Two names, one fade: the row's class flips between them so a reused row fades again. */
  @media (prefers-reduced-motion: no-preference) {
    .fade0,
    .fade1 {
      animation: strichka-fade0 6s ease-in forwards;
    }
    .fade1 {
      animation-name: strichka-fade1;
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
  /* The skeleton's bar for the time. */
  .time {
    width: 3em;
  }
  /* As many lines as a headline takes at the width of the ticker, on average (every other row
     one line less on the half steps): 3, 2.5, 2, 1.5 and 1 line as the column widens. */
  .body[aria-busy] {
    container-type: inline-size;
  }
  .lines > :last-child {
    width: 60%;
  }
  @container (width >= 19em) {
    :nth-child(2n) > .lines > :nth-child(2) {
      width: 60%;
    }
    :nth-child(2n) > .lines > :last-child {
      display: none;
    }
  }
  @container (width >= 23em) {
    .lines > :nth-child(2) {
      width: 60%;
    }
    .lines > :last-child {
      display: none;
    }
  }
  @container (width >= 33em) {
    :nth-child(2n) > .lines > :first-child {
      width: 75%;
    }
    :nth-child(2n) > .lines > :nth-child(2) {
      display: none;
    }
  }
  @container (width >= 40em) {
    .lines > :first-child {
      width: 75%;
    }
    .lines > :nth-child(2) {
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
  /* Over the heading's line: it takes no room, so showing it moves nothing. */
  .new-button {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    z-index: 1;
    min-block-size: 24px;
    padding: 0 var(--_space);
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

  /* The marquee is a still, wrapping list unless motion is welcome (then it moves: below). */
  .frame.marquee {
    flex-flow: row wrap;
    align-items: center;
    align-content: flex-start;
    gap: var(--_space);
  }
  .marquee > *,
  .marquee .heading {
    flex: none;
    margin: 0;
  }
  /* A publisher's long heading wraps on a narrow screen rather than widen the page. */
  .marquee .heading {
    flex-shrink: 1;
    overflow-wrap: anywhere;
  }
  .marquee .body {
    display: flex;
    flex: 1 1 100%;
    align-items: center;
    gap: var(--_space);
    min-width: 0;
    /* The height of the pause button, also while the skeleton shows. */
    min-height: 2em;
    overflow: visible;
  }
  /* Still: a column of the heading and as many headlines as the box holds. */
  @media (prefers-reduced-motion: reduce) {
    .frame.marquee {
      flex-flow: column;
      align-items: stretch;
    }
    .marquee .body {
      flex: 1 1 0;
      align-items: start;
      overflow: clip;
    }
  }
  .marquee .rows {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) 2em;
    white-space: normal;
  }
  .marquee li,
  .marquee .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
    padding: 0;
    border: 0;
  }
  /* Under its time when there is no room beside it. */
  .marquee .headline {
    flex: 1 10em;
  }
  .marquee [part='skeleton'],
  .marquee .row,
  .marquee .lines {
    flex: 1;
  }
  .marquee .line + .line {
    display: none;
  }
  .viewport {
    flex: 1;
    min-width: 0;
    /* Room for the focus ring of a headline. */
    padding-block: 0.25em;
  }
  /* The second copy is there for the loop of the moving strip only. */
  .copy + .rows,
  .pause {
    display: none;
  }
  /* Above the strip, whose moving headlines pass under its edge (clipped there, but still under it). */
  .pause {
    position: relative;
    z-index: 1;
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
  /* Forced colours drop backgrounds, the play triangle's too. */
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    /* Beside the heading from 30em on (the box rules reserve for that), under it when narrower. */
    @container (width >= 30em) {
      .marquee .body {
        flex-basis: 0;
      }
    }
    /* At least the box (the host's reserve): a publisher's long heading or the reader's larger
       text may take more, and so does the still list while a headline has keyboard focus (the
       reader's own action). */
    .frame.marquee {
      block-size: auto;
    }
    .pause {
      display: grid;
    }
    /* Moving unless a headline has keyboard focus: then the still list above. */
    .viewport:not(:has(:focus-visible)) {
      overflow: hidden;
      /* Headlines fade in and out at the edges instead of being cut. */
      mask-image: linear-gradient(to right, transparent, #000 1em, #000 calc(100% - 1em), transparent);
    }
    .viewport:not(:has(:focus-visible)) .track {
      display: flex;
      width: max-content;
      animation: strichka-marquee var(--_duration, 30s) linear infinite;
    }
    .viewport:not(:has(:focus-visible)) .rows {
      display: flex;
      flex-wrap: nowrap;
      padding-inline-end: 2em;
      white-space: nowrap;
    }
    .viewport:not(:has(:focus-visible)) li {
      flex: none;
    }
    [dir='rtl'] {
      --_shift: 50%;
    }
    /* At the top of the still list. */
    :is(.marquee, .body):has(.viewport :focus-visible) {
      align-items: start;
    }
    .viewport:is(:hover, :focus-within) .track,
    .paused ~ .viewport .track {
      animation-play-state: paused;
    }
  }
  @keyframes strichka-marquee {
    to {
      transform: translateX(var(--_shift, -50%));
    }
  }
`;
