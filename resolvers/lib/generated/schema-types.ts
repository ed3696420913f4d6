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

/** A feature's usage for one UTC day (`feature_date_key` = `{feature}_{YYYY-MM-DD}`). */
export type FeatureUsage = {
  __typename?: 'FeatureUsage';
  feature_date_key: Scalars['String']['output'];
  feature_name: Scalars['String']['output'];
  /** The caller's plan limit for the feature on that day. */
  limit_value: Scalars['Int']['output'];
  /** The day the counter belongs to (YYYY-MM-DD); the next day starts a new counter. */
  reset_date: Scalars['AWSDate']['output'];
  usage_count: Scalars['Int']['output'];
  user_id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves the organisation to another plan and recomputes its effective limits; the organisation's `admin` group only. */
  changeOrganizationPlan: Organization;
  /**
   * Counts one use of `feature` today for the caller, within their plan's daily limit, and logs it in the same
   * transaction. Refused with `QuotaExceeded` (errorInfo: limit, value, usage, resetsAt), `ValidationError` for an
   * unknown feature, `TransactionConflict` (retry).
   */
  consumeFeature: FeatureUsage;
  /**
   * Counts one report for the calling user: one transaction increments the user's and the organisation's daily and
   * monthly usage, each within its effective limit. Refused with `QuotaExceeded` (errorInfo: limit, value, usage,
   * resetsAt), `Suspended`, or `TransactionConflict` (retry).
   */
  consumeReport: ReportConsumption;
  /** Adds credits (not negative) to the organisation and recomputes its effective limits; its `admin` group only. */
  grantOrganizationCredits: Organization;
  /** Stores a simulation run for the caller and logs it in the same transaction. */
  storeSimulation: SimulationResult;
};


export type MutationChangeOrganizationPlanArgs = {
  org_id: Scalars['ID']['input'];
  plan_id: Scalars['ID']['input'];
};


export type MutationConsumeFeatureArgs = {
  feature: Scalars['String']['input'];
};


export type MutationGrantOrganizationCreditsArgs = {
  daily: Scalars['Int']['input'];
  monthly: Scalars['Int']['input'];
  org_id: Scalars['ID']['input'];
};


export type MutationStoreSimulationArgs = {
  input: StoreSimulationInput;
};

/** An organisation: its plan, credits, effective limits (plan + credits) and current usage. */
export type Organization = {
  __typename?: 'Organization';
  additional_daily_credits: Scalars['Int']['output'];
  additional_monthly_credits: Scalars['Int']['output'];
  /** First day (YYYY-MM-DD) of the first billing cycle; cycles restart on the same day of each month. */
  billing_cycle_start: Scalars['AWSDate']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  current_daily_usage: Scalars['Int']['output'];
  current_monthly_usage: Scalars['Int']['output'];
  effective_daily_limit: Scalars['Int']['output'];
  effective_monthly_limit: Scalars['Int']['output'];
  org_id: Scalars['ID']['output'];
  org_name: Scalars['String']['output'];
  plan_daily_limit: Scalars['Int']['output'];
  plan_id: Scalars['String']['output'];
  plan_monthly_limit: Scalars['Int']['output'];
  /** `active` or `suspended`. */
  status: Scalars['String']['output'];
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
  /** Cognito sub of whoever last changed the plan or credits. */
  updated_by?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The calling user (user_id = Cognito sub) with their effective limits. */
  getMyReportingUser?: Maybe<ReportingUser>;
  /** An organisation; members of that organisation only (claim `custom:org_id`). */
  getOrganization?: Maybe<Organization>;
  /**
   * One of the caller's simulations. Looked up in the new table first, then in the legacy strategy-metadata table; a
   * legacy-only record is copied into the new table on first read, once.
   */
  getSimulation?: Maybe<SimulationResult>;
  /** A usage plan by id, or null when there is none. */
  getUsagePlan?: Maybe<UsagePlan>;
  /** The caller's actions with `from <= time < to` (ISO-8601 UTC), at most `limit` (default 20, at most 100) per page. */
  listMyActions: UserActionConnection;
  /** The caller's simulations, newest first (GSI user-index). */
  listMySimulations: SimulationResultConnection;
  /** Usage plans, at most `limit` (default 20, at most 100) per page. */
  listUsagePlans: UsagePlanConnection;
  /** Users of an organisation (GSI org-index); the organisation's `admin` group only. */
  listUsersByOrg: ReportingUserConnection;
};


