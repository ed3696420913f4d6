/**
 * The shape of one APPSYNC_JS language rule (one rule per file, like graphql-js's validation rules).
 *
 * Terms:
 * - violation: one place where the code uses something the APPSYNC_JS runtime refuses.
 * - visitors: acorn-walk `ancestor` callbacks keyed by node type; they run post-order, so a
 *   `Program` visitor runs last and can conclude whole-module analyses (recursion).
 *
 * Rule names follow AWS's own linter, @aws-appsync/eslint-plugin, so a violation reported here can
 * be looked up there. The feature list is https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html
 */
import type { Node, Program } from 'acorn';

export interface Violation {
  rule: string;
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, as AppSync prints `code.js:L:C`. */
  column: number;
  /** Length of the offending code in characters. */
  span: number;
}

export type Report = (node: Node, message: string) => void;

// acorn-walk hands each visitor the node and its ancestors (the node last).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Visitor = (node: any, ancestors: Node[]) => void;
export type Visitors = Record<string, Visitor>;

export interface CodeRule {
  name: string;
  create(report: Report, program: Program): Visitors;
}
