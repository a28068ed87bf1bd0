// Preloaded with `node --import <this file> <app>`: swaps the global fetch for v1Fetch without editing the
// app (the equivalence harness runs the apps' V1 code unchanged this way). Configured by environment:
// RB_COMPAT_RUNTIME (file URL of the built rb-migrate/runtime), RB_COMPAT_V1_HOST, RB_COMPAT_UPSTREAM,
// RB_COMPAT_STRICT=1, RB_COMPAT_TRUST (comma-separated trusted input hosts).
import process from 'node:process';

const env = process.env;
const { createV1Fetch } = await import(env.RB_COMPAT_RUNTIME);
globalThis.fetch = createV1Fetch({
  fetch: globalThis.fetch,
  v1Hosts: [env.RB_COMPAT_V1_HOST],
  upstream: env.RB_COMPAT_UPSTREAM,
  strict: env.RB_COMPAT_STRICT === '1',
  trustedInputHosts: (env.RB_COMPAT_TRUST ?? '').split(',').filter(Boolean),
});