export type QueryGetOrganizationArgs = {
  org_id: Scalars['ID']['input'];
};


export type QueryGetSimulationArgs = {
  simulation_id: Scalars['ID']['input'];
};


export type QueryGetUsagePlanArgs = {
  plan_id: Scalars['ID']['input'];
};


export type QueryListMyActionsArgs = {
  from: Scalars['AWSDateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['AWSDateTime']['input'];
};


export type QueryListMySimulationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListUsagePlansArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListUsersByOrgArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  org_id: Scalars['ID']['input'];
};

/** The usage after one counted report, for the user and their organisation. */
export type ReportConsumption = {
  __typename?: 'ReportConsumption';
  org_daily_usage: Scalars['Int']['output'];
  org_id: Scalars['ID']['output'];
  org_monthly_usage: Scalars['Int']['output'];
  user_daily_usage: Scalars['Int']['output'];
  user_id: Scalars['ID']['output'];
  user_monthly_usage: Scalars['Int']['output'];
};

/** A reporting user with optional individual limits and credits. */
export type ReportingUser = {
  __typename?: 'ReportingUser';
  additional_daily_credits?: Maybe<Scalars['Int']['output']>;
  additional_monthly_credits?: Maybe<Scalars['Int']['output']>;
  cognito_user_id?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  current_daily_usage?: Maybe<Scalars['Int']['output']>;
  current_monthly_usage?: Maybe<Scalars['Int']['output']>;
  /** What the user may still reach today: own limit + credits (or the organisation's), never above what the organisation has left. Set by getMyReportingUser. */
  effective_daily_limit?: Maybe<Scalars['Int']['output']>;
  /** The same for the billing cycle. */
  effective_monthly_limit?: Maybe<Scalars['Int']['output']>;
  email: Scalars['AWSEmail']['output'];
  last_login?: Maybe<Scalars['AWSDateTime']['output']>;
  name: Scalars['String']['output'];
  org_id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  /** `active` or `suspended`. */
  status: Scalars['String']['output'];
  user_daily_limit?: Maybe<Scalars['Int']['output']>;
  user_id: Scalars['ID']['output'];
  user_monthly_limit?: Maybe<Scalars['Int']['output']>;
};

/** One page of reporting users; pass `nextToken` back to read the next page. */
export type ReportingUserConnection = {
  __typename?: 'ReportingUserConnection';
  items: Array<ReportingUser>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** A simulation run and its results. */
export type SimulationResult = {
  __typename?: 'SimulationResult';
  created_at: Scalars['AWSDateTime']['output'];
  /** JSON results. */
  results?: Maybe<Scalars['AWSJSON']['output']>;
  simulation_id: Scalars['ID']['output'];
  /** JSON strategy (tyres, stops). */
  strategy_data?: Maybe<Scalars['AWSJSON']['output']>;
  /** Total race time in seconds. */
  total_time?: Maybe<Scalars['Float']['output']>;
  track_id: Scalars['String']['output'];
  user_id: Scalars['ID']['output'];
};

/** One page of simulations, newest first. */
export type SimulationResultConnection = {
  __typename?: 'SimulationResultConnection';
  items: Array<SimulationResult>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type StoreSimulationInput = {
  results?: InputMaybe<Scalars['AWSJSON']['input']>;
  strategy_data?: InputMaybe<Scalars['AWSJSON']['input']>;
  /** Seconds, not negative. */
  total_time?: InputMaybe<Scalars['Float']['input']>;
  track_id: Scalars['String']['input'];
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

/** One entry of the action log, appended in the same transaction as the change it records. */
export type UserAction = {
  __typename?: 'UserAction';
  /** JSON details of the action. */
  action_details?: Maybe<Scalars['AWSJSON']['output']>;
  action_type: Scalars['String']['output'];
  plan_id?: Maybe<Scalars['String']['output']>;
  /** `ISO-timestamp#id`. */
  timestamp: Scalars['String']['output'];
  user_id: Scalars['ID']['output'];
};

/** One page of actions, oldest first; pass `nextToken` back for the next page. */
export type UserActionConnection = {
  __typename?: 'UserActionConnection';
  items: Array<UserAction>;
  nextToken?: Maybe<Scalars['String']['output']>;
};
