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

export type FiredAlert = {
  __typename?: 'FiredAlert';
  historyId: Scalars['ID']['output'];
  ruleId: Scalars['ID']['output'];
  status: AlertStatus;
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
  acknowledgeAlert: AlertHistory;
  /** Assigns a PREPARING order to a delivery agent and moves it to OUT_FOR_DELIVERY (owner, super admins). */
  assignDelivery: Delivery;
  /** Cancels a draft or finalized invoice; a finalized one keeps its number (admin). */
  cancelInvoice: Invoice;
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
  /** An API key for an operator, acting with their role; the key is returned once (admin). */
  createAdminApiKey: AdminApiKey;
  /** A billing operator: role admin, operator or viewer (admin). */
  createAdminUser: AdminUser;
  createAlertRule: AlertRule;
  createBillingOrganisation: BillingOrganisation;
  createBillingProject: BillingProject;
  createPricingPlan: PricingPlan;
  /** A new API key for a project; the key is returned once (admin). */
  createProjectApiKey: ProjectApiKey;
  /** Creates a GENERATING store, counting it on the tenant in the same transaction (`StoreLimitReached` at max_stores). */
  createStore: Store;
  /** Creates a tenant (super admins, or an owner for their own `custom:tenant_id`); `max_stores` comes from the plan. */
  createTenant: Tenant;
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
  /**
   * Places an order (customers): prices from the products table, stock taken atomically with the order.
   * PENDING_PAYMENT for UPI/CARD; CONFIRMED with payment_status COD_PENDING for COD.
   */
  placeOrder: Order;
  /** Backend only (IAM): pushes a delivery changed outside a client mutation to onDeliveryUpdated. Writes nothing. */
  publishDeliveryUpdate?: Maybe<Delivery>;
  /** Backend only (IAM): pushes an order changed outside a client mutation to onOrderUpdated. Writes nothing. */
  publishOrderUpdate?: Maybe<Order>;
  /** Records up to 1,000 usage events with a project API key; each bad event is refused with a reason, the rest kept. */
  recordUsageEvents: RecordUsageEventsResult;
  /** Registers the caller's profile; the role is the caller's highest storefront group. */
  registerStoreUser: StoreUser;
  /** Renders a final invoice with its template to HTML and PDF and sets pdf_url (operator). */
  renderInvoice: Invoice;
  /** E-mails a final invoice (HTML body, PDF attached) to the organisation's billing e-mail, recorded (operator). */
  sendInvoice: EmailNotification;
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
  /** Moves a store along GENERATING → DRAFT → PAID → PUBLISHED ⇄ SUSPENDED (owner, super admins). */
  updateStoreStatus: Store;
  /** Creates or replaces a product of one of the caller's stores. */
  upsertProduct: Product;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignDeliveryArgs = {
  agent_id: Scalars['ID']['input'];
  order_id: Scalars['ID']['input'];
};


export type MutationCancelInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeOrganizationPlanArgs = {
  org_id: Scalars['ID']['input'];
  plan_id: Scalars['ID']['input'];
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


export type MutationCreatePricingPlanArgs = {
  input: CreatePricingPlanInput;
};


export type MutationCreateProjectApiKeyArgs = {
  name: Scalars['String']['input'];
  project_id: Scalars['ID']['input'];
};


export type MutationCreateStoreArgs = {
  input: CreateStoreInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
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


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPublishDeliveryUpdateArgs = {
  input: DeliveryUpdateInput;
};


export type MutationPublishOrderUpdateArgs = {
  input: OrderUpdateInput;
};


export type MutationRecordUsageEventsArgs = {
  events: Array<UsageEventInput>;
};


export type MutationRegisterStoreUserArgs = {
  input: RegisterStoreUserInput;
};


export type MutationRenderInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendInvoiceArgs = {
  id: Scalars['ID']['input'];
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


export type MutationUpdateStoreStatusArgs = {
  status: StoreStatus;
  store_id: Scalars['ID']['input'];
  tenant_id?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpsertProductArgs = {
  input: ProductInput;
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

/** A payment record: Razorpay (UPI, CARD) or cash collected on delivery. */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Float']['output'];
  /** For COD: the agent who collected the cash. */
  collected_by?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['AWSDateTime']['output'];
  currency: Scalars['String']['output'];
  order_id: Scalars['ID']['output'];
  payment_id: Scalars['ID']['output'];
  payment_method: PaymentMethod;
  razorpay_order_id?: Maybe<Scalars['String']['output']>;
  razorpay_payment_id?: Maybe<Scalars['String']['output']>;
  /** CREATED, CAPTURED, FAILED or REFUNDED. */
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
  /** The calling user (user_id = Cognito sub) with their effective limits. */
  getMyReportingUser?: Maybe<ReportingUser>;
  /** The caller's profile (by Cognito sub), or null before registering. */
  getMyStoreProfile?: Maybe<StoreUser>;
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
  /** Users of an organisation (GSI org-index); the organisation's `admin` group only. */
  listUsersByOrg: ReportingUserConnection;
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


export type QueryListUsersByOrgArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  org_id: Scalars['ID']['input'];
};

export type RecordUsageEventsResult = {
  __typename?: 'RecordUsageEventsResult';
  /** Events accepted: stored for counting, or replays of events already stored (counted once). */
  accepted: Scalars['Int']['output'];
  refused: Array<RefusedUsageEvent>;
  /** Accepted events whose idempotency key was already stored (or repeated in this call): nothing new to count. */
  replayed: Scalars['Int']['output'];
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