import { css } from 'lit';

/** The banner's own styles, on top of the shared tokens; logical properties only, so RTL mirrors. */
export const supportBannerStyles = css`
  /* Nothing at all until shown: a banner that does not show takes no space. */
  :host {
    display: none;
  }
  :host([state='shown']:not([hidden])),
  :host([state='link']:not([hidden])) {
    display: block;
  }
  :host([state='link']) {
    background: none;
    font-size: calc(var(--strichka-font-size, 1rem) * 0.875);
  }
  /* A 24 × 24 px target at least (WCAG 2.2 target size), the text centred in it. */
  .after,
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  :host([placement='bottom'][state='shown']) {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--strichka-support-z-index, 1000);
    /* A third of the viewport at most; dvh where known, as phones' vh is the largest viewport. */
    max-block-size: 33vh;
    max-block-size: 33dvh;
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  .banner {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([placement='bottom']) .banner {
    max-inline-size: 60rem;
    margin-inline: auto;
    border: 0;
    border-radius: 0;
    padding-block: calc(var(--_space) * 1.5);
  }
  .banner > :not(.close) {
    grid-column: 1;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .close {
    grid-column: 2;
    grid-row: 1;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    /* 2.5rem is under 24 px on a page whose root font is under 9.6 px. */
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: calc(var(--_space) * -1);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_background);
  }
  .goal {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .action {
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_background);
    font-weight: 700;
    text-decoration: none;
  }
  .action:hover {
    text-decoration: underline;
  }
  /* Slides in only when motion is allowed. */
  @media (prefers-reduced-motion: no-preference) {
    :host([state='shown']) .banner {
      animation: strichka-support-in 0.4s ease-out;
    }
    :host([placement='bottom'][state='shown']) .banner {
      animation-name: strichka-support-up;
    }
  }
  @keyframes strichka-support-in {
    from {
      translate: 0 0.5rem;
    }
  }
  @keyframes strichka-support-up {
    from {
      translate: 0 100%;
    }
  }
`;
