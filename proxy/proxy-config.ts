/** A runtime's variables: Workers' `env`, Node's `process.env`, or strings read from Deno.env. */
export type ProxyEnv = Record<string, unknown>;

/** What the proxy does, read from its environment. */
export interface ProxyConfig {
  /** Feed origins it fetches (`https://news.example`); '*' stands for any public address. */
  allow: string[];
  /** Page origins that may read its answers (Access-Control-Allow-Origin); '*' for any. */
  origins: string[];
  /** Seconds an answer is fresh: one upstream fetch per feed per period. */
  cacheSeconds: number;
  /** Seconds past that a copy still answers when the feed's server fails (stale-if-error). */
  staleSeconds: number;
  /** Largest feed in bytes. */
  maxBytes: number;
  /** Milliseconds the whole upstream fetch may take, redirects and body included. */
  timeoutMs: number;
  /** The addresses a host name resolves to, where the runtime lets us see them (Node's adapter, Deno, Bun); Workers have none. */
  resolve?: (hostname: string) => Promise<string[]>;
  /** The clock copies are dated and aged by (ms since the epoch): Date.now, or a test's from `env.now`. */
  now: () => number;
}

type DenoGlobal = { env: { get(name: string): string | undefined } };

/** A variable from `env`, else the process environment (Node) or Deno.env, where there is one. */
function variable(env: ProxyEnv | undefined, name: string): string | undefined {
  const value = env?.[name] ?? (globalThis as { process?: { env: ProxyEnv } }).process?.env[name];
  if (typeof value == 'string') return value;
  try {
    return (globalThis as { Deno?: DenoGlobal }).Deno?.env.get(name);
  } catch {
    // Deno without --allow-env
    return undefined;
  }
}

/** A comma-separated list of origins, each normalised by the URL parser ('*' kept; unreadable entries dropped). */
function origins(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .flatMap((entry) => {
      if (entry == '*') return [entry];
      try {
        const { origin } = new URL(entry);
        return origin == 'null' ? [] : [origin];
      } catch {
        return [];
      }
    });
}

/** A positive number, else the default. */
const positive = (value: string | undefined, fallback: number): number => (Number(value) > 0 ? Number(value) : fallback);

/**
 * The configuration from `env` (falling back to the process environment): STRICHKA_PROXY_ALLOW,
 * STRICHKA_PROXY_ORIGINS, STRICHKA_PROXY_CACHE_SECONDS (60), STRICHKA_PROXY_STALE_SECONDS (86400),
 * STRICHKA_PROXY_MAX_BYTES (5000000), STRICHKA_PROXY_TIMEOUT_MS (10000). A function `env.now` (only code
 * can pass one, never a deployment's variables) replaces the clock: tests move it on instead of waiting.
 */
export function readProxyConfig(env?: ProxyEnv): ProxyConfig {
  const read = (name: string) => variable(env, `STRICHKA_PROXY_${name}`);
  return {
    allow: origins(read('ALLOW')),
    origins: origins(read('ORIGINS')),
    cacheSeconds: positive(read('CACHE_SECONDS'), 60),
    staleSeconds: positive(read('STALE_SECONDS'), 86400),
    maxBytes: positive(read('MAX_BYTES'), 5e6),
    timeoutMs: positive(read('TIMEOUT_MS'), 1e4),
    now: typeof env?.now == 'function' ? (env.now as () => number) : Date.now,
  };
}
