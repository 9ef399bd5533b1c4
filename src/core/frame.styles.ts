import { css } from 'lit';

/**
 * What every element with a reserved box shares inside its shadow root: a frame that shows the
 * fallback takes the fallback's height (the host's reserve keeps the box beside it); a `.region`
 * clips what does not fit, and what a FitController marks `data-clipped` is hidden, also from Tab
 * and screen readers.
 */
export const frameStyles = css`
  .fallback {
    display: flow-root;
    block-size: auto;
  }
  .region {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
    overflow: clip;
  }
  [data-clipped] {
    visibility: hidden;
  }
`;
