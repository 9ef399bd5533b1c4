// Reads ../shared/corpus through the test server (test/server/corpus.mjs): the corpus is never
// copied into the repository.

/** Paths of every file under a corpus folder, relative to that folder. */
export async function listCorpusFiles(folder: string): Promise<string[]> {
  const response = await fetch(`/corpus-index/${folder}`);
  if (!response.ok) throw new Error(`corpus folder ${folder}: HTTP ${response.status} (is ../shared/corpus present?)`);
  return response.json();
}

/** The raw bytes of a corpus file (path relative to the corpus root). */
export async function fetchCorpusBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(`/corpus/${path.split('/').map(encodeURIComponent).join('/')}`);
  if (!response.ok) throw new Error(`corpus file ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches many corpus files with a bounded number of requests in flight, in input order. */
export async function fetchCorpusFiles(paths: string[], inFlight = 12): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await fetchCorpusBytes(paths[index]);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}
