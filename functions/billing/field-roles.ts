/**
 * The lowest operator role each billing field needs (viewer < operator < admin), by `Type.field`. Project API keys
 * are denied every one of them by the authorizer (`deniedFields`), and operator API keys the ingestion mutation.
 */
import type { AdminRole } from './admin/caller';

export const INGESTION_FIELD = 'Mutation.recordUsageEvents';

export const FIELD_ROLES: Record<string, AdminRole> = {
  'Query.billingUsage': 'viewer',
  'Query.billingInvoice': 'viewer',
  'Query.billingInvoices': 'viewer',
  'Query.billingAuditLogs': 'admin',
  'Query.billingAlertRules': 'viewer',
  'Query.billingAlertHistory': 'viewer',
  'Mutation.flushUsageEvents': 'operator',
  'Mutation.generateInvoices': 'operator',
  'Mutation.finalizeInvoice': 'operator',
  'Mutation.cancelInvoice': 'admin',
  'Mutation.renderInvoice': 'operator',
  'Mutation.sendInvoice': 'operator',
  'Mutation.createBillingOrganisation': 'admin',
  'Mutation.createBillingProject': 'admin',
  'Mutation.createProjectApiKey': 'admin',
  'Mutation.createPricingPlan': 'admin',
  'Mutation.createAlertRule': 'operator',
  'Mutation.acknowledgeAlert': 'operator',
  'Mutation.evaluateAlerts': 'operator',
  'Mutation.createInvoicePaymentOrder': 'operator',
  'Mutation.verifyInvoicePayment': 'operator',
  'Mutation.refundInvoicePayment': 'admin',
  'Mutation.createAdminUser': 'admin',
  'Mutation.createAdminApiKey': 'admin',
};
