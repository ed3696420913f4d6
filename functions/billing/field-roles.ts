/** The lowest operator role each billing field needs (viewer < operator < admin). */
import type { AdminRole } from './admin/caller';

export const FIELD_ROLES: Record<string, AdminRole> = {
  billingUsage: 'viewer',
  billingInvoice: 'viewer',
  billingInvoices: 'viewer',
  billingAuditLogs: 'admin',
  billingAlertRules: 'viewer',
  billingAlertHistory: 'viewer',
  createAlertRule: 'operator',
  acknowledgeAlert: 'operator',
  evaluateAlerts: 'operator',
  flushUsageEvents: 'operator',
  generateInvoices: 'operator',
  finalizeInvoice: 'operator',
  cancelInvoice: 'admin',
  renderInvoice: 'operator',
  sendInvoice: 'operator',
  createBillingOrganisation: 'admin',
  createBillingProject: 'admin',
  createProjectApiKey: 'admin',
  createPricingPlan: 'admin',
};
