import { spawnSync } from 'node:child_process';

/**
 * Whether the system tools a shell test needs are on PATH. Under `CI=true` a missing tool is a failure (the
 * CI script installs bash, curl and jq from Debian); elsewhere the test is skipped with the reason.
 */
export function requireTools(tools: readonly string[]): { ok: boolean; missing: string[] } {
  const missing = tools.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(
      `CI=true and ${missing.join(', ')} missing: .ci/run installs them (apt-get install bash curl jq)`,
    );
  }
  return { ok: missing.length === 0, missing };
}
