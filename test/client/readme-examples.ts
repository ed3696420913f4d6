/**
 * The README's client examples, one region per app, compiled by `npm run lint` (tsc) against the real typed client
 * and generated documents: if an operation, variable or result field changes, these stop compiling. Nothing runs
 * at import. The README shows the body of each `#region` as is.
 */
import { decodeJWT } from 'aws-amplify/auth';
import {
  AssignDeliveryDocument,
  BillingInvoicesDocument,
  BillingUsageDocument,
  ConsumeFeatureDocument,
  ConsumeReportDocument,
  createGatewayClient,
  FinalizeInvoiceDocument,
  FlowCompleteTaskDocument,
  GatewayError,
  GenerateInvoicesDocument,
  MyCalendarTasksDocument,
  MyDeliveriesDocument,
  MyReportingUserDocument,
  MySimulationsDocument,
  MySubscriptionDocument,
  OnMyDeliveriesDocument,
  OnMyFlowAssessmentUpdatedDocument,
  OnOrderBoardDocument,
  OnOrderDeliveryDocument,
  OnOrderStatusDocument,
  OrderDetailsDocument,
  PlaceOrderDocument,
  RecordUsageEventsDocument,
  StartAssessmentDocument,
  StoreCatalogueDocument,
  StoreOrdersDocument,
  StoreSimulationDocument,
  UpdateDeliveryLocationDocument,
  UpdateDeliveryStatusDocument,
  UpdateOrderStatusDocument,
  type GatewayClient,
} from '../../client';

// #region setup
/** amplify_outputs.json as `npm start` writes it, and a token from `npm run local:token` (or Cognito, deployed). */
export function connect(outputs: Record<string, unknown>, idToken: () => string): GatewayClient {
  return createGatewayClient(outputs, {
    tokenProvider: {
      getTokens: async () => {
        const jwt = decodeJWT(idToken());
        return { idToken: jwt, accessToken: jwt };
      },
    },
  });
}
// #endregion setup

// #region storefront-customer
export async function customerCheckout(client: GatewayClient, storeId: string) {
  // Browsing before signing in: the API key reads a published store's active products.
  const catalogue = await client.graphql({ query: StoreCatalogueDocument, variables: { store_id: storeId }, authMode: 'apiKey' });
  const tea = catalogue.data.listProducts.items[0];
  const { data } = await client.graphql({
    query: PlaceOrderDocument,
    variables: { input: { store_id: storeId, items: [{ product_id: tea.product_id, quantity: 2 }], customer_name: 'Asha', delivery_address: '12 Lake View', payment_method: 'COD' } },
  });
  const orderId = data.placeOrder.order_id;
  const details = await client.graphql({ query: OrderDetailsDocument, variables: { order_id: orderId } });
  console.log(details.data.getOrder?.status, details.data.getOrder?.total_amount);
  // Live: the order's status, and the agent's position once a delivery is assigned.
  const status = client.graphql({ query: OnOrderStatusDocument, variables: { order_id: orderId } }).subscribe({
    next: ({ data: event }) => console.log('order', event.onOrderUpdated?.status),
    error: (error) => console.error(error.errorType, error.message),
  });
  const position = client.graphql({ query: OnOrderDeliveryDocument, variables: { order_id: orderId } }).subscribe({
    next: ({ data: event }) => console.log('agent at', event.onDeliveryUpdated?.last_location?.lat, event.onDeliveryUpdated?.last_location?.lng),
  });
  return () => [status, position].forEach((s) => s.unsubscribe());
}
// #endregion storefront-customer

// #region storefront-owner
export async function ownerBoard(client: GatewayClient, storeId: string, agentId: string) {
  const confirmed = await client.graphql({ query: StoreOrdersDocument, variables: { store_id: storeId, status: 'CONFIRMED', limit: 20 } });
  for (const order of confirmed.data.listOrdersByStore.items) {
    await client.graphql({ query: UpdateOrderStatusDocument, variables: { order_id: order.order_id, status: 'PREPARING' } });
    const { data } = await client.graphql({ query: AssignDeliveryDocument, variables: { order_id: order.order_id, agent_id: agentId } });
    console.log(`order ${order.order_id} out with ${data.assignDelivery.agent_id}`);
  }
  return client.graphql({ query: OnOrderBoardDocument, variables: { store_id: storeId } }).subscribe({
    next: ({ data }) => console.log('board', data.onOrderUpdated?.order_id, data.onOrderUpdated?.status),
  });
}
// #endregion storefront-owner

// #region storefront-agent
export async function agentRound(client: GatewayClient, position: { lat: number; lng: number }) {
  const { data } = await client.graphql({ query: MyDeliveriesDocument, variables: { limit: 10 } });
  const next = data.listAgentDeliveries.items.find((d) => d.status === 'PENDING');
  if (!next) return;
  await client.graphql({ query: UpdateDeliveryStatusDocument, variables: { delivery_id: next.delivery_id, status: 'PICKED_UP' } });
  await client.graphql({ query: UpdateDeliveryLocationDocument, variables: { delivery_id: next.delivery_id, location: { ...position, accuracy_m: 8 } } });
  await client.graphql({
    query: UpdateDeliveryStatusDocument,
    // Cash on delivery: the amount collected is required with DELIVERED.
    variables: { delivery_id: next.delivery_id, status: 'DELIVERED', cod_collected_amount: next.is_cod ? next.cod_amount : null },
  });
  // New assignments arrive live (the filter keeps an agent to their own deliveries).
  return client.graphql({ query: OnMyDeliveriesDocument }).subscribe({ next: ({ data: event }) => console.log('assigned', event.onDeliveryUpdated?.delivery_id) });
}
// #endregion storefront-agent

