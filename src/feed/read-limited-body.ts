/** A response body as read: its bytes, and whether they stop at the size limit. */
export interface LimitedBody {
  bytes: Uint8Array;
  /** True when the body was longer than the limit: `bytes` are its first `maxBytes`. */
  cut: boolean;
}

/**
 * Reads a response body as bytes, at most `maxBytes` of them: past that it cancels the stream (so
 * the rest is never downloaded) and returns what it has, cut, whose complete items may still be read.
 */
export async function readLimitedBody(response: Response, maxBytes: number): Promise<LimitedBody> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let chunk; reader && size <= maxBytes && !(chunk = await reader.read()).done; size += chunk.value.length) {
    chunks.push(chunk.value);
  }
  const cut = size > maxBytes;
  if (cut) reader?.cancel().catch(() => {});
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  return { bytes: cut ? bytes.subarray(0, maxBytes) : bytes, cut };
}
