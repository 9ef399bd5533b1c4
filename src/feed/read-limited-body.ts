import { FeedError } from './feed-error.js';

/**
 * Reads a response body as bytes; past `maxBytes` it cancels the stream (so the rest is
 * never downloaded) and throws FeedError 'too-large'. A Content-Length over the limit fails
 * before reading anything.
 */
export async function readLimitedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = +(response.headers.get('content-length') ?? 0) > maxBytes ? Infinity : 0;
  for (let chunk; reader && size <= maxBytes && !(chunk = await reader.read()).done; size += chunk.value.length) {
    chunks.push(chunk.value);
  }
  if (size > maxBytes) {
    reader?.cancel().catch(() => {});
    throw new FeedError('too-large', `Feed over ${maxBytes} bytes`);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}