// #region reporting
export async function runReport(client: GatewayClient) {
  const me = await client.graphql({ query: MyReportingUserDocument });
  console.log(me.data.getMyReportingUser?.current_daily_usage, '/', me.data.getMyReportingUser?.effective_daily_limit);
  try {
    const { data } = await client.graphql({ query: ConsumeReportDocument });
    console.log('reports today', data.consumeReport.user_daily_usage, 'organisation', data.consumeReport.org_daily_usage);
  } catch (error) {
    // errorInfo: { limit, value, usage, resetsAt }
    if (error instanceof GatewayError && error.errorType === 'QuotaExceeded') console.log('quota reached', error.errors[0].errorInfo);
    else throw error;
  }
}
// #endregion reporting

// #region f1-race-sim
export async function raceSimulation(client: GatewayClient) {
  const plan = await client.graphql({ query: MySubscriptionDocument });
  console.log('plan', plan.data.getMySubscription?.plan_id);
  // One use of a feature against today's limit (QuotaExceeded when it is used up).
  const use = await client.graphql({ query: ConsumeFeatureDocument, variables: { feature: 'race_simulation' } });
  console.log(use.data.consumeFeature.usage_count, 'of', use.data.consumeFeature.limit_value);
  const stored = await client.graphql({ query: StoreSimulationDocument, variables: { input: { track_id: 'monza', total_time: 4921.7, results: JSON.stringify({ laps: 53 }) } } });
  const mine = await client.graphql({ query: MySimulationsDocument, variables: { limit: 5 } });
  return [stored.data.storeSimulation.simulation_id, ...mine.data.listMySimulations.items.map((s) => s.simulation_id)];
}
// #endregion f1-race-sim

// #region flow-logic
export async function flowLogicDay(client: GatewayClient, today: string) {
  const started = await client.graphql({ query: StartAssessmentDocument, variables: { input: { test_id: 3, video_url: 's3://flow-uploads/user-1/test-3.mp4' } } });
  const assessmentId = started.data.startAssessment.assessment_id;
  // The result arrives when the analysis completes.
  const result = client.graphql({ query: OnMyFlowAssessmentUpdatedDocument, variables: { assessment_id: assessmentId } }).subscribe({
    next: ({ data }) => console.log(data.onMyFlowAssessmentUpdated?.status, data.onMyFlowAssessmentUpdated?.result?.score),
  });
  const tasks = await client.graphql({ query: MyCalendarTasksDocument, variables: { date: today } });
  const open = tasks.data.myCalendarTasks.items.find((t) => !t.completed);
  if (open) {
    const { data } = await client.graphql({ query: FlowCompleteTaskDocument, variables: { date: today, task_id: open.task_id } });
    console.log(`${data.completeFlowCalendarTask.progress.completion_percentage}% done, streak ${data.completeFlowCalendarTask.progress.streak}`);
  }
  return result;
}
// #endregion flow-logic

// #region billing-admin
export async function monthEnd(client: GatewayClient, organisationId: string) {
  const usage = await client.graphql({ query: BillingUsageDocument, variables: { organisation_id: organisationId, month: 5, year: 2026 } });
  for (const row of usage.data.billingUsage) console.log(row.metric_name, row.total_value, row.unit); // decimals as text
  const run = await client.graphql({ query: GenerateInvoicesDocument, variables: { month: 5, year: 2026 } });
  console.log('drafted', run.data.generateInvoices.drafted.length, 'failed', run.data.generateInvoices.failed);
  const drafts = await client.graphql({ query: BillingInvoicesDocument, variables: { organisation_id: organisationId, status: 'draft' } });
  for (const invoice of drafts.data.billingInvoices.items) {
    const { data } = await client.graphql({ query: FinalizeInvoiceDocument, variables: { id: invoice.id } });
    console.log(data.finalizeInvoice.invoice_number, data.finalizeInvoice.total, data.finalizeInvoice.currency);
  }
}

/** Metering: a project API key (Lambda authorizer) instead of a user token. */
export async function meter(client: GatewayClient, projectKey: string) {
  const { data } = await client.graphql({
    query: RecordUsageEventsDocument,
    variables: { events: [{ idempotency_key: 'evt-2026-05-01-0001', metric_name: 'api_calls', metric_value: '12', unit: 'count', timestamp: new Date().toISOString() }] },
    authMode: 'lambda',
    authToken: projectKey,
  });
  console.log(data.recordUsageEvents.accepted, 'accepted,', data.recordUsageEvents.replayed, 'replayed', data.recordUsageEvents.refused);
}
// #endregion billing-admin
