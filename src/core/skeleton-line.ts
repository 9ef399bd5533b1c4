import { html } from 'lit';

/** One line of a loading placeholder, as tall as a line of the text it stands for (`.line` in tokens). */
export const skeletonLine = html`<span class="skeleton line"></span>`;
