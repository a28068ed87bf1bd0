/**
 * A module's key in the project-wide maps (SDK modules, shared pollers): its absolute path without the
 * source extension, so `./poller.js`, `./poller` and `poller.ts` meet.
 */
export function toModuleKey(path: string): string {
  return path.replace(/\.(?:[mc]?[jt]s|tsx|jsx)$/, '');
}
