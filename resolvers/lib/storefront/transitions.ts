/**
 * The lifecycles of stores, orders and deliveries, and which roles own each order edge. An edge that does not exist
 * is `InvalidTransition` (errorInfo {from, to}); an existing edge taken by a role that does not own it is
 * `Unauthorized`.
 */
import { util } from '@aws-appsync/utils';
import type { Role } from './scope';

const STORE_EDGES: Record<string, string[]> = {
  GENERATING: ['DRAFT'],
  DRAFT: ['PAID'],
  PAID: ['PUBLISHED'],
  PUBLISHED: ['SUSPENDED'],
  SUSPENDED: ['PUBLISHED'],
};

const MANAGERS: Role[] = ['SUPER_ADMIN', 'BUSINESS_OWNER'];

/** updateOrderStatus edges. OUT_FOR_DELIVERY and DELIVERED belong to assignDelivery / updateDeliveryStatus. */
const ORDER_EDGES: { from: string; to: string; roles: Role[] }[] = [
  { from: 'PENDING_PAYMENT', to: 'CONFIRMED', roles: ['SUPER_ADMIN'] },
  { from: 'CONFIRMED', to: 'PREPARING', roles: MANAGERS },
  { from: 'PENDING_PAYMENT', to: 'CANCELLED', roles: ['SUPER_ADMIN', 'BUSINESS_OWNER', 'CUSTOMER'] },
  { from: 'CONFIRMED', to: 'CANCELLED', roles: ['SUPER_ADMIN', 'BUSINESS_OWNER', 'CUSTOMER'] },
  { from: 'PREPARING', to: 'CANCELLED', roles: MANAGERS },
];

const DELIVERY_EDGES: Record<string, string[]> = {
  PENDING: ['PICKED_UP', 'FAILED'],
  PICKED_UP: ['IN_TRANSIT', 'FAILED'],
  IN_TRANSIT: ['DELIVERED', 'FAILED'],
};

function refuse(kind: string, from: unknown, to: string): void {
  util.error(`${kind} cannot move from ${from} to ${to}`, 'InvalidTransition', null, { from, to });
}

export function checkStoreTransition(from: unknown, to: string): void {
  if ((STORE_EDGES[from as string] ?? []).indexOf(to) < 0) refuse('a store', from, to);
}

export function checkOrderTransition(from: unknown, to: string, role: Role): void {
  const edge = ORDER_EDGES.find((e) => e.from === from && e.to === to);
  if (!edge) refuse('an order', from, to);
  if (edge && edge.roles.indexOf(role) < 0) util.unauthorized();
}

export function checkDeliveryTransition(from: unknown, to: string): void {
  if ((DELIVERY_EDGES[from as string] ?? []).indexOf(to) < 0) refuse('a delivery', from, to);
}

/** A delivery still moving: its agent may report positions. */
export function deliveryIsOpen(status: unknown): boolean {
  return DELIVERY_EDGES[status as string] !== undefined;
}
