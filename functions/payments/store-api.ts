/**
 * The storefront payments Lambda resolver (AppSync data source `storefrontPayments`). Its pipeline's first step has
 * read the order or payment and checked the caller (resolvers/Mutation.*OrderPayment/1.*); this step talks to
 * Razorpay and writes. Answers are HandlerOutcomes, raised by resolvers/lib/lambda-outcome.ts with their errorType.
 */
import { BillingError, outcomeOf, type HandlerOutcome } from '../billing/errors';
import { createStoreCheckout, refundStorePayment, verifyStoreCheckout, type StorePaymentsDeps } from './store-payments';

export interface StorePaymentsEvent {
  field: string;
  arguments: Record<string, never>;
  /** The order (checkout, verification) the first step read and authorised. */
  order?: Record<string, unknown>;
  /** The tenant the refund acts in (the first step resolved it from the caller). */
  tenantId?: string;
}

export function storePaymentsHandler(deps: StorePaymentsDeps) {
  return async (event: StorePaymentsEvent): Promise<HandlerOutcome> => {
    try {
      return { data: await resolve(deps, event) };
    } catch (error) {
      return outcomeOf(error, deps.log);
    }
  };
}

function resolve(deps: StorePaymentsDeps, event: StorePaymentsEvent) {
  const args = event.arguments;
  switch (event.field) {
    case 'Mutation.createOrderPayment':
      return createStoreCheckout(deps, event.order ?? {});
    case 'Mutation.verifyOrderPayment':
      return verifyStoreCheckout(deps, event.order ?? {}, args.input);
    case 'Mutation.refundOrderPayment':
      return refundStorePayment(deps, event.tenantId ?? '', args.input);
    default:
      throw new BillingError('UnknownField', `storefront payments do not resolve ${event.field}`);
  }
}
