/** Public entry points, relative to src/ without extension; each becomes dist/<name>.js. */
export const entries = ['feed/index'];
