/**
 * Turns a feed's bytes into text. The encoding comes from a byte-order mark, else the
 * Content-Type charset, else the XML declaration, else UTF-8. A BOM outranks the header
 * (RFC 7303 §3.2, WHATWG "decode"): a server that labels a UTF-16 file "utf-8" is common,
 * a file that starts with the wrong BOM is not. Unknown labels fall back to UTF-8.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const [a, b, c] = bytes;
  const label =
    (a == 0xef && b == 0xbb && c == 0xbf ? 'utf-8' : a == 0xff && b == 0xfe ? 'utf-16le' : a == 0xfe && b == 0xff ? 'utf-16be' : 0) ||
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ||
    // The declaration is ASCII in every encoding a feed declares this way, so latin1 reads it.
    /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)/.exec(String.fromCharCode(...bytes.subarray(0, 1024)))?.[1];
  try {
    return new TextDecoder(label || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}
