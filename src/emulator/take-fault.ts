import type { EmulatorState, FaultAction, RouteName } from './types.ts';

/**
 * The fault to apply to this request: the first injected fault for the route (consumed), else a random
 * dropped connection (`after` handling) at the configured `dropConnections` rate for API routes.
 */
export function takeFault(state: EmulatorState, route: RouteName, method: string): FaultAction | undefined {
  const index = state.faults.findIndex(
    (f) => f.route === route && (f.method === undefined || f.method === method),
  );
  if (index >= 0) {
    const fault = state.faults[index]!;
    const left = (fault.times ?? 1) - 1;
    if (left <= 0) state.faults.splice(index, 1);
    else fault.times = left;
    return fault.action;
  }
  if (
    route !== 'storage' &&
    state.options.dropConnections > 0 &&
    state.random() < state.options.dropConnections
  ) {
    return { kind: 'drop', when: 'after' };
  }
  return undefined;
}
