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

export type AdminApiKey = {
  __typename?: 'AdminApiKey';
  created_at: Scalars['AWSDateTime']['output'];
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  /** The key itself, shown only in this response; only its SHA-256 is stored. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  user_id: Scalars['ID']['output'];
};

export type AdminUser = {
  __typename?: 'AdminUser';
  created_at: Scalars['AWSDateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
};

export type AlertHistory = {
  __typename?: 'AlertHistory';
  acknowledged_at?: Maybe<Scalars['AWSDateTime']['output']>;
  actual_value: Scalars['String']['output'];
  alert_rule_id: Scalars['ID']['output'];
  alert_type: AlertType;
  comparison_period: AlertPeriod;
  created_at: Scalars['AWSDateTime']['output'];
  error_message?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The measurement's details and every webhook attempt ({at, status, error}). */
  metadata: Scalars['AWSJSON']['output'];
  metric_name?: Maybe<Scalars['String']['output']>;
  notification_channels: Array<Scalars['String']['output']>;
  organisation_id: Scalars['ID']['output'];
  period_end: Scalars['AWSDateTime']['output'];
  period_start: Scalars['AWSDateTime']['output'];
  project_id?: Maybe<Scalars['ID']['output']>;
  sent_at?: Maybe<Scalars['AWSDateTime']['output']>;
  status: AlertStatus;
  threshold_value: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

export type AlertHistoryConnection = {
  __typename?: 'AlertHistoryConnection';
  items: Array<AlertHistory>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type AlertOperator =
  | 'eq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte';

export type AlertPeriod =
  | 'day'
  | 'hour'
  | 'month'
  | 'week';

export type AlertRule = {
  __typename?: 'AlertRule';
  alert_type: AlertType;
  /** The window measured: the current UTC hour, day, week (from Monday) or month. */
  comparison_period: AlertPeriod;
  /** A rule fires at most once per cooldown, however many evaluators run. */
  cooldown_minutes: Scalars['Int']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  last_triggered_at?: Maybe<Scalars['AWSDateTime']['output']>;
  metric_name?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  notification_channels: Array<Scalars['String']['output']>;
  organisation_id: Scalars['ID']['output'];
  /** Null: every project of the organisation. */
  project_id?: Maybe<Scalars['ID']['output']>;
  spike_comparison_period?: Maybe<AlertPeriod>;
  /** usage_spike: the percent increase that fires, against the same window one spike_comparison_period earlier. */
  spike_threshold_percent?: Maybe<Scalars['String']['output']>;
  threshold_operator: AlertOperator;
  /** usage_threshold: usage; cost_threshold: cost in the organisation's currency; unusual_pattern: a z-score. */
  threshold_value: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  webhook_url?: Maybe<Scalars['String']['output']>;
};

export type AlertStatus =
  | 'acknowledged'
  | 'failed'
  | 'pending'
  | 'sent';

export type AlertType =
  | 'cost_threshold'
  | 'unusual_pattern'
  | 'usage_spike'
  | 'usage_threshold';

export type AuditLog = {
  __typename?: 'AuditLog';
  action: Scalars['String']['output'];
  changes: Scalars['AWSJSON']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  entity_id?: Maybe<Scalars['ID']['output']>;
  entity_type: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ip_address?: Maybe<Scalars['String']['output']>;
  organisation_id?: Maybe<Scalars['ID']['output']>;
  user_agent?: Maybe<Scalars['String']['output']>;
  user_id?: Maybe<Scalars['ID']['output']>;
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  items: Array<AuditLog>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type BillingOrganisation = {
  __typename?: 'BillingOrganisation';
  billing_email: Scalars['AWSEmail']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type BillingProject = {
  __typename?: 'BillingProject';
  created_at: Scalars['AWSDateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  organisation_id: Scalars['ID']['output'];
};

export type BillingUsage = {
  __typename?: 'BillingUsage';
  event_count: Scalars['String']['output'];
  metric_name: Scalars['String']['output'];
  month: Scalars['Int']['output'];
  organisation_id: Scalars['ID']['output'];
  /** Exclusive: the period is [period_start, period_end). */
  period_end: Scalars['AWSDate']['output'];
  period_start: Scalars['AWSDate']['output'];
  project_id: Scalars['ID']['output'];
  total_value: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  updated_at: Scalars['AWSDateTime']['output'];
  year: Scalars['Int']['output'];
};

export type CompleteAssessmentInput = {
  assessment_id: Scalars['ID']['input'];
  confidence_avg?: InputMaybe<Scalars['Float']['input']>;
  /** Required when invalid. */
  feedback?: InputMaybe<Scalars['String']['input']>;
  motion_variance?: InputMaybe<Scalars['Float']['input']>;
  quality_score?: InputMaybe<Scalars['Float']['input']>;
  /** Required when completed. */
  result?: InputMaybe<FlowAssessmentResultInput>;
  /** completed, failed or invalid. */
  status: FlowAssessmentStatus;
  user_id: Scalars['ID']['input'];
};

export type CreateAlertRuleInput = {
  alert_type: AlertType;
  comparison_period: AlertPeriod;
  /** 60 when omitted. */
  cooldown_minutes?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  metric_name?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** webhook and/or email. */
  notification_channels?: InputMaybe<Array<Scalars['String']['input']>>;
  organisation_id: Scalars['ID']['input'];
  project_id?: InputMaybe<Scalars['ID']['input']>;
  spike_comparison_period?: InputMaybe<AlertPeriod>;
  spike_threshold_percent?: InputMaybe<Scalars['String']['input']>;
  threshold_operator: AlertOperator;
  threshold_value: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  webhook_url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBillingOrganisationInput = {
  billing_email: Scalars['AWSEmail']['input'];
  /** ISO 4217; INR when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateBillingProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisation_id: Scalars['ID']['input'];
};

export type CreatePricingPlanInput = {
  currency: Scalars['String']['input'];
  effective_from: Scalars['AWSDate']['input'];
  /** Exclusive; open-ended when omitted. */
  effective_to?: InputMaybe<Scalars['AWSDate']['input']>;
  metric_name: Scalars['String']['input'];
  price_per_unit: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

export type CreateReportingUserInput = {
  additional_daily_credits?: InputMaybe<Scalars['Int']['input']>;
  additional_monthly_credits?: InputMaybe<Scalars['Int']['input']>;
  cognito_user_id?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['AWSEmail']['input'];
  name: Scalars['String']['input'];
  /** `admin` or `member`. */
  role: Scalars['String']['input'];
  /** Own limits; omitted, the user shares the organisation's. */
  user_daily_limit?: InputMaybe<Scalars['Int']['input']>;
  /** The user's Cognito sub (the user_id they will call with). */
  user_id: Scalars['ID']['input'];
  user_monthly_limit?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateStoreInput = {
  config?: InputMaybe<Scalars['AWSJSON']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Subdomain label: `<domain>.webdpro.in`. */
  domain?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  prompt: Scalars['String']['input'];
  store_type: Scalars['String']['input'];
  /** Super admins only; an owner creates stores in their own tenant. */
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTenantInput = {
  business_name: Scalars['String']['input'];
  /** Super admins only; an owner owns the tenant themselves. */
  owner_user_id?: InputMaybe<Scalars['String']['input']>;
  plan: TenantPlan;
  razorpay_customer_id?: InputMaybe<Scalars['String']['input']>;
  /** Super admins only; an owner's tenant id is their `custom:tenant_id` claim. */
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUsagePlanInput = {
  /** Not negative, and not above `monthly_report_limit`. */
  daily_report_limit: Scalars['Int']['input'];
  features: Array<Scalars['String']['input']>;
  /** Not negative. */
  monthly_report_limit: Scalars['Int']['input'];
  /** Letters, digits, `_` and `-`. */
  plan_id: Scalars['ID']['input'];
  plan_name: Scalars['String']['input'];
  /** Not negative. */
  price: Scalars['Float']['input'];
  /** `active` (default) or `inactive`. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** A delivery of one order by one agent. */
export type Delivery = {
  __typename?: 'Delivery';
  agent_id: Scalars['ID']['output'];
  cod_amount?: Maybe<Scalars['Float']['output']>;
  cod_collected?: Maybe<Scalars['Boolean']['output']>;
  cod_collected_amount?: Maybe<Scalars['Float']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  customer_name?: Maybe<Scalars['String']['output']>;
  customer_phone: Scalars['String']['output'];
  delivered_at?: Maybe<Scalars['AWSDateTime']['output']>;
  delivery_address?: Maybe<Scalars['String']['output']>;
  delivery_id: Scalars['ID']['output'];
  is_cod: Scalars['Boolean']['output'];
  last_location?: Maybe<Location>;
  /** The order behind the delivery, for whoever may see it; a page of listAgentDeliveries reads them in one batch. */
  order?: Maybe<Order>;
  order_id: Scalars['ID']['output'];
  picked_up_at?: Maybe<Scalars['AWSDateTime']['output']>;
  status: DeliveryStatus;
  store_id: Scalars['ID']['output'];
  tenant_id: Scalars['ID']['output'];
};

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  items: Array<Delivery>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'IN_TRANSIT'
  | 'PENDING'
  | 'PICKED_UP';

/** A delivery as changed outside a client mutation, for publishDeliveryUpdate. */
export type DeliveryUpdateInput = {
  agent_id: Scalars['ID']['input'];
  cod_amount?: InputMaybe<Scalars['Float']['input']>;
  cod_collected?: InputMaybe<Scalars['Boolean']['input']>;
  cod_collected_amount?: InputMaybe<Scalars['Float']['input']>;
  created_at: Scalars['AWSDateTime']['input'];
  customer_name?: InputMaybe<Scalars['String']['input']>;
  customer_phone: Scalars['String']['input'];
  delivered_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  delivery_id: Scalars['ID']['input'];
  is_cod: Scalars['Boolean']['input'];
  last_location?: InputMaybe<LocationUpdateInput>;
  order_id: Scalars['ID']['input'];
  picked_up_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
  status: DeliveryStatus;
  store_id: Scalars['ID']['input'];
  tenant_id: Scalars['ID']['input'];
};

/** One e-mail of an invoice: pending until the mail has left, then sent (with its Message-ID) or failed. */
export type EmailNotification = {
  __typename?: 'EmailNotification';
  created_at: Scalars['AWSDateTime']['output'];
  error_message?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invoice_id?: Maybe<Scalars['ID']['output']>;
  message_id?: Maybe<Scalars['String']['output']>;
  organisation_id: Scalars['ID']['output'];
  recipient_email: Scalars['String']['output'];
  sent_at?: Maybe<Scalars['AWSDateTime']['output']>;
  status: EmailStatus;
  subject: Scalars['String']['output'];
};

export type EmailStatus =
  | 'failed'
  | 'pending'
  | 'sent';

/** A race-sim subscription (seed table f1-user-subscriptions). */
export type F1Subscription = {
  __typename?: 'F1Subscription';
  current_period_end?: Maybe<Scalars['AWSDateTime']['output']>;
  current_period_start?: Maybe<Scalars['AWSDateTime']['output']>;
  plan_id: Scalars['String']['output'];
  /** `active`, `canceled`, `past_due`, ... */
  status: Scalars['String']['output'];
  stripe_subscription_id?: Maybe<Scalars['String']['output']>;
  subscription_id: Scalars['ID']['output'];
  user_id: Scalars['ID']['output'];
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

/** The caller's usage of every feature of their plan on one day, each against the plan's daily limit. */
export type FeatureUsageReport = {
  __typename?: 'FeatureUsageReport';
  day: Scalars['AWSDate']['output'];
  features: Array<FeatureUsage>;
  /** The caller's plan now (`free` without an active subscription). */
  plan_id: Scalars['String']['output'];
};

export type FiredAlert = {
  __typename?: 'FiredAlert';
  historyId: Scalars['ID']['output'];
  ruleId: Scalars['ID']['output'];
  status: AlertStatus;
};

/** A MediaPipe test run (table flowlogic-{stage}-assessments). */
export type FlowAssessment = {
  __typename?: 'FlowAssessment';
  assessment_id: Scalars['ID']['output'];
  /** 1..3: the attempt of this test on its UTC day. */
  attempt_number: Scalars['Int']['output'];
  completed_at?: Maybe<Scalars['AWSDateTime']['output']>;
  /** 0..1 */
  confidence_avg?: Maybe<Scalars['Float']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  /** Why the video was rejected (status invalid). */
  feedback?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM (UTC) of created_at, for the monthly cap (month-index). */
  month_key: Scalars['String']['output'];
  /** 0..1 */
  motion_variance?: Maybe<Scalars['Float']['output']>;
  /** 0..1 */
  quality_score?: Maybe<Scalars['Float']['output']>;
  /** Null while processing. */
  result?: Maybe<FlowAssessmentResult>;
  status: FlowAssessmentStatus;
  /** 1..15 (Elite catalog). */
  test_id: Scalars['Int']['output'];
  test_name: Scalars['String']['output'];
  user_id: Scalars['ID']['output'];
  video_url: Scalars['String']['output'];
};

/** A completed (or failed/invalid) assessment and the correction plan it generated, if any. */
export type FlowAssessmentCompletion = {
  __typename?: 'FlowAssessmentCompletion';
  assessment: FlowAssessment;
  /** The new active plan (null when none was generated: free tier, no problem areas, or not completed). */
  plan?: Maybe<FlowPlan>;
};

export type FlowAssessmentConnection = {
  __typename?: 'FlowAssessmentConnection';
  items: Array<FlowAssessment>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** What the analysis of an assessment found. */
export type FlowAssessmentResult = {
  __typename?: 'FlowAssessmentResult';
  /** 0..1 */
  confidence: Scalars['Float']['output'];
  /** Detailed analysis output (JSON object). */
  normalized_output?: Maybe<Scalars['AWSJSON']['output']>;
  /** e.g. ["ankle", "hip", "core"] */
  problem_areas?: Maybe<Array<Scalars['String']['output']>>;
  score: FlowAssessmentScore;
};

export type FlowAssessmentResultInput = {
  /** 0..1 */
  confidence: Scalars['Float']['input'];
  normalized_output?: InputMaybe<Scalars['AWSJSON']['input']>;
  problem_areas?: InputMaybe<Array<Scalars['String']['input']>>;
  score: FlowAssessmentScore;
};

export type FlowAssessmentScore =
  | 'limited'
  | 'pass'
  | 'significant';

/** processing -> completed | failed | invalid; a finished assessment never changes again. */
export type FlowAssessmentStatus =
  | 'completed'
  | 'failed'
  | 'invalid'
  | 'processing';

/** An assessment as the processing backend left it, for publishFlowAssessmentUpdate. */
export type FlowAssessmentUpdateInput = {
  assessment_id: Scalars['ID']['input'];
  attempt_number: Scalars['Int']['input'];
  completed_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
  confidence_avg?: InputMaybe<Scalars['Float']['input']>;
  created_at: Scalars['AWSDateTime']['input'];
  feedback?: InputMaybe<Scalars['String']['input']>;
  month_key: Scalars['String']['input'];
  motion_variance?: InputMaybe<Scalars['Float']['input']>;
  quality_score?: InputMaybe<Scalars['Float']['input']>;
  result?: InputMaybe<FlowAssessmentResultInput>;
  status: FlowAssessmentStatus;
  test_id: Scalars['Int']['input'];
  test_name: Scalars['String']['input'];
  user_id: Scalars['ID']['input'];
  video_url: Scalars['String']['input'];
};

export type FlowAuditConnection = {
  __typename?: 'FlowAuditConnection';
  items: Array<FlowAuditEntry>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** One change to a streamed Flow Logic table, as its stream delivered it (table flowlogic-{stage}-audit). */
export type FlowAuditEntry = {
  __typename?: 'FlowAuditEntry';
  /** `<changed_at>#<table>#<sequence number>`: unique per stream record, newest last. */
  change_key: Scalars['String']['output'];
  /** Attributes added, removed or changed. */
  changed: Array<Scalars['String']['output']>;
  /** When DynamoDB wrote the change (ApproximateCreationDateTime). */
  changed_at: Scalars['AWSDateTime']['output'];
  event_id: Scalars['String']['output'];
  event_name: FlowAuditEvent;
  /** The changed item's primary key (JSON object). */
  keys: Scalars['AWSJSON']['output'];
  /** Attributes after the change, without e-mail (null for REMOVE). */
  new_values?: Maybe<Scalars['AWSJSON']['output']>;
  /** Attributes before the change, without e-mail (null for INSERT). */
  old_values?: Maybe<Scalars['AWSJSON']['output']>;
  sequence_number: Scalars['String']['output'];
  /** Table id, e.g. flowAssessments. */
  table: Scalars['String']['output'];
  /** The user the change is about. */
  user_id: Scalars['ID']['output'];
};

export type FlowAuditEvent =
  | 'INSERT'
  | 'MODIFY'
  | 'REMOVE';

/** A daily calendar task (table flowlogic-{stage}-calendar-tasks, sort key `task_key` = `task_date#task_id`). */
export type FlowCalendarTask = {
  __typename?: 'FlowCalendarTask';
  completed: Scalars['Boolean']['output'];
  completed_at?: Maybe<Scalars['AWSDateTime']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  exercise_id: Scalars['String']['output'];
  priority: FlowPriority;
  task_date: Scalars['AWSDate']['output'];
  task_id: Scalars['ID']['output'];
  /** `YYYY-MM-DD#task_id` */
  task_key: Scalars['String']['output'];
  user_id: Scalars['ID']['output'];
};

export type FlowCalendarTaskConnection = {
  __typename?: 'FlowCalendarTaskConnection';
  items: Array<FlowCalendarTask>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type FlowExercise = {
  __typename?: 'FlowExercise';
  description: Scalars['String']['output'];
  exercise_id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  priority: FlowPriority;
  problem_area: Scalars['String']['output'];
};

/** An applied data migration (table flowlogic-{stage}-migrations). */
export type FlowMigration = {
  __typename?: 'FlowMigration';
  applied_at: Scalars['AWSDateTime']['output'];
  author: Scalars['String']['output'];
  description: Scalars['String']['output'];
  version: Scalars['ID']['output'];
};

export type FlowMigrationConnection = {
  __typename?: 'FlowMigrationConnection';
  items: Array<FlowMigration>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type FlowPhase = {
  __typename?: 'FlowPhase';
  duration_weeks: Scalars['Int']['output'];
  /** exercise ids */
  exercises: Array<Scalars['String']['output']>;
  focus: Scalars['String']['output'];
  phase_id: Scalars['ID']['output'];
};

/** A correction plan (table flowlogic-{stage}-plans). A user has at most one active plan. */
export type FlowPlan = {
  __typename?: 'FlowPlan';
  /** Test ids the plan is based on. */
  based_on_tests: Array<Scalars['Int']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  exercises: Array<FlowExercise>;
  is_active: Scalars['Boolean']['output'];
  phases: Array<FlowPhase>;
  plan_id: Scalars['ID']['output'];
  problem_areas: FlowProblemAreas;
  tier: FlowTier;
  updated_at: Scalars['AWSDateTime']['output'];
  user_id: Scalars['ID']['output'];
  /** Starts at 1; each new plan of the user gets the previous version + 1. */
  version: Scalars['Int']['output'];
};

export type FlowPriority =
  | 'must'
  | 'should';

export type FlowProblemAreas = {
  __typename?: 'FlowProblemAreas';
  /** Root cause candidates. */
  p1: Array<Scalars['String']['output']>;
  /** Consequence patterns. */
  p2: Array<Scalars['String']['output']>;
};

/** A day's progress (table flowlogic-{stage}-progress). */
export type FlowProgress = {
  __typename?: 'FlowProgress';
  /** 0..100 */
  completion_percentage: Scalars['Float']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  date: Scalars['AWSDate']['output'];
  /**
   * Consecutive days up to this one that reached 70 %: the previous calendar day's streak + 1 when this day reached
   * 70 % (the previous day counting only if it has progress that reached 70 %), else 0.
   */
  streak: Scalars['Int']['output'];
  /** Points of the streak: the previous day's streak_points (as for streak) + 2 at 100 %, + 1 at 70-99 %; 0 below 70 %. */
  streak_points: Scalars['Int']['output'];
  tasks_completed: Scalars['Int']['output'];
  tasks_total: Scalars['Int']['output'];
  test_improvements?: Maybe<Array<FlowTestImprovement>>;
  updated_at: Scalars['AWSDateTime']['output'];
  user_id: Scalars['ID']['output'];
};

export type FlowProgressConnection = {
  __typename?: 'FlowProgressConnection';
  items: Array<FlowProgress>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** A Stripe subscription (table flowlogic-{stage}-subscriptions). */
export type FlowSubscription = {
  __typename?: 'FlowSubscription';
  cancel_at_period_end: Scalars['Boolean']['output'];
  canceled_at?: Maybe<Scalars['AWSDateTime']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  current_period_end: Scalars['AWSDateTime']['output'];
  current_period_start: Scalars['AWSDateTime']['output'];
  status: FlowSubscriptionStatus;
  stripe_customer_id: Scalars['String']['output'];
  /** Stripe subscription id. */
  subscription_id: Scalars['ID']['output'];
  tier: FlowTier;
  updated_at: Scalars['AWSDateTime']['output'];
  user_id: Scalars['ID']['output'];
};

/** A subscription as the Stripe sync wrote it, for publishFlowSubscriptionChange. */
export type FlowSubscriptionChangeInput = {
  cancel_at_period_end: Scalars['Boolean']['input'];
  canceled_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
  created_at: Scalars['AWSDateTime']['input'];
  current_period_end: Scalars['AWSDateTime']['input'];
  current_period_start: Scalars['AWSDateTime']['input'];
  status: FlowSubscriptionStatus;
  stripe_customer_id: Scalars['String']['input'];
  subscription_id: Scalars['ID']['input'];
  tier: FlowTier;
  updated_at: Scalars['AWSDateTime']['input'];
  user_id: Scalars['ID']['input'];
};

export type FlowSubscriptionStatus =
  | 'active'
  | 'canceled'
  | 'expired'
  | 'past_due';

/** A completed calendar task and its day's progress after the completion. */
export type FlowTaskCompletion = {
  __typename?: 'FlowTaskCompletion';
  /** False when the task was already completed: nothing was counted again. */
  newly_completed: Scalars['Boolean']['output'];
  progress: FlowProgress;
  task: FlowCalendarTask;
};

export type FlowTestImprovement = {
  __typename?: 'FlowTestImprovement';
  improvement_percentage: Scalars['Float']['output'];
  test_id: Scalars['Int']['output'];
};

/** Subscription tier. Correction plans, the calendar and progress need `basic` or above. */
export type FlowTier =
  | 'basic'
  | 'free'
  | 'pro'
  | 'proplus';

/** A Flow Logic user (table flowlogic-{stage}-users). */
export type FlowUser = {
  __typename?: 'FlowUser';
  /** The plan_id of the user's one active correction plan (gateway attribute; null when none). */
  active_plan_id?: Maybe<Scalars['ID']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  /** Unique across users (the e-mail index). */
  email: Scalars['AWSEmail']['output'];
  last_login_at?: Maybe<Scalars['AWSDateTime']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  tier: FlowTier;
  updated_at: Scalars['AWSDateTime']['output'];
  user_id: Scalars['ID']['output'];
  wellness_disclaimer_accepted: Scalars['Boolean']['output'];
  /** Null until the disclaimer is accepted. */
  wellness_disclaimer_accepted_at?: Maybe<Scalars['AWSDateTime']['output']>;
};

/**
 * A user's abuse limits (table flowlogic-{stage}-user-limits). Counters are shown for the current UTC windows: a counter
 * stored for an older window counts as zero. `*_key` fields name the window a stored counter belongs to.
 */
export type FlowUserLimits = {
  __typename?: 'FlowUserLimits';
  attempts_day_key?: Maybe<Scalars['String']['output']>;
  /** test_id -> attempts today (JSON object), at most 3 each. */
  attempts_per_test: Scalars['AWSJSON']['output'];
  /** e.g. VIDEO_ABUSE */
  ban_reason?: Maybe<Scalars['String']['output']>;
  ban_until?: Maybe<Scalars['AWSDateTime']['output']>;
  plan: FlowTier;
  test_month_key?: Maybe<Scalars['String']['output']>;
  /** Limit: 3 (free/basic), 7 (pro), 15 (proplus). */
  test_quota_month: Scalars['Int']['output'];
  test_quota_used_monthly: Scalars['Int']['output'];
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
  user_id: Scalars['ID']['output'];
  video_day_key?: Maybe<Scalars['String']['output']>;
  video_hour_key?: Maybe<Scalars['String']['output']>;
  /** Limit: 9 (free/basic), 21 (pro), 45 (proplus). */
  video_quota_day: Scalars['Int']['output'];
  /** Limit: 5. */
  video_quota_hour: Scalars['Int']['output'];
  video_quota_used_daily: Scalars['Int']['output'];
  video_quota_used_hourly: Scalars['Int']['output'];
};

export type Invoice = {
  __typename?: 'Invoice';
  conversion_date?: Maybe<Scalars['AWSDateTime']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  currency: Scalars['String']['output'];
  due_date?: Maybe<Scalars['AWSDate']['output']>;
  exchange_rate?: Maybe<Scalars['String']['output']>;
  finalized_at?: Maybe<Scalars['AWSDateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Set at finalization: gapless per organisation. */
  invoice_number?: Maybe<Scalars['String']['output']>;
  invoice_sequence?: Maybe<Scalars['String']['output']>;
  line_items: Array<InvoiceLineItem>;
  month: Scalars['Int']['output'];
  organisation_id: Scalars['ID']['output'];
  original_currency?: Maybe<Scalars['String']['output']>;
  paid_at?: Maybe<Scalars['AWSDateTime']['output']>;
  pdf_url?: Maybe<Scalars['String']['output']>;
  period_end: Scalars['AWSDate']['output'];
  period_start: Scalars['AWSDate']['output'];
  status: InvoiceStatus;
  /** The sum of the line totals. */
  total: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  items: Array<Invoice>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type InvoiceLineItem = {
  __typename?: 'InvoiceLineItem';
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  line_number: Scalars['Int']['output'];
  quantity: Scalars['String']['output'];
  /** quantity × unit_price, rounded once half-up to the currency's minor unit. */
  total: Scalars['String']['output'];
  unit_price: Scalars['String']['output'];
};

export type InvoicePayment = {
  __typename?: 'InvoicePayment';
  amount: Scalars['String']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoice_id: Scalars['ID']['output'];
  organisation_id: Scalars['ID']['output'];
  paid_at?: Maybe<Scalars['AWSDateTime']['output']>;
  payment_method?: Maybe<Scalars['String']['output']>;
  /** What the checkout opens. */
  razorpay_order_id?: Maybe<Scalars['String']['output']>;
  razorpay_payment_id?: Maybe<Scalars['String']['output']>;
  reconciled_at?: Maybe<Scalars['AWSDateTime']['output']>;
  refund_amount: Scalars['String']['output'];
  refunded_at?: Maybe<Scalars['AWSDateTime']['output']>;
  status: PaymentStatus;
};

export type InvoiceRun = {
  __typename?: 'InvoiceRun';
  /** Organisations whose draft was created or re-priced. */
  drafted: Array<Scalars['ID']['output']>;
  failed: Array<InvoiceRunFailure>;
  /** Organisations whose invoice for the month is already final. */
  unchanged: Array<Scalars['ID']['output']>;
};

export type InvoiceRunFailure = {
  __typename?: 'InvoiceRunFailure';
  errorType: Scalars['String']['output'];
  message: Scalars['String']['output'];
  organisation_id: Scalars['ID']['output'];
};

export type InvoiceStatus =
  | 'cancelled'
  | 'draft'
  | 'finalized'
  | 'paid'
  | 'refunded';

/** GPS position of a delivery agent. */
export type Location = {
  __typename?: 'Location';
  accuracy_m?: Maybe<Scalars['Float']['output']>;
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
};

export type LocationInput = {
  accuracy_m?: InputMaybe<Scalars['Float']['input']>;
  /** -90 to 90. */
  lat: Scalars['Float']['input'];
  /** -180 to 180. */
  lng: Scalars['Float']['input'];
};

export type LocationUpdateInput = {
  accuracy_m?: InputMaybe<Scalars['Float']['input']>;
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  updated_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records the caller's acceptance of the wellness disclaimer (needed before startAssessment). */
  acceptWellnessDisclaimer: FlowUser;
  acknowledgeAlert: AlertHistory;
  /** Assigns a PREPARING order to a delivery agent and moves it to OUT_FOR_DELIVERY (owner, super admins). */
  assignDelivery: Delivery;
  /** Bans a user from starting assessments until `until` with `reason` (e.g. VIDEO_ABUSE). */
  banFlowUser: FlowUserLimits;
  /** Cancels a draft or finalized invoice; a finalized one keeps its number (admin). */
  cancelInvoice: Invoice;
  /** Moves the organisation to another plan and recomputes its effective limits; the organisation's `admin` group only. */
  changeOrganizationPlan: Organization;
  /**
   * Finishes a processing assessment (completed, failed or invalid). A completed one with problem areas generates a new
   * active correction plan for a Basic+ user (version + 1, the previous plan deactivated in the same transaction).
   * `InvalidTransition` when it is not processing, `ValidationError` for scores outside [0, 1] or missing result/feedback.
   */
  completeAssessment: FlowAssessmentCompletion;
  /**
   * Completes the caller's task `task_id` of `date` (the caller's local date: today in some time zone, UTC-12..UTC+14)
   * and, in the same transaction, that day's progress: tasks_completed / tasks_total (the day's tasks),
   * completion_percentage, streak and streak_points (rule in FlowProgress). Completing a completed task counts nothing
   * again (newly_completed false). Basic+ (TierRequired); `NotFound` when the day has no such task (nothing written);
   * `ValidationError` for a date outside the window; `TransactionConflict` when the day's progress (or a neighbouring
   * day's) changed concurrently: nothing was written, retry.
   */
  completeFlowCalendarTask: FlowTaskCompletion;
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
  /** An API key for an operator, acting with their role; the key is returned once (admin). */
  createAdminApiKey: AdminApiKey;
  /** A billing operator: role admin, operator or viewer (admin). */
  createAdminUser: AdminUser;
  createAlertRule: AlertRule;
  createBillingOrganisation: BillingOrganisation;
  createBillingProject: BillingProject;
  /** The Razorpay order paying a finalized invoice (in paise); a retry returns the open one (operator). */
  createInvoicePaymentOrder: InvoicePayment;
  /**
   * Opens Razorpay Checkout for a PENDING_PAYMENT UPI or CARD order (its customer): one Razorpay order per store order
   * (receipt = order_id), so a retried call answers the same one. The order is CONFIRMED when Razorpay reports the
   * payment captured (webhook), never by the client.
   */
  createOrderPayment: OrderCheckout;
  createPricingPlan: PricingPlan;
  /** A new API key for a project; the key is returned once (admin). */
  createProjectApiKey: ProjectApiKey;
  /**
   * Creates a user in the organisation; its `admin` group only. Own limits plus credits may not exceed the
   * organisation's effective limits (`ValidationError`); `AlreadyExists` when the user_id is taken.
   */
  createReportingUser: ReportingUser;
  /** Creates a GENERATING store, counting it on the tenant in the same transaction (`StoreLimitReached` at max_stores). */
  createStore: Store;
  /** Creates a tenant (super admins, or an owner for their own `custom:tenant_id`); `max_stores` comes from the plan. */
  createTenant: Tenant;
  /** Creates a usage plan; platform admins (group `platform_admin`) only. `AlreadyExists` when the id is taken. */
  createUsagePlan: UsagePlan;
  /** Evaluates the alert rules now, of one organisation or all (operator); also runs after each flush and on a schedule. */
  evaluateAlerts: Array<FiredAlert>;
  /** Numbers a draft and makes it final, once the period accepts no more late events (operator). */
  finalizeInvoice: Invoice;
  /** Counts pending events into PostgreSQL now (the hot store's stream does it when deployed) (operator). */
  flushUsageEvents: UsageFlushResult;
  /** Drafts or re-prices the month's invoice of every organisation with usage; idempotent (operator). */
  generateInvoices: InvoiceRun;
  /** Adds credits (not negative) to the organisation and recomputes its effective limits; its `admin` group only. */
  grantOrganizationCredits: Organization;
  /** Lifts a user's ban. */
  liftFlowBan: FlowUserLimits;
  /**
   * Places an order (customers): prices from the products table, stock taken atomically with the order.
   * PENDING_PAYMENT for UPI/CARD; CONFIRMED with payment_status COD_PENDING for COD.
   */
  placeOrder: Order;
  /** Backend only (IAM): pushes a delivery changed outside a client mutation to onDeliveryUpdated. Writes nothing. */
  publishDeliveryUpdate?: Maybe<Delivery>;
  /** Backend only (IAM): pushes an assessment whose status the processing backend changed to onMyFlowAssessmentUpdated. Writes nothing. */
  publishFlowAssessmentUpdate?: Maybe<FlowAssessment>;
  /** Backend only (IAM): pushes a subscription changed outside a client mutation to onMyFlowSubscriptionChanged. Writes nothing. */
  publishFlowSubscriptionChange?: Maybe<FlowSubscription>;
  /** Backend only (IAM): pushes an order changed outside a client mutation to onOrderUpdated. Writes nothing. */
  publishOrderUpdate?: Maybe<Order>;
  /** Records up to 1,000 usage events with a project API key; each bad event is refused with a reason, the rest kept. */
  recordUsageEvents: RecordUsageEventsResult;
  /** A full or partial refund, never above what is left of the capture; idempotent by key (admin). */
  refundInvoicePayment: PaymentRefund;
  /**
   * Refunds a captured Razorpay payment, fully or partly (owner, super admins); the refunds of a payment never add up to
   * more than was captured (`RefundExceedsCaptured`).
   */
  refundOrderPayment: StoreRefund;
  /** Registers the caller (tier free, disclaimer not accepted). The e-mail is unique: `Conflict` when taken. */
  registerFlowUser: FlowUser;
  /** Registers the caller's profile; the role is the caller's highest storefront group. */
  registerStoreUser: StoreUser;
  /** Renders a final invoice with its template to HTML and PDF and sets pdf_url (operator). */
  renderInvoice: Invoice;
  /**
   * Creates the caller's tasks of `date` (the caller's local date) from the active plan: one task per exercise of the
   * plan's phase in force that day (task_id = exercise_id), at most 25. A day's tasks are created once: asking again
   * returns them. `date` may be the caller's today (any time zone, UTC-12..UTC+14) up to 6 days ahead. Basic+
   * (TierRequired); `NotFound` without an active plan; `ValidationError` for a date outside the window;
   * `TransactionConflict` when another call created the day concurrently (retry: it returns the day's tasks).
   */
  scheduleFlowCalendarDay: Array<FlowCalendarTask>;
  /** E-mails a final invoice (HTML body, PDF attached) to the organisation's billing e-mail, recorded (operator). */
  sendInvoice: EmailNotification;
  /**
   * Starts an assessment (status processing) for the caller, consuming in ONE transaction with the assessment: one video
   * of the day (9/21/45 by tier) and of the hour (5), one attempt of the test today (at most 3), and, for the first
   * attempt of a test on a day, one test of the month (3/7/15). Refusals: `LimitExceeded` (errorInfo: limit, value,
   * usage, resetsAt), `Banned` (errorInfo: reason, resetsAt), `DisclaimerRequired`, `NotFound` (not registered),
   * `ValidationError`, `TransactionConflict` (retry).
   */
  startAssessment: FlowAssessment;
  /** Stores a simulation run for the caller and logs it in the same transaction. */
  storeSimulation: SimulationResult;
  /** The assigned agent reports their position. */
  updateDeliveryLocation: Delivery;
  /**
   * The assigned agent moves the delivery: PENDING → PICKED_UP → IN_TRANSIT → DELIVERED, or FAILED before that (the
   * order goes back to PREPARING). DELIVERED records delivered_at on the delivery and the order and, for COD, the
   * collected amount (`cod_collected_amount`, required) and a payment record.
   */
  updateDeliveryStatus: Delivery;
  /**
   * Moves an order: PENDING_PAYMENT → CONFIRMED (super admins; records the Razorpay payment), CONFIRMED → PREPARING
   * (owner, super admins), → CANCELLED from PENDING_PAYMENT or CONFIRMED (its customer, owner, super admins) or
   * PREPARING (owner, super admins), restoring the stock. OUT_FOR_DELIVERY and DELIVERED are reached through
   * assignDelivery and updateDeliveryStatus.
   */
  updateOrderStatus: Order;
  /**
   * Changes a user's own limits, credits or status and stores their recomputed effective limits with who did it; the
   * `admin` group of the user's organisation only. Limits plus credits may not exceed the organisation's.
   */
  updateReportingUser: ReportingUser;
  /** Moves a store along GENERATING → DRAFT → PAID → PUBLISHED ⇄ SUSPENDED (owner, super admins). */
  updateStoreStatus: Store;
  /**
   * Changes a usage plan and, in the same transaction, the plan limits and effective limits (plan + credits) of the
   * organisations on it (up to 50 per call, see UsagePlanChange.nextToken), recording who did it; platform admins only.
   */
  updateUsagePlan: UsagePlanChange;
  /** Creates or replaces a product of one of the caller's stores. */
  upsertProduct: Product;
  /** Checks the checkout's signature (HMAC of order|payment with the key secret) before marking the payment authorized (operator). */
  verifyInvoicePayment: InvoicePayment;
  /** Checks Checkout's signature (the order's customer); a valid one marks the payment AUTHORIZED, nothing else. */
  verifyOrderPayment: Payment;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignDeliveryArgs = {
  agent_id: Scalars['ID']['input'];
  order_id: Scalars['ID']['input'];
};


export type MutationBanFlowUserArgs = {
  reason: Scalars['String']['input'];
  until: Scalars['AWSDateTime']['input'];
  user_id: Scalars['ID']['input'];
};


export type MutationCancelInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeOrganizationPlanArgs = {
  org_id: Scalars['ID']['input'];
  plan_id: Scalars['ID']['input'];
};


export type MutationCompleteAssessmentArgs = {
  input: CompleteAssessmentInput;
};


export type MutationCompleteFlowCalendarTaskArgs = {
  date: Scalars['AWSDate']['input'];
  task_id: Scalars['ID']['input'];
};


export type MutationConsumeFeatureArgs = {
  feature: Scalars['String']['input'];
};


export type MutationCreateAdminApiKeyArgs = {
  name: Scalars['String']['input'];
  user_id: Scalars['ID']['input'];
};


export type MutationCreateAdminUserArgs = {
  email: Scalars['AWSEmail']['input'];
  role: Scalars['String']['input'];
};


export type MutationCreateAlertRuleArgs = {
  input: CreateAlertRuleInput;
};


export type MutationCreateBillingOrganisationArgs = {
  input: CreateBillingOrganisationInput;
};


export type MutationCreateBillingProjectArgs = {
  input: CreateBillingProjectInput;
};


export type MutationCreateInvoicePaymentOrderArgs = {
  invoice_id: Scalars['ID']['input'];
};


export type MutationCreateOrderPaymentArgs = {
  order_id: Scalars['ID']['input'];
};


export type MutationCreatePricingPlanArgs = {
  input: CreatePricingPlanInput;
};


export type MutationCreateProjectApiKeyArgs = {
  name: Scalars['String']['input'];
  project_id: Scalars['ID']['input'];
};


export type MutationCreateReportingUserArgs = {
  input: CreateReportingUserInput;
  org_id: Scalars['ID']['input'];
};


export type MutationCreateStoreArgs = {
  input: CreateStoreInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCreateUsagePlanArgs = {
  input: CreateUsagePlanInput;
};


export type MutationEvaluateAlertsArgs = {
  organisation_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationFinalizeInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateInvoicesArgs = {
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationGrantOrganizationCreditsArgs = {
  daily: Scalars['Int']['input'];
  monthly: Scalars['Int']['input'];
  org_id: Scalars['ID']['input'];
};


export type MutationLiftFlowBanArgs = {
  user_id: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPublishDeliveryUpdateArgs = {
  input: DeliveryUpdateInput;
};


export type MutationPublishFlowAssessmentUpdateArgs = {
  input: FlowAssessmentUpdateInput;
};


export type MutationPublishFlowSubscriptionChangeArgs = {
  input: FlowSubscriptionChangeInput;
};


export type MutationPublishOrderUpdateArgs = {
  input: OrderUpdateInput;
};


export type MutationRecordUsageEventsArgs = {
  events: Array<UsageEventInput>;
};


export type MutationRefundInvoicePaymentArgs = {
  input: RefundInvoicePaymentInput;
};


export type MutationRefundOrderPaymentArgs = {
  input: RefundOrderPaymentInput;
};


export type MutationRegisterFlowUserArgs = {
  input: RegisterFlowUserInput;
};


export type MutationRegisterStoreUserArgs = {
  input: RegisterStoreUserInput;
};


export type MutationRenderInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleFlowCalendarDayArgs = {
  date: Scalars['AWSDate']['input'];
};


export type MutationSendInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartAssessmentArgs = {
  input: StartAssessmentInput;
};


export type MutationStoreSimulationArgs = {
  input: StoreSimulationInput;
};


export type MutationUpdateDeliveryLocationArgs = {
  delivery_id: Scalars['ID']['input'];
  location: LocationInput;
};


export type MutationUpdateDeliveryStatusArgs = {
  cod_collected_amount?: InputMaybe<Scalars['Float']['input']>;
  delivery_id: Scalars['ID']['input'];
  status: DeliveryStatus;
};


export type MutationUpdateOrderStatusArgs = {
  order_id: Scalars['ID']['input'];
  razorpay_payment_id?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
};


export type MutationUpdateReportingUserArgs = {
  input: UpdateReportingUserInput;
  user_id: Scalars['ID']['input'];
};


export type MutationUpdateStoreStatusArgs = {
  status: StoreStatus;
  store_id: Scalars['ID']['input'];
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateUsagePlanArgs = {
  input: UpdateUsagePlanInput;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  plan_id: Scalars['ID']['input'];
};


export type MutationUpsertProductArgs = {
  input: ProductInput;
};


export type MutationVerifyInvoicePaymentArgs = {
  input: VerifyInvoicePaymentInput;
};


export type MutationVerifyOrderPaymentArgs = {
  input: VerifyOrderPaymentInput;
};

/** A customer order. */
export type Order = {
  __typename?: 'Order';
  created_at: Scalars['AWSDateTime']['output'];
  customer_name?: Maybe<Scalars['String']['output']>;
  customer_phone: Scalars['String']['output'];
  delivered_at?: Maybe<Scalars['AWSDateTime']['output']>;
  delivery_address?: Maybe<Scalars['String']['output']>;
  delivery_agent_id?: Maybe<Scalars['String']['output']>;
  delivery_fee: Scalars['Float']['output'];
  items: Array<OrderItem>;
  order_id: Scalars['ID']['output'];
  payment_method: PaymentMethod;
  /** PENDING, PAID, FAILED or COD_PENDING. */
  payment_status: Scalars['String']['output'];
  razorpay_payment_id?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  store_id: Scalars['ID']['output'];
  subtotal: Scalars['Float']['output'];
  tenant_id: Scalars['ID']['output'];
  total_amount: Scalars['Float']['output'];
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
};

/** What Razorpay Checkout opens with for a store order. */
export type OrderCheckout = {
  __typename?: 'OrderCheckout';
  /** In the currency's minor unit (paise), as Checkout takes it. */
  amount: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  /** The public Razorpay key id Checkout is opened with. */
  key_id: Scalars['String']['output'];
  order_id: Scalars['ID']['output'];
  /** Also the payment_id of the order's payment record. */
  razorpay_order_id: Scalars['String']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  items: Array<Order>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** One line of an order, priced from the products table when the order was placed. */
export type OrderItem = {
  __typename?: 'OrderItem';
  line_total: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /**
   * The product as it is now (stock, images), read for the whole result with one BatchGetItem by the query that
   * returned the order (getOrder, listOrdersBy*, listMyOrders); null elsewhere and for a product that is gone.
   */
  product?: Maybe<Product>;
  product_id: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  unit_price: Scalars['Float']['output'];
};

export type OrderItemInput = {
  product_id: Scalars['ID']['input'];
  /** 1 to 100. */
  quantity: Scalars['Int']['input'];
};

export type OrderItemUpdateInput = {
  line_total: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  product_id: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  unit_price: Scalars['Float']['input'];
};

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'OUT_FOR_DELIVERY'
  | 'PENDING_PAYMENT'
  | 'PREPARING';

/** An order as changed outside a client mutation (payment webhook, stream), for publishOrderUpdate. */
export type OrderUpdateInput = {
  created_at: Scalars['AWSDateTime']['input'];
  customer_name?: InputMaybe<Scalars['String']['input']>;
  customer_phone: Scalars['String']['input'];
  delivered_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
  delivery_address?: InputMaybe<Scalars['String']['input']>;
  delivery_agent_id?: InputMaybe<Scalars['String']['input']>;
  delivery_fee: Scalars['Float']['input'];
  items: Array<OrderItemUpdateInput>;
  order_id: Scalars['ID']['input'];
  payment_method: PaymentMethod;
  payment_status: Scalars['String']['input'];
  razorpay_payment_id?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
  store_id: Scalars['ID']['input'];
  subtotal: Scalars['Float']['input'];
  tenant_id: Scalars['ID']['input'];
  total_amount: Scalars['Float']['input'];
  updated_at?: InputMaybe<Scalars['AWSDateTime']['input']>;
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

/** One page of organisations; pass `nextToken` back to read the next page. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  items: Array<Organization>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** A payment record: Razorpay (UPI, CARD) or cash collected on delivery. */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Float']['output'];
  captured_at?: Maybe<Scalars['AWSDateTime']['output']>;
  /** For COD: the agent who collected the cash. */
  collected_by?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  currency: Scalars['String']['output'];
  order_id: Scalars['ID']['output'];
  payment_id: Scalars['ID']['output'];
  payment_method: PaymentMethod;
  razorpay_order_id?: Maybe<Scalars['String']['output']>;
  razorpay_payment_id?: Maybe<Scalars['String']['output']>;
  /** What was refunded so far (pending refunds included), at most `amount`. */
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  /**
   * CREATED, AUTHORIZED (checkout verified), CAPTURED, FAILED, PARTIALLY_REFUNDED or REFUNDED. The seed lists CREATED,
   * CAPTURED, FAILED and REFUNDED; AUTHORIZED and PARTIALLY_REFUNDED are Razorpay's states between those.
   */
  status: Scalars['String']['output'];
  store_id: Scalars['ID']['output'];
  tenant_id: Scalars['ID']['output'];
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  items: Array<Payment>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type PaymentMethod =
  | 'CARD'
  | 'COD'
  | 'UPI';

export type PaymentRefund = {
  __typename?: 'PaymentRefund';
  amount: Scalars['String']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  id: Scalars['ID']['output'];
  idempotency_key: Scalars['String']['output'];
  payment_id: Scalars['ID']['output'];
  razorpay_refund_id?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type PaymentStatus =
  | 'authorized'
  | 'captured'
  | 'failed'
  /** Razorpay keeps such a payment captured with refund_status partial; the seed's status is kept on purpose. */
  | 'partially_refunded'
  | 'pending'
  | 'refunded';

export type PlaceOrderInput = {
  customer_name: Scalars['String']['input'];
  delivery_address: Scalars['String']['input'];
  /** 1 to 25 lines; prices come from the products table. */
  items: Array<OrderItemInput>;
  payment_method: PaymentMethod;
  store_id: Scalars['ID']['input'];
};

export type PricingPlan = {
  __typename?: 'PricingPlan';
  currency: Scalars['String']['output'];
  effective_from: Scalars['AWSDate']['output'];
  effective_to?: Maybe<Scalars['AWSDate']['output']>;
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  metric_name: Scalars['String']['output'];
  price_per_unit: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** A product of a store. */
export type Product = {
  __typename?: 'Product';
  category?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  images?: Maybe<Array<Scalars['String']['output']>>;
  is_active: Scalars['Boolean']['output'];
  /** Set when an order took the stock to `low_stock_threshold` or below; cleared by upsertProduct above it. */
  low_stock?: Maybe<Scalars['Boolean']['output']>;
  low_stock_threshold?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** AI stock prediction data (JSON). */
  prediction?: Maybe<Scalars['AWSJSON']['output']>;
  price: Scalars['Float']['output'];
  product_id: Scalars['ID']['output'];
  stock_quantity: Scalars['Int']['output'];
  store_id: Scalars['ID']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  items: Array<Product>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type ProductInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  images?: InputMaybe<Array<Scalars['String']['input']>>;
  is_active: Scalars['Boolean']['input'];
  low_stock_threshold?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  prediction?: InputMaybe<Scalars['AWSJSON']['input']>;
  /** Not negative. */
  price: Scalars['Float']['input'];
  /** Omit to create a product. */
  product_id?: InputMaybe<Scalars['ID']['input']>;
  /** A whole number, not negative. */
  stock_quantity: Scalars['Int']['input'];
  store_id: Scalars['ID']['input'];
};

export type ProjectApiKey = {
  __typename?: 'ProjectApiKey';
  created_at: Scalars['AWSDateTime']['output'];
  id: Scalars['ID']['output'];
  is_active: Scalars['Boolean']['output'];
  /** The key itself, shown only in this response; only its SHA-256 is stored. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  project_id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An organisation's fired alerts, newest first (viewer). */
  billingAlertHistory: AlertHistoryConnection;
  /** An organisation's alert rules (viewer). */
  billingAlertRules: Array<AlertRule>;
  /** The audit log, newest first, of one organisation or of everything (admin). */
  billingAuditLogs: AuditLogConnection;
  /** An invoice with its line items (viewer). */
  billingInvoice?: Maybe<Invoice>;
  /** An organisation's invoices, newest period first (viewer). */
  billingInvoices: InvoiceConnection;
  /** An organisation's usage aggregates for a UTC month (viewer). */
  billingUsage: Array<BillingUsage>;
  /** Assessments of one month (YYYY-MM) across users, newest first (GSI month-index). */
  flowAssessmentsByMonth: FlowAssessmentConnection;
  /** Assessments of one test across users, newest first (GSI test-type-index), optionally created from `from` to `to` (both included). */
  flowAssessmentsByTest: FlowAssessmentConnection;
  /** A user's audit trail, newest first, optionally of one table (a filter: a page may hold fewer than `limit`). */
  flowAuditTrail: FlowAuditConnection;
  /** Every user's tasks of one day (GSI date-index). */
  flowCalendarTasksOnDate: FlowCalendarTaskConnection;
  /** Applied data migrations. */
  flowMigrations: FlowMigrationConnection;
  /** The subscriptions of a Stripe customer (GSI stripe-customer-index). */
  flowSubscriptionsByStripeCustomer: Array<FlowSubscription>;
  /** The top streaks across users on one day, descending (GSI top-streaks-index; erratum). */
  flowTopStreaks: Array<FlowProgress>;
  /** A user by id. */
  flowUser?: Maybe<FlowUser>;
  /** A user by e-mail (GSI email-index). */
  flowUserByEmail?: Maybe<FlowUser>;
  /** A user's limits and usage in the current windows. */
  flowUserLimits?: Maybe<FlowUserLimits>;
  /** The calling user (user_id = Cognito sub) with their effective limits. */
  getMyReportingUser?: Maybe<ReportingUser>;
  /** The caller's profile (by Cognito sub), or null before registering. */
  getMyStoreProfile?: Maybe<StoreUser>;
  /**
   * The caller's active subscription, or null (free plan). Looked up in the new table first, then (until
   * `npm run migrate:f1` has retired it) in the legacy strategy-metadata table; a legacy-only subscription is copied
   * into the new table on first read, once.
   */
  getMySubscription?: Maybe<F1Subscription>;
  /** The calling owner's tenant (claim `custom:tenant_id`), or null before it is created. */
  getMyTenant?: Maybe<Tenant>;
  /** An order, for whoever may see it (its customer, its tenant's owner, its assigned agent, super admins). */
  getOrder?: Maybe<Order>;
  /** The current delivery of an order (the newest), for whoever may see the order; null before one is assigned. */
  getOrderDelivery?: Maybe<Delivery>;
  /** An organisation; members of that organisation only (claim `custom:org_id`). */
  getOrganization?: Maybe<Organization>;
  /** A PUBLISHED store by id, for anyone; null when there is none or it is not published. */
  getPublicStore?: Maybe<Store>;
  /**
   * One of the caller's simulations. Looked up in the new table first, then in the legacy strategy-metadata table; a
   * legacy-only record is copied into the new table on first read, once.
   */
  getSimulation?: Maybe<SimulationResult>;
  /** A store of a tenant: super admins any, owners their tenant's. */
  getStore?: Maybe<Store>;
  /** A tenant: super admins any, owners their own. */
  getTenant?: Maybe<Tenant>;
  /** A usage plan by id, or null when there is none. */
  getUsagePlan?: Maybe<UsagePlan>;
  /**
   * An agent's deliveries: agents their own (agent_id omitted or their sub), owners those of their tenant, super admins
   * any agent's.
   */
  listAgentDeliveries: DeliveryConnection;
  /** The caller's actions with `from <= time < to` (ISO-8601 UTC), at most `limit` (default 20, at most 100) per page. */
  listMyActions: UserActionConnection;
  /** The calling customer's orders (claim `phone_number`), newest first. */
  listMyOrders: OrderConnection;
  /** The caller's simulations, newest first (GSI user-index). */
  listMySimulations: SimulationResultConnection;
  /** A store's orders, newest first, optionally of one status (owner of the store, super admins). */
  listOrdersByStore: OrderConnection;
  /** A tenant's orders, newest first, optionally of one status (its owner, super admins). */
  listOrdersByTenant: OrderConnection;
  /** Organisations on a plan (GSI plan-index), with their effective limits; platform admins (group `platform_admin`) only. */
  listOrganizationsByPlan: OrganizationConnection;
  /**
   * A store's products. The store's owner and super admins see every product of any store of theirs; everyone else
   * (API key included) only the active products of a PUBLISHED store, and `StoreNotFound` otherwise.
   */
  listProducts: ProductConnection;
  /** A tenant's stores: super admins any, owners their own. */
  listStoresByTenant: StoreConnection;
  /** A tenant's payments (its owner, super admins). */
  listTenantPayments: PaymentConnection;
  /** Usage plans, at most `limit` (default 20, at most 100) per page. */
  listUsagePlans: UsagePlanConnection;
  /**
   * Users with an e-mail address (GSI email-index). An organisation's `admin` sees the users of their organisation only;
   * platform admins see every user. A page may hold fewer than `limit` users and still carry a `nextToken`.
   */
  listUsersByEmail: ReportingUserConnection;
  /** Users of an organisation (GSI org-index); the organisation's `admin` group only. */
  listUsersByOrg: ReportingUserConnection;
  /** The caller's active correction plan (sparse GSI active-index on active_user_id), or null. Basic+ (TierRequired). */
  myActivePlan?: Maybe<FlowPlan>;
  /** The caller's active subscription (PK user_id, filter status = active), or null. */
  myActiveSubscription?: Maybe<FlowSubscription>;
  /**
   * The caller's assessments (PK user_id, in assessment_id order), optionally only one test or one month. The filters apply after `limit`
   * (DynamoDB filter expressions), so a page may hold fewer items than `limit` while `nextToken` is set.
   */
  myAssessments: FlowAssessmentConnection;
  /** The caller's tasks of one day (begins_with(task_key, "YYYY-MM-DD#")). Basic+ (TierRequired). */
  myCalendarTasks: FlowCalendarTaskConnection;
  /** The caller's tasks from `from` to `to`, both days included (task_key BETWEEN). Basic+ (TierRequired). */
  myCalendarTasksBetween: FlowCalendarTaskConnection;
  /** The caller's usage of each feature of their plan on `date` (default today, UTC) against the plan's daily limit. */
  myFeatureUsage: FeatureUsageReport;
  /** The caller's Flow Logic user (user by id), or null before registerFlowUser. */
  myFlowUser?: Maybe<FlowUser>;
  /** The caller's limits and usage in the current windows. */
  myLimits?: Maybe<FlowUserLimits>;
  /** The caller's progress of one day (PK user_id, SK date), or null. Basic+ (TierRequired). */
  myProgress?: Maybe<FlowProgress>;
  /** The caller's days with the longest streaks, descending (GSI streak-index). Basic+ (TierRequired). */
  myTopStreaks: Array<FlowProgress>;
};


export type QueryBillingAlertHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  organisation_id: Scalars['ID']['input'];
};


export type QueryBillingAlertRulesArgs = {
  organisation_id: Scalars['ID']['input'];
};


export type QueryBillingAuditLogsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  organisation_id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBillingInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBillingInvoicesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  organisation_id: Scalars['ID']['input'];
  status?: InputMaybe<InvoiceStatus>;
};


export type QueryBillingUsageArgs = {
  metric_name?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['Int']['input'];
  organisation_id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryFlowAssessmentsByMonthArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  month_key: Scalars['String']['input'];
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFlowAssessmentsByTestArgs = {
  from?: InputMaybe<Scalars['AWSDateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  test_id: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['AWSDateTime']['input']>;
};


export type QueryFlowAuditTrailArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  table?: InputMaybe<Scalars['String']['input']>;
  user_id: Scalars['ID']['input'];
};


export type QueryFlowCalendarTasksOnDateArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  task_date: Scalars['AWSDate']['input'];
};


export type QueryFlowMigrationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFlowSubscriptionsByStripeCustomerArgs = {
  stripe_customer_id: Scalars['String']['input'];
};


export type QueryFlowTopStreaksArgs = {
  date: Scalars['AWSDate']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFlowUserArgs = {
  user_id: Scalars['ID']['input'];
};


export type QueryFlowUserByEmailArgs = {
  email: Scalars['AWSEmail']['input'];
};


export type QueryFlowUserLimitsArgs = {
  user_id: Scalars['ID']['input'];
};


export type QueryGetOrderArgs = {
  order_id: Scalars['ID']['input'];
};


export type QueryGetOrderDeliveryArgs = {
  order_id: Scalars['ID']['input'];
};


export type QueryGetOrganizationArgs = {
  org_id: Scalars['ID']['input'];
};


export type QueryGetPublicStoreArgs = {
  store_id: Scalars['ID']['input'];
};


export type QueryGetSimulationArgs = {
  simulation_id: Scalars['ID']['input'];
};


export type QueryGetStoreArgs = {
  store_id: Scalars['ID']['input'];
  tenant_id: Scalars['ID']['input'];
};


export type QueryGetTenantArgs = {
  tenant_id: Scalars['ID']['input'];
};


export type QueryGetUsagePlanArgs = {
  plan_id: Scalars['ID']['input'];
};


export type QueryListAgentDeliveriesArgs = {
  agent_id?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListMyActionsArgs = {
  from: Scalars['AWSDateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['AWSDateTime']['input'];
};


export type QueryListMyOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryListMySimulationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListOrdersByStoreArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
  store_id: Scalars['ID']['input'];
};


export type QueryListOrdersByTenantArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
  tenant_id: Scalars['ID']['input'];
};


export type QueryListOrganizationsByPlanArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  plan_id: Scalars['ID']['input'];
};


export type QueryListProductsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  store_id: Scalars['ID']['input'];
};


export type QueryListStoresByTenantArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  tenant_id: Scalars['ID']['input'];
};


export type QueryListTenantPaymentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  tenant_id: Scalars['ID']['input'];
};


export type QueryListUsagePlansArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListUsersByEmailArgs = {
  email: Scalars['AWSEmail']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryListUsersByOrgArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  org_id: Scalars['ID']['input'];
};


export type QueryMyAssessmentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  month_key?: InputMaybe<Scalars['String']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  test_id?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyCalendarTasksArgs = {
  date: Scalars['AWSDate']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyCalendarTasksBetweenArgs = {
  from: Scalars['AWSDate']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['AWSDate']['input'];
};


export type QueryMyFeatureUsageArgs = {
  date?: InputMaybe<Scalars['AWSDate']['input']>;
};


export type QueryMyProgressArgs = {
  date: Scalars['AWSDate']['input'];
};


export type QueryMyTopStreaksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordUsageEventsResult = {
  __typename?: 'RecordUsageEventsResult';
  /** Events accepted: stored for counting, or replays of events already stored (counted once). */
  accepted: Scalars['Int']['output'];
  refused: Array<RefusedUsageEvent>;
  /** Accepted events whose idempotency key was already stored (or repeated in this call): nothing new to count. */
  replayed: Scalars['Int']['output'];
};

export type RefundInvoicePaymentInput = {
  /** Omitted: everything captured and not yet refunded. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The same key makes a retried refund the same refund (sent to Razorpay as X-Refund-Idempotency). */
  idempotency_key: Scalars['String']['input'];
  payment_id: Scalars['ID']['input'];
};

export type RefundOrderPaymentInput = {
  /** Rupees; all that is left when omitted. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Sent to Razorpay as X-Refund-Idempotency: the same key answers the same refund, whatever the retries. */
  idempotency_key: Scalars['String']['input'];
  /** The payment record (for Razorpay payments, the Razorpay order id). */
  payment_id: Scalars['ID']['input'];
  /** Super admins only; an owner refunds in their own tenant. */
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};

export type RefusedUsageEvent = {
  __typename?: 'RefusedUsageEvent';
  /** InvalidValue, UnknownMetric, InvalidTimestamp, TimestampInFuture, TimestampTooOld, InvalidMetadata, WrongProject or InvalidIdempotencyKey. */
  code: Scalars['String']['output'];
  idempotency_key?: Maybe<Scalars['String']['output']>;
  /** Position of the event in the call. */
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type RegisterFlowUserInput = {
  email: Scalars['AWSEmail']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterStoreUserInput = {
  email?: InputMaybe<Scalars['AWSEmail']['input']>;
  name: Scalars['String']['input'];
  /** Must equal the token's `phone_number` claim when the token has one. */
  phone: Scalars['AWSPhone']['input'];
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
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
  /** Cognito sub of whoever created the user or last changed their limits, credits or status. */
  updated_by?: Maybe<Scalars['String']['output']>;
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

export type StartAssessmentInput = {
  /** 1..15 */
  test_id: Scalars['Int']['input'];
  /** Where the uploaded video is (e.g. s3://bucket/key). */
  video_url: Scalars['String']['input'];
};

/** An AI-generated store (website) of a tenant. */
export type Store = {
  __typename?: 'Store';
  /** Generated site configuration (JSON). */
  config?: Maybe<Scalars['AWSJSON']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  custom_domain?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  live_url?: Maybe<Scalars['String']['output']>;
  preview_url?: Maybe<Scalars['String']['output']>;
  prompt?: Maybe<Scalars['String']['output']>;
  published_at?: Maybe<Scalars['AWSDateTime']['output']>;
  status: StoreStatus;
  store_id: Scalars['ID']['output'];
  /** grocery, restaurant, clinic, fashion or general. */
  store_type?: Maybe<Scalars['String']['output']>;
  tenant_id: Scalars['ID']['output'];
};

export type StoreConnection = {
  __typename?: 'StoreConnection';
  items: Array<Store>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** A refund of a store payment. */
export type StoreRefund = {
  __typename?: 'StoreRefund';
  amount: Scalars['Float']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  idempotency_key: Scalars['String']['output'];
  payment_id: Scalars['ID']['output'];
  razorpay_refund_id?: Maybe<Scalars['String']['output']>;
  /** pending (Razorpay has not answered yet), created, processed or failed. */
  status: Scalars['String']['output'];
  tenant_id: Scalars['ID']['output'];
};

export type StoreSimulationInput = {
  results?: InputMaybe<Scalars['AWSJSON']['input']>;
  strategy_data?: InputMaybe<Scalars['AWSJSON']['input']>;
  /** Seconds, not negative. */
  total_time?: InputMaybe<Scalars['Float']['input']>;
  track_id: Scalars['String']['input'];
};

export type StoreStatus =
  | 'DRAFT'
  | 'GENERATING'
  | 'PAID'
  | 'PUBLISHED'
  | 'SUSPENDED';

/** A user profile of any role, keyed by phone number. */
export type StoreUser = {
  __typename?: 'StoreUser';
  cognito_sub: Scalars['String']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  is_active: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  /** SUPER_ADMIN, BUSINESS_OWNER, DELIVERY_AGENT or CUSTOMER. */
  role: Scalars['String']['output'];
  tenant_id?: Maybe<Scalars['String']['output']>;
  user_id: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Delivery changes (assignment, position, status), optionally of one order or agent, confined like onOrderUpdated. */
  onDeliveryUpdated?: Maybe<Delivery>;
  /** The caller's assessments as processing finishes them (completed, failed or invalid), optionally one assessment. */
  onMyFlowAssessmentUpdated?: Maybe<FlowAssessment>;
  /** The caller's subscriptions as Stripe changes them (created, renewed, canceled, payment failed). */
  onMyFlowSubscriptionChanged?: Maybe<FlowSubscription>;
  /**
   * Order changes, optionally of one order, store, tenant or customer; each subscriber only receives the orders they may
   * see (customers their phone's, owners their tenant's, agents those assigned to them, super admins all). The mutation
   * must select the fields the filter reads (customer_phone, tenant_id, delivery_agent_id).
   */
  onOrderUpdated?: Maybe<Order>;
};


export type SubscriptionOnDeliveryUpdatedArgs = {
  agent_id?: InputMaybe<Scalars['ID']['input']>;
  order_id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOnMyFlowAssessmentUpdatedArgs = {
  assessment_id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOnOrderUpdatedArgs = {
  customer_phone?: InputMaybe<Scalars['String']['input']>;
  order_id?: InputMaybe<Scalars['ID']['input']>;
  store_id?: InputMaybe<Scalars['ID']['input']>;
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};

/** A business owner's tenant: the plan sets `max_stores`; `store_count` counts the stores created. */
export type Tenant = {
  __typename?: 'Tenant';
  business_name: Scalars['String']['output'];
  created_at: Scalars['AWSDateTime']['output'];
  max_stores: Scalars['Int']['output'];
  owner_user_id: Scalars['String']['output'];
  plan: TenantPlan;
  razorpay_customer_id?: Maybe<Scalars['String']['output']>;
  store_count: Scalars['Int']['output'];
  /** ACTIVE, CANCELLED or EXPIRED. */
  subscription_status: Scalars['String']['output'];
  tenant_id: Scalars['ID']['output'];
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
};

export type TenantPlan =
  | 'ENTERPRISE'
  | 'FREE'
  | 'PRO';

/**
 * Fields to change; an omitted field keeps its value, and `null` for an own limit removes it (the user then shares the
 * organisation's limits).
 */
export type UpdateReportingUserInput = {
  additional_daily_credits?: InputMaybe<Scalars['Int']['input']>;
  additional_monthly_credits?: InputMaybe<Scalars['Int']['input']>;
  /** `active` or `suspended`. */
  status?: InputMaybe<Scalars['String']['input']>;
  user_daily_limit?: InputMaybe<Scalars['Int']['input']>;
  user_monthly_limit?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields to change; an omitted field keeps its value. */
export type UpdateUsagePlanInput = {
  daily_report_limit?: InputMaybe<Scalars['Int']['input']>;
  features?: InputMaybe<Array<Scalars['String']['input']>>;
  monthly_report_limit?: InputMaybe<Scalars['Int']['input']>;
  plan_name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Float']['input']>;
  /** `active` or `inactive`. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** A usage event as a metered client sends it. */
export type UsageEventInput = {
  /** Unique per organisation: a replayed event is counted once. */
  idempotency_key: Scalars['String']['input'];
  /** A JSON object of at most 4 KB. */
  metadata?: InputMaybe<Scalars['AWSJSON']['input']>;
  metric_name: Scalars['String']['input'];
  /** A finite, non-negative decimal, as text ("12.5"). */
  metric_value: Scalars['String']['input'];
  /** The key's project; optional, refused when it names another project. */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** When the usage happened: accepted up to 72 hours late and 5 minutes early. */
  timestamp: Scalars['AWSDateTime']['input'];
  unit: Scalars['String']['input'];
};

export type UsageFlushResult = {
  __typename?: 'UsageFlushResult';
  /** Events already counted (replays, concurrent flushes, re-runs after a crash). */
  duplicates: Scalars['Int']['output'];
  /** Events counted now. */
  inserted: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
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
  updated_at?: Maybe<Scalars['AWSDateTime']['output']>;
  /** Cognito sub of whoever created or last changed the plan. */
  updated_by?: Maybe<Scalars['String']['output']>;
};

/** A plan change and how many organisations on the plan had their limits recomputed by this call. */
export type UsagePlanChange = {
  __typename?: 'UsagePlanChange';
  /**
   * Set when more organisations are on the plan than one call recomputes: call `updateUsagePlan` again with the same
   * input and this token (repeating the call is harmless).
   */
  nextToken?: Maybe<Scalars['String']['output']>;
  organizations_updated: Scalars['Int']['output'];
  plan: UsagePlan;
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

/** What Razorpay's checkout hands back on success. */
export type VerifyInvoicePaymentInput = {
  razorpay_order_id: Scalars['String']['input'];
  razorpay_payment_id: Scalars['String']['input'];
  razorpay_signature: Scalars['String']['input'];
};

export type VerifyOrderPaymentInput = {
  order_id: Scalars['ID']['input'];
  razorpay_order_id: Scalars['String']['input'];
  razorpay_payment_id: Scalars['String']['input'];
  /** Checkout's HMAC-SHA256 of `razorpay_order_id|razorpay_payment_id` with the key secret. */
  razorpay_signature: Scalars['String']['input'];
};
