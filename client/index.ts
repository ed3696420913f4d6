export { createGatewayClient, GatewayError, type GatewayClient, type GatewayClientOptions, type GatewayGraphQLError } from './gateway-client';
export * from './generated/graphql';
