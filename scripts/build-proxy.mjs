/** Placeholder until the proxy lands: bundles proxy/ into dist/proxy/. */
export async function buildProxy() {}
