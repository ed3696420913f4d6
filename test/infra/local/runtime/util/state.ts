import type { AuthTypeName, InvocationState } from '../../../../../infra/local/runtime/invocation';
import { createUtil } from '../../../../../infra/local/runtime/util/index';

/** A fresh invocation state with a fixed clock. */
export function makeState(nowMs = 1517943695749, authType: AuthTypeName = 'API Key Authorization'): InvocationState {
  return { errors: [], logs: [], authType, now: () => nowMs };
}

/** util over a fresh state; both returned so a test can look at what util recorded. */
export function makeUtil(nowMs?: number, authType?: AuthTypeName) {
  const state = makeState(nowMs, authType);
  return { util: createUtil(state), state };
}
