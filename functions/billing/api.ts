/**
 * The billing Lambda resolver: one handler for every billing field, routed on the field name the APPSYNC_JS
 * resolver sends (resolvers/lib/billing/invoke.ts). It answers `{ data }` or `{ error }`; the resolver raises the
 * error with its errorType, so PostgreSQL errors never reach clients (errors.ts).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../db/database';
import { audit, requestFacts } from './admin/audit';
import { adminCaller } from './admin/caller';
import { createAdminApiKey, createAdminUser, createApiKey, createOrganisation, createPricingPlan, createProject, type AdminAct } from './admin/operations';
import { evaluateAlerts } from './alerts/evaluate';
import { acknowledgeAlert, alertHistoryOf, alertRulesOf, createAlertRule } from './alerts/rules';
import type { WebhookOptions } from './alerts/webhook';
import { BillingError, outcomeOf, type HandlerOutcome } from './errors';
import { FIELD_ROLES, INGESTION_FIELD } from './field-roles';
import { flushPending } from './ingest/flush';
import { projectPrincipal, recordUsageEvents } from './ingest/record-usage-events';
import { generateInvoices } from './invoices/generate';
import { cancelInvoice, finalizeInvoice } from './invoices/lifecycle';
import { renderInvoice } from './invoices/documents';
import { sendInvoice } from './invoices/send';
import type { DocumentStore, Mailer } from './files';
import { createInvoiceOrder, refundPayment, verifyCheckout } from '../payments/invoice-payments';
import { requireRazorpay, type RazorpayDeps } from '../payments/razorpay-client';
import { auditLogsOf, invoiceById, invoicesOf, invoicesWithLines, usageForMonth } from './reads';

export interface BillingDeps {
  db: Database;
  doc: DynamoDBDocumentClient;
  hotTable: string;
  now: () => number;
  log: (line: string) => void;
  /** Called after events are stored (locally: the flush the hot store's stream triggers when deployed). */
  afterIngest?: () => void;
  /** Alert webhooks: the signing secret and retry policy. */
  webhook: WebhookOptions;
  /** Rendered invoices (HTML, PDF). */
  store: DocumentStore;
  /** Invoice e-mails. */
  mailer: Mailer;
  /** Razorpay (absent: payment fields answer PaymentsNotConfigured). */
  razorpay?: RazorpayDeps;
}

