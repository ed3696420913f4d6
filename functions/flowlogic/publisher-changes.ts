/**
 * Flow Logic changes that no client mutation published, read from the tables' streams, and the IAM-only publish
 * mutation that pushes each to its subscribers:
 * - subscriptions: the Stripe webhook creates and updates them outside GraphQL; every insert, and every update that
 *   changes a published field, goes to onMyFlowSubscriptionChanged.
 * - assessments: the processing backend moves status processing -> completed | failed | invalid; each such change
 *   goes to onMyFlowAssessmentUpdated.
 * The inputs carry exactly the fields of the publish mutations' input types (GraphQL refuses unknown input fields).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

type Item = Record<string, unknown>;

export interface FlowChange {
  /** The publish mutation's name. */
  mutation: string;
  document: string;
  input: Item;
}

const SUBSCRIPTION_FIELDS = [
  'user_id', 'subscription_id', 'stripe_customer_id', 'tier', 'status', 'current_period_start', 'current_period_end',
  'cancel_at_period_end', 'canceled_at', 'created_at', 'updated_at',
] as const;
const ASSESSMENT_FIELDS = [
  'user_id', 'assessment_id', 'test_id', 'test_name', 'video_url', 'status', 'attempt_number', 'quality_score',
  'confidence_avg', 'motion_variance', 'feedback', 'created_at', 'completed_at', 'month_key',
] as const;
const RESULT_FIELDS = ['score', 'confidence', 'problem_areas'] as const;

// Subscribers receive the fields the publish mutation selects (others arrive null), so it selects them all.
export const PUBLISH_SUBSCRIPTION = `mutation PublishFlowSubscriptionChange($input: FlowSubscriptionChangeInput!) {
  publishFlowSubscriptionChange(input: $input) { ${SUBSCRIPTION_FIELDS.join(' ')} }
}`;
export const PUBLISH_ASSESSMENT = `mutation PublishFlowAssessmentUpdate($input: FlowAssessmentUpdateInput!) {
  publishFlowAssessmentUpdate(input: $input) {
    ${ASSESSMENT_FIELDS.join(' ')} result { score confidence problem_areas normalized_output }
  }
}`;

const pick = (source: Item, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => source[f] !== undefined && source[f] !== null).map((f) => [f, source[f]]));

const image = (value: unknown): Item | null => (value ? unmarshall(value as Record<string, AttributeValue>) : null);

function subscriptionChange(before: Item | null, after: Item | null): FlowChange | null {
  if (!after) return null;
  const input = pick(after, SUBSCRIPTION_FIELDS);
  if (before && JSON.stringify(pick(before, SUBSCRIPTION_FIELDS)) === JSON.stringify(input)) return null;
  return { mutation: 'publishFlowSubscriptionChange', document: PUBLISH_SUBSCRIPTION, input };
}

function assessmentChange(before: Item | null, after: Item | null): FlowChange | null {
  if (!before || !after || before.status === after.status || after.status === 'processing') return null;
  const input = pick(after, ASSESSMENT_FIELDS);
  const result = after.result as Item | undefined;
  if (result) {
    const output = result.normalized_output;
    input.result = {
      ...pick(result, RESULT_FIELDS),
      // AWSJSON travels as a JSON string; the stored value is the parsed map.
      ...(output === undefined || output === null ? {} : { normalized_output: typeof output === 'string' ? output : JSON.stringify(output) }),
    };
  }
  return { mutation: 'publishFlowAssessmentUpdate', document: PUBLISH_ASSESSMENT, input };
}

const byTable: Record<string, (before: Item | null, after: Item | null) => FlowChange | null> = {
  flowSubscriptions: subscriptionChange,
  flowAssessments: assessmentChange,
};

/** Model table ids whose streams the publisher reads. */
export const PUBLISHED_TABLES = Object.keys(byTable);

/** The publication a record of table `tableId` calls for, or null. */
export function flowChangeOf(tableId: string, record: DynamoDBRecord): FlowChange | null {
  const change = byTable[tableId];
  if (!change || record.eventName === 'REMOVE') return null;
  return change(image(record.dynamodb?.OldImage), image(record.dynamodb?.NewImage));
}
