/**
 * The `@aws-appsync/utils` module as resolver code imports it: the same objects as the globals.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html
 */
export interface RuntimeGlobals {
  util: unknown;
  runtime: unknown;
  extensions: unknown;
}

export function createUtilsModule(globals: RuntimeGlobals): Record<string, unknown> {
  return Object.freeze({ util: globals.util, runtime: globals.runtime, extensions: globals.extensions });
}
