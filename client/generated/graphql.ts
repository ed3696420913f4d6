/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An extended ISO 8601 date string `YYYY-MM-DD`, with an optional zone offset. */
  AWSDate: { input: string; output: string; }
  /** An extended ISO 8601 date and time string `YYYY-MM-DDThh:mm:ss.sssZ`; the zone offset is required. */
  AWSDateTime: { input: string; output: string; }
  /** An email address `local-part@domain-part` (RFC 822). */
  AWSEmail: { input: string; output: string; }
  /** An IPv4 or IPv6 address, with an optional CIDR prefix. */
  AWSIPAddress: { input: string; output: string; }
  /** A JSON string; resolvers receive it parsed. */
  AWSJSON: { input: string; output: string; }
  /** A phone number, with an optional leading `+country`. */
  AWSPhone: { input: string; output: string; }
  /** An extended ISO 8601 time string `hh:mm:ss.sss`, with an optional zone offset. */
  AWSTime: { input: string; output: string; }
  /** The number of seconds since 1970-01-01T00:00Z. */
  AWSTimestamp: { input: number; output: number; }
  /** A URL (RFC 1738) with a scheme. */
  AWSURL: { input: string; output: string; }
};

export type Query = {
  __typename?: 'Query';
  /** A usage plan by id, or null when there is none. */
  getUsagePlan?: Maybe<UsagePlan>;
  /** Usage plans, at most `limit` (default 20, at most 100) per page. */
  listUsagePlans: UsagePlanConnection;
};


export type QueryGetUsagePlanArgs = {
  plan_id: Scalars['ID']['input'];
};


export type QueryListUsagePlansArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

/** A subscription plan with its base report limits. */
export type UsagePlan = {
  __typename?: 'UsagePlan';
  created_at: Scalars['AWSDateTime']['output'];
  daily_report_limit: Scalars['Int']['output'];
  features: Array<Scalars['String']['output']>;
  monthly_report_limit: Scalars['Int']['output'];
  plan_id: Scalars['ID']['output'];
  plan_name: Scalars['String']['output'];
  price: Scalars['Float']['output'];
  /** `active` or `inactive`. */
  status: Scalars['String']['output'];
};

/** One page of usage plans; pass `nextToken` back to read the next page. */
export type UsagePlanConnection = {
  __typename?: 'UsagePlanConnection';
  items: Array<UsagePlan>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type UsagePlanQueryVariables = Exact<{
  plan_id: string;
}>;


export type UsagePlanQuery = { getUsagePlan: { plan_id: string, plan_name: string, monthly_report_limit: number, daily_report_limit: number, price: number, features: Array<string>, status: string } | null };

export type UsagePlansQueryVariables = Exact<{
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type UsagePlansQuery = { listUsagePlans: { nextToken: string | null, items: Array<{ plan_id: string, plan_name: string, price: number }> } };


export const UsagePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsagePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getUsagePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan_name"}},{"kind":"Field","name":{"kind":"Name","value":"monthly_report_limit"}},{"kind":"Field","name":{"kind":"Name","value":"daily_report_limit"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UsagePlanQuery, UsagePlanQueryVariables>;
export const UsagePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsagePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUsagePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"nextToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan_id"}},{"kind":"Field","name":{"kind":"Name","value":"plan_name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextToken"}}]}}]}}]} as unknown as DocumentNode<UsagePlansQuery, UsagePlansQueryVariables>;