export interface BillingEvent {
  /** `Type.field` of the resolved field. */
  field: string;
  arguments: Record<string, unknown>;
  identity: unknown;
  headers?: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_ARGS = ['id', 'organisation_id', 'project_id', 'user_id', 'invoice_id', 'payment_id'];

function checkIds(args: Record<string, unknown>): void {
  const input = (args.input ?? {}) as Record<string, unknown>;
  for (const source of [args, input]) {
    for (const name of UUID_ARGS) {
      const value = source[name];
      if (value !== undefined && value !== null && (typeof value !== 'string' || !UUID.test(value))) {
        throw new BillingError('ValidationError', `${name} must be a UUID`, { field: name });
      }
    }
  }
}

type Args = Record<string, never>;

async function route(deps: BillingDeps, event: BillingEvent): Promise<unknown> {
  const args = (event.arguments ?? {}) as Args;
  checkIds(args);
  const now = new Date(deps.now());
  if (event.field === INGESTION_FIELD) {
    const result = await recordUsageEvents({ ...deps, nowMs: now.getTime() }, projectPrincipal(event.identity), args.events);
    deps.afterIngest?.();
    return result;
  }
  const needs = FIELD_ROLES[event.field];
  if (!needs) throw new BillingError('UnknownField', `billing does not resolve ${event.field}`);
  const actor = await adminCaller(deps.db, event.identity, needs);
  const facts = requestFacts(event.headers);
  const inTransaction = <T>(fn: (act: AdminAct) => Promise<T>) => deps.db.transaction((tx) => fn({ tx, actor, facts }));
  switch (event.field) {
    case 'Query.billingUsage':
      return usageForMonth(deps.db, args as never);
    case 'Query.billingInvoice':
      return invoiceById(deps.db, args.id);
    case 'Query.billingInvoices':
      return invoicesOf(deps.db, args as never);
    case 'Query.billingAuditLogs':
      return auditLogsOf(deps.db, args as never);
    case 'Mutation.flushUsageEvents':
      return flushAndAlert(deps);
    case 'Mutation.generateInvoices': {
      const run = await generateInvoices(deps.db, { month: args.month, year: args.year, now, log: deps.log });
      await inTransaction((act) => audit(act.tx, { ...act, action: 'invoices.generate', entityType: 'invoice_run', entityId: null, organisationId: null, changes: { month: args.month, year: args.year, ...run } }));
      return run;
    }
    case 'Mutation.finalizeInvoice':
    case 'Mutation.cancelInvoice': {
      const after = await inTransaction(async (act) => {
        const row = event.field === 'Mutation.finalizeInvoice' ? await finalizeInvoice(act.tx, args.id, now) : await cancelInvoice(act.tx, args.id);
        const action = event.field === 'Mutation.finalizeInvoice' ? 'invoice.finalize' : 'invoice.cancel';
        await audit(act.tx, { ...act, action, entityType: 'invoice', entityId: row.id, organisationId: row.organisation_id, changes: { status: row.status, invoice_number: row.invoice_number ?? null } });
        return row;
      });
      return (await invoicesWithLines(deps.db, [after]))[0];
    }
    case 'Mutation.createBillingOrganisation':
      return inTransaction((act) => createOrganisation(act, args.input));
    case 'Mutation.createBillingProject':
      return inTransaction((act) => createProject(act, args.input));
    case 'Mutation.createProjectApiKey':
      return inTransaction((act) => createApiKey(act, args as never));
    case 'Mutation.createPricingPlan':
      return inTransaction((act) => createPricingPlan(act, args.input));
    case 'Mutation.createAdminUser':
      return inTransaction((act) => createAdminUser(act, args as never));
    case 'Mutation.createAdminApiKey':
      return inTransaction((act) => createAdminApiKey(act, args as never));
    case 'Mutation.renderInvoice':
      return inTransaction(async (act) => {
        const { invoice } = await renderInvoice(act.tx, deps.store, args.id, now);
        await audit(act.tx, { ...act, action: 'invoice.render', entityType: 'invoice', entityId: args.id, organisationId: invoice.organisation_id as string, changes: { pdf_url: invoice.pdf_url } });
        return (await invoicesWithLines(act.tx, [invoice]))[0];
      });
    case 'Mutation.sendInvoice': {
      const sent = await sendInvoice(deps.db, deps, args.id, now);
      await inTransaction((act) => audit(act.tx, { ...act, action: 'invoice.send', entityType: 'invoice', entityId: args.id, organisationId: sent.organisation_id as string, changes: { status: sent.status, recipient_email: sent.recipient_email } }));
      return sent;
    }
    case 'Mutation.createInvoicePaymentOrder': {
      const payment = await createInvoiceOrder(deps.db, requireRazorpay(deps.razorpay).client, args.invoice_id);
      await inTransaction((act) => audit(act.tx, { ...act, action: 'payment.order', entityType: 'payment', entityId: payment.id as string, organisationId: payment.organisation_id as string, changes: { razorpay_order_id: payment.razorpay_order_id } }));
      return payment;
    }
    case 'Mutation.verifyInvoicePayment':
      return verifyCheckout(deps.db, requireRazorpay(deps.razorpay).config.keySecret, args.input, now);
    case 'Mutation.refundInvoicePayment': {
      const refund = await refundPayment(deps.db, requireRazorpay(deps.razorpay).client, args.input, now);
      await inTransaction((act) => audit(act.tx, { ...act, action: 'payment.refund', entityType: 'payment', entityId: refund.payment_id as string, organisationId: null, changes: { amount: refund.amount, idempotency_key: refund.idempotency_key } }));
      return refund;
    }
    case 'Query.billingAlertRules':
      return alertRulesOf(deps.db, args.organisation_id);
    case 'Query.billingAlertHistory':
      return alertHistoryOf(deps.db, args as never);
    case 'Mutation.createAlertRule':
      return inTransaction((act) => createAlertRule(act, args.input));
    case 'Mutation.acknowledgeAlert':
      return inTransaction((act) => acknowledgeAlert(act, args.id, now));
    case 'Mutation.evaluateAlerts':
      return evaluateAlerts(deps.db, { now, organisationIds: args.organisation_id ? [args.organisation_id] : undefined, webhook: deps.webhook, log: deps.log });
    default:
      throw new BillingError('UnknownField', `billing does not resolve ${event.field}`);
  }
}

/** A flush, then the alert rules of the organisations it counted events for (the post-flush evaluation). */
export async function flushAndAlert(deps: Pick<BillingDeps, 'db' | 'doc' | 'hotTable' | 'now' | 'webhook' | 'log'>) {
  const outcome = await flushPending(deps);
  if (outcome.organisationIds.length > 0) {
    await evaluateAlerts(deps.db, { now: new Date(deps.now()), organisationIds: outcome.organisationIds, webhook: deps.webhook, log: deps.log });
  }
  return outcome;
}

export function billingHandler(deps: BillingDeps) {
  return async (event: BillingEvent): Promise<HandlerOutcome> => {
    try {
      return { data: await route(deps, event) };
    } catch (error) {
      return outcomeOf(error, deps.log);
    }
  };
}
