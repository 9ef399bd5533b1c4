/** Milliseconds as a table cell: whole numbers, '–' for a figure not there. */
export const ms = (value) => (value == undefined ? '–' : value.toFixed(0));
