/**
 * The parts of the Amplify simulator's VTL engine the local runtime uses (the packages ship no types for them):
 * amplify-velocity-template's parser and compiler, the simulator's Java-like value mapper and its `$util`.
 */
declare module 'amplify-velocity-template' {
  export interface VelocityAst {
    readonly __ast: unique symbol;
  }
  export function parse(template: string): VelocityAst;
  export class Compile {
    constructor(ast: VelocityAst, options: { valueMapper: (value: unknown) => unknown; escape: boolean });
    render(context: Record<string, unknown>): string;
    _state: { return: boolean };
  }
}

declare module '@aws-amplify/amplify-appsync-simulator/lib/velocity/value-mapper/mapper' {
  export function map(value: unknown): unknown;
}

declare module '@aws-amplify/amplify-appsync-simulator/lib/velocity/util' {
  export interface TemplateSentError extends Error {
    errorType: string | null;
    data: unknown;
    errorInfo: unknown;
    extensions?: { message: string };
  }
  export const ValidateError: new (...args: never[]) => TemplateSentError;
  export function create(
    errors: TemplateSentError[],
    now: Date,
    info: unknown,
    context: { requestAuthorizationMode?: string },
  ): Record<string, unknown> & { errors: TemplateSentError[] };
}
