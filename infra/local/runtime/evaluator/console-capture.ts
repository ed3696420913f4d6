/**
 * `console` for resolver code. Each call becomes one log line in AppSync's form,
 * `INFO - code.js:13:5: "This request is allowed"`: level, the location of the call, then every
 * argument as JSON, space separated
 * (example output in https://docs.aws.amazon.com/appsync/latest/devguide/test-debug-resolvers-js.html).
 *
 * V8 places a call's position on the property (`log`); AppSync prints the start of `console`.
 * `callSites` maps the first to the second; it is computed per resolver at load time.
 */
import type { Node, Program } from 'acorn';
import * as walk from 'acorn-walk';

export type CallSites = Map<string, string>;

export interface ConsoleSink {
  logs(): string[];
  callSites(): CallSites | undefined;
}

const LEVELS = { log: 'INFO', info: 'INFO', debug: 'DEBUG', warn: 'WARN', error: 'ERROR' } as const;

export function consoleCallSites(program: Program): CallSites {
  const sites: CallSites = new Map();
  walk.simple(program, {
    CallExpression(node) {
      const callee = node.callee as Node & { object?: Node & { name?: string }; property?: Node };
      if (callee.type !== 'MemberExpression' || callee.object?.type !== 'Identifier' || callee.object.name !== 'console') return;
      const from = callee.property?.loc?.start;
      const to = callee.loc?.start;
      if (from && to) sites.set(`${from.line}:${from.column + 1}`, `${to.line}:${to.column + 1}`);
    },
  });
  return sites;
}

function formatArg(value: unknown): string {
  if (typeof value === 'function') return '[Function]';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function callerLocation(callee: (...args: unknown[]) => void, sites: CallSites | undefined): string {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, callee);
  Error.stackTraceLimit = limit;
  const match = /code\.js:(\d+):(\d+)/.exec(holder.stack ?? '');
  if (!match) return 'code.js';
  const position = `${match[1]}:${match[2]}`;
  return `code.js:${sites?.get(position) ?? position}`;
}

export function createConsole(sink: ConsoleSink): Record<keyof typeof LEVELS, (...args: unknown[]) => void> {
  const make = (level: string) => {
    const method = (...args: unknown[]): void => {
      sink.logs().push(`${level} - ${callerLocation(method, sink.callSites())}: ${args.map(formatArg).join(' ')}`);
    };
    return method;
  };
  return {
    log: make(LEVELS.log),
    info: make(LEVELS.info),
    debug: make(LEVELS.debug),
    warn: make(LEVELS.warn),
    error: make(LEVELS.error),
  };
}
