// Step 1: the caller's own delivery, still moving; the position is checked here.
import { util, type Context } from '@aws-appsync/utils';
import { ownDeliveryRequest, ownDeliveryResult } from '../lib/storefront/agent-delivery';
import { deliveryIsOpen } from '../lib/storefront/transitions';

type Args = { delivery_id: string; location: { lat: number; lng: number; accuracy_m?: number | null } };

export function request(ctx: Context<Args>) {
  const at = ctx.args.location;
  if (at.lat < -90 || at.lat > 90 || at.lng < -180 || at.lng > 180) util.error('lat must be in -90..90 and lng in -180..180', 'ValidationError');
  if (at.accuracy_m !== null && at.accuracy_m !== undefined && at.accuracy_m < 0) util.error('accuracy_m must not be negative', 'ValidationError');
  return ownDeliveryRequest(ctx);
}

export function response(ctx: Context) {
  const delivery = ownDeliveryResult(ctx);
  if (!deliveryIsOpen(delivery.status)) util.error(`a ${delivery.status} delivery takes no positions`, 'InvalidTransition', null, { from: delivery.status, to: delivery.status });
  return delivery;
}
