import { formatProblem, type CodeProblem } from './validate';

/**
 * Resolver code AppSync would refuse to save. The message lists every problem with its rule and
 * location; AppSync's own summary is "The code contains one or more errors."
 */
export class CodeLoadError extends Error {
  override readonly name = 'CodeLoadError';
  readonly errorType = 'CodeLoadError';
  constructor(readonly problems: CodeProblem[]) {
    super(`The code contains one or more errors.\n${problems.map(formatProblem).join('\n')}`);
  }
}
