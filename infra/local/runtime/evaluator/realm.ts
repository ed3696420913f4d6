/**
 * The one JavaScript realm (a `node:vm` context) every resolver runs in.
 *
 * Terms:
 * - realm: the vm context with APPSYNC_JS's globals; created once, shared by all resolvers.
 * - slot: the per-invocation state (`state`, `extensionsCalls`, call sites) that the realm's util,
 *   console and extensions write to. Handlers run synchronously, so the evaluator resets the slot
 *   before each handler and reads it right after; no two handlers ever share it.
 *
 * Isolation: module top-level state is rebuilt per invocation (load-resolver.ts); intrinsics are
 * made non-extensible so one resolver cannot add to `Array.prototype` for the next; properties a
 * handler adds to `globalThis` are removed after it ran; `eval`/`new Function` are disabled.
 */
import vm from 'node:vm';
import type { InvocationState } from '../invocation';
import { createUtil } from '../util/index';
import { createDynamoDbModule } from '../modules/dynamodb';
import { createUtilsModule } from '../modules/utils';
import { createRuntime } from '../runtime-module';
import { createExtensions, type ExtensionCall } from '../extensions';
import { createConsole, type CallSites } from './console-capture';

export const MODULE_NAMES = ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb'] as const;

export interface Realm {
  context: vm.Context;
  state: InvocationState;
  slot: { extensionsCalls: ExtensionCall[]; callSites?: CallSites };
  require: (name: string) => unknown;
  /** Removes globals a handler created. */
  sweepGlobals(): void;
}

const HARDEN_INTRINSICS = `(() => {
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (${JSON.stringify(['util', 'runtime', 'extensions', 'console', 'globalThis'])}.includes(name)) continue;
    const value = globalThis[name];
    if (!value || (typeof value !== 'object' && typeof value !== 'function')) continue;
    Object.freeze(value);
    if (value.prototype && typeof value.prototype === 'object') Object.preventExtensions(value.prototype);
  }
  Object.preventExtensions(Object.getPrototypeOf(function* () {}));
})()`;

/** Freezes an object and the plain objects under it, so one handler cannot rewire util for the next. */
function freezePlain(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) freezePlain(child, seen);
}

function createRealm(): Realm {
  const state: InvocationState = { errors: [], logs: [], authType: 'API Key Authorization', now: Date.now };
  const slot: Realm['slot'] = { extensionsCalls: [] };
  const util = createUtil(state);
  const runtime = createRuntime();
  const extensions = createExtensions(slot);
  const console = createConsole({ logs: () => state.logs, callSites: () => slot.callSites });
  freezePlain(util);
  const modules = new Map<string, unknown>([
    ['@aws-appsync/utils', createUtilsModule({ util, runtime, extensions })],
    ['@aws-appsync/utils/dynamodb', createDynamoDbModule()],
  ]);
  for (const module of modules.values()) freezePlain(module);
  const sandbox: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ util, runtime, extensions, console })) {
    Object.defineProperty(sandbox, name, { value, enumerable: true, writable: false, configurable: false });
  }
  const context = vm.createContext(sandbox, { name: 'APPSYNC_JS', codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(HARDEN_INTRINSICS, context);
  const baseline = new Set(Object.keys(sandbox));
  // A global set by a handler lands on both the sandbox and the context's own global object.
  const deleteGlobals = vm.runInContext(
    '(names) => { for (const name of names) { delete globalThis[name]; } }',
    context,
  ) as (names: string[]) => void;
  return {
    context,
    state,
    slot,
    require(name) {
      if (!modules.has(name)) throw new Error(`Cannot find module '${name}'`);
      return modules.get(name);
    },
    sweepGlobals() {
      const keys = Object.keys(sandbox);
      if (keys.length === baseline.size) return;
      const added = keys.filter((key) => !baseline.has(key));
      deleteGlobals(added);
      for (const key of added) delete sandbox[key];
    },
  };
}

let shared: Realm | undefined;

export function sharedRealm(): Realm {
  shared ??= createRealm();
  return shared;
}
