/**
 * The build's one error type. Every problem names the file it is about (and the line when it is known), and the
 * build collects every problem it can find before throwing, so one run shows them all.
 */

import path from 'node:path';

export interface BuildProblem {
  /** Path of the file at fault, relative to the working directory. */
  file: string;
  /** 1-based line and column, when the problem is located inside the file. */
  line?: number;
  column?: number;
  message: string;
}

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatProblem(problem: BuildProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.message}`;
}

export class BuildError extends Error {
  readonly errorType = 'BuildError';
  readonly problems: readonly BuildProblem[];

  constructor(problems: readonly BuildProblem[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`The build failed with ${problems.length} ${noun}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'BuildError';
    this.problems = problems;
  }
}

/** A path as shown in messages: relative to the working directory, with forward slashes. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join('/') || '.';
}
