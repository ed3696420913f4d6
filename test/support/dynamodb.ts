import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { localDynamoClient, localDynamoWire } from '../../infra/local/dynamodb/dynamodb-local';

/** The endpoint of the run's DynamoDB Local, started by global-setup.ts. */
export function dynamodbEndpoint(): string {
  return inject('dynamodbEndpoint');
}

/** A client on the run's DynamoDB Local. */
export function testDynamoClient() {
  return localDynamoClient(dynamodbEndpoint());
}

/** The DynamoDB JSON client the local data sources use, on the run's DynamoDB Local. */
export function testDynamoWire() {
  return localDynamoWire(dynamodbEndpoint());
}

/** A prefix that keeps one suite's tables apart from every other suite's. */
export function uniquePrefix(label: string): string {
  return `t${randomBytes(3).toString('hex')}-${label}-`;
}
