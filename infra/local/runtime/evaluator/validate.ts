/**
 * Load-time checks of resolver code: size, syntax (ES module, strict), then every APPSYNC_JS rule.
 * A parse failure is a PARSER_ERROR and a rule violation a LINT_ERROR, the two CodeError types
 * AppSync names (https://docs.aws.amazon.com/appsync/latest/APIReference/API_CodeError.html).
 */
import { parse, type Node, type Program } from 'acorn';
import * as walk from 'acorn-walk';
import { appsyncRules, MAX_CODE_LENGTH, MAX_CODE_LENGTH_RULE, type Violation } from './rules/index';
import type { Visitor } from './rules/rule';

export type CodeErrorType = 'PARSER_ERROR' | 'LINT_ERROR';

export interface CodeProblem extends Violation {
  errorType: CodeErrorType;
}

export interface ValidationResult {
  program?: Program;
  problems: CodeProblem[];
}

export function parseModule(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
}

export function validateCode(code: string): ValidationResult {
  if (code.length > MAX_CODE_LENGTH) {
    return {
      problems: [{
        errorType: 'LINT_ERROR',
        rule: MAX_CODE_LENGTH_RULE,
        message: `Code is ${code.length} characters long; the limit is ${MAX_CODE_LENGTH}.`,
        line: 1,
        column: 1,
        span: code.length,
      }],
    };
  }
  let program: Program;
  try {
    program = parseModule(code);
  } catch (error) {
    return { problems: [parserProblem(error)] };
  }
  return { program, problems: lint(program) };
}

function parserProblem(error: unknown): CodeProblem {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  const message = String(e.message ?? error).replace(/ \(\d+:\d+\)$/, '');
  return {
    errorType: 'PARSER_ERROR',
    rule: 'parser',
    message: `Parsing error: ${message}`,
    line: e.loc?.line ?? 0,
    column: e.loc ? e.loc.column + 1 : 0,
    span: -1,
  };
}

function lint(program: Program): CodeProblem[] {
  const problems: CodeProblem[] = [];
  const visitors: Record<string, Visitor[]> = {};
  for (const rule of appsyncRules) {
    const report = (node: Node, message: string) => {
      problems.push({
        errorType: 'LINT_ERROR',
        rule: rule.name,
        message,
        line: node.loc?.start.line ?? 0,
        column: (node.loc?.start.column ?? -1) + 1,
        span: node.end - node.start,
      });
    };
    for (const [type, visit] of Object.entries(rule.create(report, program))) {
      (visitors[type] ??= []).push(visit);
    }
  }
  const combined = Object.fromEntries(
    Object.entries(visitors).map(([type, list]) => [type, (node: Node, _state: unknown, ancestors: Node[]) => {
      for (const visit of list) visit(node, ancestors);
    }]),
  );
  walk.ancestor(program, combined as walk.AncestorVisitors<unknown>);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `code.js:L:C: message [rule]`, the form every load error is printed in. */
export function formatProblem(problem: CodeProblem): string {
  return `code.js:${problem.line}:${problem.column}: ${problem.message} [${problem.rule}]`;
}
