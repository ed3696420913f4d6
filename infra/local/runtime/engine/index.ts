export { executeResolver } from './execute';
export { DEFAULT_TIMEOUT_MS } from './deadline';
export type { EngineResult, ExecutionInput, FunctionDefinition, ResolverDefinition } from './types';
