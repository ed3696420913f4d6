/**
 * No recursion, direct (`f` calls `f`) or mutual (`f` calls `g` calls `f`).
 * Calls are attributed to the innermost named function around them; the call closing a cycle is
 * reported. https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html
 */
import type { Node } from 'acorn';
import type { CodeRule } from './rule';
import { isFunctionNode } from './function-bindings';

interface Edge {
  from: string;
  to: string;
  node: Node;
}

function enclosingFunctionName(ancestors: Node[]): string | undefined {
  for (let i = ancestors.length - 2; i >= 0; i -= 1) {
    const node = ancestors[i] as Node & { id?: { name: string } | null; init?: Node };
    if (node.type === 'FunctionDeclaration' && node.id) return node.id.name;
    if (node.type === 'VariableDeclarator' && isFunctionNode(node.init) && node.id?.name) return node.id.name;
  }
  return undefined;
}

function reaches(graph: Map<string, Set<string>>, start: string, target: string): boolean {
  const seen = new Set<string>();
  const queue = [start];
  for (const name of queue) {
    if (name === target) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const next of graph.get(name) ?? []) queue.push(next);
  }
  return false;
}

export const noRecursion: CodeRule = {
  name: 'no-recursion',
  create(report) {
    const edges: Edge[] = [];
    /** `const f = function g() {}`: inside, `g` names `f`. */
    const aliases = new Map<string, string>();
    return {
      VariableDeclarator(node: Node & { id: Node & { name?: string }; init?: Node & { id?: { name: string } | null } }) {
        if (node.init?.type === 'FunctionExpression' && node.init.id && node.id.name) aliases.set(node.init.id.name, node.id.name);
      },
      CallExpression(node: Node & { callee: Node & { name?: string } }, ancestors: Node[]) {
        if (node.callee.type !== 'Identifier' || !node.callee.name) return;
        const from = enclosingFunctionName(ancestors);
        if (from) edges.push({ from, to: node.callee.name, node });
      },
      Program() {
        const graph = new Map<string, Set<string>>();
        for (const edge of edges) edge.to = aliases.get(edge.to) ?? edge.to;
        for (const { from, to } of edges) graph.set(from, (graph.get(from) ?? new Set()).add(to));
        for (const edge of edges) {
          if (reaches(graph, edge.to, edge.from)) {
            report(edge.node, `Recursion is not supported: ${edge.from} calls ${edge.to}, which leads back to ${edge.from}.`);
          }
        }
      },
    };
  },
};
