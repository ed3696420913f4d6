/**
 * Checks the result of an assessment (processing -> completed | failed | invalid): scores in [0, 1], a result when
 * completed, feedback when invalid; and the attributes it sets. Refusals are `ValidationError`. An AWSJSON argument
 * (result.normalized_output) reaches the resolver already parsed, so it is stored as a DynamoDB map.
 * https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
 */
import { util } from '@aws-appsync/utils';
import { MAX_PROBLEM_AREAS } from './correction-plan';

type Rec = Record<string, unknown>;

const FINISHED = ['completed', 'failed', 'invalid'];

function checkScore(name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || value < 0 || value > 1) util.error(`${name} must be between 0 and 1`, 'ValidationError', null, { field: name });
}

export function finishAttributes(input: Rec, now: string): Rec {
  const status = input.status as string;
  if (FINISHED.indexOf(status) < 0) util.error('status must be completed, failed or invalid', 'ValidationError', null, { field: 'status' });
  checkScore('quality_score', input.quality_score);
  checkScore('confidence_avg', input.confidence_avg);
  checkScore('motion_variance', input.motion_variance);
  const result = input.result as Rec | null | undefined;
  if (status === 'completed' && !result) util.error('a completed assessment needs a result', 'ValidationError', null, { field: 'result' });
  const feedback = typeof input.feedback === 'string' ? (input.feedback as string).trim() : '';
  if (status === 'invalid' && feedback === '') util.error('an invalid assessment needs feedback', 'ValidationError', null, { field: 'feedback' });
  if (feedback.length > 1000) util.error('feedback must be at most 1000 characters', 'ValidationError', null, { field: 'feedback' });
  const attributes: Rec = { status, completed_at: now };
  ['quality_score', 'confidence_avg', 'motion_variance'].forEach((f) => {
    if (typeof input[f] === 'number') attributes[f] = input[f];
  });
  if (feedback !== '') attributes.feedback = feedback;
  if (result) {
    checkScore('result.confidence', result.confidence);
    const areas = (result.problem_areas as string[] | null) ?? [];
    if (areas.length > MAX_PROBLEM_AREAS) util.error(`at most ${MAX_PROBLEM_AREAS} problem areas`, 'ValidationError', null, { field: 'result.problem_areas' });
    const stored: Rec = { score: result.score, confidence: result.confidence };
    if (result.problem_areas) stored.problem_areas = areas;
    if (result.normalized_output !== undefined && result.normalized_output !== null) stored.normalized_output = result.normalized_output;
    attributes.result = stored;
  }
  return attributes;
}
