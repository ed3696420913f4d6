// Step 1: the caller's own delivery; the edge must exist, and DELIVERED of a COD delivery needs the collected amount.
import { util, type Context } from '@aws-appsync/utils';
import { ownDeliveryRequest, ownDeliveryResult } from '../lib/storefront/agent-delivery';
import { checkDeliveryTransition } from '../lib/storefront/transitions';

type Args = { delivery_id: string; status: string; cod_collected_amount?: number | null };

export function request(ctx: Context<Args>) {
  const amount = ctx.args.cod_collected_amount;
  if (amount !== null && amount !== undefined && amount < 0) util.error('cod_collected_amount must not be negative', 'ValidationError');
  return ownDeliveryRequest(ctx);
}

export function response(ctx: Context<Args>) {
  const delivery = ownDeliveryResult(ctx);
  checkDeliveryTransition(delivery.status, ctx.args.status);
  const amount = ctx.args.cod_collected_amount;
  const given = amount !== null && amount !== undefined;
  if (given && (ctx.args.status !== 'DELIVERED' || delivery.is_cod !== true)) {
    util.error('cod_collected_amount is only for delivering a COD order', 'ValidationError');
  }
  if (!given && ctx.args.status === 'DELIVERED' && delivery.is_cod === true) util.error('cod_collected_amount is required for COD', 'ValidationError');
  return delivery;
}
