/**
 * `util.transform`: filter objects turned into DynamoDB expressions (JSON strings), OpenSearch queries
 * and enhanced subscription filters.
 * https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 */
import { buildFilterExpression } from './filter-expression';
import { toElasticsearchQueryDSL } from './opensearch-query';
import { toSubscriptionFilter } from './subscription-filter';

/** The expression as a JSON string, as the APPSYNC_JS signatures declare (`: string`); null for an empty filter. */
function asJson(filter: unknown): string | null {
  const expression = buildFilterExpression(filter);
  return expression === null ? null : JSON.stringify(expression);
}

export function createTransformUtil() {
  return {
    toDynamoDBFilterExpression: asJson,
    toDynamoDBConditionExpression: asJson,
    toElasticsearchQueryDSL,
    toSubscriptionFilter,
  };
}
